from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import SimpleTestCase


class DeployReadyCheck(SimpleTestCase):
    # Crossroads runs this check with DJANGO_DEBUG=false, the secret key,
    # the host names and DJANGO_SECURE_HSTS_PRELOAD=true set, as a first
    # deployment would.
    def test_the_deployment_checks_are_clean(self):
        try:
            call_command("check", "--deploy", "--fail-level", "WARNING")
        except SystemCheckError as error:
            found = [
                line.strip()
                for line in str(error).splitlines()
                if line.strip().startswith("?:")
            ]
            first = found[0].removeprefix("?:").strip() if found else error
            first = str(first).split(". ")[0]
            raise AssertionError(
                "manage.py check --deploy, with DJANGO_DEBUG=false and only "
                f"the key, the hosts and preload set, reports: {first}."
            ) from None
        assert settings.SECURE_HSTS_SECONDS, (
            "SECURE_HSTS_SECONDS is not set with debug off; expected an "
            "hour (3600) unless DJANGO_SECURE_HSTS_SECONDS says otherwise."
        )
