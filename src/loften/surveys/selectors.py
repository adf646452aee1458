"""Reading safety surveys: their results, computed where the responses are stored."""

from __future__ import annotations

from collections import defaultdict

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
    figures (suppressed when the whole round is smaller than its minimum); a share of the
    kommun's own questions only in the rounds that asked it.

    Three queries however many rounds: the rounds, their own questions, and the sums per
    round and finest group; each round is rolled up from its sums as `survey_aggregate`
    rolls up one.
    """
    rounds = list(
        Survey.objects.filter(
            municipality_id=survey.municipality_id, question_version=survey.question_version
        ).order_by("year", "pk")
    )
    banks = {round_.question_bank_id for round_ in rounds} - {None}
    asked: dict[int | None, list[LocalQuestion]] = defaultdict(list)
    for question in LocalQuestion.objects.filter(bank_id__in=banks).order_by("position"):
        asked[question.bank_id].append(question)
    by_code = {question.code: question for questions in asked.values() for question in questions}
    quote = connection.ops.quote_name
    source = with_local_answers(
        quote(Response._meta.db_table),
        quote(LocalAnswer._meta.db_table),
        [(question.pk, question.code) for questions in asked.values() for question in questions],
    )
    extra = {q.index: local_share(q.code, q.kind) for q in by_code.values()}
    where = f"WHERE survey_id IN ({', '.join(['%s'] * len(rounds))})"
    cells: dict[int, list[tuple[object, ...]]] = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(
            cells_sql(source, where, extra, by="survey_id"), [round_.pk for round_ in rounds]
        )
        for survey_id, *cell in cursor.fetchall():
            cells[survey_id].append(tuple(cell))
    found = []
    for round_ in rounds:
        if not cells[round_.pk]:
            continue
        result = aggregate_cells(cells[round_.pk], min_group=round_.min_group, extra=extra)
        everyone = next(g for g in result.groups if g.key == (None, None, None))
        not_asked = by_code.keys() - {q.code for q in asked[round_.question_bank_id]}
        for code in not_asked:
            del everyone.indices[by_code[code].index]
        found.append((round_, everyone))
    return found
