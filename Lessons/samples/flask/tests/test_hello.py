def test_index(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.text == "Hello, Flask!"


def test_api_data(client):
    response = client.get("/api/data")
    assert response.status_code == 200
    assert response.json == {"message": "Hello, this is some data!"}
