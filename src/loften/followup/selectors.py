"""Reads for following promises up: commitment statuses, with the queries each page needs."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from loften.followup.models import Activity
from loften.followup.status import SEASONS, Schedule, Status, commitment_status
from loften.promises.models import Commitment, PromiseSet
from loften.promises.validity import Validity


@dataclass(frozen=True)
class CommitmentWithStatus:
    commitment: Commitment
    status: Status


def commitment_schedule(commitment: Commitment, validity: Validity) -> Schedule:
    """A commitment's schedule within its promise set's period.

    A set that goes on after its end date (until replaced, or extended) has
    no end for its schedule either: its yearly commitments keep recurring.
    """
    return Schedule(
        count=commitment.count,
        per=commitment.per,
        seasons=tuple(s for s in commitment.seasons if s in SEASONS),
        due_date=commitment.due_date,
        start=validity.start,
        end=None if validity.open_ended else validity.end,
    )


def commitment_statuses(promise_set: PromiseSet, on: date) -> list[CommitmentWithStatus]:
    """Every commitment of the set with its status on `on`, in promise order; two queries."""
    commitments = (
        Commitment.objects.filter(promise__promise_set=promise_set)
        .select_related("promise", "responsible_user")
        .order_by("promise__position", "promise__pk", "position", "pk")
    )
    logged = Activity.commitments.through.objects.filter(
        activity__promise_set=promise_set
    ).values_list("commitment_id", "activity__date")
    dates: dict[int, list[date]] = defaultdict(list)
    for commitment_id, day in logged:
        dates[commitment_id].append(day)
    validity = promise_set.validity
    return [
        CommitmentWithStatus(
            commitment=commitment,
            status=commitment_status(
                commitment_schedule(commitment, validity), dates[commitment.pk], on
            ),
        )
        for commitment in commitments
    ]
