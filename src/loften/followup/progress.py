"""How promises and sets are going on a day: each commitment's status rolled up per promise
and per set, the same statuses as `loften status`.

Read by every page that shows progress (the public kommun, promise and theme pages, and
search hits), so that they all count alike; `status.py` holds the rules, this the queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from loften.followup.models import FollowUpRound, Outcome
from loften.followup.selectors import CommitmentWithStatus, commitment_statuses_of_sets
from loften.followup.status import (
    PromiseState,
    Status,
    Tally,
    Told,
    tally,
    unscheduled_promise_state,
)
from loften.promises.models import PromiseSet
from loften.promises.validity import Validity


@dataclass(frozen=True)
class PromiseProgress:
    """A promise's roll-up: its commitments by state; its state in words when none is scheduled."""

    tally: Tally
    state: PromiseState | None


@dataclass(frozen=True)
class SetProgress:
    """How a decided set is going on a day: the same statuses as `loften status`."""

    statuses: dict[int, Status]
    tally: Tally
    promises: dict[int, PromiseProgress]
    last_round: FollowUpRound | None

    @property
    def without_schedule(self) -> int:
        """Promises with nothing scheduled, told in words instead of counted."""
        return sum(1 for p in self.promises.values() if p.state is not None)


def set_progress(promise_set: PromiseSet | None, on: date) -> SetProgress | None:
    """Each commitment's status, each promise's roll-up and the whole set's, on `on`.

    Four queries (see `promise_progress`); the set's promises are read from its
    prefetched contents when the page has them.
    """
    if promise_set is None:
        return None
    promise_ids = [promise.pk for promise in promise_set.promises.all()]
    rows, promises, last_rounds = promise_progress(
        {promise_set.pk: promise_set.validity}, promise_ids, on
    )
    return SetProgress(
        statuses={row.commitment.pk: row.status for row in rows},
        tally=tally(row.status.state for row in rows),
        promises=promises,
        last_round=last_rounds.get(promise_set.pk),
    )


def promise_progress(
    validities: dict[int, Validity], promise_ids: list[int], on: date
) -> tuple[list[CommitmentWithStatus], dict[int, PromiseProgress], dict[int, FollowUpRound]]:
    """The roll-up of these promises of these sets, in four queries however many sets.

    (Three when no round is published yet.) Returns the commitments with their
    statuses, each promise's roll-up, and each set's last published follow-up round.
    A promise with no scheduled commitment is told by what its set's last published
    round said about it and by the activities logged since the round under way began
    (or the set's first day): nothing of a round not yet published is read.
    """
    rows = commitment_statuses_of_sets(validities, on, promise_ids=promise_ids)
    last_rounds: dict[int, FollowUpRound] = {}
    since = {set_id: validity.start for set_id, validity in validities.items()}
    rounds = FollowUpRound.objects.filter(promise_set_id__in=validities).order_by("number")
    for follow_up_round in rounds:
        if follow_up_round.published_at is not None:
            last_rounds[follow_up_round.promise_set_id] = follow_up_round
        if follow_up_round.covers_from <= on <= follow_up_round.covers_until:
            since[follow_up_round.promise_set_id] = follow_up_round.covers_from
    told: dict[int, Told] = {}
    number = {r.pk: r.number for r in last_rounds.values()}
    kinds = (
        Outcome.objects.filter(follow_up_round__in=number, promise_id__in=promise_ids)
        .values_list("promise_id", "follow_up_round_id", "kind")
        .order_by()
        if number
        else []
    )
    for promise_id, round_id, kind in kinds:
        before = told.get(promise_id, Told(number[round_id], 0, 0))
        done = kind == Outcome.Kind.DONE
        told[promise_id] = Told(
            before.round_number, before.done + done, before.not_done + (not done)
        )
    by_promise: dict[int, list[CommitmentWithStatus]] = defaultdict(list)
    for row in rows:
        by_promise[row.commitment.promise_id].append(row)
    promises = {}
    for promise_id in promise_ids:
        own = by_promise[promise_id]
        own_tally = tally(row.status.state for row in own)
        state = None
        if not own_tally.scheduled:
            set_id = own[0].commitment.promise.promise_set_id if own else None
            state = unscheduled_promise_state(
                [day for row in own for day in row.dates],
                since=since.get(set_id) if set_id is not None else None,
                told=told.get(promise_id),
                on=on,
            )
        promises[promise_id] = PromiseProgress(own_tally, state)
    return rows, promises, last_rounds
