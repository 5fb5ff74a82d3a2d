"""Flask-Admin at /admin/ with a view of Item, for admins only."""

from flask import abort, redirect, request, url_for
from flask_admin import Admin, AdminIndexView
from flask_admin.contrib.sqla import ModelView
from flask_admin.form import SecureForm
from flask_login import current_user

from .models import Item, db


class AdminOnly:
    """Flask-Admin has no login of its own: these methods let only
    users with is_admin in, on every admin page."""

    def is_accessible(self):
        return current_user.is_authenticated and current_user.is_admin

    def inaccessible_callback(self, name, **kwargs):
        if current_user.is_authenticated:
            abort(403)  # logged in, but not an admin
        # full_path ends in "?" when there is no query string.
        path = request.full_path.removesuffix("?")
        return redirect(url_for("auth.login", next=path))


class IndexView(AdminOnly, AdminIndexView):
    pass


class ItemView(AdminOnly, ModelView):
    form_base_class = SecureForm  # adds a CSRF token to admin forms
    column_list = ("id", "name", "price")
    # Edit the price right in the list, one click per item.
    column_editable_list = ("price",)


def init_admin(app):
    admin = Admin(
        app,
        name="practice_flask",
        index_view=IndexView(),
    )
    admin.add_view(ItemView(Item, db))
