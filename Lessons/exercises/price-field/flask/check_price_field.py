from decimal import Decimal

import sqlalchemy as sa
from alembic import command
from flask import current_app


def test_the_migrations_give_items_a_price(package, models, tmp_path):
    app = package.create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "only for the check",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'new.sqlite'}",
        },
        instance_path=str(tmp_path / "instance"),
    )
    with app.app_context():
        assert "price" in models.Item.__table__.columns, (
            "The Item model has no price column yet: add price to "
            "Item in models.py."
        )
        column = models.Item.__table__.columns["price"]
        assert isinstance(column.type, sa.Numeric), (
            f"Item.price is a {type(column.type).__name__} column; "
            "expected a decimal one (Numeric(10, 2))."
        )
        config = current_app.extensions["migrate"].migrate.get_config()
        command.upgrade(config, "head")
        columns = sa.inspect(models.db.engine).get_columns("item")
        assert "price" in [c["name"] for c in columns], (
            "After every migration is applied to a new database, the item "
            "table has no price column: write the migration with "
            'flask db migrate -m "item price".'
        )
        try:
            command.check(config)
        except Exception as error:
            raise AssertionError(
                "The models and the migrations still differ "
                f"({str(error).splitlines()[0]}): run flask db migrate."
            ) from None
        item = models.Item(name="Pen")
        models.db.session.add(item)
        models.db.session.commit()
        models.db.session.refresh(item)
        assert item.price == Decimal("0"), (
            f"A new item's price is {item.price!r}; expected 0."
        )
