"""Which promise set and follow-up round a report is about, and who may read it."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db import models
from django.db.models import F, Func, Subquery
from django.db.models.functions import Length
from django.http import Http404
from django.shortcuts import get_object_or_404
from simple_history.utils import get_history_manager_for_model

from loften.accounts.permissions import can_view
from loften.followup.models import Activity, FollowUpRound, Measurement, Outcome
from loften.promises.models import Commitment, FocusArea, Promise, PromiseSet, Target
from loften.promises.selectors import promise_set_in_force, promise_sets_decided
from loften.registry.models import Municipality


class ReportNotFound(Exception):
    """What was asked for does not exist; the message says so in Swedish."""


def access_report_promise_set(user: User | AnonymousUser, promise_set_id: int) -> PromiseSet:
    """Any set, in any status, that the user may read; 404 for everything else."""
    promise_set = get_object_or_404(PromiseSet, pk=promise_set_id)
    if not can_view(user, promise_set):
        raise Http404("Det finns inget medborgarlöfte med det numret.")
    return promise_set


def public_report_promise_set(municipality: Municipality, promise_set_id: int) -> PromiseSet | None:
    """A published or superseded set of this kommun; None for drafts and other kommuners sets."""
    return promise_sets_decided(municipality).filter(pk=promise_set_id).first()


def report_rounds(promise_set: PromiseSet, *, published_only: bool) -> list[FollowUpRound]:
    """The set's follow-up rounds by number; the public sees only those published."""
    rounds = FollowUpRound.objects.filter(promise_set=promise_set).order_by("number")
    if published_only:
        rounds = rounds.filter(published_at__isnull=False)
    found = list(rounds)
    for follow_up_round in found:
        follow_up_round.promise_set = promise_set
    return found


def promise_set_for_report(
    municipality_code: str, *, period: str | None, on: date
) -> tuple[Municipality, PromiseSet]:
    """The decided set of this period ("2023-2025"); with no period, the set in force on `on`."""
    wanted = municipality_code.strip()
    municipality = (
        Municipality.objects.filter(code=wanted).first()
        or Municipality.objects.filter(slug=wanted.casefold()).first()
    )
    if municipality is None:
        raise ReportNotFound(f"Det finns ingen kommun med kommunkoden {municipality_code}.")
    if period is None:
        in_force = promise_set_in_force(municipality, on)
        if in_force is None:
            raise ReportNotFound(
                f"Inget publicerat medborgarlöfte gäller i {municipality.name} "
                f"den {on.isoformat()}."
            )
        return municipality, in_force
    decided = list(promise_sets_decided(municipality))
    matching = [s for s in decided if _period_key(s.period_label) == _period_key(period)]
    if not matching:
        known = ", ".join(s.period_label for s in decided)
        raise ReportNotFound(
            f"{municipality.name} har inget publicerat medborgarlöfte för perioden {period}"
            + (f" (publicerade perioder: {known})." if known else "; inget är publicerat.")
        )
    return municipality, matching[-1]


def round_for_report(
    promise_set: PromiseSet, number: int, *, published_only: bool = True
) -> FollowUpRound:
    """Round N of the set among those a report is offered for (only published ones for
    the public); ReportNotFound for another number."""
    for follow_up_round in report_rounds(promise_set, published_only=published_only):
        if follow_up_round.number == number:
            return follow_up_round
    raise ReportNotFound(
        f"Medborgarlöftet {promise_set.period_label} har ingen "
        f"{'publicerad ' if published_only else ''}uppföljning nummer {number}."
    )


def _period_key(label: str) -> str:
    """ "2023–2025", "2023-2025" and "2023 - 2025" are the same period."""
    return "".join(label.replace("–", "-").split())


def report_fingerprint(promise_set: PromiseSet, *, status_on: date) -> str:
    """A name for everything a report of the set on `status_on` is made from; one query.

    It changes when anything the report shows changes: every audited write (activities,
    outcomes, measurements, promises, commitments, targets, the set itself, each made
    through a service, the importer or the admin) adds a history row with a higher
    number, and counts catch the rows written without history (`loften generate`).
    Rounds, which have no history, are read whole: their publication, days and
    summaries. The day the report tells the state on is part of it too. Names of
    kommuner and organisations are not: they change too seldom to be worth the query.
    """
    promises = Promise.objects.filter(promise_set=promise_set).values("pk")
    targets = Target.objects.filter(promise_set=promise_set).values("pk")
    activities = Activity.objects.filter(promise_set=promise_set).values("pk")
    rounds = FollowUpRound.objects.filter(promise_set=promise_set)
    parts = {
        "set": _last_change(PromiseSet, id=promise_set.pk),
        "areas": _last_change(FocusArea, promise_set=promise_set.pk),
        "promises": _last_change(Promise, promise_set=promise_set.pk),
        "commitments": _last_change(Commitment, promise__in=promises),
        "targets": _last_change(Target, promise_set=promise_set.pk),
        "outcomes": _last_change(Outcome, promise__in=promises),
        "measurements": _last_change(Measurement, target__in=targets),
        "activities": _last_change(Activity, promise_set=promise_set.pk),
        "promise_count": _aggregate(Promise.objects.filter(promise_set=promise_set), "COUNT"),
        "commitment_count": _aggregate(
            Commitment.objects.filter(promise__promise_set=promise_set), "COUNT"
        ),
        "outcome_count": _aggregate(Outcome.objects.filter(promise__in=promises), "COUNT"),
        "measurement_count": _aggregate(Measurement.objects.filter(target__in=targets), "COUNT"),
        "activity_count": _aggregate(activities, "COUNT"),
        "round_count": _aggregate(rounds, "COUNT"),
        "rounds_published": _aggregate(rounds, "MAX", F("published_at")),
        "published_count": _aggregate(rounds, "COUNT", F("published_at")),
        "rounds_until": _aggregate(rounds, "MAX", F("covers_until")),
        "summaries": _aggregate(rounds, "SUM", Length("summary")),
    }
    values = (
        PromiseSet.objects.filter(pk=promise_set.pk)
        .annotate(**{f"fingerprint_{name}": part for name, part in parts.items()})
        .values_list("status", "updated_at", *(f"fingerprint_{name}" for name in parts))
        .get()
    )
    return hashlib.sha256(repr((status_on.isoformat(), *values)).encode()).hexdigest()


def _last_change(model: type[models.Model], **lookups: Any) -> Subquery:
    """The number of the latest history row of these rows of an audited model."""
    history = get_history_manager_for_model(model).model.objects.filter(**lookups)
    return _aggregate(history, "MAX", F("history_id"))


def _aggregate(rows: models.QuerySet[Any], function: str, expression: Any = None) -> Subquery:
    """One aggregate over all these rows as a value in another query (no GROUP BY)."""
    counted: models.Field[Any, Any] | None = models.IntegerField() if function == "COUNT" else None
    value = Func(
        expression if expression is not None else F("pk"),
        function=function,
        output_field=counted,
    )
    return Subquery(rows.order_by().annotate(aggregated=value).values("aggregated")[:1])
