"""Reads of promise sets, with the prefetching each page needs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.db.models import Prefetch, QuerySet

from loften.promises.models import Commitment, Promise, PromiseSet
from loften.promises.validity import in_force
from loften.registry.models import Agreement, Municipality


def promise_sets_decided(municipality: Municipality) -> QuerySet[PromiseSet]:
    """Every promise set of the kommun that was ever published, oldest first."""
    return municipality.promise_sets.exclude(status=PromiseSet.Status.DRAFT).order_by(
        "period_start", "published_at", "pk"
    )


def promise_set_in_force(municipality: Municipality, on: date) -> PromiseSet | None:
    return pick_in_force(promise_sets_decided(municipality), on)


def pick_in_force(promise_sets: Iterable[PromiseSet], on: date) -> PromiseSet | None:
    """The set in force on `on` among sets of one kommun, ordered oldest decision first."""
    return in_force(((s, s.validity) for s in promise_sets), on)


def agreement_in_force(municipality: Municipality, on: date) -> Agreement | None:
    agreements = municipality.agreements.order_by("valid_from", "signed_on", "pk")
    return in_force(((a, a.validity) for a in agreements), on)


def promise_set_with_contents(promise_set_id: int) -> PromiseSet:
    """One set with everything its page shows, in a fixed number of queries."""
    promises = Promise.objects.select_related("focus_area").prefetch_related(
        "themes",
        Prefetch("commitments", queryset=Commitment.objects.order_by("position", "pk")),
        "targets",
    )
    return (
        PromiseSet.objects.prefetch_related(
            "municipalities",
            "police_areas",
            "signatories",
            "attachments",
            Prefetch("promises", queryset=promises),
        )
        .select_related("agreement", "source_document")
        .get(pk=promise_set_id)
    )


def municipalities_with_promises(on: date) -> list[tuple[Municipality, PromiseSet]]:
    """Kommuner with a promise set in force on `on`, by län and name."""
    sets = (
        PromiseSet.objects.exclude(status=PromiseSet.Status.DRAFT)
        .prefetch_related(
            Prefetch("municipalities", queryset=Municipality.objects.select_related("county"))
        )
        .order_by("period_start", "published_at", "pk")
    )
    candidates: dict[Municipality, list[PromiseSet]] = {}
    for promise_set in sets:
        for municipality in promise_set.municipalities.all():
            candidates.setdefault(municipality, []).append(promise_set)
    in_force_now = [
        (municipality, current)
        for municipality, sets_of_one in candidates.items()
        if (current := pick_in_force(sets_of_one, on)) is not None
    ]
    return sorted(in_force_now, key=lambda pair: (pair[0].county.code, pair[0].name))
