"""Survey results per area, gender and age band, with small groups suppressed.

Aggregation runs set-wise in DuckDB (one GROUP BY GROUPING SETS over every combination
of the three background questions), never row by row in Python. The indices are those
Swedish police surveys report, described in `METHOD` for the results page.

Suppression: a group of fewer than `min_group` respondents shows its size but no
indices. Because a group's figures could be worked out from its parent's and its
siblings' (the area's women = the area minus its men and others), every set of
siblings under one parent has either no suppressed group or at least two: when only
one is suppressed, the smallest other is suppressed too, until that holds everywhere.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from loften.surveys.questions import BACKGROUND, PROBLEMS, QUESTIONS

MIN_GROUP = 15
DIMENSIONS = ("area", "gender", "age_band")
MISSING = "uppgift saknas"
METHOD = (
    "Problemindex: varje problem besvaras från inget (0) till mycket stort (3); en persons "
    "index är medelvärdet av de problem personen besvarat gånger två, så att skalan går "
    "från 0 (inga problem) till 6 (mycket stora problem), och gruppens index är medelvärdet "
    "av personernas. Otrygghet: andelen som känner sig ganska eller mycket otrygga, eller "
    "aldrig går ut ensamma av otrygghet, sent en kväll i sitt område, bland dem som svarat "
    "(den som aldrig går ut av andra skäl räknas inte). Oro: andelen vars livskvalitet "
    "påverkas av oro för brott. Utsatthet: andelen som utsatts för brott i området de "
    "senaste tolv månaderna. Förtroende: andelen med ganska eller mycket stort förtroende. "
    "Grupper med färre än {min_group} svarande visas utan resultat, och så många fler att "
    "ingen sådan grupp kan räknas fram ur de andra."
)

INDICES = {
    "problem_index": "avg(list_avg([{problems}]) * 2)",
    "unsafe_share": "avg(CASE WHEN otrygg_kvall IN (3, 4, 5) THEN 1.0 "
    "WHEN otrygg_kvall IN (1, 2) THEN 0.0 END)",
    "worry_share": "avg(CASE WHEN oro_paverkar IN (1, 2) THEN 1.0 "
    "WHEN oro_paverkar = 3 THEN 0.0 END)",
    "victim_share": "avg(CASE WHEN utsatt_12_man = 1 THEN 1.0 WHEN utsatt_12_man = 0 THEN 0.0 END)",
    "trust_police_share": "avg(CASE WHEN fortroende_polis IN (4, 5) THEN 1.0 "
    "WHEN fortroende_polis IN (1, 2, 3) THEN 0.0 END)",
    "trust_municipality_share": "avg(CASE WHEN fortroende_kommun IN (4, 5) THEN 1.0 "
    "WHEN fortroende_kommun IN (1, 2, 3) THEN 0.0 END)",
}


@dataclass
class Group:
    area: str | None  # None: all areas
    gender: str | None
    age_band: str | None
    n: int
    indices: dict[str, float | None]
    suppressed: bool = False

    @property
    def key(self) -> tuple[str | None, ...]:
        return self.area, self.gender, self.age_band

    def as_json(self) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "area": self.area, "gender": self.gender, "age_band": self.age_band, "n": self.n,
        }  # fmt: skip
        if not self.suppressed:
            shown["indices"] = {
                k: None if v is None else round(v, 3) for k, v in self.indices.items()
            }
        return shown


@dataclass(frozen=True)
class Aggregate:
    respondents: int
    groups: list[Group]

    @property
    def suppressed_groups(self) -> int:
        return sum(1 for g in self.groups if g.suppressed)

    def as_json(self) -> dict[str, Any]:
        return {
            "respondents": self.respondents,
            "groups": [g.as_json() for g in self.groups],
            "suppressed_groups": self.suppressed_groups,
        }


def _sql(source: str) -> str:
    problems = ", ".join(q.code for q in PROBLEMS)
    indices = ",\n".join(
        f"{expression.format(problems=problems)} AS {name}" for name, expression in INDICES.items()
    )
    sets = ", ".join(
        "(" + ", ".join(combination) + ")"
        for size in range(len(DIMENSIONS), -1, -1)
        for combination in itertools.combinations(DIMENSIONS, size)
    )
    # Built from this module's constants and a table name from the caller, never from input.
    return f"""
        WITH answers AS (
            SELECT *, coalesce(CAST(omrade AS VARCHAR), '{MISSING}') AS area,
                   coalesce(CAST(kon AS VARCHAR), '{MISSING}') AS gender,
                   coalesce(CAST(alder AS VARCHAR), '{MISSING}') AS age_band
            FROM {source}
        )
        SELECT grouping(area) AS g_area, grouping(gender) AS g_gender,
               grouping(age_band) AS g_age_band, area, gender, age_band, count(*) AS n,
               {indices}
        FROM answers
        GROUP BY GROUPING SETS ({sets})
    """  # noqa: S608


def aggregate(
    connection: duckdb.DuckDBPyConnection, source: str, *, min_group: int = MIN_GROUP
) -> Aggregate:
    """Aggregate the responses in `source` (a table, view or DuckDB table function)."""
    rows = connection.execute(_sql(source)).fetchall()
    names = list(INDICES)
    groups = []
    for row in rows:
        rolled, values, n, figures = row[0:3], row[3:6], row[6], row[7:]
        area, gender, age_band = (
            None if up else value for up, value in zip(rolled, values, strict=True)
        )
        groups.append(
            Group(area, gender, age_band, n=n, indices=dict(zip(names, figures, strict=True)))
        )
    groups.sort(key=lambda g: (sum(k is not None for k in g.key), [k or "" for k in g.key]))
    _suppress(groups, min_group)
    total = next((g.n for g in groups if g.key == (None, None, None)), 0)
    return Aggregate(respondents=total, groups=groups)


def aggregate_file(path: Path, *, min_group: int = MIN_GROUP) -> Aggregate:
    """Aggregate a response file in the import layout (CSV with a header, UTF-8)."""
    with duckdb.connect() as connection:
        types = dict.fromkeys(BACKGROUND, "VARCHAR") | {q.code: "INTEGER" for q in QUESTIONS}
        connection.read_csv(str(path), header=True, dtype=types).create_view("responses")
        return aggregate(connection, "responses", min_group=min_group)


def _siblings(groups: list[Group]) -> Iterator[list[Group]]:
    """Each set of groups that together make up one parent group, along one dimension."""
    by_key = {g.key: g for g in groups}
    for parent in groups:
        for position, dimension in enumerate(parent.key):
            if dimension is not None:
                continue
            children = [
                g
                for g in groups
                if g.key[position] is not None
                and all(g.key[i] == parent.key[i] for i in range(len(DIMENSIONS)) if i != position)
            ]
            if len(children) > 1 and parent.key in by_key:
                yield children


def _suppress(groups: list[Group], min_group: int) -> None:
    for group in groups:
        group.suppressed = group.n < min_group
    sibling_sets = list(_siblings(groups))
    changed = True
    while changed:
        changed = False
        for siblings in sibling_sets:
            hidden = [g for g in siblings if g.suppressed]
            if len(hidden) == 1:
                shown = [g for g in siblings if not g.suppressed]
                min(shown, key=lambda g: (g.n, g.key)).suppressed = True
                changed = True
