"""Reading lägesbilder: the public one of a kommun, and the back office's."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from loften.assessments.models import Assessment, ThemeAssessment
from loften.registry.models import Municipality

# How many themes the kommun page shows of the published lägesbild.
PUBLIC_THEMES = 3


def published_assessment(municipality: Municipality) -> Assessment | None:
    """The kommun's newest published lägesbild, with its themes; None when there is none."""
    return (
        Assessment.objects.filter(municipality=municipality, status=Assessment.Status.PUBLISHED)
        .select_related("municipality")
        .prefetch_related("themes")
        .order_by("-version")
        .first()
    )


def assessments_of(municipalities: QuerySet[Municipality]) -> QuerySet[Assessment]:
    """Every version of these kommuners' lägesbilder, newest first."""
    return (
        Assessment.objects.filter(municipality__in=municipalities)
        .select_related("municipality")
        .order_by("municipality__name", "-version")
    )


def assessment_with_contents(assessment_id: int) -> QuerySet[Assessment]:
    return (
        Assessment.objects.filter(pk=assessment_id)
        .select_related("municipality", "survey")
        .prefetch_related(
            Prefetch("themes", queryset=ThemeAssessment.objects.order_by("rank")),
            "approvals__organisation",
            "approvals__approved_by",
        )
    )
