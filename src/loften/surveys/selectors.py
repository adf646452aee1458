"""Reading safety surveys: their results, computed where the responses are stored."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, QuerySet

from loften.registry.models import Municipality
from loften.surveys.aggregate import Aggregate, Group, aggregate_cells, cells_sql
from loften.surveys.models import Response, Survey


def survey_aggregate(survey: Survey) -> Aggregate:
    """The survey's indices per area, gender and age band, its small groups suppressed.

    The database sums its own rows per finest group; only those few sums leave it.
    """
    source = connection.ops.quote_name(Response._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(cells_sql(source, "WHERE survey_id = %s"), [survey.pk])
        cells = cursor.fetchall()
    return aggregate_cells(cells, min_group=survey.min_group)


def surveys_of(municipalities: QuerySet[Municipality]) -> QuerySet[Survey]:
    """The kommuner's surveys, newest first, with their response counts."""
    return (
        Survey.objects.filter(municipality__in=municipalities)
        .select_related("municipality")
        .annotate(response_count=Count("responses"))
        .order_by("municipality__name", "-year", "-pk")
    )


def survey_rounds_over_time(survey: Survey) -> list[tuple[Survey, Group]]:
    """The kommun's rounds on the same question version, oldest first, each with everyone's
    figures (suppressed when the whole round is smaller than its minimum)."""
    rounds = Survey.objects.filter(
        municipality_id=survey.municipality_id, question_version=survey.question_version
    ).order_by("year", "pk")
    found = []
    for round_ in rounds:
        everyone = next(g for g in survey_aggregate(round_).groups if g.key == (None, None, None))
        if everyone.n:
            found.append((round_, everyone))
    return found
