def test_admin_index(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Home" in response.text
<%^auth%>


def test_admin_lists_items(client):
    client.post("/api/items", json={"name": "Shown in admin"})
    response = client.get("/admin/item/")
    assert response.status_code == 200
    assert "Shown in admin" in response.text
<%/auth%>
<%#auth%>


def test_admin_items_need_login(client):
    response = client.get("/admin/item/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_admin_lists_items_after_login(logged_in_client):
    client = logged_in_client
    client.post("/api/items", json={"name": "Shown in admin"})
    response = client.get("/admin/item/")
    assert response.status_code == 200
    assert "Shown in admin" in response.text
<%/auth%>
