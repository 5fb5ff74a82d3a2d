from urllib.parse import parse_qs, urlsplit

from django.contrib.auth.models import User
from django.test import TestCase

from crossroads_check.runner import said


class LoginRequiredCheck(TestCase):
    def test_anonymous_visitors_log_in_first_and_come_back(self):
        User.objects.create_user("alice", password="correct horse")
        response = self.client.get("/items/")
        assert response.status_code != 404, (
            "GET /items/ answered 404; do the items-page exercise first."
        )
        assert response.status_code in (302, 303), (
            f"GET /items/ without logging in answered {said(response)}; "
            "expected a redirect to the login page."
        )
        location = urlsplit(response["Location"])
        assert location.path == "/accounts/login/", (
            f"GET /items/ without logging in answered {said(response)}; "
            "expected a redirect to /accounts/login/."
        )
        next_url = parse_qs(location.query).get("next", [""])[0]
        assert next_url == "/items/", (
            f"GET /items/ without logging in answered {said(response)}; "
            "expected ?next=/items/, so the login comes back to the page."
        )
        response = self.client.post(
            f"/accounts/login/?next={next_url}",
            {"username": "alice", "password": "correct horse"},
        )
        assert response.get("Location", "").endswith("/items/"), (
            "Logging in at /accounts/login/?next=/items/ answered "
            f"{said(response)}; expected a redirect back to /items/."
        )
        response = self.client.get("/items/")
        assert response.status_code == 200, (
            f"GET /items/ once logged in answered {said(response)}; "
            "expected the page."
        )
