"""The real config, as create_app() reads it outside the tests."""

import pytest

from _project_ import create_app


def test_debug_is_off_by_default(instance):
    app = create_app(instance_path=instance)
    assert app.debug is False
    assert app.testing is False


def test_the_secret_key_comes_from_the_instance_folder(instance):
    app = create_app(instance_path=instance)
    assert app.secret_key == "from the instance, and long enough for production"


def test_without_a_secret_key_the_app_refuses_to_start(instance):
    (instance / "config.py").unlink()
    with pytest.raises(RuntimeError, match="No secret key"):
        create_app(instance_path=instance)


def test_with_debug_off_a_short_secret_key_is_refused(instance):
    (instance / "config.py").write_text('SECRET_KEY = "too short"\n')
    with pytest.raises(RuntimeError, match="at least 32"):
        create_app(instance_path=instance)


def test_in_debug_mode_a_short_secret_key_will_do(instance, monkeypatch):
    monkeypatch.setenv("FLASK_DEBUG", "1")
    (instance / "config.py").write_text('SECRET_KEY = "too short"\n')
    assert create_app(instance_path=instance).secret_key == "too short"


def test_flask_secret_key_overrides_the_instance_folder(instance, monkeypatch):
    monkeypatch.setenv("FLASK_SECRET_KEY", "from the environment, and long enough too")
    app = create_app(instance_path=instance)
    assert app.secret_key == "from the environment, and long enough too"


def test_a_secret_key_of_digits_stays_text(instance, monkeypatch):
    monkeypatch.setenv("FLASK_SECRET_KEY", "1234567890" * 4)
    app = create_app(instance_path=instance)
    assert app.secret_key == "1234567890" * 4
    client = app.test_client()
    with client.session_transaction() as session:
        session["signed"] = True
    assert client.get("/").status_code == 200


@pytest.mark.parametrize("host", ["localhost", "localhost:5000", "127.0.0.1:5000"])
def test_this_computer_is_a_trusted_host(instance, host):
    client = create_app(instance_path=instance).test_client()
    assert client.get("/", headers={"Host": host}).status_code == 200


def test_other_host_names_are_refused(instance):
    # What a page on another site reaches through DNS rebinding.
    client = create_app(instance_path=instance).test_client()
    response = client.get("/", headers={"Host": "rebind.example:5000"})
    assert response.status_code == 400


def test_trusted_hosts_from_the_environment(instance, monkeypatch):
    monkeypatch.setenv("FLASK_TRUSTED_HOSTS", '["example.com"]')
    client = create_app(instance_path=instance).test_client()
    assert client.get("/", headers={"Host": "example.com"}).status_code == 200
    assert client.get("/", headers={"Host": "localhost"}).status_code == 400
