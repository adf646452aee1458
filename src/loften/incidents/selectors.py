"""What EST pages, the printed summary, the command and the lägesbild read."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone

from loften.accounts.permissions import incident_organisations_to_read
from loften.incidents.categories import THEMES, Category
from loften.incidents.geo import polygons_of, svg_map
from loften.incidents.models import Area, Incident
from loften.incidents.weekly import NO_AREA, WeeklySummary, summarise, weeks_needed
from loften.incidents.weeks import Week
from loften.promises.models import Theme
from loften.registry.models import Municipality
from loften.reports.rendering import STYLESHEET

PRINT_STYLESHEET = Path(__file__).resolve().parent / "static" / "incidents" / "print.css"


def _zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def week_range(first: Week, last: Week) -> tuple[datetime, datetime]:
    """From Monday 00:00 of the first week to Monday 00:00 after the last, local time."""
    return (
        datetime.combine(first.monday, time(0), _zone()),
        datetime.combine(last.sunday + timedelta(days=1), time(0), _zone()),
    )


def readable_incidents(
    user: User | AnonymousUser | None, municipality: Municipality
) -> QuerySet[Incident]:
    """The kommun's incidents the user reads in full (None: a command, which reads all)."""
    incidents = Incident.objects.filter(municipality=municipality).select_related(
        "area", "organisation"
    )
    if user is None:
        return incidents
    organisations = incident_organisations_to_read(user, municipality)
    return incidents if organisations is None else incidents.filter(organisation__in=organisations)


def weekly_summary(municipality: Municipality, week: Week) -> WeeklySummary:
    """The counts of every incident of the kommun (counts are for everyone in its EST)."""
    weeks = weeks_needed(week)
    spans = [week_range(w, w) for w in set(weeks)]
    found = (
        Incident.objects.filter(municipality=municipality)
        .filter(_any_of(spans))
        .values_list("area__name", "category", "occurred_at")
    )
    rows = [
        (area, category, Week.of(timezone.localtime(at, _zone()).date()))
        for area, category, at in found
    ]
    names = list(Area.objects.filter(municipality=municipality).values_list("name", flat=True))
    return summarise(week, rows, names)


def _any_of(spans: list[tuple[datetime, datetime]]) -> Q:
    condition = Q(pk__in=[])
    for start, end in spans:
        condition |= Q(occurred_at__gte=start, occurred_at__lt=end)
    return condition


def week_incidents(
    user: User | AnonymousUser | None, municipality: Municipality, week: Week
) -> QuerySet[Incident]:
    start, end = week_range(week, week)
    return readable_incidents(user, municipality).filter(
        occurred_at__gte=start, occurred_at__lt=end
    )


def map_data(
    summary: WeeklySummary, municipality: Municipality, incidents: list[Incident]
) -> dict[str, Any]:
    """What the page's map draws: the areas with their week's count, and the points."""
    totals = {area.name: area.total for area in summary.areas}
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": area.geometry,
                "properties": {
                    "kind": "area",
                    "name": area.name,
                    "count": totals.get(area.name, 0),
                },
            }
            for area in Area.objects.filter(municipality=municipality)
        ]
        + [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [i.longitude, i.latitude]},
                "properties": {
                    "kind": "incident",
                    "name": f"{i.get_category_display()}, "
                    f"{timezone.localtime(i.occurred_at):%d/%m %H:%M}",
                },
            }
            for i in incidents
            if i.latitude is not None
        ],
    }


def summary_svg(
    summary: WeeklySummary, municipality: Municipality, incidents: list[Incident]
) -> str:
    """The map of the printed summary: areas shaded by the week's count, and the points."""
    totals = {area.name: area.total for area in summary.areas}
    return svg_map(
        [
            (area.name, polygons_of(area.geometry), totals.get(area.name, 0))
            for area in Area.objects.filter(municipality=municipality)
        ],
        [
            (i.longitude, i.latitude)
            for i in incidents
            if i.longitude is not None and i.latitude is not None
        ],
        title=f"Karta över händelser {summary.week.label}",
    )


TREND_WEEKS = 4
EARLIER_WEEKS = 12


@dataclass(frozen=True)
class Trend:
    """One theme's incidents in one area: the last weeks against the weeks before."""

    theme: Theme
    area: str
    recent: int  # the last TREND_WEEKS weeks
    earlier: float  # per TREND_WEEKS weeks, over the EARLIER_WEEKS before


def incident_trends(municipality: Municipality, as_of: date) -> list[Trend]:
    """Per theme and area, the incidents of the last four full weeks before `as_of` against
    the twelve weeks before those (as a four-week average)."""
    last = Week.of(as_of).minus(1)
    first_recent = last.minus(TREND_WEEKS - 1)
    start, _ = week_range(first_recent.minus(EARLIER_WEEKS), first_recent)
    split, end = week_range(first_recent, last)
    recent: Counter[tuple[Theme, str]] = Counter()
    earlier: Counter[tuple[Theme, str]] = Counter()
    for area, category, at in Incident.objects.filter(
        municipality=municipality, occurred_at__gte=start, occurred_at__lt=end
    ).values_list("area__name", "category", "occurred_at"):
        key = (THEMES[Category(category)], area or NO_AREA)
        (recent if at >= split else earlier)[key] += 1
    return [
        Trend(
            theme, area, recent[(theme, area)], earlier[(theme, area)] * TREND_WEEKS / EARLIER_WEEKS
        )
        for theme, area in sorted(set(recent) | set(earlier), key=lambda k: (k[0].label, k[1]))
    ]


def summary_document(context: dict[str, object]) -> str:
    """The one-page summary as one self-contained file, for WeasyPrint: the stylesheets
    inside, the map an inline SVG, nothing to fetch."""
    css = STYLESHEET.read_text() + PRINT_STYLESHEET.read_text()
    return render_to_string("incidents/summary.html", {**context, "css": css})
