import re
<%#orm%>

from <% project_name %>.models import Item, db
<%/orm%>

CSRF_FIELD = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def test_hello_page_shows_the_form(client):
    response = client.get("/hello")
    assert response.status_code == 200
    assert '<form method="post"' in response.text
    assert 'name="name"' in response.text


def test_posting_a_name_greets_it(<%#orm%>app, <%/orm%>client):
    response = client.post("/hello", data={"name": "Ada"}, follow_redirects=True)
    assert response.status_code == 200
    assert "Hello, Ada!" in response.text
<%#orm%>
    with app.app_context():
        assert db.session.scalars(db.select(Item.name)).all() == ["Ada"]
<%/orm%>


def test_empty_name_is_rejected(client):
    response = client.post("/hello", data={"name": ""})
    assert response.status_code == 400
    assert "This field is required." in response.text


# CSRF protection is off in the test config; these tests turn it on.


def test_post_without_csrf_token_is_rejected(app, client):
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post("/hello", data={"name": "Mallory"})
    assert response.status_code == 400
    assert "The CSRF token is missing." in response.text
    assert "Hello, Mallory!" not in response.text
<%#orm%>
    with app.app_context():
        assert db.session.scalars(db.select(Item)).all() == []
<%/orm%>


def test_post_with_csrf_token_from_the_page_is_accepted(app, client):
    app.config["WTF_CSRF_ENABLED"] = True
    page = client.get("/hello").text
    match = CSRF_FIELD.search(page)
    assert match, "the page should carry a hidden csrf_token field"
    response = client.post(
        "/hello",
        data={"name": "Ada", "csrf_token": match.group(1)},
        follow_redirects=True,
    )
    assert response.status_code == 200
    assert "Hello, Ada!" in response.text
