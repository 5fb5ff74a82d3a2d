"""The main blueprint: a plain-text view and the JSON API."""

from flask import Blueprint, request

from .models import ITEM_NAME_MAX, Item, db

bp = Blueprint("main", __name__)


@bp.get("/")
def index():
    return "Hello, Flask!"


@bp.get("/api/data")
def api_data():
    # A returned dict becomes a JSON response.
    return {"message": "Hello, this is some data!"}


@bp.get("/api/items")
def list_items():
    items = db.session.scalars(db.select(Item).order_by(Item.id))
    return [item.to_dict() for item in items]


@bp.post("/api/items")
def create_item():
    data = request.get_json(silent=True)
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.strip():
        return {"error": "name is required"}, 400
    name = name.strip()
    if len(name) > ITEM_NAME_MAX:
        error = f"name must be at most {ITEM_NAME_MAX} characters"
        return {"error": error}, 400
    item = Item(name=name)
    db.session.add(item)
    db.session.commit()
    return item.to_dict(), 201


@bp.get("/api/items/<int:item_id>")
def item_detail(item_id):
    item = db.session.get(Item, item_id)
    if item is None:
        return {"error": f"no item has the id {item_id}"}, 404
    return item.to_dict()
