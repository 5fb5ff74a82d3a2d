"""Tests for every page and API of this project: python manage.py test"""

<%#auth%>
from django.contrib.auth.models import User
<%/auth%>
<%^auth%>
<%#admin%>
from django.contrib.auth.models import User
<%/admin%>
<%/auth%>
<%#orm%>
from django.test import Client, TestCase
<%/orm%>
<%^orm%>
from django.test import <%#html%>Client, <%/html%>TestCase
<%/orm%>
<%#orm%>

from .models import Item
<%/orm%>


# region tests_hello
class HelloTests(TestCase):
    def test_home(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Hello, Django!")

    def test_api_data(self):
        response = self.client.get("/api/data/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.json(), {"message": "Hello, this is some data!"}
        )
# endregion
<%#orm%>


class ItemModelTests(TestCase):
    def test_str_is_the_name(self):
        self.assertEqual(str(Item(name="Tea")), "Tea")


class ItemsApiTests(TestCase):
    url = "/api/items/"

    def post_json(self, data, client=None):
        client = client or self.client
        return client.post(self.url, data, content_type="application/json")

    def test_list_starts_empty(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"items": []})

    def test_create_and_list(self):
        response = self.post_json({"name": "First item"})
        self.assertEqual(response.status_code, 201)
        item = Item.objects.get()
        self.assertEqual(response.json(), {"id": item.id, "name": "First item"})

        response = self.client.get(self.url)
        self.assertEqual(
            response.json(), {"items": [{"id": item.id, "name": "First item"}]}
        )

    def test_name_is_stripped(self):
        response = self.post_json({"name": "  Tea  "})
        self.assertEqual(response.status_code, 201)
        self.assertEqual(Item.objects.get().name, "Tea")

    def assert_rejected(self, response):
        self.assertEqual(response.status_code, 400)
        self.assertIn("error", response.json())
        self.assertFalse(Item.objects.exists())

    def test_missing_name(self):
        self.assert_rejected(self.post_json({}))

    def test_empty_name(self):
        self.assert_rejected(self.post_json({"name": ""}))
        self.assert_rejected(self.post_json({"name": "   "}))

    def test_name_not_a_string(self):
        self.assert_rejected(self.post_json({"name": 42}))

    def test_name_too_long(self):
        self.assert_rejected(self.post_json({"name": "x" * 101}))
        response = self.post_json({"name": "x" * 100})
        self.assertEqual(response.status_code, 201)

    def test_body_not_json(self):
        self.assert_rejected(self.post_json("not json"))
        self.assert_rejected(self.post_json(["a", "list"]))

    def test_other_methods_not_allowed(self):
        response = self.client.delete(self.url)
        self.assertEqual(response.status_code, 405)

    def test_no_csrf_token_needed(self):
        # The view is csrf_exempt, so clients such as curl can POST.
        client = Client(enforce_csrf_checks=True)
        response = self.post_json({"name": "From curl"}, client=client)
        self.assertEqual(response.status_code, 201)
<%/orm%>
<%#admin%>


class AdminTests(TestCase):
    def test_login_page(self):
        response = self.client.get("/admin/login/")
        self.assertContains(response, "Django administration")

    def test_needs_login(self):
        response = self.client.get("/admin/")
        self.assertRedirects(response, "/admin/login/?next=/admin/")

    def test_item_list_for_superuser(self):
        admin_user = User.objects.create_superuser(
            "admin", "admin@example.com", "a-long-test-password"
        )
        self.client.force_login(admin_user)
        Item.objects.create(name="Tea")
        Item.objects.create(name="Coffee")

        response = self.client.get("/admin/core/item/")
        self.assertContains(response, "Tea")
        self.assertContains(response, "Coffee")

        response = self.client.get("/admin/core/item/", {"q": "tea"})
        self.assertContains(response, "Tea")
        self.assertNotContains(response, "Coffee")
<%/admin%>
<%#html%>


class FormPageTests(TestCase):
    url = "/form/"

    def test_get_shows_the_form(self):
        response = self.client.get(self.url)
        self.assertContains(response, "<form")
        self.assertContains(response, "csrfmiddlewaretoken")
        self.assertTemplateUsed(response, "core/form.html")
        self.assertTemplateUsed(response, "core/base.html")
<%#orm%>

    def test_post_adds_an_item(self):
        response = self.client.post(self.url, {"name": "Tea"})
        self.assertRedirects(response, self.url)
        self.assertEqual(Item.objects.get().name, "Tea")
        self.assertContains(self.client.get(self.url), "<li>Tea</li>")

    def test_empty_name_shows_an_error(self):
        response = self.client.post(self.url, {"name": ""})
        self.assertContains(response, "This field is required.")
        self.assertFalse(Item.objects.exists())

    def test_too_long_name_shows_an_error(self):
        response = self.client.post(self.url, {"name": "x" * 101})
        self.assertContains(response, "at most 100 characters")
        self.assertFalse(Item.objects.exists())
<%/orm%>
<%^orm%>

    def test_post_greets(self):
        response = self.client.post(self.url, {"name": "Ada"})
        self.assertContains(response, "Hello, Ada!")

    def test_greeting_is_escaped(self):
        response = self.client.post(self.url, {"name": "<b>Ada</b>"})
        self.assertContains(response, "Hello, &lt;b&gt;Ada&lt;/b&gt;!")

    def test_empty_name_shows_an_error(self):
        response = self.client.post(self.url, {"name": ""})
        self.assertContains(response, "This field is required.")
        self.assertNotContains(response, "Hello,")
<%/orm%>

    def test_post_without_csrf_token_is_rejected(self):
        # The test client skips CSRF checks unless asked to make them.
        client = Client(enforce_csrf_checks=True)
        response = client.post(self.url, {"name": "Ada"})
        self.assertEqual(response.status_code, 403)

    def test_post_with_csrf_token_is_accepted(self):
        client = Client(enforce_csrf_checks=True)
        client.get(self.url)  # sets the csrftoken cookie
        token = client.cookies["csrftoken"].value
        response = client.post(
            self.url, {"name": "Ada", "csrfmiddlewaretoken": token}
        )
        self.assertNotEqual(response.status_code, 403)
<%/html%>
<%#auth%>


class AuthTests(TestCase):
    password = "a-long-test-password"

    def setUp(self):
        self.user = User.objects.create_user("ada", password=self.password)

    def test_login_page(self):
        response = self.client.get("/accounts/login/")
        self.assertContains(response, "Log in")
        self.assertContains(response, "csrfmiddlewaretoken")

    def test_login_success(self):
        response = self.client.post(
            "/accounts/login/",
            {"username": "ada", "password": self.password},
        )
        self.assertRedirects(response, "/account/")
        self.assertContains(self.client.get("/account/"), "ada")

    def test_login_failure(self):
        response = self.client.post(
            "/accounts/login/", {"username": "ada", "password": "wrong"}
        )
        self.assertContains(response, "Please enter a correct username")
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_account_needs_login(self):
        response = self.client.get("/account/")
        self.assertRedirects(response, "/accounts/login/?next=/account/")

    def test_logout_with_post(self):
        self.client.force_login(self.user)
        self.assertEqual(self.client.get("/account/").status_code, 200)

        response = self.client.post("/accounts/logout/")
        self.assertRedirects(response, "/")
        self.assertEqual(self.client.get("/account/").status_code, 302)

    def test_logout_with_get_is_not_allowed(self):
        # Since Django 5.0, LogoutView only accepts POST.
        self.client.force_login(self.user)
        response = self.client.get("/accounts/logout/")
        self.assertEqual(response.status_code, 405)
<%/auth%>
