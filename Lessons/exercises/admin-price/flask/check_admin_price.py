import re

from conftest import login, said


def editable(html, column):
    tags = re.findall(r"<a\s[^>]*>", html)
    return any(
        'data-role="x-editable"' in tag and f'name="{column}"' in tag
        for tag in tags
    )


def test_the_admin_lists_and_edits_prices(client, add_user, add_item, models):
    assert "price" in models.Item.__table__.columns, (
        "The Item model has no price yet: do the price-field exercise "
        "first."
    )
    add_item("Pen")
    response = login(client, add_user("root", "battery staple", True))
    assert response.status_code == 302, (
        f"Logging in as an admin at /login answered {said(response)}; "
        "expected a redirect."
    )
    response = client.get("/admin/item/")
    assert response.status_code == 200, (
        f"GET /admin/item/ as an admin answered {said(response)}; "
        "expected the list of items."
    )
    html = response.get_data(as_text=True)
    assert "col-price" in html, (
        "GET /admin/item/ shows no Price column; expected one (list it "
        "with column_list)."
    )
    assert editable(html, "price"), (
        "GET /admin/item/ shows prices, but they cannot be edited in the "
        "list; expected column_editable_list to include price."
    )
