"""Reading statistics: rates per 1 000 inhabitants, for a kommun, its län and the country."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Exists, OuterRef, QuerySet, Sum

from loften.registry.models import Municipality
from loften.statistics.models import Indicator, Observation

# Kolada's "Invånare totalt, antal": the population a rate is counted on.
POPULATION = "kolada:N01951"


@dataclass(frozen=True)
class Point:
    year: int
    rate: float  # per 1 000 inhabitants


@dataclass(frozen=True)
class Trend:
    indicator: Indicator
    municipality: list[Point]
    county: list[Point]
    nation: list[Point]


def _known(indicator: str) -> QuerySet[Observation]:
    return Observation.objects.filter(indicator__key=indicator, gender="T", value__isnull=False)


def _sums(indicator: str, beside: str, **where: object) -> dict[int, Decimal]:
    """The indicator summed per year over the kommuner that also have `beside` that year."""
    partner = _known(beside).filter(municipality=OuterRef("municipality"), year=OuterRef("year"))
    rows = (
        _known(indicator)
        .filter(Exists(partner), **where)
        .values("year")
        .annotate(total=Sum("value"))
    )
    return {row["year"]: row["total"] for row in rows}


def _rates(indicator: str, **where: object) -> list[Point]:
    """The indicator per 1 000 inhabitants per year; for several kommuner, the sum of
    their counts over the sum of their inhabitants, kommun by kommun only where both are
    known, so that a kommun without figures for a year does not dilute the rate."""
    counts = _sums(indicator, POPULATION, **where)
    population = _sums(POPULATION, indicator, **where)
    return [
        Point(year, float(counts[year] * 1000 / population[year]))
        for year in sorted(counts)
        if population.get(year)
    ]


def trend(indicator: Indicator, municipality: Municipality) -> Trend:
    """The kommun's rate over the years beside its län's and the country's."""
    return Trend(
        indicator=indicator,
        municipality=_rates(indicator.key, municipality=municipality),
        county=_rates(indicator.key, municipality__county_id=municipality.county_id),
        nation=_rates(indicator.key),
    )


def crime_indicators(municipality: Municipality) -> list[Indicator]:
    """The crime categories with figures for the kommun."""
    return list(
        Indicator.objects.filter(key__startswith="brott:", observations__municipality=municipality)
        .distinct()
        .order_by("name")
    )
