"""Fixtures every Flask check uses, and the sentence a failing one leaves.

Crossroads copies this file beside the check into a temporary folder and
runs pytest there, with the learner's project on PYTHONPATH: nothing is
written into the project.
"""

import importlib
import os
import traceback

import pytest

PROJECT = os.environ["CROSSROADS_PROJECT"]
PACKAGE = os.environ["CROSSROADS_PACKAGE"]


def first_line(text):
    lines = [line for line in str(text).splitlines() if line.strip()]
    return lines[0].strip() if lines else ""


def sentence(excinfo):
    """What a learner reads: the check's own message, or where the
    project's code raised."""
    error = excinfo.value
    if isinstance(error, AssertionError) and first_line(error):
        return first_line(error)
    where = ""
    for frame in reversed(traceback.extract_tb(excinfo.tb)):
        if frame.filename.startswith(PROJECT + os.sep):
            relative = os.path.relpath(frame.filename, PROJECT)
            where = f" at {relative}:{frame.lineno}"
            break
    name = type(error).__name__
    return f"The project raised {name}{where}: {first_line(error)}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    result = os.environ.get("CROSSROADS_RESULT")
    if not report.failed or not result or call.excinfo is None:
        return
    if os.path.exists(result):
        return  # the first failure is the one a learner fixes first
    with open(result, "w", encoding="utf-8") as file:
        file.write(sentence(call.excinfo) + "\n")


def pytest_collectreport(report):
    result = os.environ.get("CROSSROADS_RESULT")
    if report.failed and result and not os.path.exists(result):
        text = str(report.longrepr).strip().splitlines()
        last = text[-1] if text else "the check could not be loaded"
        with open(result, "w", encoding="utf-8") as file:
            file.write(f"The project could not be imported: {last}\n")


@pytest.fixture
def package():
    """The learner's application package."""
    return importlib.import_module(PACKAGE)


@pytest.fixture
def app(package, tmp_path):
    """The learner's app from its factory, with a database and an
    instance folder of its own in a temporary folder."""
    from flask_sqlalchemy import SQLAlchemy

    app = package.create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "only for the check",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'check.sqlite'}",
            "WTF_CSRF_ENABLED": False,
        },
        instance_path=str(tmp_path / "instance"),
    )
    models = importlib.import_module(PACKAGE + ".models")
    db = getattr(models, "db", None)
    if isinstance(db, SQLAlchemy):
        with app.app_context():
            db.create_all()
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def models(package):
    return importlib.import_module(PACKAGE + ".models")


@pytest.fixture
def add_user(app, models):
    """Adds a user who can log in; returns the form data to log in."""

    def add(username="alice", password="correct horse", is_admin=False):
        with app.app_context():
            user = models.User(username=username, is_admin=is_admin)
            user.set_password(password)
            models.db.session.add(user)
            models.db.session.commit()
        return {"username": username, "password": password}

    return add


@pytest.fixture
def add_item(app, models):
    """Adds an item; returns its id."""

    def add(name):
        with app.app_context():
            item = models.Item(name=name)
            models.db.session.add(item)
            models.db.session.commit()
            return item.id

    return add


def said(response):
    """A response as a sentence ends it: `404 (text/html)`, `200 with
    {"status": "ok"}`, `302, a redirect to /login`."""
    status = response.status_code
    location = response.headers.get("Location")
    if location:
        return f"{status}, a redirect to {location}"
    kind = (response.content_type or "").split(";")[0]
    if "json" in kind:
        body = response.get_data(as_text=True).strip()
        if len(body) > 120:
            body = body[:117] + "..."
        return f"{status} with {body}"
    return f"{status} ({kind or 'no content type'})"


def login(client, user, path="/login"):
    """Logs `user` in through the login form; returns the answer."""
    return client.post(path, data=user)
