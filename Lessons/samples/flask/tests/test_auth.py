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
    assert "Wrong username or password." in response.text


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
    assert "Created user 'bob'." in result.output

    response = client.post("/login", data={"username": "bob", "password": "s3cret"})
    assert response.status_code == 302

    result = runner.invoke(args=["create-user", "bob", "--password", "other"])
    assert result.exit_code != 0
    assert "already exists" in result.output
