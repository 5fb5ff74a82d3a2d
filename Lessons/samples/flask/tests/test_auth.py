import pytest

from <% project_name %>.models import User, db


def test_login_page_shows_the_form(client):
    response = client.get("/login")
    assert response.status_code == 200
    assert 'name="password"' in response.text


def test_account_needs_login(client):
    response = client.get("/account")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_login_with_right_password(client, user):
    response = client.post("/login", data=user)
    assert response.status_code == 302
    assert response.headers["Location"] == "/account"

    response = client.get("/account")
    assert response.status_code == 200
    assert "logged in as alice" in response.text


def test_login_with_wrong_password(client, user):
    response = client.post("/login", data={"username": "alice", "password": "wrong"})
    assert response.status_code == 200
    assert "Wrong username or password." in response.text
    assert client.get("/account").status_code == 302


def test_login_with_unknown_user(client):
    response = client.post("/login", data={"username": "nobody", "password": "x"})
    assert response.status_code == 200
    assert "Wrong username or password." in response.text
    assert client.get("/account").status_code == 302


def test_login_goes_on_to_next(client, user):
    response = client.post("/login?next=/api/data%3Fplease", data=user)
    assert response.status_code == 302
    assert response.headers["Location"] == "/api/data?please"


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\evil.example/",
        "/\t/evil.example/",
        "https:evil.example",
        "javascript:alert(1)",
        "",
    ],
)
def test_login_ignores_next_on_another_site(client, user, target):
    response = client.post("/login", query_string={"next": target}, data=user)
    assert response.status_code == 302
    assert response.headers["Location"] == "/account"


def test_logout(logged_in_client):
    client = logged_in_client
    response = client.post("/logout")
    assert response.status_code == 302
    response = client.get("/account")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_logout_without_csrf_token_is_rejected(app, logged_in_client):
    app.config["WTF_CSRF_ENABLED"] = True
    response = logged_in_client.post("/logout")
    assert response.status_code == 400
    assert logged_in_client.get("/account").status_code == 200


def test_password_is_stored_hashed(app, user):
    with app.app_context():
        alice = db.session.scalar(db.select(User))
        assert alice.password_hash != user["password"]
        assert alice.check_password(user["password"])


def test_create_user_command(client, runner):
    result = runner.invoke(args=["create-user", "bob", "--password", "s3cret"])
    assert result.exit_code == 0, result.output
    assert "Created a user: 'bob'." in result.output

    response = client.post("/login", data={"username": "bob", "password": "s3cret"})
    assert response.status_code == 302

    result = runner.invoke(args=["create-user", "bob", "--password", "other"])
    assert result.exit_code != 0
    assert "already exists" in result.output


def test_create_user_command_makes_an_admin_only_when_asked(app, runner):
    for args in [["bob"], ["carol", "--admin"]]:
        result = runner.invoke(args=["create-user", *args, "--password", "pw"])
        assert result.exit_code == 0, result.output
    with app.app_context():
        users = db.session.execute(db.select(User.username, User.is_admin))
        assert sorted(users) == [("bob", False), ("carol", True)]
