"""HTML pages rendered from Jinja templates."""

from flask import Blueprint, flash, redirect, render_template, url_for

from .forms import NameForm
from .models import Item, db

bp = Blueprint("pages", __name__)


@bp.route("/hello", methods=["GET", "POST"])
def hello():
    form = NameForm()
    if form.validate_on_submit():  # a POST with a valid CSRF token
        name = form.name.data.strip()
        db.session.add(Item(name=name))
        db.session.commit()
        flash(f"Hello, {name}! Your name is saved as an item.")
        # Redirect after a POST, so reloading doesn't send it again.
        return redirect(url_for("pages.hello"))
    # A POST that failed (no CSRF token, no name) answers 400.
    status = 400 if form.is_submitted() else 200
    return render_template("hello.html", form=form), status


@bp.get("/items")
def items():
    items = db.session.scalars(db.select(Item).order_by(Item.id))
    return render_template("items.html", items=items)
