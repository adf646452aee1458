"""A survey's aggregate as people read it: tables per breakdown, figures in Swedish."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from loften.surveys.aggregate import DIMENSIONS, INDEX_LABELS, MAIN_INDICES, Aggregate, Group
from loften.surveys.models import LocalQuestion, Survey
from loften.surveys.questions import GENDERS

BREAKDOWNS = (
    ("Alla svarande", ()),
    ("Per område", ("area",)),
    ("Per kön", ("gender",)),
    ("Per åldersgrupp", ("age_band",)),
    ("Per område och kön", ("area", "gender")),
    ("Per kön och åldersgrupp", ("gender", "age_band")),
)


@dataclass(frozen=True)
class Row:
    label: str
    n: int
    figures: list[str] | None  # None: too few respondents to show


@dataclass(frozen=True)
class Table:
    heading: str
    rows: list[Row]


def figure(index: str, value: float | None) -> str:
    """An index as the results page writes it: "2,1" or "34 %"; "–" where nobody answered."""
    if value is None:
        return "–"
    if index == "problem_index":
        return f"{value:.1f}".replace(".", ",")
    return f"{round(value * 100)} %"


def _label(group: Group) -> str:
    parts = [group.area, GENDERS.get(group.gender or "", group.gender), group.age_band]
    return (
        ", ".join(
            (
                part.replace("-", "–") + " år"
                if dimension == "age_band" and part[0].isdigit()
                else part
            )
            for dimension, part in zip(DIMENSIONS, parts, strict=True)
            if part is not None
        )
        or "Alla"
    )


# An index of a round that did not ask the question, beside rounds that did.
NOT_ASKED = "ej ställd"


def shown_indices(local: Sequence[LocalQuestion]) -> list[str]:
    """The indices the results page shows: the main ones, then one per own question."""
    return [*MAIN_INDICES, *(question.index for question in local)]


def index_labels(local: Sequence[LocalQuestion]) -> dict[str, str]:
    """How each index of a round is headed, its own questions' shares included."""
    return {**INDEX_LABELS, **{question.index: question.label for question in local}}


def _figures(group: Group, indices: Sequence[str]) -> list[str] | None:
    if group.suppressed:
        return None
    return [
        figure(index, group.indices[index]) if index in group.indices else NOT_ASKED
        for index in indices
    ]


def tables(aggregate: Aggregate, indices: Sequence[str] = MAIN_INDICES) -> list[Table]:
    """The breakdowns the results page shows; suppressed groups keep only their size."""
    shown = []
    for heading, dimensions in BREAKDOWNS:
        rows = [
            Row(
                label=_label(group),
                n=group.n,
                figures=_figures(group, indices),
            )
            for group in aggregate.groups
            if {d for d, key in zip(DIMENSIONS, group.key, strict=True) if key is not None}
            == set(dimensions)
        ]
        if rows:
            shown.append(Table(heading, rows))
    return shown


def over_time(
    rounds: list[tuple[Survey, Group]], indices: Sequence[str] = MAIN_INDICES
) -> list[Table]:
    """Everyone's figures per round, so that the years can be compared (from two rounds);
    a kommun's own question by its code, in the rounds that asked it."""
    if len(rounds) < 2:
        return []
    return [
        Table(
            "Över tid",
            [
                Row(
                    label=f"{survey.year}: {survey.title}",
                    n=group.n,
                    figures=_figures(group, indices),
                )
                for survey, group in rounds
            ],
        )
    ]
