from core.models import Item
from django.test import TestCase

from crossroads_check.runner import said


def json_of(response):
    if "json" not in response.get("Content-Type", ""):
        return None
    return response.json()


class ItemDetailCheck(TestCase):
    def test_an_item_is_answered_by_its_id(self):
        Item.objects.create(name="First")
        second = Item.objects.create(name="Second").id
        url = f"/api/items/{second}/"
        response = self.client.get(url)
        assert response.status_code == 200, (
            f"GET {url} answered {said(response)}; expected 200 with "
            '{"id": %d, "name": "Second"}.' % second
        )
        body = json_of(response)
        assert isinstance(body, dict) and body.get("name") == "Second", (
            f"GET {url} answered {said(response)}; expected the item "
            f'{second}, named "Second".'
        )
        assert body.get("id") == second, (
            f"GET {url} answered {said(response)}; expected its "
            f'"id" to be {second}.'
        )

    def test_an_unknown_id_answers_404_with_a_json_error(self):
        response = self.client.get("/api/items/999/")
        assert response.status_code == 404, (
            f"GET /api/items/999/ (no such item) answered {said(response)}; "
            "expected 404."
        )
        body = json_of(response)
        assert isinstance(body, dict) and "error" in body, (
            f"GET /api/items/999/ answered {said(response)}; expected a "
            'JSON body with an "error", not an HTML page.'
        )
