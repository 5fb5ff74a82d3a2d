"""The test runner of every Django check: Django's own, which also
writes the first failure as the sentence a learner reads.

Crossroads puts this package in a temporary folder on PYTHONPATH and runs
`manage.py test` in the learner's project with it: the test database is
SQLite in memory, and nothing is written into the project.
"""

import os
import traceback
import unittest

from django.conf import settings
from django.test.runner import DiscoverRunner


def first_line(text):
    lines = [line for line in str(text).splitlines() if line.strip()]
    return lines[0].strip() if lines else ""


def sentence(error, tb):
    if isinstance(error, AssertionError) and first_line(error):
        return first_line(error)
    project = str(settings.BASE_DIR)
    where = ""
    for frame in reversed(traceback.extract_tb(tb)):
        if frame.filename.startswith(project + os.sep):
            relative = os.path.relpath(frame.filename, project)
            where = f" at {relative}:{frame.lineno}"
            break
    name = type(error).__name__
    return f"The project raised {name}{where}: {first_line(error)}"


def record(err):
    result = os.environ.get("CROSSROADS_RESULT")
    if not result or os.path.exists(result):
        return  # the first failure is the one a learner fixes first
    _, error, tb = err
    with open(result, "w", encoding="utf-8") as file:
        file.write(sentence(error, tb) + "\n")


class RecordingResult(unittest.TextTestResult):
    def addFailure(self, test, err):
        record(err)
        super().addFailure(test, err)

    def addError(self, test, err):
        record(err)
        super().addError(test, err)


class CheckRunner(DiscoverRunner):
    def get_resultclass(self):
        return RecordingResult


def said(response):
    """A response as a sentence ends it: `404 (text/html)`, `200 with
    {"status": "ok"}`, `302, a redirect to /accounts/login/`."""
    status = response.status_code
    location = response.get("Location")
    if location:
        return f"{status}, a redirect to {location}"
    kind = response.get("Content-Type", "").split(";")[0]
    if "json" in kind:
        body = response.content.decode(errors="replace").strip()
        if len(body) > 120:
            body = body[:117] + "..."
        return f"{status} with {body}"
    return f"{status} ({kind or 'no content type'})"
