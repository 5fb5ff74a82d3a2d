"""Database models (Flask-SQLAlchemy on SQLite), migrated by Flask-Migrate."""

from decimal import Decimal

from flask_login import UserMixin
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import Numeric, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
# `flask db migrate` writes a migration for a changed model into
# migrations/versions/; `flask db upgrade` applies it.
migrate = Migrate()

ITEM_NAME_MAX = 100


class Item(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(ITEM_NAME_MAX))
    price: Mapped[Decimal] = mapped_column(
        Numeric(10, 2), default=0, server_default="0"
    )

    def to_dict(self):
        return {"id": self.id, "name": self.name}


class User(UserMixin, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    # Admins may open /admin/ (flask create-user NAME --admin).
    is_admin: Mapped[bool] = mapped_column(default=False)

    def set_password(self, password):
        # Keep only a salted hash, never the password itself.
        self.password_hash = generate_password_hash(password)

    def check_password(self, password):
        return check_password_hash(self.password_hash, password)
