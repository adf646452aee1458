"""API pages and CSV files: a page has a maximum size, a CSV file is streamed row by row."""

import csv
import io
import json
import math
from datetime import UTC, datetime

import pytest
from django.test import Client
from time_machine import TimeMachineFixture

from loften.opendata.api import MAX_LIMIT
from loften.opendata.export import CHUNK_ROWS
from tests.scale import FEW, MANY, SLACK, Kommun, kommun, log_in_bulk, read, read_few_and_many

pytestmark = pytest.mark.django_db

LISTS = ["municipalities", "promise-sets", "promises", "commitments", "activities"]


@pytest.fixture
def place(time_machine: TimeMachineFixture) -> Kommun:
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC))
    return kommun()


def test_a_page_of_each_list_takes_the_same_queries_and_size_however_many_activities(
    client: Client, place: Kommun
) -> None:
    urls = [f"/api/v1/{name}?limit=2" for name in LISTS]
    urls += [f"/api/v1/{name}" for name in LISTS]
    few, many = read_few_and_many(client, place, urls)

    for url in urls[: len(LISTS)]:
        assert len(many[url].content) <= len(few[url].content) + SLACK, url
    assert len(json.loads(many["/api/v1/activities"].content)["results"]) == 100


def test_following_next_reaches_every_activity_once(client: Client, place: Kommun) -> None:
    log_in_bulk(place, MANY)
    url: str | None = "/api/v1/activities?limit=120"
    seen: list[int] = []
    while url:
        page = json.loads(read(client, url).content)
        assert page["count"] == MANY
        seen += [activity["id"] for activity in page["results"]]
        url = page["next"]

    assert len(seen) == len(set(seen)) == MANY
    assert page["previous"].endswith("?limit=120&offset=120")


def test_a_page_larger_than_the_maximum_is_refused(client: Client, place: Kommun) -> None:
    response = client.get(f"/api/v1/activities?limit={MAX_LIMIT + 1}")

    assert response.status_code == 422
    assert response.json()["errors"] == [{"parameter": "limit", "message": "Får vara högst 1000."}]


def test_a_csv_file_is_streamed_with_a_line_per_activity_in_queries_per_chunk_not_per_row(
    client: Client, place: Kommun
) -> None:
    log_in_bulk(place, FEW)
    few = read(client, "/api/v1/activities.csv")
    log_in_bulk(place, MANY)
    many = read(client, "/api/v1/activities.csv")

    assert few.streamed and many.streamed
    # Rows are read and their relations prefetched a chunk at a time: each chunk costs
    # at most what the whole file of a few rows cost, never a query per row.
    chunks = math.ceil((FEW + MANY) / CHUNK_ROWS)
    assert FEW <= CHUNK_ROWS < FEW + MANY
    assert many.queries <= few.queries * chunks < FEW + MANY
    lines = many.content.decode("utf-8-sig").splitlines()
    assert len(lines) == FEW + MANY + 1
    rows = list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"))
    assert {row["description"] for row in rows} == {
        f"Aktivitet nummer {n}" for n in range(FEW + MANY)
    }
