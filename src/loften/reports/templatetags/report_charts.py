"""Template filters that draw the report's charts: `{{ report.promises|progress_chart:"id" }}`."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from loften.reports import charts
from loften.reports.content import PromiseReport, TargetLine

register = template.Library()


@register.filter
def progress_chart(promises: list[PromiseReport], chart_id: str) -> SafeString | None:
    return charts.progress_chart(promises, chart_id=chart_id)


@register.filter
def target_chart(target: TargetLine) -> SafeString | None:
    return charts.target_chart(target)
