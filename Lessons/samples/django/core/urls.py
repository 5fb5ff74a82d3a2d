"""URL patterns of the core app, included by <% project_name %>/urls.py."""

from django.urls import path

from . import views

# URL names are "core:home" and so on, apart from other apps' names.
app_name = "core"

# region urls
urlpatterns = [
    path("", views.home, name="home"),
    path("api/data/", views.api_data, name="api_data"),
<%#orm%>
    path("api/items/", views.items_api, name="items_api"),
<%/orm%>
<%#html%>
    path("form/", views.form_page, name="form"),
<%/html%>
<%#auth%>
    path("account/", views.account, name="account"),
<%/auth%>
]
# endregion
