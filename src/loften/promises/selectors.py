"""Reads of promise sets, with the prefetching each page needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db.models import F, Prefetch, QuerySet

from loften.promises.models import Commitment, Promise, PromiseSet, Target
from loften.promises.validity import in_force
from loften.registry.models import Agreement, Municipality

# Oldest decision first, the same on SQLite and PostgreSQL (which sort NULL differently).
DECISION_ORDER = (F("period_start").asc(nulls_first=True), "published_at", "pk")


def promise_sets_decided(municipality: Municipality) -> QuerySet[PromiseSet]:
    """Every promise set of the kommun that was ever published, oldest first."""
    return municipality.promise_sets.decided().order_by("period_start", "published_at", "pk")


def promise_set_in_force(municipality: Municipality, on: date) -> PromiseSet | None:
    return pick_in_force(promise_sets_decided(municipality), on)


def pick_in_force(promise_sets: Iterable[PromiseSet], on: date) -> PromiseSet | None:
    """The set in force on `on` among sets of one kommun, ordered oldest decision first."""
    return in_force(((s, s.validity) for s in promise_sets), on)


def agreement_in_force(municipality: Municipality, on: date) -> Agreement | None:
    agreements = municipality.agreements.order_by(
        F("valid_from").asc(nulls_first=True), F("signed_on").asc(nulls_first=True), "pk"
    )
    return in_force(((a, a.validity) for a in agreements), on)


def promise_set_with_contents(promise_set_id: int) -> PromiseSet:
    """One set with everything its page shows, in a fixed number of queries."""
    promises = Promise.objects.select_related("focus_area").prefetch_related(
        "themes",
        Prefetch("commitments", queryset=Commitment.objects.order_by("position", "pk")),
        "targets",
    )
    return (
        PromiseSet.objects.prefetch_related("municipalities", "police_areas")
        .prefetch_related("signatories", "attachments", "contacts")
        .prefetch_related(
            Prefetch("targets", queryset=Target.objects.filter(promise__isnull=True)),
            Prefetch("promises", queryset=promises),
        )
        .select_related("agreement", "source_document")
        .get(pk=promise_set_id)
    )


@dataclass(frozen=True)
class MunicipalityPromises:
    municipality: Municipality
    in_force: PromiseSet | None
    latest: PromiseSet


def municipalities_with_promises(on: date) -> list[MunicipalityPromises]:
    """Kommuner that have published promises, with the set in force on `on`, by län and name."""
    sets = list(
        PromiseSet.objects.decided()
        .defer("provenance", "report_to", "published_on")
        .order_by(*DECISION_ORDER)
    )
    # The kommun of each set read from the link table in one query: a prefetch would
    # build a queryset per set, most of the time of this function at national scale.
    links = PromiseSet.municipalities.through.objects.filter(
        promiseset__status__in=PromiseSet.DECIDED
    ).values_list("promiseset_id", "municipality_id")
    kommuner_of: dict[int, list[int]] = {}
    for promise_set_id, municipality_id in links:
        kommuner_of.setdefault(promise_set_id, []).append(municipality_id)
    municipalities = Municipality.objects.select_related("county").in_bulk(
        {m for ids in kommuner_of.values() for m in ids}
    )
    candidates: dict[Municipality, list[PromiseSet]] = {}
    for promise_set in sets:
        for municipality_id in kommuner_of.get(promise_set.pk, []):
            candidates.setdefault(municipalities[municipality_id], []).append(promise_set)
    entries = [
        MunicipalityPromises(
            municipality=municipality,
            in_force=pick_in_force(sets_of_one, on),
            latest=max(sets_of_one, key=lambda s: s.validity.start or date.min),
        )
        for municipality, sets_of_one in candidates.items()
    ]
    return sorted(entries, key=lambda e: (e.municipality.county.code, e.municipality.name))
