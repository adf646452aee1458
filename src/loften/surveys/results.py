"""A survey's aggregate as people read it: tables per breakdown, figures in Swedish."""

from __future__ import annotations

from dataclasses import dataclass

from loften.surveys.aggregate import DIMENSIONS, INDEX_LABELS, MAIN_INDICES, Aggregate, Group
from loften.surveys.models import Survey
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


def tables(aggregate: Aggregate) -> list[Table]:
    """The breakdowns the results page shows; suppressed groups keep only their size."""
    shown = []
    for heading, dimensions in BREAKDOWNS:
        rows = [
            Row(
                label=_label(group),
                n=group.n,
                figures=None
                if group.suppressed
                else [figure(index, group.indices[index]) for index in MAIN_INDICES],
            )
            for group in aggregate.groups
            if {d for d, key in zip(DIMENSIONS, group.key, strict=True) if key is not None}
            == set(dimensions)
        ]
        if rows:
            shown.append(Table(heading, rows))
    return shown


HEADINGS = [INDEX_LABELS[index] for index in MAIN_INDICES]


def over_time(rounds: list[tuple[Survey, Group]]) -> list[Table]:
    """Everyone's figures per round, so that the years can be compared (from two rounds)."""
    if len(rounds) < 2:
        return []
    return [
        Table(
            "Över tid",
            [
                Row(
                    label=f"{survey.year}: {survey.title}",
                    n=group.n,
                    figures=None
                    if group.suppressed
                    else [figure(index, group.indices[index]) for index in MAIN_INDICES],
                )
                for survey, group in rounds
            ],
        )
    ]
