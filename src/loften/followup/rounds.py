"""When a promise set is followed up: its rounds, from its cadence and its period.

Plain Python, no Django. "Två gånger per år" follows up each calendar
half-year (January–June, July–December), "årligen" each calendar year. A
set followed up "löpande", or whose document names no cadence, still gets a
yearly round, so that every year has a follow-up to report. Rounds are
clipped to the period like every other window: a period that starts in
September has a short first round.

Each round is due ROUND_DUE_DAYS after it ends: a month to gather what was
done and write the follow-up (30 June → 30 July, 31 December → 30 January).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from loften.followup.status import calendar_windows

ROUND_DUE_DAYS = 30

ROUND_WINDOWS = {"twice_yearly": "half_year", "yearly": "year", "continuous": "year", "": "year"}


@dataclass(frozen=True)
class PlannedRound:
    number: int
    covers_from: date
    covers_until: date
    due_date: date


def planned_rounds(cadence: str, start: date, until: date) -> list[PlannedRound]:
    """The rounds from `start` to `until` for a cadence (a registry.models.Cadence value)."""
    if cadence not in ROUND_WINDOWS:
        raise ValueError(f"unknown cadence: {cadence!r}")
    return [
        PlannedRound(
            number=number,
            covers_from=first,
            covers_until=last,
            due_date=last + timedelta(days=ROUND_DUE_DAYS),
        )
        for number, (first, last) in enumerate(
            calendar_windows(ROUND_WINDOWS[cadence], start, until), start=1
        )
    ]
