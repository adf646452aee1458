"""ISO weeks, as EST meetings count them: Monday to Sunday, week 1 holds the first Thursday."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$")


@dataclass(frozen=True, order=True)
class Week:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Week:
        """A week written as ISO 8601 does: 2025-W14 (or 2025W14)."""
        match = WEEK.match(text.strip().upper())
        if match is None:
            raise ValueError(f"”{text}” är ingen vecka; skriv den som 2025-W14.")
        year, number = int(match[1]), int(match[2])
        if not 1 <= number <= weeks_in(year):
            raise ValueError(f"{year} har veckorna 1–{weeks_in(year)}, inte vecka {number}.")
        return cls(year, number)

    @classmethod
    def of(cls, day: date) -> Week:
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def minus(self, weeks: int) -> Week:
        return Week.of(self.monday - timedelta(weeks=weeks))

    def same_week_last_year(self) -> Week:
        """Week 53 of a year whose year before has 52 compares with that year's week 52."""
        return Week(self.year - 1, min(self.number, weeks_in(self.year - 1)))

    def __str__(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    @property
    def label(self) -> str:
        return f"vecka {self.number} {self.year}"


def weeks_in(year: int) -> int:
    """52 or 53: 28 December always lies in the year's last week."""
    return date(year, 12, 28).isocalendar()[1]
