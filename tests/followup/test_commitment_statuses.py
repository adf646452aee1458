"""Every commitment of a promise set with its status, read in a fixed number of queries."""

from datetime import date
from typing import Any

import pytest

from loften.followup.models import Activity
from loften.followup.selectors import commitment_statuses
from loften.followup.status import State
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory

pytestmark = pytest.mark.django_db


def log(promise_set: Any, day: date, *commitments: Any) -> Activity:
    activity = Activity.objects.create(
        promise_set=promise_set, party="police", date=day, description="Hundsök"
    )
    activity.commitments.set(commitments, through_defaults={"date": activity.date})
    return activity


def test_statuses_follow_promise_and_commitment_order_and_the_log() -> None:
    promise_set = PromiseSetFactory(publish=True)
    second = PromiseFactory(promise_set=promise_set, position=2)
    first = PromiseFactory(promise_set=promise_set, position=1)
    late = CommitmentFactory(promise=first, position=2, count=1, per="year")
    early = CommitmentFactory(
        promise=first, position=1, count=2, per="year", seasons=["spring", "autumn"]
    )
    other = CommitmentFactory(promise=second, position=0, count=None, per="")
    log(promise_set, date(2024, 4, 2), early, late)

    rows = commitment_statuses(promise_set, date(2024, 6, 30))

    assert [row.commitment for row in rows] == [early, late, other]
    assert [row.status.state for row in rows] == [State.ON_TRACK, State.MET, State.UNSCHEDULED]
    assert rows[0].status.label == "Enligt plan: 1 av 2 tillfällen (vår klar, höst återstår)"


def test_activities_of_another_set_do_not_count() -> None:
    promise_set = PromiseSetFactory(publish=True)
    commitment = CommitmentFactory(promise__promise_set=promise_set, count=1, per="year")
    elsewhere = PromiseSetFactory(publish=True)
    stray = log(elsewhere, date(2024, 4, 2))
    stray.commitments.add(commitment, through_defaults={"date": stray.date})

    (row,) = commitment_statuses(promise_set, date(2024, 6, 30))

    assert row.status.state is State.ON_TRACK


def test_a_set_in_force_until_replaced_keeps_its_yearly_commitments_going() -> None:
    promise_set = PromiseSetFactory(period_end=date(2025, 12, 31), until_replaced=True)
    commitment = CommitmentFactory(promise__promise_set=promise_set, count=1, per="year")
    log(promise_set, date(2025, 5, 1), commitment)

    (row,) = commitment_statuses(promise_set, date(2026, 3, 1))

    assert row.status.state is State.ON_TRACK
    assert row.status.window_start == date(2026, 1, 1)


def test_statuses_take_two_queries_however_many_commitments(
    django_assert_num_queries: Any,
) -> None:
    promise_set = PromiseSetFactory(publish=True)
    for position in range(5):
        commitment = CommitmentFactory(promise__promise_set=promise_set, position=position)
        log(promise_set, date(2024, 3, position + 1), commitment)

    with django_assert_num_queries(2):
        rows = commitment_statuses(promise_set, date(2024, 6, 30))
        assert all(row.commitment.promise.promise_set_id == promise_set.pk for row in rows)

    assert len(rows) == 5
