import pytest


def test_list_starts_empty(client):
    response = client.get("/api/items")
    assert response.status_code == 200
    assert response.json == []


def test_create_then_list(client):
    response = client.post("/api/items", json={"name": "First item"})
    assert response.status_code == 201
    assert response.json == {"id": 1, "name": "First item"}

    response = client.get("/api/items")
    assert response.json == [{"id": 1, "name": "First item"}]


def test_name_of_100_characters_is_accepted(client):
    response = client.post("/api/items", json={"name": "x" * 100})
    assert response.status_code == 201


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"name": ""},
        {"name": "   "},
        {"name": None},
        {"name": 42},
        ["not", "an", "object"],
    ],
)
def test_missing_or_empty_name_is_rejected(client, body):
    response = client.post("/api/items", json=body)
    assert response.status_code == 400
    assert response.json == {"error": "name is required"}


@pytest.mark.parametrize(
    "content_type",
    # What a form on another site can send without asking first.
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"],
)
def test_json_sent_as_another_type_is_rejected(client, content_type):
    body = '{"name": "Cross-site"}'
    response = client.post("/api/items", data=body, content_type=content_type)
    assert response.status_code == 415
    assert "application/json" in response.json["error"]
    assert client.get("/api/items").json == []


def test_body_that_is_not_json_is_rejected(client):
    response = client.post(
        "/api/items", data="name=First", content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json == {"error": "name is required"}


def test_an_unknown_field_is_rejected(client):
    response = client.post("/api/items", json={"name": "Pen", "colour": "red"})
    assert response.status_code == 400
    assert "colour" in response.json["error"]


def test_too_long_name_is_rejected(client):
    response = client.post("/api/items", json={"name": "x" * 101})
    assert response.status_code == 400
    assert "at most 100" in response.json["error"]
    assert client.get("/api/items").json == []
