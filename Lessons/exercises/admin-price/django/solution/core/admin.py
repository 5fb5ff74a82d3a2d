from django.contrib import admin

from .models import Item


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ("id", "name", "price")
    # Edit the price right in the list, then Save.
    list_editable = ("price",)
    search_fields = ("name",)
