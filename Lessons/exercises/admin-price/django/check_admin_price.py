from core.models import Item
from django.contrib.auth.models import User
from django.test import TestCase

from crossroads_check.runner import said


class AdminPriceCheck(TestCase):
    def test_the_admin_lists_and_edits_prices(self):
        fields = [field.name for field in Item._meta.get_fields()]
        assert "price" in fields, (
            "The Item model has no price yet: do the price-field "
            "exercise first."
        )
        Item.objects.create(name="Pen")
        self.client.force_login(
            User.objects.create_superuser("root", password="battery staple")
        )
        response = self.client.get("/admin/core/item/")
        assert response.status_code == 200, (
            f"GET /admin/core/item/ as a superuser answered "
            f"{said(response)}; expected the list of items."
        )
        html = response.content.decode()
        assert "column-price" in html, (
            "GET /admin/core/item/ shows no Price column; expected one "
            "(add price to list_display)."
        )
        assert 'name="form-0-price"' in html, (
            "GET /admin/core/item/ shows prices, but they cannot be edited "
            "in the list; expected list_editable to include price."
        )
