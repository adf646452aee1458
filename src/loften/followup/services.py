"""Writes for following promises up: rounds, activities, reasons and measured values."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction

from loften.followup.models import FollowUpRound
from loften.followup.rounds import ROUND_DUE_DAYS, planned_rounds
from loften.promises.models import PromiseSet


def rounds_until(promise_set: PromiseSet, today: date) -> date | None:
    """The last day the set's rounds should cover now; None for a set without a start.

    A set with a fixed period is followed up to its end. A set that stays in
    force until it is replaced is followed up to the end of the current year
    (run `loften rounds` again later to add the next ones). Either way it is
    followed up only until the day before a later set of its kommun took over.
    """
    validity = promise_set.validity
    if validity.start is None:
        return None
    end = validity.end
    if end is None or validity.open_ended:
        end = max(end or validity.start, date(today.year, 12, 31))
    successor = _successor_start(promise_set, validity.start)
    return end if successor is None else min(end, successor - timedelta(days=1))


def _successor_start(promise_set: PromiseSet, start: date) -> date | None:
    later = (
        PromiseSet.objects.decided()
        .filter(municipalities__in=promise_set.municipalities.all())
        .exclude(pk=promise_set.pk)
        .distinct()
    )
    starts = [s for other in later if (s := other.validity.start) is not None and s > start]
    return min(starts, default=None)


@transaction.atomic
def follow_up_rounds_sync(promise_set: PromiseSet, *, today: date) -> list[FollowUpRound]:
    """Give the set the rounds its cadence asks for; safe to repeat. Returns the new rounds.

    Rounds are numbered from the start of the period, so running this again
    later only adds the missing ones. Rounds a later set took over are cut
    at its start, or removed if nothing was published or told about them yet.
    """
    PromiseSet.objects.select_for_update().filter(pk=promise_set.pk).first()
    until = rounds_until(promise_set, today)
    start = promise_set.validity.start
    if until is None or start is None:
        return []
    rounds = promise_set.follow_up_rounds.filter(published_at__isnull=True)
    rounds.filter(covers_from__gt=until, outcomes__isnull=True).delete()
    rounds.filter(covers_from__lte=until, covers_until__gt=until).update(
        covers_until=until, due_date=until + timedelta(days=ROUND_DUE_DAYS)
    )
    existing = set(promise_set.follow_up_rounds.values_list("number", flat=True))
    return FollowUpRound.objects.bulk_create(
        FollowUpRound(
            promise_set=promise_set,
            number=planned.number,
            covers_from=planned.covers_from,
            covers_until=planned.covers_until,
            due_date=planned.due_date,
        )
        for planned in planned_rounds(promise_set.follow_up_cadence, start, until)
        if planned.number not in existing
    )
