from django.test import TestCase

from crossroads_check.runner import said


class HealthCheck(TestCase):
    def test_get_api_health_answers_ok(self):
        response = self.client.get("/api/health/")
        assert response.status_code == 200, (
            f"GET /api/health/ answered {said(response)}; expected 200 "
            'with {"status": "ok"}.'
        )
        kind = response.get("Content-Type", "")
        assert "json" in kind and response.json() == {"status": "ok"}, (
            f"GET /api/health/ answered {said(response)}; expected the "
            'JSON {"status": "ok"}.'
        )
