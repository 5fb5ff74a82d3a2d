from conftest import said


def test_an_item_is_answered_by_its_id(client, add_item):
    add_item("First")
    second = add_item("Second")
    response = client.get(f"/api/items/{second}")
    assert response.status_code == 200, (
        f"GET /api/items/{second} answered {said(response)}; expected 200 "
        'with {"id": %d, "name": "Second"}.' % second
    )
    body = response.json if response.is_json else None
    assert isinstance(body, dict) and body.get("name") == "Second", (
        f"GET /api/items/{second} answered {said(response)}; expected the "
        f'item {second}, named "Second".'
    )
    assert body.get("id") == second, (
        f"GET /api/items/{second} answered {said(response)}; expected its "
        f'"id" to be {second}.'
    )


def test_an_unknown_id_answers_404_with_a_json_error(client):
    response = client.get("/api/items/999")
    assert response.status_code == 404, (
        f"GET /api/items/999 (no such item) answered {said(response)}; "
        "expected 404."
    )
    body = response.json if response.is_json else None
    assert isinstance(body, dict) and "error" in body, (
        f"GET /api/items/999 answered {said(response)}; expected a JSON "
        'body with an "error", not an HTML page.'
    )
