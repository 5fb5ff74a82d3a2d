import pytest

SHORT = "dev key"
LONG = "a-check-only-key-Qm3v9Zx7Lp2Wn8Rt5Yk4Hs6Jd1Fg0Bc"


@pytest.fixture
def instance(tmp_path, monkeypatch):
    for name in ["FLASK_DEBUG", "FLASK_SECRET_KEY", "FLASK_TESTING"]:
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "instance"
    folder.mkdir()
    return folder


def start(package, instance, key):
    (instance / "config.py").write_text(f"SECRET_KEY = {key!r}\n")
    return package.create_app(instance_path=str(instance))


def test_with_debug_off_a_short_key_is_refused(package, instance):
    try:
        start(package, instance, SHORT)
    except RuntimeError:
        return
    raise AssertionError(
        f"create_app() started with debug off and the {len(SHORT)}-character "
        f"secret key {SHORT!r} in instance/config.py; expected it to refuse "
        "(RuntimeError) a key shorter than 32 characters."
    )


def test_with_debug_off_a_long_key_will_do(package, instance):
    try:
        start(package, instance, LONG)
    except RuntimeError as error:
        raise AssertionError(
            f"create_app() refused a {len(LONG)}-character secret key with "
            f"debug off ({error}); expected it to start."
        ) from None


def test_in_debug_mode_a_short_key_will_do(package, instance, monkeypatch):
    monkeypatch.setenv("FLASK_DEBUG", "1")
    try:
        start(package, instance, SHORT)
    except RuntimeError as error:
        raise AssertionError(
            "With FLASK_DEBUG=1, create_app() refused the secret key "
            f"{SHORT!r} ({error}); expected any key to do in debug mode."
        ) from None


def test_without_a_key_it_still_refuses(package, instance):
    try:
        package.create_app(instance_path=str(instance))
    except RuntimeError:
        return
    raise AssertionError(
        "create_app() started without any secret key; expected it to "
        "refuse (RuntimeError), as the sample did."
    )
