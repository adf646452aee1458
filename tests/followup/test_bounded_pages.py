"""Back-office pages stay the same size, in the same queries, however many activities are logged."""

import re
from datetime import UTC, datetime

import pytest
from django.test import Client
from simple_history.utils import bulk_create_with_history
from time_machine import TimeMachineFixture

from loften.audit.selectors import ENTRIES_PER_PAGE
from loften.followup.models import Activity
from loften.followup.selectors import ACTIVITIES_PER_PAGE, LATEST_SHOWN
from tests.factories import member
from tests.scale import FIRST_DAY, MANY, SLACK, Kommun, kommun, log_in_bulk, read, read_few_and_many

from .conftest import ALVSBYN

pytestmark = pytest.mark.django_db

DASHBOARD = "/arbetsyta/uppfoljning/alvsbyn/"


@pytest.fixture
def place(time_machine: TimeMachineFixture, client: Client) -> Kommun:
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC))
    client.force_login(member(ALVSBYN, "coordinator"))
    return kommun()


def test_the_coordinators_pages_do_not_grow_with_activities(client: Client, place: Kommun) -> None:
    urls = [
        DASHBOARD,
        f"{DASHBOARD}aktiviteter/?sida=1",
        f"/arbetsyta/{place.promise_set.pk}/",
        f"/arbetsyta/historik/{place.promise_set.pk}/",
        "/arbetsyta/",
    ]
    few, many = read_few_and_many(client, place, urls)

    bounded = [url for url in urls if "aktiviteter" not in url]
    for url in bounded:
        assert len(many[url].content) <= len(few[url].content) + SLACK, url


def test_the_dashboard_counts_this_rounds_activities_and_shows_the_latest_five(
    client: Client, place: Kommun
) -> None:
    log_in_bulk(place, MANY)

    html = read(client, DASHBOARD).content.decode()

    each = MANY // len(place.commitments)
    assert html.count(f"{each} aktiviteter, de {LATEST_SHOWN} senaste:") == 2
    everything = '<a href="/arbetsyta/uppfoljning/alvsbyn/aktiviteter/">Alla aktiviteter</a>'
    assert html.count(everything) == 3
    assert "28 juni 2024: Aktivitet nummer 179<" in html
    assert "Aktivitet nummer 0<" not in html


def test_the_activity_list_reaches_every_activity(client: Client, place: Kommun) -> None:
    log_in_bulk(place, MANY)
    pages = -(-MANY // ACTIVITIES_PER_PAGE)
    seen: set[str] = set()
    for number in range(1, pages + 1):
        html = read(client, f"{DASHBOARD}aktiviteter/?sida={number}").content.decode()
        assert f"Sida {number} av {pages}" in html
        seen |= set(re.findall(r"Aktivitet nummer (\d+)", html))

    assert seen == {str(n) for n in range(MANY)}
    assert read(client, f"{DASHBOARD}aktiviteter/?sida={pages + 1}").status == 404


def test_a_page_of_history_takes_the_same_queries_however_long_the_history(
    client: Client, place: Kommun
) -> None:
    url = f"/arbetsyta/historik/{place.promise_set.pk}/"

    def logged_with_history(count: int) -> None:
        bulk_create_with_history(
            [
                Activity(
                    promise_set=place.promise_set,
                    party="police",
                    date=FIRST_DAY,
                    description=f"Aktivitet nummer {n}",
                )
                for n in range(count)
            ],
            Activity,
        )

    logged_with_history(ENTRIES_PER_PAGE + 10)
    full = read(client, url)
    logged_with_history(MANY)
    longer = read(client, url)

    assert longer.queries == full.queries
    assert len(longer.content) <= len(full.content) + SLACK
    assert longer.content.decode().count("<tr>") == full.content.decode().count("<tr>")
    assert "sida 1 av" in longer.content.decode()


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_activity_export_streams_in_chunks_with_queries_per_chunk_not_per_row(
    client: Client, place: Kommun, monkeypatch: pytest.MonkeyPatch, file_format: str
) -> None:
    monkeypatch.setattr("loften.followup.bulk.EXPORT_CHUNK_ROWS", 100)
    url = f"{DASHBOARD}aktiviteter/export.{file_format}?lofte={place.promise_set.pk}"
    log_in_bulk(place, 50)
    one_chunk = read(client, url)
    log_in_bulk(place, 250)  # 300 rows: three chunks
    three_chunks = read(client, url)

    assert one_chunk.status == three_chunks.status == 200
    assert one_chunk.streamed and three_chunks.streamed
    # Each further chunk costs two queries, its activities and their commitments; a
    # list that fills its last chunk asks once more to find that it has ended.
    assert three_chunks.queries == one_chunk.queries + 2 * 2 + 1
    if file_format == "csv":
        lines = three_chunks.content.decode("utf-8-sig").splitlines()
        assert len(lines) == 1 + 300
        assert lines[-1].startswith("2024-06-28;Polisen;")
