"""A report tells each commitment's activities as a count and the latest few, however many."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from loften.followup.models import Activity
from loften.promises.models import Commitment, PromiseSet
from loften.reports.content import LATEST_ACTIVITIES, report_for_promise_set
from tests.factories import member
from tests.reports.conftest import FollowedUp

pytestmark = pytest.mark.django_db

DAY = date(2022, 3, 1)


def log_many(promise_set: PromiseSet, commitment: Commitment | None, count: int) -> None:
    """`count` activities in 2020 and 2021, two of something each, as a bulk import stores them."""
    activities = Activity.objects.bulk_create(
        Activity(
            promise_set=promise_set,
            party="police",
            date=date(2020, 1, 1) + timedelta(days=number * 700 // count),
            description=f"Trygghetsvandring nummer {number}",
            quantity=2,
        )
        for number in range(count)
    )
    if commitment is not None:
        Activity.commitments.through.objects.bulk_create(
            Activity.commitments.through(
                activity_id=activity.pk, commitment_id=commitment.pk, date=activity.date
            )
            for activity in activities
        )


def test_300_activities_of_a_commitment_are_counted_and_the_latest_few_listed(
    stromsund: FollowedUp,
) -> None:
    log_many(stromsund.promise_set, stromsund.dog_search, 300)
    log_many(stromsund.promise_set, None, 300)

    report = report_for_promise_set(stromsund.promise_set, on=DAY, public=True)

    logged = report.promises[1].commitments[0].activities
    assert (logged.count, logged.quantity) == (301, 603)
    assert [line.description for line in logged.latest] == [
        f"Trygghetsvandring nummer {number}" for number in (299, 298, 297, 296, 295)
    ]
    assert len(logged.latest) == LATEST_ACTIVITIES
    assert logged.label == ("301 aktiviteter registrerade (antal sammanlagt: 603). De 5 senaste:")
    assert report.other_activities.count == 301
    assert len(report.other_activities.latest) == LATEST_ACTIVITIES
    assert report.other_activities.latest[0].description == "Trygghetsvandring nummer 299"


def test_the_report_takes_the_same_queries_and_size_with_3_or_300_activities(
    client: Client, stromsund: FollowedUp
) -> None:
    client.force_login(member("Strömsunds kommun", "viewer"))
    page = f"/arbetsyta/rapport/{stromsund.promise_set.pk}/"

    def measured() -> tuple[int, int]:
        promise_set = PromiseSet.objects.get(pk=stromsund.promise_set.pk)
        with CaptureQueriesContext(connection) as captured:
            report_for_promise_set(promise_set, on=DAY, public=True)
        return len(captured), len(client.get(page).content)

    log_many(stromsund.promise_set, stromsund.dog_search, 3)
    log_many(stromsund.promise_set, None, 3)
    few_queries, few_bytes = measured()
    log_many(stromsund.promise_set, stromsund.dog_search, 297)
    log_many(stromsund.promise_set, None, 297)
    many_queries, many_bytes = measured()

    assert many_queries == few_queries
    # Only the counts and the "latest" words differ, never a line per activity.
    assert many_bytes < few_bytes + 500
