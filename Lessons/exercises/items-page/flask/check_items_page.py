from conftest import login, said

SCRIPT = "<script>alert(1)</script>"


def test_the_items_page_lists_names_as_text(client, add_user, add_item):
    add_item("Pen")
    add_item(SCRIPT)
    # Logged in, so the page can answer once it requires a login too.
    login(client, add_user())
    response = client.get("/items")
    assert response.status_code == 200, (
        f"GET /items answered {said(response)}; expected 200 with a page "
        "listing the items."
    )
    html = response.get_data(as_text=True)
    assert "Pen" in html, (
        'GET /items answered a page without the item "Pen"; expected '
        "every item's name."
    )
    assert SCRIPT not in html, (
        f"GET /items shows the item named {SCRIPT} as HTML, so it would "
        "run in the browser; expected it escaped, as text."
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, (
        f"GET /items does not show the item named {SCRIPT}; expected it "
        "on the page, escaped as text."
    )
    assert "<nav>" in html, (
        "GET /items answered a page without the site's navigation; "
        'expected items.html to extend "base.html".'
    )
