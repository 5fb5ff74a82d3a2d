from conftest import said


def test_get_api_health_answers_ok(client):
    response = client.get("/api/health")
    assert response.status_code == 200, (
        f"GET /api/health answered {said(response)}; expected 200 with "
        '{"status": "ok"}.'
    )
    assert response.is_json and response.json == {"status": "ok"}, (
        f"GET /api/health answered {said(response)}; expected the JSON "
        '{"status": "ok"}.'
    )
