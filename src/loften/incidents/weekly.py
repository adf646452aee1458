"""The EST meeting's week: counts per area and category, against the weeks before.

Pure arithmetic over (area, category, week) rows, so that the page, the printed
summary and `loften incidents weekly` show the same figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from loften.incidents.categories import Category
from loften.incidents.weeks import Week

PREVIOUS_WEEKS = 4
NO_AREA = "Utanför områdena"


@dataclass(frozen=True)
class Row:
    category: Category
    count: int
    previous_average: float  # per week over the PREVIOUS_WEEKS before
    last_year: int  # the same week a year before

    @property
    def change(self) -> float:
        return self.count - self.previous_average

    @property
    def change_shown(self) -> str:
        change = round(self.change, 1)
        if change == 0:
            return "±0"
        return f"{change:+.1f}".replace(".0", "").replace(".", ",").replace("-", "\N{MINUS SIGN}")

    def as_json(self) -> dict[str, Any]:
        return {
            "category": self.category.value,
            "label": self.category.label,
            "count": self.count,
            "previous_weeks_average": round(self.previous_average, 2),
            "change": round(self.change, 2),
            "same_week_last_year": self.last_year,
        }


@dataclass
class AreaWeek:
    name: str
    rows: list[Row] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(row.count for row in self.rows)

    def as_json(self) -> dict[str, Any]:
        return {
            "area": self.name,
            "total": self.total,
            "categories": [row.as_json() for row in self.rows],
        }


@dataclass
class WeeklySummary:
    week: Week
    areas: list[AreaWeek]

    @property
    def total(self) -> int:
        return sum(area.total for area in self.areas)

    @property
    def weeks_compared(self) -> list[Week]:
        return [self.week.minus(k) for k in range(PREVIOUS_WEEKS, 0, -1)]

    def as_json(self) -> dict[str, Any]:
        return {
            "week": str(self.week),
            "from": self.week.monday.isoformat(),
            "to": self.week.sunday.isoformat(),
            "previous_weeks": [str(w) for w in self.weeks_compared],
            "same_week_last_year": str(self.week.same_week_last_year()),
            "total": self.total,
            "areas": [area.as_json() for area in self.areas],
        }


def weeks_needed(week: Week) -> list[Week]:
    """The weeks a summary of `week` counts incidents in."""
    return [
        week,
        *(week.minus(k) for k in range(1, PREVIOUS_WEEKS + 1)),
        week.same_week_last_year(),
    ]


def summarise(
    week: Week, rows: Iterable[tuple[str | None, str, Week]], area_names: Sequence[str]
) -> WeeklySummary:
    """Counts per area (every named area, in order, then incidents outside them) and per
    category that occurred in the week, the four weeks before or the same week last year."""
    counts = Counter((area or NO_AREA, category, w) for area, category, w in rows)
    previous = weeks_needed(week)[1 : PREVIOUS_WEEKS + 1]
    last_year = week.same_week_last_year()
    names = list(area_names)
    if any(area == NO_AREA for area, _, _ in counts):
        names.append(NO_AREA)
    areas = []
    for name in names:
        area = AreaWeek(name)
        for category in Category:
            row = Row(
                category,
                counts[(name, category.value, week)],
                sum(counts[(name, category.value, w)] for w in previous) / PREVIOUS_WEEKS,
                counts[(name, category.value, last_year)],
            )
            if row.count or row.previous_average or row.last_year:
                area.rows.append(row)
        areas.append(area)
    return WeeklySummary(week, areas)
