"""
URL configuration for <% project_name %>.

Django tries the patterns in urlpatterns in order and calls the view of
the first one that matches. include() hands the rest of the URL to
another URLconf, here the core app's (core/urls.py). For more, see
https://docs.djangoproject.com/en/5.2/topics/http/urls/
"""

<%#admin%>
from django.contrib import admin
<%/admin%>
<%#auth%>
from django.contrib.auth import views as auth_views
<%/auth%>
from django.urls import include, path

# region project_urls
urlpatterns = [
    path("", include("core.urls")),
<%#admin%>
    path("admin/", admin.site.urls),
<%/admin%>
]
# endregion
<%#auth%>

# region login
# Django's own class-based views log users in and out. LoginView
# renders registration/login.html; LogoutView only accepts POST.
urlpatterns += [
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(),
        name="login",
    ),
    path(
        "accounts/logout/",
        auth_views.LogoutView.as_view(),
        name="logout",
    ),
]
# endregion
<%/auth%>
