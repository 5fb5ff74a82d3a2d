import os
import re
import subprocess
import sys

from conftest import PROJECT, said

# A pytest plugin that answers 404 for /api/health, as if the route were
# gone, while the learner's tests run.
HIDE = '''
from flask import Flask, request

_original = Flask.preprocess_request


def _hidden(self):
    if request.path.rstrip("/") == "/api/health":
        return "", 404
    return _original(self)


Flask.preprocess_request = _hidden
'''


def run_tests(tmp_path, hidden):
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    environment = dict(os.environ)
    environment.pop("CROSSROADS_RESULT", None)
    if hidden:
        (tmp_path / "crossroads_hide_health.py").write_text(HIDE)
        environment["PYTHONPATH"] = os.pathsep.join(
            [str(tmp_path), environment.get("PYTHONPATH", "")]
        )
        command += ["-p", "crossroads_hide_health"]
    command += ["-k", "health", "tests"]
    return subprocess.run(
        command,
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def last_line(result):
    lines = (result.stdout + result.stderr).strip().splitlines()
    return lines[-1].strip("= ") if lines else f"exit status {result.returncode}"


def test_the_suite_tests_the_health_endpoint(client, tmp_path):
    response = client.get("/api/health")
    assert response.status_code == 200, (
        f"GET /api/health answered {said(response)}; do the health "
        "exercise first, then test it."
    )
    result = run_tests(tmp_path, hidden=False)
    assert result.returncode != 5, (
        "pytest -k health found no test in tests/: name a test (or its "
        "file) so that it contains health."
    )
    assert result.returncode == 0, (
        "Your health tests fail while the endpoint works "
        f"({last_line(result)}); expected them to pass."
    )
    count = re.search(r"(\d+) passed", result.stdout)
    hidden = run_tests(tmp_path, hidden=True)
    assert hidden.returncode == 1, (
        f"With /api/health removed, your health tests still pass "
        f"({last_line(hidden)}); expected them to fail: assert on the "
        "status and the body."
    )
    assert count, "pytest -k health reported no passed test."
