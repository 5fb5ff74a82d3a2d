"""URL patterns of the core app, included by practice_django/urls.py."""

from django.urls import path

from . import views

# URL names are "core:home" and so on, apart from other apps' names.
app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("api/data/", views.api_data, name="api_data"),
    path("api/items/", views.items_api, name="items_api"),
    path("form/", views.form_page, name="form"),
    path("items/", views.items_page, name="items"),
    path("account/", views.account, name="account"),
]
