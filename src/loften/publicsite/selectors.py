"""What the public pages read. Only decided (published or superseded) data reaches them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from loften.promises.models import PromiseSet
from loften.promises.selectors import (
    agreement_in_force,
    pick_in_force,
    promise_set_with_contents,
    promise_sets_decided,
)
from loften.registry.models import Agreement, Municipality, PoliceAreaCoverage


@dataclass(frozen=True)
class MunicipalityPage:
    municipality: Municipality
    in_force: PromiseSet | None
    earlier: list[PromiseSet]
    later: list[PromiseSet]
    agreement: Agreement | None
    coverage: list[PoliceAreaCoverage]


def municipality_page(municipality: Municipality, on: date) -> MunicipalityPage:
    decided = list(promise_sets_decided(municipality))
    current = pick_in_force(decided, on)
    started = [s for s in decided if (start := s.validity.start) is not None and start <= on]
    earlier = [s for s in reversed(started) if s != current]
    later = [s for s in decided if s not in started]
    coverage = list(
        PoliceAreaCoverage.objects.filter(municipality=municipality)
        .select_related("police_area__parent__parent")
        .order_by("police_area__name")
    )
    return MunicipalityPage(
        municipality=municipality,
        in_force=promise_set_with_contents(current.pk) if current else None,
        earlier=earlier,
        later=later,
        agreement=agreement_in_force(municipality, on),
        coverage=coverage,
    )


def decided_promise_set(municipality: Municipality, promise_set_id: int) -> PromiseSet | None:
    """A published or superseded set of this kommun, with its contents; None for drafts."""
    if not promise_sets_decided(municipality).filter(pk=promise_set_id).exists():
        return None
    return promise_set_with_contents(promise_set_id)


def municipality_with_county(slug: str) -> Municipality | None:
    return Municipality.objects.select_related("county").filter(slug=slug).first()
