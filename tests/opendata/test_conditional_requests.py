"""Readers that already hold an answer ask again cheaply: ETag, Last-Modified and 304."""

from datetime import date

import pytest
from django.test import Client
from django.utils.http import parse_http_date
from time_machine import TimeMachineFixture

from loften.promises.models import PromiseTheme
from loften.promises.publishing import promise_set_publish
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory
from tests.opendata.conftest import PublicData

pytestmark = pytest.mark.django_db

URLS = [
    "/",
    "/kommun/alvsbyn/",
    "/tema/narkotika/",
    "/api/v1/promises?municipality=2560",
    "/api/v1/municipalities/2560",
    "/api/v1/openapi.json",
    "/api/v1/commitments.csv",
    "/flode.atom",
    "/kommun/alvsbyn/flode.atom",
]


@pytest.mark.parametrize("url", URLS)
def test_an_unchanged_answer_is_not_sent_again(
    client: Client, public_data: PublicData, url: str
) -> None:
    first = client.get(url)
    assert first.status_code == 200
    assert first["Cache-Control"] == "no-cache"

    by_etag = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_etag["ETag"] == first["ETag"]

    by_date = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    assert by_date.status_code == 304


@pytest.mark.parametrize("url", [url for url in URLS if "openapi" not in url])
def test_an_answer_changed_by_a_publication_is_sent_again(
    client: Client, public_data: PublicData, url: str, time_machine: TimeMachineFixture
) -> None:
    first = client.get(url)
    time_machine.shift(10)
    next_period = PromiseSetFactory(period_start=date(2024, 6, 1), period_end=None)
    promise = PromiseFactory(promise_set=next_period, text="Ett nytt löfte om narkotika.")
    PromiseTheme.objects.create(promise=promise, theme="drugs")
    CommitmentFactory(promise=promise)
    promise_set_publish(promise_set=next_period, acting_user=None)

    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 200
    since = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 200
    assert parse_http_date(since["Last-Modified"]) > parse_http_date(first["Last-Modified"])


def test_the_same_answer_has_the_same_etag_and_another_answer_another(
    client: Client, public_data: PublicData
) -> None:
    first = client.get("/api/v1/promises")["ETag"]
    assert client.get("/api/v1/promises")["ETag"] == first
    assert client.get("/api/v1/promises?municipality=2480")["ETag"] != first
