import pytest
from conftest import login, said


@pytest.fixture
def user(add_user, client):
    user = add_user()
    login(client, user)  # the page may require a login
    return user


def names(app, models):
    with app.app_context():
        return [item.name for item in models.Item.query.all()]


def test_posting_a_name_adds_the_item(client, user, app, models):
    response = client.post("/items", data={"name": "Pen"})
    assert response.status_code in (302, 303), (
        f'POST /items with name "Pen" answered {said(response)}; expected '
        "a redirect back to /items."
    )
    assert response.headers["Location"].endswith("/items"), (
        f'POST /items with name "Pen" answered {said(response)}; expected '
        "a redirect to /items."
    )
    assert names(app, models) == ["Pen"], (
        'POST /items with name "Pen" redirected, but no item "Pen" was '
        "added."
    )
    html = client.get("/items").get_data(as_text=True)
    assert 'name="name"' in html, (
        "GET /items shows no field called name; expected the form on the "
        "page."
    )


def test_an_empty_name_adds_nothing(client, user, app, models):
    response = client.post("/items", data={"name": ""})
    assert response.status_code == 400, (
        f"POST /items with an empty name answered {said(response)}; "
        "expected 400 and the form with its error."
    )
    assert names(app, models) == [], (
        "POST /items with an empty name added an item; expected nothing."
    )


def test_a_post_without_the_csrf_token_is_refused(package, tmp_path, models):
    app = package.create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "only for the check",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'csrf.sqlite'}",
        },
        instance_path=str(tmp_path / "instance"),
    )
    with app.app_context():
        models.db.create_all()
    client = app.test_client()
    page = client.get("/items")
    if page.status_code == 200:  # else it requires a login
        assert "csrf_token" in page.get_data(as_text=True), (
            "GET /items shows a form without a csrf_token field; expected "
            "{{ form.hidden_tag() }} in it."
        )
    response = client.post("/items", data={"name": "Forged"})
    to_login = "/login" in response.headers.get("Location", "")
    assert response.status_code == 400 or to_login, (
        f"POST /items without a CSRF token answered {said(response)}; "
        "expected 400, the form refused."
    )
    assert names(app, models) == [], (
        "POST /items without a CSRF token added an item; expected it "
        "refused."
    )
