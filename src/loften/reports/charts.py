"""Charts for the report, drawn on the server as inline SVG: no JavaScript, nothing fetched.

Each chart is an image to assistive technology (role="img") whose title and
description say in words everything the picture shows, so a reader who cannot
see it misses nothing. The same markup is printed into the PDF.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from loften.followup.status import STATE_ORDER, State
from loften.publicsite.charts import swedish_number
from loften.reports.content import PromiseReport, TargetLine, state_heading

# Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart also by
# their place in the bar (always in this order) and by the legend beside them.
STATE_COLOURS: dict[State, str] = {
    State.MET: "#1d6b33",
    State.ON_TRACK: "#0b4f8a",
    State.DUE_SOON: "#8a5a00",
    State.NOT_STARTED: "#5f6b76",
    State.OVERDUE: "#c2410c",
    State.NOT_MET: "#a30000",
    State.UNSCHEDULED: "#8c96a0",
}

# Narrow enough that its text stays readable when a phone shrinks it to fit.
WIDTH = 420
LABEL_WIDTH = 64
BAR_WIDTH = 220
LEGEND_COLUMN = 140
ROW = 26
BAR = 16


def progress_chart(promises: Iterable[PromiseReport], *, chart_id: str) -> SafeString | None:
    """One stacked bar per promise: its commitments by state, as long as their number.

    A promise with no scheduled commitment is one grey part, labelled with its state in
    words ("Genomfört", "3 aktiviteter"), so every promise of the set is in the chart.
    """
    rows = list(promises)
    if not rows:
        return None
    longest = max(sum(promise.bar.values()) for promise in rows)
    states = [state for state in STATE_ORDER if any(state in p.bar for p in rows)]
    legend_top = ROW * len(rows) + 12
    height = legend_top + ROW * ((len(states) + 2) // 3)
    bars = format_html_join("", "{}", ((_bar_row(p, i, longest),) for i, p in enumerate(rows)))
    legend = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
        '<text x="{}" y="{}" font-size="13" fill="#1b1f24">{}</text>',
        (
            (
                (i % 3) * LEGEND_COLUMN,
                legend_top + (i // 3) * ROW,
                BAR,
                BAR,
                STATE_COLOURS[state],
                (i % 3) * LEGEND_COLUMN + BAR + 6,
                legend_top + (i // 3) * ROW + 13,
                state_heading(state),
            )
            for i, state in enumerate(states)
        ),
    )
    description = " ".join(
        f"Löfte {p.number}: {p.state.text if p.state else p.progress_label}" for p in rows
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        'viewBox="0 0 {} {}" width="100%" aria-labelledby="{}-title {}-desc">'
        '<title id="{}-title">Åtagandenas läge per löfte</title>'
        '<desc id="{}-desc">{}</desc>{}{}</svg>',
        WIDTH,
        height,
        chart_id,
        chart_id,
        chart_id,
        chart_id,
        description,
        bars,
        legend,
    )


def _bar_row(promise: PromiseReport, index: int, longest: int) -> SafeString:
    top = index * ROW
    unit = BAR_WIDTH / longest
    x = float(LABEL_WIDTH)
    segments = []
    for state, count in promise.bar.items():
        segments.append((f"{x:.1f}", top + 2, f"{count * unit:.1f}", BAR, STATE_COLOURS[state]))
        x += count * unit
    if promise.state:
        said = promise.state.short
    else:
        said = f"{promise.progress.get(State.MET, 0)} av {len(promise.commitments)} uppfyllda"
    return format_html(
        '<text x="0" y="{}" font-size="13" fill="#1b1f24">Löfte {}</text>{}'
        '<text x="{}" y="{}" font-size="13" fill="#1b1f24">{}</text>',
        top + 15,
        promise.number,
        format_html_join("", '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>', segments),
        f"{x + 8:.1f}",
        top + 15,
        said,
    )


def target_chart(target: TargetLine) -> SafeString | None:
    """Baseline, latest value and goal side by side, when at least two of them are known."""
    bars = [
        (name, value)
        for name, value in (
            ("Utgångsläge", target.baseline_value),
            ("Senast mätt", target.latest.value if target.latest else None),
            ("Målnivå", target.goal_value),
        )
        if value is not None
    ]
    if len(bars) < 2:
        return None
    largest = max(value for _, value in bars) or Decimal(1)
    rows = format_html_join(
        "",
        '<text x="0" y="{}" font-size="13" fill="#1b1f24">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
        '<text x="{}" y="{}" font-size="13" fill="#1b1f24">{}</text>',
        (
            (
                i * ROW + 15,
                name,
                110,
                i * ROW + 2,
                f"{float(value / largest) * 300:.1f}",
                BAR,
                "#0b4f8a" if name != "Målnivå" else "#5f6b76",
                f"{118 + float(value / largest) * 300:.1f}",
                i * ROW + 15,
                swedish_number(value),
            )
            for i, (name, value) in enumerate(bars)
        ),
    )
    words = ", ".join(f"{name.lower()} {swedish_number(value)}" for name, value in bars)
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart target-chart" role="img" '
        'viewBox="0 0 480 {}" width="100%" aria-label="{}">{}</svg>',
        ROW * len(bars),
        f"{target.indicator}: {words}.",
        rows,
    )
