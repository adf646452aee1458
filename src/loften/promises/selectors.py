"""Reads of promise sets, with the prefetching each page needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db.models import F, Prefetch, QuerySet

from loften.promises.models import (
    VALIDITY_FIELDS,
    Commitment,
    Promise,
    PromiseSet,
    Target,
    Tenure,
    decision_order,
)
from loften.promises.numbering import Numbering, number
from loften.promises.validity import in_force
from loften.registry.models import Agreement, Municipality

DECISION_ORDER = decision_order()


def promise_sets_decided(municipality: Municipality) -> QuerySet[PromiseSet]:
    """Every promise set of the kommun that was ever published, oldest decision first."""
    return municipality.promise_sets.decided().order_by(*DECISION_ORDER)


def numbering_of(promise_set: PromiseSet) -> Numbering:
    """The set's promise and commitment numbers (`numbering.py`), in two small queries."""
    return number(
        Promise.objects.filter(promise_set=promise_set).values_list("pk", "position"),
        Commitment.objects.filter(promise__promise_set=promise_set).values_list(
            "pk", "promise_id", "position"
        ),
    )


def numbering_in(promises: Iterable[Promise]) -> Numbering:
    """The numbering of a set from its promises, their commitments prefetched: no query."""
    promises = list(promises)
    return number(
        ((p.pk, p.position) for p in promises),
        ((c.pk, p.pk, c.position) for p in promises for c in p.commitments.all()),
    )


def promise_set_in_force(municipality: Municipality, on: date) -> PromiseSet | None:
    tenure = Tenure.objects.on(on).filter(municipality=municipality).select_related("promise_set")
    found = tenure.first()
    return found.promise_set if found else None


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
    """A kommun with published promises: the set in force, or else the one that starts last."""

    municipality: Municipality
    in_force: PromiseSet | None
    latest: PromiseSet | None  # only when none is in force


def municipalities_with_promises(on: date) -> list[MunicipalityPromises]:
    """Kommuner that have published promises, with the set in force on `on`, by län and name."""
    municipalities = municipalities_with_decided().select_related("county")
    in_force = promise_sets_in_force(on)
    latest = latest_started([m.pk for m in municipalities if m.pk not in in_force])
    return [MunicipalityPromises(m, in_force.get(m.pk), latest.get(m.pk)) for m in municipalities]


def municipalities_with_decided() -> QuerySet[Municipality]:
    """Kommuner that have published promises, in force or not, by län and name."""
    return Municipality.objects.filter(
        pk__in=PromiseSet.municipalities.through.objects.filter(
            promiseset__status__in=PromiseSet.DECIDED
        ).values("municipality_id")
    ).order_by("county__code", "name")


def latest_started(municipality_ids: list[int]) -> dict[int, PromiseSet]:
    """Each kommun's decided set that starts last (of sets starting together, the first)."""
    links = list(
        PromiseSet.municipalities.through.objects.filter(
            municipality_id__in=municipality_ids, promiseset__status__in=PromiseSet.DECIDED
        )
        .order_by(*decision_order(via="promiseset__"))
        .values_list("municipality_id", "promiseset_id")
    )
    sets = PromiseSet.objects.only("title", *VALIDITY_FIELDS).in_bulk({s for _, s in links})
    candidates: dict[int, list[PromiseSet]] = {}
    for municipality_id, promise_set_id in links:
        candidates.setdefault(municipality_id, []).append(sets[promise_set_id])
    return {
        municipality_id: max(sets_of_one, key=lambda s: s.validity.start or date.min)
        for municipality_id, sets_of_one in candidates.items()
    }


def promise_sets_in_force(on: date) -> dict[int, PromiseSet]:
    """The set in force on `on` in each kommun that has one, by kommun id."""
    tenures = (
        Tenure.objects.on(on)
        .select_related("promise_set")
        .only("municipality_id", *(f"promise_set__{name}" for name in ("title", *VALIDITY_FIELDS)))
    )
    return {tenure.municipality_id: tenure.promise_set for tenure in tenures}
