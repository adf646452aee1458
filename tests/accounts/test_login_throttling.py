"""Guessing passwords at /konto/logga-in/ locks that username out from that address."""

from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.factories import member

pytestmark = pytest.mark.django_db

PASSWORD = "ett långt lösenord"


def log_in(
    client: Client, username: str, password: str, address: str = "192.0.2.10", **headers: str
) -> str:
    response = client.post(
        reverse("login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        headers=headers,
    )
    return f"{response.status_code} {response.content.decode()}"


def lock_out(client: Client, username: str, **headers: str) -> str:
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        page = log_in(client, username, "fel lösenord", **headers)
        assert "Fel användarnamn eller lösenord" in page
    return log_in(client, username, "fel lösenord", **headers)


def test_too_many_wrong_passwords_lock_the_account_out_with_a_swedish_page(
    client: Client,
) -> None:
    member("Älvsbyns kommun", "coordinator", username="samordnare")
    page = lock_out(client, "samordnare")
    assert page.startswith("429 ")
    assert "För många misslyckade inloggningar" in page
    assert f"spärrad efter {settings.AXES_FAILURE_LIMIT} felaktiga försök" in page
    assert "Försök igen om 15 minuter" in page


def test_the_right_password_is_refused_while_locked_out(client: Client) -> None:
    member("Älvsbyns kommun", "coordinator", username="samordnare")
    lock_out(client, "samordnare")
    assert log_in(client, "samordnare", PASSWORD).startswith("429 ")
    assert "_auth_user_id" not in client.session


def test_other_people_and_other_addresses_can_still_log_in(client: Client) -> None:
    member("Älvsbyns kommun", "coordinator", username="samordnare")
    member("Lokalpolisområde Piteå älvdal", "editor", username="kommunpolis")
    lock_out(client, "samordnare")
    assert log_in(client, "kommunpolis", PASSWORD).startswith("302 ")
    client.logout()
    assert log_in(client, "samordnare", PASSWORD, address="198.51.100.7").startswith("302 ")


def test_behind_the_front_proxy_the_visitors_own_address_counts(
    client: Client, settings: Any
) -> None:
    """Every request reaches the app from nginx; X-Forwarded-For names the visitor."""
    settings.PROXY_COUNT = 1
    member("Älvsbyns kommun", "coordinator", username="samordnare")
    guesser = {"address": "127.0.0.1", "X-Forwarded-For": "203.0.113.5"}
    assert lock_out(client, "samordnare", **guesser).startswith("429 ")

    colleague = {"address": "127.0.0.1", "X-Forwarded-For": "198.51.100.7"}
    assert log_in(client, "samordnare", PASSWORD, **colleague).startswith("302 ")
    client.logout()
    # A guesser who writes someone else's address first is still counted by their own.
    forged = {"address": "127.0.0.1", "X-Forwarded-For": "198.51.100.99, 203.0.113.5"}
    assert log_in(client, "samordnare", PASSWORD, **forged).startswith("429 ")
