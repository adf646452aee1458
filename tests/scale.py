"""A kommun whose activities grow: for tests that pages and answers stay bounded.

A test reads its pages with `FEW` activities logged, logs `MANY` more in bulk
and reads them again: the number of queries must be the same, and the answer
may grow by no more than the few activities a page shows of each commitment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from loften.followup.models import Activity
from loften.promises.models import Commitment, Promise, PromiseSet, PromiseTheme, Theme
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory, municipality

FEW = 3
MANY = 300
# What a bounded answer may grow by between FEW and MANY activities: the
# latest few of each commitment, and a count with more digits.
SLACK = 3000
FIRST_DAY = date(2024, 1, 1)


@dataclass
class Kommun:
    promise_set: PromiseSet
    promise: Promise
    commitments: list[Commitment]
    slug: str

    @property
    def promise_url(self) -> str:
        return f"/kommun/{self.slug}/lofte/{self.promise_set.pk}/{self.promise.pk}/"


def kommun(code: str = "2560") -> Kommun:
    """A published set in force on 30 June 2024, one promise on drugs, two commitments."""
    promise_set = PromiseSetFactory(
        municipalities=[municipality(code)], follow_up_cadence="twice_yearly", publish=True
    )
    promise = PromiseFactory(promise_set=promise_set, position=1)
    PromiseTheme.objects.create(promise=promise, theme=Theme.DRUGS)
    commitments = [
        CommitmentFactory(promise=promise, position=1, what="Hundsök i skolan"),
        CommitmentFactory(promise=promise, position=2, what="Trygghetsvandring"),
    ]
    return Kommun(promise_set, promise, commitments, municipality(code).slug)


def log_in_bulk(place: Kommun, count: int) -> list[Activity]:
    """`count` activities in the first half of 2024, each for one of the commitments in turn."""
    start = Activity.objects.filter(promise_set=place.promise_set).count()
    activities = Activity.objects.bulk_create(
        Activity(
            promise_set=place.promise_set,
            party="police",
            date=FIRST_DAY + timedelta(days=(start + n) % 180),
            description=f"Aktivitet nummer {start + n}",
        )
        for n in range(count)
    )
    link = Activity.commitments.through
    link.objects.bulk_create(
        link(
            activity_id=activity.pk,
            commitment_id=place.commitments[n % 2].pk,
            date=activity.date,
        )
        for n, activity in enumerate(activities)
    )
    cache.clear()  # public answers are kept until a publication; these tests read afresh
    return activities


@dataclass(frozen=True)
class Answer:
    status: int
    queries: int
    content: bytes
    streamed: bool


def read(client: Client, url: str) -> Answer:
    """The whole answer to a GET, with the queries it took (a streamed one read to its end)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        streamed = response.streaming
        content = b"".join(response.streaming_content) if streamed else response.content
    return Answer(response.status_code, len(queries), content, streamed)


def read_few_and_many(
    client: Client, place: Kommun, urls: list[str]
) -> tuple[dict[str, Answer], dict[str, Answer]]:
    """Each address read with `FEW` activities logged and again after `MANY` more; each
    answers 200 both times, with the same number of queries."""
    log_in_bulk(place, FEW)
    few = {url: read(client, url) for url in urls}
    log_in_bulk(place, MANY)
    many = {url: read(client, url) for url in urls}
    for url in urls:
        assert few[url].status == many[url].status == 200, url
        assert many[url].queries == few[url].queries, url
    return few, many
