import pytest

from <% project_name %> import create_app
<%#auth%>
from <% project_name %>.models import User, db
<%/auth%>


# region fixtures
@pytest.fixture
def app(<%#orm%>tmp_path<%/orm%>):
    """A fresh app for each test<%#orm%>, with its own empty database<%/orm%>."""
<%#orm%>
    db_path = tmp_path / "test.sqlite"
<%/orm%>
    app = create_app(
        {
            "TESTING": True,
<%#orm%>
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{db_path}",
<%/orm%>
<%#html%>
            # Lets tests post forms without a CSRF token; the tests that
            # check CSRF protection turn it back on.
            "WTF_CSRF_ENABLED": False,
<%/html%>
<%^html%>
<%#auth%>
            # Lets tests post forms without a CSRF token.
            "WTF_CSRF_ENABLED": False,
<%/auth%>
<%/html%>
        }
    )
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()
# endregion
<%#auth%>


@pytest.fixture
def user(app):
    """A user in the database: alice, password "correct horse"."""
    with app.app_context():
        alice = User(username="alice")
        alice.set_password("correct horse")
        db.session.add(alice)
        db.session.commit()
    return {"username": "alice", "password": "correct horse"}


@pytest.fixture
def logged_in_client(client, user):
    response = client.post("/login", data=user)
    assert response.status_code == 302
    return client
<%/auth%>
