"""Small charts drawn on the server as SVG geometry: no JavaScript, no third-party host.

Plain Python: values in, coordinates and a Swedish text alternative out; the
template draws the SVG.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

WIDTH, HEIGHT, PAD = 320, 120, 16


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    year: int
    value: Decimal

    @property
    def cx(self) -> str:
        return f"{self.x:.1f}"

    @property
    def cy(self) -> str:
        return f"{self.y:.1f}"


@dataclass(frozen=True)
class TargetChart:
    """A target's measured values over time, with its baseline and goal."""

    width: int
    height: int
    points: list[ChartPoint]
    goal_y: float | None
    goal: Decimal | None
    summary: str

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)

    @property
    def goal_line(self) -> str:
        """The goal's y coordinate as SVG wants it (a point, whatever the page's locale)."""
        return "" if self.goal_y is None else f"{self.goal_y:.1f}"


def swedish_number(value: Decimal) -> str:
    """12.50 → "12,5", 170.00 → "170": how a Swedish reader writes a measured value."""
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def goal_of(
    baseline: Decimal | None, change_percent: Decimal | None, target_value: Decimal | None
) -> Decimal | None:
    """The value a target aims at: stated, or the baseline changed by the percent."""
    if target_value is not None:
        return target_value
    if baseline is not None and change_percent is not None:
        return (baseline * (1 + change_percent / 100)).quantize(Decimal("0.1"))
    return None


def target_chart(
    *,
    indicator: str,
    baseline: tuple[int, Decimal] | None,
    measurements: list[tuple[date, Decimal]],
    goal: Decimal | None,
) -> TargetChart | None:
    """The chart of a target; None without at least one measured value."""
    if not measurements:
        return None
    series = ([baseline] if baseline else []) + sorted(
        (day.year, value) for day, value in measurements
    )
    values = [value for _, value in series] + ([goal] if goal is not None else [])
    low, high = min(values), max(values)
    span = (high - low) or Decimal(1)
    first, last = series[0][0], series[-1][0]
    years = (last - first) or 1

    def y(value: Decimal) -> float:
        return HEIGHT - PAD - float((value - low) / span) * (HEIGHT - 2 * PAD)

    points = [
        ChartPoint(PAD + (year - first) / years * (WIDTH - 2 * PAD), y(value), year, value)
        for year, value in series
    ]
    latest_year, latest = series[-1]
    summary = f"{indicator}: {swedish_number(latest)} år {latest_year}"
    if baseline:
        summary += f", utgångsläge {swedish_number(baseline[1])} år {baseline[0]}"
    if goal is not None:
        summary += f", mål {swedish_number(goal)}"
    return TargetChart(WIDTH, HEIGHT, points, y(goal) if goal is not None else None, goal, summary)
