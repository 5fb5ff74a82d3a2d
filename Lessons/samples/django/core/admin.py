<%#admin%>
from django.contrib import admin

from .models import Item


# region admin
@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ("id", "name")
    search_fields = ("name",)
# endregion
<%/admin%>
<%^admin%>
# Django's admin site (django.contrib.admin) is not installed in this
# project, so there is nothing to register here.
<%/admin%>
