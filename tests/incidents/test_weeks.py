"""ISO weeks as the EST meeting counts them, across year boundaries."""

from datetime import date

import pytest

from loften.incidents.weekly import summarise
from loften.incidents.weeks import Week, weeks_in


def test_week_one_can_start_in_the_year_before() -> None:
    assert Week.parse("2025-W01").monday == date(2024, 12, 30)
    assert Week.of(date(2024, 12, 31)) == Week(2025, 1)


def test_week_53_exists_only_in_long_years() -> None:
    assert weeks_in(2020) == 53 and weeks_in(2026) == 53 and weeks_in(2025) == 52
    assert Week.parse("2026-W53").sunday == date(2027, 1, 3)
    with pytest.raises(ValueError, match="2025 har veckorna 1–52"):
        Week.parse("2025-W53")


def test_the_weeks_before_cross_the_new_year() -> None:
    assert Week(2025, 2).minus(4) == Week(2024, 50)
    assert Week(2021, 1).minus(1) == Week(2020, 53)


def test_week_53_compares_with_week_52_the_year_before() -> None:
    assert Week(2026, 53).same_week_last_year() == Week(2025, 52)
    assert Week(2025, 14).same_week_last_year() == Week(2024, 14)


def test_a_week_that_is_not_written_as_one_is_refused() -> None:
    with pytest.raises(ValueError, match="skriv den som 2025-W14"):
        Week.parse("vecka 14")


def test_the_summary_counts_the_week_against_the_four_before_and_last_year() -> None:
    week = Week(2025, 2)
    rows = [
        ("Centrum", "klotter", Week(2025, 2)),
        ("Centrum", "klotter", Week(2025, 2)),
        ("Centrum", "klotter", Week(2025, 2)),
        ("Centrum", "klotter", Week(2024, 52)),
        ("Centrum", "klotter", Week(2024, 50)),
        ("Centrum", "klotter", Week(2024, 49)),  # five weeks before: not counted
        ("Centrum", "klotter", Week(2024, 2)),
        (None, "brand", Week(2025, 2)),
    ]
    summary = summarise(week, rows, ["Centrum", "Vidsel"])
    centrum, vidsel, outside = summary.areas
    (graffiti,) = centrum.rows
    assert (graffiti.count, graffiti.previous_average, graffiti.last_year) == (3, 0.5, 1)
    assert graffiti.change_shown == "+2,5"
    assert vidsel.rows == [] and outside.name == "Utanför områdena" and outside.total == 1
    assert summary.total == 4
