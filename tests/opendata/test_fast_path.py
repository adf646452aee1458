"""A reader without a session is answered from the shared cache before the rest of Django runs.

The fast answer must be the answer the whole middleware stack gives: same bytes, same
headers (security headers and CSP included), same ETag and 304, and never a page
meant for someone logged in or a copy older than the last publication.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import Client
from time_machine import TimeMachineFixture

from loften.promises.publishing import promise_set_publish
from tests.factories import PromiseFactory, PromiseSetFactory
from tests.opendata.conftest import PublicData

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

pytestmark = pytest.mark.django_db

KOMMUN_PAGE = "/kommun/alvsbyn/"
ADDRESSES = [KOMMUN_PAGE, "/api/v1/promises", "/kommun/alvsbyn/flode.atom"]


@pytest.fixture(autouse=True)
def _still(time_machine: TimeMachineFixture) -> None:
    """One moment for the whole test, so that headers made per request are equal too."""
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC), tick=False)


def fast(response: Response) -> bool:
    """Whether the answer came before sessions ran (the fast way)."""
    return not hasattr(response.wsgi_request, "session")


def headers(response: Response) -> list[tuple[str, str]]:
    return sorted(response.items())


def with_anonymous_session(client: Client) -> None:
    session = SessionStore()
    session["seen"] = True
    session.save()
    client.cookies["sessionid"] = session.session_key


@pytest.mark.parametrize("url", ADDRESSES)
def test_the_fast_answer_is_the_answer_the_whole_stack_gives(
    client: Client, public_data: PublicData, url: str, django_assert_num_queries: Any
) -> None:
    made = client.get(url)
    assert not fast(made)
    with django_assert_num_queries(1):  # the publication version and the entry together
        again = client.get(url)
    assert fast(again)
    assert again.content == made.content
    assert headers(again) == headers(made)


def test_the_fast_answer_carries_every_security_header(
    client: Client, public_data: PublicData, settings: Any
) -> None:
    settings.SECURE_HSTS_SECONDS = 3600
    made = client.get(KOMMUN_PAGE, secure=True)
    again = client.get(KOMMUN_PAGE, secure=True)
    assert fast(again)
    for name in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "Strict-Transport-Security",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert again[name] == made[name], name


def test_head_is_answered_the_fast_way_without_a_body(
    client: Client, public_data: PublicData
) -> None:
    page = client.get(KOMMUN_PAGE)
    head = client.head(KOMMUN_PAGE)
    assert fast(head)
    assert head.status_code == 200
    assert head.content == b""
    assert headers(head) == headers(page)


def test_a_head_first_stores_the_whole_page_for_the_next_get(
    client: Client, public_data: PublicData
) -> None:
    client.head(KOMMUN_PAGE)
    page = client.get(KOMMUN_PAGE)
    assert fast(page)
    assert "Medborgarlöfte Älvsbyn 2023–2025" in page.content.decode()


def test_an_unchanged_page_is_answered_304_the_fast_way_as_the_slow_way_does(
    client: Client, public_data: PublicData
) -> None:
    etag = client.get(KOMMUN_PAGE)["ETag"]
    quick = client.get(KOMMUN_PAGE, headers={"If-None-Match": etag})
    with_anonymous_session(client)
    slow = client.get(KOMMUN_PAGE, headers={"If-None-Match": etag})
    assert fast(quick) and not fast(slow)
    assert quick.status_code == slow.status_code == 304
    assert quick.content == slow.content == b""
    assert headers(quick) == headers(slow)


def test_a_reader_with_a_session_takes_the_ordinary_way_to_the_same_page(
    client: Client, public_data: PublicData
) -> None:
    made = client.get(KOMMUN_PAGE)
    with_anonymous_session(client)
    read = client.get(KOMMUN_PAGE)
    assert not fast(read)
    assert read.content == made.content
    assert headers(read) == headers(made)


def test_a_logged_in_reader_never_gets_the_cached_page(
    client: Client, public_data: PublicData, editor: User
) -> None:
    client.get(KOMMUN_PAGE)
    client.get(KOMMUN_PAGE)
    client.force_login(editor)
    mine = client.get(KOMMUN_PAGE)
    assert "Logga ut" in mine.content.decode()
    assert "ETag" not in mine


def test_a_publication_shows_on_the_next_fast_read(client: Client, public_data: PublicData) -> None:
    client.get(KOMMUN_PAGE)
    assert fast(client.get(KOMMUN_PAGE))
    next_period = PromiseSetFactory(
        title="Medborgarlöfte Älvsbyn 2024", period_start=date(2024, 6, 1), period_end=None
    )
    PromiseFactory(promise_set=next_period, text="Kommunen lovar fler trygghetsvandringar.")
    promise_set_publish(promise_set=next_period, acting_user=None)

    after = client.get(KOMMUN_PAGE)
    assert "fler trygghetsvandringar" in after.content.decode()
    assert fast(client.get(KOMMUN_PAGE))


def test_a_query_string_a_page_does_not_use_is_still_redirected(
    client: Client, public_data: PublicData
) -> None:
    client.get(KOMMUN_PAGE)
    random = client.get(f"{KOMMUN_PAGE}?a=2")
    assert (random.status_code, random["Location"]) == (301, KOMMUN_PAGE)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a server's connection can break")
@pytest.mark.django_db(transaction=True)
def test_a_connection_broken_while_idle_costs_the_reader_nothing(
    client: Client, public_data: PublicData
) -> None:
    """The fast read is its own health check: no `SELECT 1` first, and no error after."""
    client.get(KOMMUN_PAGE)
    page = client.get(KOMMUN_PAGE)
    connection.connection.close()  # as a database restart leaves a kept connection

    again = client.get(KOMMUN_PAGE)

    assert fast(page)
    assert again.status_code == 200 and again.content == page.content
    assert fast(client.get(KOMMUN_PAGE))


@pytest.mark.django_db(transaction=True)
def test_the_fast_read_sends_no_health_check_of_its_own(
    client: Client, public_data: PublicData, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`CONN_HEALTH_CHECKS` would test a kept connection with a round trip (`SELECT 1` on
    PostgreSQL) before the first query of each request; the fast read is that test."""
    checks: list[bool] = []
    usable = connection.is_usable
    monkeypatch.setattr(connection, "is_usable", lambda: checks.append(True) or usable())
    client.get(KOMMUN_PAGE)
    assert connection.health_check_enabled

    connection.health_check_done = False  # as each request starts on a kept connection
    page = client.get(KOMMUN_PAGE)
    assert fast(page) and checks == []

    with_anonymous_session(client)
    connection.health_check_done = False
    assert not fast(client.get(KOMMUN_PAGE))
    assert checks == [True]  # the ordinary way checks the connection first
