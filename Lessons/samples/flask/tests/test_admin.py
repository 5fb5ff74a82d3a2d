from urllib.parse import parse_qs, urlsplit


def login_redirect(response):
    """The path of a redirect to the login page, and its `next`."""
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    return location.path, parse_qs(location.query).get("next")


def test_admin_index_needs_login(client):
    response = client.get("/admin/")
    assert login_redirect(response) == ("/login", ["/admin/"])


def test_admin_items_need_login(client):
    response = client.get("/admin/item/?sort=0")
    assert login_redirect(response) == ("/login", ["/admin/item/?sort=0"])


def test_admin_is_closed_to_users_who_are_not_admins(logged_in_client):
    assert logged_in_client.get("/admin/").status_code == 403
    assert logged_in_client.get("/admin/item/").status_code == 403
    assert logged_in_client.get("/admin/item/new/").status_code == 403


def test_admin_index_for_an_admin(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert 'href="/admin/item/"' in response.text


def test_admin_lists_items(admin_client):
    admin_client.post("/api/items", json={"name": "Shown in admin"})
    response = admin_client.get("/admin/item/")
    assert response.status_code == 200
    assert "Shown in admin" in response.text


def test_login_leads_back_to_the_admin(client, admin_user):
    response = client.get("/admin/item/")
    assert response.status_code == 302
    response = client.post(response.headers["Location"], data=admin_user)
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/item/"
