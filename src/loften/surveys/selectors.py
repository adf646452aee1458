"""Reading safety surveys: their results, computed where the responses are stored."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, Prefetch, QuerySet

from loften.registry.models import Municipality
from loften.surveys.aggregate import (
    Aggregate,
    Group,
    aggregate_cells,
    cells_sql,
    local_share,
    with_local_answers,
)
from loften.surveys.models import LocalAnswer, LocalQuestion, QuestionBank, Response, Survey


def survey_aggregate(survey: Survey) -> Aggregate:
    """The survey's indices per area, gender and age band, its small groups suppressed;
    with a share per question of the kommun's own that the round asked.

    The database sums its own rows per finest group; only those few sums leave it.
    """
    quote = connection.ops.quote_name
    asked = survey_local_questions(survey)
    source = with_local_answers(
        quote(Response._meta.db_table),
        quote(LocalAnswer._meta.db_table),
        [(question.pk, question.code) for question in asked],
    )
    extra = {question.index: local_share(question.code, question.kind) for question in asked}
    with connection.cursor() as cursor:
        cursor.execute(cells_sql(source, "WHERE survey_id = %s", extra), [survey.pk])
        cells = cursor.fetchall()
    return aggregate_cells(cells, min_group=survey.min_group, extra=extra)


def current_question_bank(municipality: Municipality) -> QuestionBank | None:
    """The newest version of the kommun's own questions, which a new round asks."""
    return QuestionBank.objects.filter(municipality=municipality).order_by("-version").first()


def local_questions(bank: QuestionBank) -> list[LocalQuestion]:
    """A version's own questions in the order they are asked."""
    return list(LocalQuestion.objects.filter(bank_id=bank.pk).order_by("position"))


def survey_local_questions(survey: Survey) -> list[LocalQuestion]:
    """The kommun's own questions the round asks (none for a round on the standard ones)."""
    if survey.question_bank_id is None:
        return []
    return list(LocalQuestion.objects.filter(bank_id=survey.question_bank_id).order_by("position"))


def question_banks_of(municipality: Municipality) -> QuerySet[QuestionBank]:
    """Every version of the kommun's own questions, newest first, with the questions and
    the rounds that ask them."""
    return (
        QuestionBank.objects.filter(municipality=municipality)
        .select_related("created_by")
        .prefetch_related(
            Prefetch("questions", queryset=LocalQuestion.objects.order_by("position")),
            Prefetch("surveys", queryset=Survey.objects.order_by("-year", "-pk")),
        )
        .order_by("-version")
    )


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
