"""The real config, as create_app() reads it outside the tests."""

import pytest

from <% project_name %> import create_app


def test_debug_is_off_by_default(instance):
    app = create_app(instance_path=instance)
    assert app.debug is False
    assert app.testing is False


def test_the_secret_key_comes_from_the_instance_folder(instance):
    app = create_app(instance_path=instance)
    assert app.secret_key == "from the instance"


def test_without_a_secret_key_the_app_refuses_to_start(instance):
    (instance / "config.py").unlink()
    with pytest.raises(RuntimeError, match="No secret key"):
        create_app(instance_path=instance)


def test_flask_secret_key_overrides_the_instance_folder(instance, monkeypatch):
    monkeypatch.setenv("FLASK_SECRET_KEY", "from the environment")
    app = create_app(instance_path=instance)
    assert app.secret_key == "from the environment"


def test_a_secret_key_of_digits_stays_text(instance, monkeypatch):
    monkeypatch.setenv("FLASK_SECRET_KEY", "12345678901234567890")
    app = create_app(instance_path=instance)
    assert app.secret_key == "12345678901234567890"
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
