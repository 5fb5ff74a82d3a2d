import os
import re
import subprocess
import sys
import tempfile

from django.conf import settings
from django.test import SimpleTestCase

# Settings that answer 404 for /api/health/, as if the route were gone,
# while the learner's tests run.
HIDE = '''
from {package}.settings import *  # noqa: F403

from django.http import HttpResponseNotFound


class HideHealth:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.rstrip("/") == "/api/health":
            return HttpResponseNotFound()
        return self.get_response(request)


MIDDLEWARE = ["crossroads_hidden_settings.HideHealth", *MIDDLEWARE]  # noqa: F405
'''


def run_tests(hidden):
    package = os.environ["CROSSROADS_PACKAGE"]
    environment = dict(os.environ)
    environment.pop("CROSSROADS_RESULT", None)
    environment["DJANGO_SETTINGS_MODULE"] = f"{package}.settings"
    with tempfile.TemporaryDirectory() as folder:
        if hidden:
            with open(os.path.join(folder, "crossroads_hidden_settings.py"), "w") as file:
                file.write(HIDE.format(package=package))
            environment["PYTHONPATH"] = folder
            environment["DJANGO_SETTINGS_MODULE"] = "crossroads_hidden_settings"
        return subprocess.run(
            [sys.executable, "manage.py", "test", "core", "-k", "health", "--noinput"],
            cwd=settings.BASE_DIR,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )


def ran(result):
    found = re.search(r"Ran (\d+) test", result.stdout + result.stderr)
    return int(found.group(1)) if found else 0


def last_line(result):
    lines = (result.stdout + result.stderr).strip().splitlines()
    return lines[-1] if lines else f"exit status {result.returncode}"


class TestHealthCheck(SimpleTestCase):
    def test_the_suite_tests_the_health_endpoint(self):
        response = self.client.get("/api/health/")
        assert response.status_code == 200, (
            f"GET /api/health/ answered {response.status_code}; do the "
            "health exercise first, then test it."
        )
        result = run_tests(hidden=False)
        assert ran(result) > 0, (
            "manage.py test core -k health ran no test: name a test class "
            "or method so that it contains health."
        )
        assert result.returncode == 0, (
            "Your health tests fail while the endpoint works "
            f"({last_line(result)}); expected them to pass."
        )
        hidden = run_tests(hidden=True)
        assert hidden.returncode != 0, (
            "With /api/health/ removed, your health tests still pass; "
            "expected them to fail: assert on the status and the body."
        )
