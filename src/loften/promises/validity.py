"""Which promise set (or agreement) is in force on a given day.

Plain Python, no Django: periods in, one answer out.

The rules, as the documents write them:

* "2023-2025" / "gäller från ... till ...": in force from start to end.
* "gäller till 2025-12-31 eller tills nytt löfte ges" (until_replaced) and
  "förlängs tillsvidare om ny överenskommelse inte tecknas"
  (extends_indefinitely): still in force after the end date, until a
  successor starts.
* No stated end: in force until a successor starts.
* A successor replaces its predecessor from the day it starts, even if the
  predecessor's period had not run out. A kommun has one set of promises at
  a time, so overlapping periods still give one answer: the set that started
  most recently. A replaced set never comes back into force.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

K = TypeVar("K")


@dataclass(frozen=True)
class Validity:
    start: date | None
    end: date | None = None
    until_replaced: bool = False
    extends_indefinitely: bool = False

    @property
    def open_ended(self) -> bool:
        return self.end is None or self.until_replaced or self.extends_indefinitely

    def covers(self, day: date) -> bool:
        """Whether the period itself reaches this day, successors aside."""
        if self.start is None or day < self.start:
            return False
        return self.open_ended or (self.end is not None and day <= self.end)


def in_force(candidates: Iterable[tuple[K, Validity]], on: date) -> K | None:
    """The candidate in force on `on`, or None.

    Candidates that start on the same day are ordered by their position:
    the later one wins, so pass them oldest decision first.
    """
    latest: tuple[K, date, Validity] | None = None
    for key, validity in candidates:
        start = validity.start
        if start is None or start > on:
            continue
        if latest is None or start >= latest[1]:
            latest = (key, start, validity)
    if latest is None or not latest[2].covers(on):
        return None
    return latest[0]


def spans_in_force(candidates: Iterable[tuple[K, Validity]]) -> list[tuple[K, date, date | None]]:
    """Every stretch of days with a candidate in force: (key, first day, last day or None).

    The same answer as `in_force` for every day, worked out once: that answer
    changes only where a candidate starts or where the latest started one
    ends, so `in_force(candidates, day)` is the key of the stretch that holds
    `day`, or None when no stretch does. Pass candidates in the same order as
    to `in_force`.
    """
    # The candidate each start day brings into force: the last one given that starts then.
    winners: dict[date, tuple[K, Validity]] = {}
    for key, validity in candidates:
        if validity.start is not None:
            winners[validity.start] = (key, validity)
    starts = sorted(winners)
    spans: list[tuple[K, date, date | None]] = []
    for index, start in enumerate(starts):
        key, validity = winners[start]
        ends = [] if validity.open_ended or validity.end is None else [validity.end]
        if index + 1 < len(starts):
            ends.append(starts[index + 1] - timedelta(days=1))
        last = min(ends, default=None)
        if last is None or last >= start:
            spans.append((key, start, last))
    return spans


# How the public pages say a set's dates, written once. Every page that tells a
# resident when a set applies (the kommun page, the promise page and its timeline,
# the start page, the theme page, breadcrumbs) reads its words from here.

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


def swedish_date(day: date) -> str:
    """30 juni 2024."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def period_label(period_start: date | None, period_end: date | None, start: date | None) -> str:
    """The period as a reader names it: "2023–2025"; `start` is where the validity starts.

    A set that states no dates is in force from its signing or publication:
    "sedan 2 december 2026, utan angiven period".
    """
    if period_start and period_end:
        if period_start.year == period_end.year:
            return str(period_start.year)
        return f"{period_start.year}–{period_end.year}"
    if period_start:
        return f"från {swedish_date(period_start)}"
    if period_end:
        return f"till {swedish_date(period_end)}"
    if start:
        return f"sedan {swedish_date(start)}, utan angiven period"
    return "ingen period angiven"


def period_ended(validity: Validity, today: date) -> bool:
    """Whether the stated period is over (the set may still be in force until replaced)."""
    return validity.end is not None and validity.end < today


def validity_sentence(validity: Validity, label: str, *, replaced: bool, today: date) -> str:
    """When the set applies, in one sentence a resident reads the same on every page.

    "Perioden 2023–2025 är slut; löftet gäller tills ett nytt ges." `label` is the
    set's `period_label`; `replaced` says whether a later set has taken its place.
    """
    start, end = validity.start, validity.end
    if start is None:
        return "Ingen period angiven."
    stated = validity.end is not None or not label.startswith("sedan ")
    if replaced:
        if stated:
            return f"Perioden {label} är slut; löftet har ersatts av ett nytt."
        return f"Gällde från {swedish_date(start)}; löftet har ersatts av ett nytt."
    if start > today:
        return f"Börjar gälla {swedish_date(start)}" + (f" (perioden {label})." if stated else ".")
    if end is None:
        rest = "utan slutdatum" if stated else "utan angiven period"
        return f"Gäller sedan {swedish_date(start)}, {rest}."
    if end >= today:
        then = "; därefter gäller löftet tills ett nytt ges" if validity.open_ended else ""
        return f"Perioden {label} pågår till {swedish_date(end)}{then}."
    if validity.open_ended:
        return f"Perioden {label} är slut; löftet gäller tills ett nytt ges."
    return f"Perioden {label} tog slut {swedish_date(end)}."
