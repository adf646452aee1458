"""Reading safety walks: the findings a person may see, and the figures the lägesbild uses."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import QuerySet
from django.http import Http404

from loften.accounts.permissions import can_handle_finding
from loften.promises.models import Theme
from loften.registry.models import Municipality
from loften.walks.categories import THEMES, FindingCategory
from loften.walks.models import Finding

# Findings of walks this many days before the lägesbild's day count for it.
EVIDENCE_DAYS = 365


def finding_for(user: User | AnonymousUser, pk: int) -> Finding:
    """The finding, if the user may handle it; otherwise 404, as if there were none."""
    finding = (
        Finding.objects.select_related("walk__municipality", "responsible", "closed_by")
        .filter(pk=pk)
        .first()
    )
    if finding is None or not can_handle_finding(
        user, finding.walk.municipality, finding.responsible
    ):
        raise Http404
    return finding


def findings_of(municipality: Municipality, status: str | None = None) -> QuerySet[Finding]:
    findings = Finding.objects.filter(walk__municipality=municipality).select_related(
        "walk", "responsible"
    )
    return findings.filter(status=status) if status else findings


EXPORT_FIELDS = (
    "id",
    "walk",
    "walked_on",
    "category",
    "category_label",
    "address",
    "latitude",
    "longitude",
    "description",
    "responsible",
    "status",
    "due_date",
    "closed_on",
)


def finding_row(finding: Finding) -> dict[str, Any]:
    """A finding as the command line exports it (no photo, no one's name)."""
    return {
        "id": finding.pk,
        "walk": finding.walk.title,
        "walked_on": finding.walk.walked_on.isoformat(),
        "category": finding.category,
        "category_label": finding.get_category_display(),
        "address": finding.address,
        "latitude": finding.latitude,
        "longitude": finding.longitude,
        "description": finding.description,
        "responsible": finding.responsible.name,
        "status": finding.status,
        "due_date": finding.due_date.isoformat() if finding.due_date else "",
        "closed_on": finding.closed_on.isoformat() if finding.closed_on else "",
    }


@dataclass(frozen=True)
class ThemeFindings:
    theme: Theme
    found: int
    fixed: int


def walk_findings_by_theme(municipality: Municipality, day: date) -> list[ThemeFindings]:
    """Per theme, the findings of the kommun's walks in the year before the day, and how
    many of them were fixed by then."""
    found: Counter[Theme] = Counter()
    fixed: Counter[Theme] = Counter()
    for category, status, closed_on in Finding.objects.filter(
        walk__municipality=municipality,
        walk__walked_on__gt=day - timedelta(days=EVIDENCE_DAYS),
        walk__walked_on__lte=day,
    ).values_list("category", "status", "closed_on"):
        theme = THEMES[FindingCategory(category)]
        found[theme] += 1
        if status == Finding.Status.FIXED and closed_on is not None and closed_on <= day:
            fixed[theme] += 1
    return [ThemeFindings(theme, found[theme], fixed[theme]) for theme in found]
