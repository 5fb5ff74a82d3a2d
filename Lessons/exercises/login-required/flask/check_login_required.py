from urllib.parse import parse_qs, urlsplit

from conftest import said


def test_anonymous_visitors_log_in_first_and_come_back(client, add_user):
    user = add_user()
    response = client.get("/items")
    assert response.status_code != 404, (
        "GET /items answered 404; do the items-page exercise first."
    )
    assert response.status_code in (302, 303), (
        f"GET /items without logging in answered {said(response)}; "
        "expected a redirect to the login page."
    )
    location = urlsplit(response.headers["Location"])
    assert location.path == "/login", (
        f"GET /items without logging in answered {said(response)}; "
        "expected a redirect to /login."
    )
    next_url = parse_qs(location.query).get("next", [""])[0]
    assert next_url == "/items", (
        f"GET /items without logging in answered {said(response)}; "
        "expected ?next=/items, so the login comes back to the page."
    )
    response = client.post(f"/login?next={next_url}", data=user)
    assert response.headers.get("Location", "").endswith("/items"), (
        f"Logging in at /login?next=/items answered {said(response)}; "
        "expected a redirect back to /items."
    )
    response = client.get("/items")
    assert response.status_code == 200, (
        f"GET /items once logged in answered {said(response)}; expected "
        "the page."
    )
