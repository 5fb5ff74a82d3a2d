from core.models import Item
from django.contrib.auth.models import User
from django.test import Client, TestCase

from crossroads_check.runner import said


class ItemFormCheck(TestCase):
    def setUp(self):
        self.user = User.objects.create_user("alice")
        self.client.force_login(self.user)  # the page may require a login

    def names(self):
        return list(Item.objects.values_list("name", flat=True))

    def test_1_posting_a_name_adds_the_item(self):
        response = self.client.post("/items/", {"name": "Pen"})
        assert response.status_code in (302, 303), (
            f'POST /items/ with name "Pen" answered {said(response)}; '
            "expected a redirect back to /items/."
        )
        assert response["Location"].endswith("/items/"), (
            f'POST /items/ with name "Pen" answered {said(response)}; '
            "expected a redirect to /items/."
        )
        assert self.names() == ["Pen"], (
            'POST /items/ with name "Pen" redirected, but no item "Pen" '
            "was added."
        )
        html = self.client.get("/items/").content.decode()
        assert 'name="name"' in html, (
            "GET /items/ shows no field called name; expected the form on "
            "the page."
        )

    def test_2_an_empty_name_adds_nothing(self):
        response = self.client.post("/items/", {"name": ""})
        assert response.status_code in (200, 400), (
            f"POST /items/ with an empty name answered {said(response)}; "
            "expected the form again, with its error."
        )
        assert self.names() == [], (
            "POST /items/ with an empty name added an item; expected "
            "nothing."
        )
        assert "required" in response.content.decode(), (
            "POST /items/ with an empty name answered a page that does not "
            "say the name is required; expected the form's error."
        )

    def test_3_a_post_without_the_csrf_token_is_refused(self):
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.user)
        response = client.get("/items/")
        assert response.status_code == 200, (
            f"GET /items/ answered {said(response)}; expected the page "
            "with its form."
        )
        html = response.content.decode()
        assert "csrfmiddlewaretoken" in html, (
            "GET /items/ shows a form without the CSRF token; expected "
            "{% csrf_token %} in it."
        )
        response = client.post("/items/", {"name": "Forged"})
        assert response.status_code == 403, (
            f"POST /items/ without a CSRF token answered {said(response)}; "
            "expected 403."
        )
        assert self.names() == [], (
            "POST /items/ without a CSRF token added an item; expected it "
            "refused."
        )
