"""Links in e-mails must lead to the site: a check warns when LOFTEN_SITE_URL cannot."""

from typing import Any

from loften.notifications.checks import site_url_is_served


def test_a_public_server_with_the_demo_site_url_is_warned(settings: Any) -> None:
    settings.ALLOWED_HOSTS = ["loften.example.org"]
    settings.SITE_URL = "http://127.0.0.1:8000"
    (warning,) = site_url_is_served(None)
    assert warning.id == "notifications.W001"


def test_a_site_url_the_server_answers_to_is_fine(settings: Any) -> None:
    settings.ALLOWED_HOSTS = [".example.org"]
    settings.SITE_URL = "https://loften.example.org"
    assert site_url_is_served(None) == []


def test_the_local_demo_is_fine(settings: Any) -> None:
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    settings.SITE_URL = "http://127.0.0.1:8000"
    assert site_url_is_served(None) == []
