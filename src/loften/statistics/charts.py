"""A crime category's rate over the years for the kommun, its län and the country, as SVG.

Drawn on the server: no JavaScript, nothing fetched. The chart is an image to assistive
technology whose description gives every value, and the page shows the same figures
in a table.
"""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from loften.statistics.selectors import Point, Trend

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 360, 170, 36, 12, 10, 38
# The kommun strongest, the others lighter and dashed: told apart without colour too.
LINES = (
    ("municipality", "#0b4f8a", "", 3),
    ("county", "#5f6b76", "6 3", 2),
    ("nation", "#8a5a00", "2 3", 2),
)


def _rate(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def trend_chart(trend: Trend, *, names: dict[str, str], chart_id: str) -> SafeString | None:
    """Three lines, one per level; None when the kommun has fewer than two years."""
    series: dict[str, list[Point]] = {
        "municipality": trend.municipality, "county": trend.county, "nation": trend.nation,
    }  # fmt: skip
    if len(trend.municipality) < 2:
        return None
    years = sorted({p.year for points in series.values() for p in points})
    top = max(p.rate for points in series.values() for p in points) or 1.0
    span = max(1, years[-1] - years[0])

    def x(year: int) -> float:
        return LEFT + (year - years[0]) / span * (WIDTH - LEFT - RIGHT)

    def y(rate: float) -> float:
        return TOP + (1 - rate / top) * (HEIGHT - TOP - BOTTOM)

    lines = format_html_join(
        "",
        '<polyline fill="none" stroke="{}" stroke-width="{}" stroke-dasharray="{}" '
        'points="{}"></polyline>',
        (
            (colour, width, dash, " ".join(f"{x(p.year):.1f},{y(p.rate):.1f}" for p in points))
            for name, colour, dash, width in LINES
            if len(points := series[name]) > 1
        ),
    )
    axis = format_html(
        '<text x="{}" y="{}" font-size="11">{}</text><text x="{}" y="{}" font-size="11" '
        'text-anchor="end">{}</text><text x="2" y="{}" font-size="11">{}</text>',
        LEFT, HEIGHT - BOTTOM + 14, years[0], WIDTH - RIGHT, HEIGHT - BOTTOM + 14, years[-1],
        TOP + 10, _rate(top),
    )  # fmt: skip
    legend = format_html_join(
        "",
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}" '
        'stroke-dasharray="{}"></line><text x="{}" y="{}" font-size="11">{}</text>',
        (
            (LEFT + i * 110, HEIGHT - 6, LEFT + i * 110 + 18, HEIGHT - 6, colour, width, dash,
             LEFT + i * 110 + 22, HEIGHT - 2, names[name])
            for i, (name, colour, dash, width) in enumerate(LINES)
        ),
    )  # fmt: skip
    described = "; ".join(
        f"{names[name]}: " + ", ".join(f"{p.year} {_rate(p.rate)}" for p in series[name])
        for name, *_ in LINES
        if series[name]
    )
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="{0}-t {0}-d" viewBox="0 0 {1} {2}" '
        'width="{1}" height="{2}" xmlns="http://www.w3.org/2000/svg"><title id="{0}-t">{3} '
        'per 1 000 invånare</title><desc id="{0}-d">{4}.</desc>{5}{6}{7}</svg>',
        chart_id, WIDTH, HEIGHT, trend.indicator.name, described, axis, lines, legend,
    )  # fmt: skip
