"""The start page and the theme pages follow publications and the calendar."""

from datetime import UTC, date, datetime

import pytest
from django.test import Client
from time_machine import TimeMachineFixture

from loften.promises.models import Promise, PromiseSet, PromiseTheme
from loften.promises.publishing import promise_set_publish
from loften.promises.services import promise_set_new_version
from tests.factories import PromiseFactory, PromiseSetFactory, municipality

pytestmark = pytest.mark.django_db

MIDSUMMER = datetime(2024, 6, 30, 12, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _today(time_machine: TimeMachineFixture) -> None:
    time_machine.move_to(MIDSUMMER)


def drugs_promise(promise_set: PromiseSet, text: str) -> Promise:
    promise = PromiseFactory(promise_set=promise_set, text=text)
    PromiseTheme.objects.create(promise=promise, theme="drugs")
    return promise


def pages(client: Client) -> tuple[str, str]:
    return client.get("/").content.decode(), client.get("/tema/narkotika/").content.decode()


def test_a_publication_shows_on_the_theme_page_and_the_start_page_at_once(
    client: Client,
) -> None:
    draft = PromiseSetFactory(period_start=date(2024, 1, 1), period_end=date(2026, 12, 31))
    drugs_promise(draft, "Polisen lovar hundsök i skolan.")
    start, theme = pages(client)
    assert "Inga kommuner har publicerat medborgarlöften ännu." in start
    assert "Inga medborgarlöften om narkotika gäller i dag." in theme

    promise_set_publish(promise_set=draft, acting_user=None)
    start, theme = pages(client)
    assert 'href="/kommun/alvsbyn/">Älvsbyn</a>' in start
    assert "Perioden 2024–2026 pågår" in start
    assert '<a href="/tema/narkotika/">Narkotika</a> <span class="meta">1 kommun</span>' in start
    assert "1 kommun har 1 löfte om narkotika som gäller i dag." in theme
    assert "Polisen lovar hundsök i skolan." in theme


def test_a_new_version_replaces_the_promises_shown_from_its_publication(
    client: Client,
) -> None:
    published = PromiseSetFactory(
        period_start=date(2023, 1, 1), period_end=date(2025, 12, 31), publish=True
    )
    drugs_promise(published, "Polisen lovar hundsök i skolan.")
    version = promise_set_new_version(promise_set=published, acting_user=None)
    Promise.objects.filter(promise_set=version).update(text="Polisen lovar hundsök i alla skolor.")
    start, theme = pages(client)
    assert "Polisen lovar hundsök i skolan." in theme

    promise_set_publish(promise_set=version, acting_user=None)
    start, theme = pages(client)
    assert "Polisen lovar hundsök i alla skolor." in theme
    assert "Polisen lovar hundsök i skolan." not in theme
    assert f'href="/kommun/alvsbyn/lofte/{version.pk}/' in theme
    assert "Perioden 2023–2025 pågår" in start


def test_a_period_that_begins_later_shows_from_its_first_day(
    client: Client, time_machine: TimeMachineFixture
) -> None:
    current = PromiseSetFactory(
        period_start=date(2022, 9, 1), period_end=date(2024, 8, 31), publish=True
    )
    drugs_promise(current, "Kommunen lovar en drogvaneundersökning.")
    coming = PromiseSetFactory(
        period_start=date(2024, 9, 1), period_end=date(2026, 8, 31), publish=True
    )
    drugs_promise(coming, "Polisen lovar narkotikaspaning vid skolorna.")
    later = PromiseSetFactory(
        municipalities=[municipality("2581")],
        period_start=date(2024, 9, 1),
        period_end=date(2026, 8, 31),
        publish=True,
    )
    drugs_promise(later, "Piteå lovar föräldravandringar.")

    start, theme = pages(client)
    assert "Perioden 2022–2024 pågår" in start
    assert "inget löfte gäller i dag (senaste: 2024–2026)" in start
    assert "Kommunen lovar en drogvaneundersökning." in theme
    assert "narkotikaspaning" not in theme
    assert "föräldravandringar" not in theme

    time_machine.move_to(datetime(2024, 8, 31, 12, tzinfo=UTC))
    assert "Kommunen lovar en drogvaneundersökning." in pages(client)[1]

    time_machine.move_to(datetime(2024, 9, 1, 12, tzinfo=UTC))
    start, theme = pages(client)
    assert "Perioden 2022–2024 pågår" not in start
    assert "inget löfte gäller i dag" not in start
    assert start.count("Perioden 2024–2026 pågår") == 2
    assert "2 kommuner har 2 löften om narkotika som gäller i dag." in theme
    assert "drogvaneundersökning" not in theme
    assert "Polisen lovar narkotikaspaning vid skolorna." in theme
    assert "Piteå lovar föräldravandringar." in theme
