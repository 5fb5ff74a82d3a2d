from decimal import Decimal
from io import StringIO

from core.models import Item
from django.core.exceptions import FieldDoesNotExist
from django.core.management import call_command
from django.db import models
from django.test import TestCase


class PriceFieldCheck(TestCase):
    # The test database is made by applying every migration, as
    # `manage.py migrate` does to a new database.
    def test_the_migrations_give_items_a_price(self):
        try:
            field = Item._meta.get_field("price")
        except FieldDoesNotExist:
            raise AssertionError(
                "The Item model has no price field yet: add price to Item "
                "in core/models.py."
            ) from None
        assert isinstance(field, models.DecimalField), (
            f"Item.price is a {type(field).__name__}; expected a "
            "DecimalField."
        )
        assert field.decimal_places == 2, (
            f"Item.price has {field.decimal_places} decimal places; "
            "expected 2."
        )
        output = StringIO()
        try:
            call_command(
                "makemigrations", "--check", "--dry-run", stdout=output
            )
        except SystemExit:
            raise AssertionError(
                "A model change has no migration yet "
                f"({output.getvalue().strip().splitlines()[-1].strip()}): "
                "run python manage.py makemigrations."
            ) from None
        item = Item.objects.create(name="Pen")
        item.refresh_from_db()
        assert item.price == Decimal("0"), (
            f"A new item's price is {item.price!r}; expected 0."
        )
