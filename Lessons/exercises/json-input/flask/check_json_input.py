from conftest import said


def test_a_body_that_is_not_json_answers_415(client):
    response = client.post(
        "/api/items", data='{"name": "Pen"}', content_type="text/plain"
    )
    assert response.status_code == 415, (
        "POST /api/items with Content-Type: text/plain answered "
        f"{said(response)}; expected 415 with a JSON error."
    )
    body = response.json if response.is_json else None
    assert isinstance(body, dict) and "error" in body, (
        "POST /api/items with Content-Type: text/plain answered "
        f'{said(response)}; expected a JSON body with an "error".'
    )


def test_an_unknown_field_answers_400_naming_it(client):
    response = client.post(
        "/api/items", json={"name": "Pen", "colour": "red"}
    )
    assert response.status_code == 400, (
        'POST /api/items with {"name": "Pen", "colour": "red"} answered '
        f"{said(response)}; expected 400, as an item has no colour."
    )
    body = response.json if response.is_json else None
    assert isinstance(body, dict) and "colour" in str(body.get("error")), (
        'POST /api/items with {"name": "Pen", "colour": "red"} answered '
        f'{said(response)}; expected an "error" that names colour.'
    )


def test_a_missing_name_still_answers_400(client):
    response = client.post("/api/items", json={"name": ""})
    assert response.status_code == 400, (
        'POST /api/items with {"name": ""} answered '
        f"{said(response)}; expected 400."
    )
    assert client.get("/api/items").json == [], (
        "A refused POST /api/items still added an item."
    )
