from core.models import Item
from django.contrib.auth.models import User
from django.test import TestCase

from crossroads_check.runner import said


class JSONInputCheck(TestCase):
    def setUp(self):
        # Adding items needs a login in this project.
        self.client.force_login(User.objects.create_user("alice"))

    def post(self, body, content_type="application/json"):
        return self.client.post(
            "/api/items/", data=body, content_type=content_type
        )

    def test_a_body_that_is_not_json_answers_415(self):
        response = self.post('{"name": "Pen"}', content_type="text/plain")
        assert response.status_code == 415, (
            "POST /api/items/ with Content-Type: text/plain answered "
            f"{said(response)}; expected 415 with a JSON error."
        )

    def test_an_unknown_field_answers_400_naming_it(self):
        response = self.post({"name": "Pen", "colour": "red"})
        assert response.status_code == 400, (
            'POST /api/items/ with {"name": "Pen", "colour": "red"} '
            f"answered {said(response)}; expected 400, as an item has "
            "no colour."
        )
        body = response.json()
        assert "colour" in str(body.get("error")), (
            'POST /api/items/ with {"name": "Pen", "colour": "red"} '
            f'answered {said(response)}; expected an "error" that names '
            "colour."
        )
        assert not Item.objects.exists(), (
            "A refused POST /api/items/ still added an item."
        )

    def test_a_missing_name_still_answers_400(self):
        response = self.post({"name": ""})
        assert response.status_code == 400, (
            'POST /api/items/ with {"name": ""} answered '
            f"{said(response)}; expected 400."
        )
