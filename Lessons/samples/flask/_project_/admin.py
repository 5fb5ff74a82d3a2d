"""Flask-Admin at /admin/ with a view of Item."""

<%#auth%>
from flask import redirect, url_for
<%/auth%>
from flask_admin import Admin
from flask_admin.contrib.sqla import ModelView
from flask_admin.form import SecureForm
<%#auth%>
from flask_login import current_user
<%/auth%>

from .models import Item, db


# region admin
class ItemView(ModelView):
    form_base_class = SecureForm  # adds a CSRF token to admin forms
<%#auth%>

    # Flask-Admin has no login of its own; these two methods let only
    # logged-in users (any of them) see and edit items.
    def is_accessible(self):
        return current_user.is_authenticated

    def inaccessible_callback(self, name, **kwargs):
        return redirect(url_for("auth.login"))
<%/auth%>


def init_admin(app):
<%^auth%>
    # Flask-Admin has no login of its own: anyone who can open /admin/
    # can edit every item. Add a login (the auth feature, or
    # ItemView.is_accessible) before others can reach this app.
<%/auth%>
    admin = Admin(app, name="<% project_name %>")
    admin.add_view(ItemView(Item, db))
# endregion
