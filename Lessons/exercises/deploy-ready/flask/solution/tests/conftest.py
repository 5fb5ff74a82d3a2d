import pytest

from _project_ import create_app
from _project_.models import User, db

# Long enough for production: create_app refuses shorter keys then.
INSTANCE_KEY = "from the instance, and long enough for production"


@pytest.fixture
def app(tmp_path):
    """A fresh app for each test, with its own empty database."""
    db_path = tmp_path / "test.sqlite"
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "only for the tests",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}",
            # Lets tests post forms without a CSRF token; the tests that
            # check CSRF protection turn it back on.
            "WTF_CSRF_ENABLED": False,
        }
    )
    with app.app_context():
        # The models' tables; test_migrations.py checks that the
        # migrations make the same ones.
        db.create_all()
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def instance(tmp_path, monkeypatch):
    """An instance folder with a secret key, and no FLASK_ variables.

    For tests of the real config, which create_app() reads from
    instance/config.py and the environment.
    """
    for name in [
        "FLASK_DEBUG",
        "FLASK_SECRET_KEY",
        "FLASK_TRUSTED_HOSTS",
        "FLASK_SQLALCHEMY_DATABASE_URI",
    ]:
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "instance"
    folder.mkdir()
    (folder / "config.py").write_text(f"SECRET_KEY = {INSTANCE_KEY!r}\n")
    return folder


def add_user(app, username, password, is_admin=False):
    with app.app_context():
        user = User(username=username, is_admin=is_admin)
        user.set_password(password)
        db.session.add(user)
        db.session.commit()
    return {"username": username, "password": password}


@pytest.fixture
def user(app):
    """A user in the database: alice, password "correct horse"."""
    return add_user(app, "alice", "correct horse")


@pytest.fixture
def logged_in_client(client, user):
    response = client.post("/login", data=user)
    assert response.status_code == 302
    return client


@pytest.fixture
def admin_user(app):
    """An admin in the database: root, password "battery staple"."""
    return add_user(app, "root", "battery staple", is_admin=True)


@pytest.fixture
def admin_client(client, admin_user):
    response = client.post("/login", data=admin_user)
    assert response.status_code == 302
    return client
