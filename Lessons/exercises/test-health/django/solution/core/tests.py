"""Tests for every page and API of this project: python manage.py test"""

import os
import subprocess
import sys

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client, SimpleTestCase, TestCase

from .models import Item


class HelloTests(TestCase):
    def test_home(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Hello, Django!")

    def test_api_data(self):
        response = self.client.get("/api/data/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"message": "Hello, this is some data!"})


class SettingsTests(SimpleTestCase):
    """The settings as a server reads them: from the environment."""

    def manage(self, *args, **variables):
        environment = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith("DJANGO_")
        }
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=environment | variables,
            capture_output=True,
            text=True,
            check=False,
        )

    def test_without_debug_the_secret_key_must_be_set(self):
        result = self.manage("check", DJANGO_DEBUG="false")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("DJANGO_SECRET_KEY must be set", result.stderr)

    def test_the_production_variables_pass_the_deployment_checks(self):
        result = self.manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            DJANGO_DEBUG="false",
            DJANGO_SECRET_KEY="a-test-key-" + "x1y2z3" * 8,
            DJANGO_ALLOWED_HOSTS="example.com",
            DJANGO_SECURE_HSTS_SECONDS="3600",
            DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS="true",
            DJANGO_SECURE_HSTS_PRELOAD="true",
        )
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_other_host_names_are_refused(self):
        # What a page on another site reaches through DNS rebinding.
        response = self.client.get("/", headers={"host": "rebind.example"})
        self.assertEqual(response.status_code, 400)
        response = self.client.get("/", headers={"host": "localhost:8000"})
        self.assertEqual(response.status_code, 200)


class UsersTests(TestCase):
    def test_createsuperuser_works(self):
        # django.contrib.auth is installed even without logins, so the
        # tutorial's first step works in every project.
        call_command(
            "createsuperuser",
            interactive=False,
            username="admin",
            email="admin@example.com",
            verbosity=0,
        )
        self.assertTrue(User.objects.get(username="admin").is_superuser)


class ItemModelTests(TestCase):
    def test_str_is_the_name(self):
        self.assertEqual(str(Item(name="Tea")), "Tea")


class ItemsApiTests(TestCase):
    url = "/api/items/"

    def setUp(self):
        # Adding items needs a login; reading them does not.
        self.user = User.objects.create_user("ada")
        self.client.force_login(self.user)

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

    def test_reading_needs_no_login(self):
        Item.objects.create(name="Tea")
        response = Client().get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.json()["items"]), 1)

    def test_adding_needs_a_login(self):
        response = self.post_json({"name": "Anonymous"}, client=Client())
        self.assertEqual(response.status_code, 403)
        self.assertEqual(response.json(), {"error": "Log in to add items."})
        self.assertFalse(Item.objects.exists())

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

    def test_other_content_types_are_refused(self):
        # A form on another site can send these without asking first,
        # so accepting them would let any page add items.
        for content_type in [
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
        ]:
            with self.subTest(content_type=content_type):
                response = self.client.post(
                    self.url, '{"name": "Cross-site"}', content_type=content_type
                )
                self.assertEqual(response.status_code, 415)
                self.assertIn("application/json", response.json()["error"])
        self.assertFalse(Item.objects.exists())

    def test_json_with_a_charset_is_accepted(self):
        response = self.client.post(
            self.url,
            '{"name": "Tea"}',
            content_type="application/json; charset=utf-8",
        )
        self.assertEqual(response.status_code, 201)

    def test_other_methods_not_allowed(self):
        response = self.client.delete(self.url)
        self.assertEqual(response.status_code, 405)

    def test_no_csrf_token_needed(self):
        # The view is csrf_exempt, so clients such as curl can POST.
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.user)
        response = self.post_json({"name": "From curl"}, client=client)
        self.assertEqual(response.status_code, 201)
        self.assertEqual(Item.objects.get().name, "From curl")


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


class FormPageTests(TestCase):
    url = "/form/"

    def test_get_shows_the_form(self):
        response = self.client.get(self.url)
        self.assertContains(response, "<form")
        self.assertContains(response, "csrfmiddlewaretoken")
        self.assertTemplateUsed(response, "core/form.html")
        self.assertTemplateUsed(response, "core/base.html")

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

    def test_post_without_csrf_token_is_rejected(self):
        # The test client skips CSRF checks unless asked to make them.
        client = Client(enforce_csrf_checks=True)
        response = client.post(self.url, {"name": "Ada"})
        self.assertContains(response, "CSRF verification failed", status_code=403)
        self.assertFalse(Item.objects.exists())

    def test_post_with_csrf_token_is_accepted(self):
        client = Client(enforce_csrf_checks=True)
        client.get(self.url)  # sets the csrftoken cookie
        token = client.cookies["csrftoken"].value
        response = client.post(self.url, {"name": "Ada", "csrfmiddlewaretoken": token})
        self.assertRedirects(response, self.url)
        self.assertEqual(Item.objects.get().name, "Ada")


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


class HealthTests(SimpleTestCase):
    def test_health_answers_ok(self):
        response = self.client.get("/api/health/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok"})
