"""Survey results per area, gender and age band, with small groups suppressed.

Aggregation runs set-wise in two stages, never row by row in Python: counts and sums per
finest group (area x gender x age band) in SQL that the database holding the responses
runs itself (SQLite, PostgreSQL, or DuckDB over a file), then every combination of the
three background questions rolled up from those few rows with GROUPING SETS in DuckDB.
The indices are those Swedish police surveys report, described in `METHOD` for the
results page; a round that asks a kommun's own questions adds a share per question
(`egen_N_share`), summed in the first stage from the narrow table of their answers
(`with_local_answers`) and rolled up and suppressed with the rest.

Suppression: a group of fewer than `min_group` respondents shows its size but no
indices. Because a group's figures could be worked out from its parent's and its
siblings' (the area's women = the area minus its men and others), every set of
siblings under one parent has either no suppressed group or at least two: when only
one is suppressed, the smallest other is suppressed too, until that holds everywhere.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from loften.surveys.questions import (
    BACKGROUND,
    LOCAL_CODE,
    LOCAL_KINDS,
    PROBLEM_NAMES,
    PROBLEMS,
    QUESTIONS,
)

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
    "Stort problem: andelen som kallar ett lokalt problem ganska eller mycket stort. "
    "Kommunens egna frågor: för ett eget problem andelen som kallar det ganska eller mycket "
    "stort, för en ja- eller nej-fråga andelen som svarat ja, bland dem som svarat; de egna "
    "problemen räknas inte in i problemindex, så att det går att jämföra med andra "
    "mätningar. "
    "Grupper med färre än {min_group} svarande visas utan resultat, och så många fler att "
    "ingen sådan grupp kan räknas fram ur de andra."
)

# Each share: (column, answers counted as yes, answers counted at all); the rest do not count.
Share = tuple[str, tuple[int, ...], tuple[int, ...]]
SHARES: dict[str, Share] = {
    "unsafe_share": ("otrygg_kvall", (3, 4, 5), (1, 2, 3, 4, 5)),
    "worry_share": ("oro_paverkar", (1, 2), (1, 2, 3)),
    "victim_share": ("utsatt_12_man", (1,), (0, 1)),
    "trust_police_share": ("fortroende_polis", (4, 5), (1, 2, 3, 4, 5)),
    "trust_municipality_share": ("fortroende_kommun", (4, 5), (1, 2, 3, 4, 5)),
}
# Per local problem: the share who call it a fairly or very big problem.
PROBLEM_SHARES = {f"{q.code}_share": (q.code, (2, 3), (0, 1, 2, 3)) for q in PROBLEMS}
ALL_SHARES = {**SHARES, **PROBLEM_SHARES}
MAIN_INDICES = ("problem_index", *SHARES)
INDICES = (*MAIN_INDICES, *PROBLEM_SHARES)
# How the results page heads each index; shares are shown as per cent.
INDEX_LABELS = {
    "problem_index": "Problemindex (0–6)",
    "unsafe_share": "Otrygga ute sent",
    "worry_share": "Oro påverkar livet",
    "victim_share": "Utsatta för brott",
    "trust_police_share": "Förtroende för polisen",
    "trust_municipality_share": "Förtroende för kommunen",
    **{f"{code}_share": f"Stort problem: {what}" for code, what in PROBLEM_NAMES.items()},
}
# The survey's shares as series a target can be measured by, in per cent.
SURVEY_INDICATORS = {
    f"trygghet:{name}": f"Trygghetsmätning: {INDEX_LABELS[name].lower()} (andel i procent)"
    for name in ALL_SHARES
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
    indices: tuple[str, ...] = INDICES  # every group's, in order: the standard, then the local

    @property
    def suppressed_groups(self) -> int:
        return sum(1 for g in self.groups if g.suppressed)

    def as_json(self) -> dict[str, Any]:
        return {
            "respondents": self.respondents,
            "groups": [g.as_json() for g in self.groups],
            "suppressed_groups": self.suppressed_groups,
        }


def _in(column: str, values: tuple[int, ...]) -> str:
    return f"CASE WHEN {column} IN ({', '.join(map(str, values))}) THEN 1 ELSE 0 END"


def local_share(code: str, kind: str) -> Share:
    """The share a kommun's own question is reported by: its yes answers among all."""
    local = LOCAL_KINDS[kind]
    return code, local.yes, tuple(local.answers)


def with_local_answers(responses: str, answers: str, questions: Sequence[tuple[int, str]]) -> str:
    """The responses as a source for `cells_sql` with a column per local question code
    (questions by id and code: the versions of several rounds may share a code), pivoted
    from the narrow table of local answers in one portable query."""
    if not questions:
        return responses
    ids_of: dict[str, list[str]] = {}
    for pk, code in questions:
        ids_of.setdefault(_local_code(code), []).append(str(int(pk)))
    columns = ", ".join(
        f"max(CASE WHEN question_id IN ({', '.join(ids)}) THEN value END) AS {code}"
        for code, ids in ids_of.items()
    )
    ids = ", ".join(str(int(pk)) for pk, _code in questions)
    return (
        f"{responses} LEFT JOIN (SELECT response_id, {columns} FROM {answers} "  # noqa: S608
        f"WHERE question_id IN ({ids}) GROUP BY response_id) AS egna "
        f"ON egna.response_id = {responses}.id"
    )


def _local_code(code: str) -> str:
    if not LOCAL_CODE.fullmatch(code):
        raise ValueError(f"not a local question code: {code!r}")
    return code


def cells_sql(
    source: str, where: str = "", extra: Mapping[str, Share] | None = None, *, by: str = ""
) -> str:
    """The first stage: counts and sums per finest group, in SQL that SQLite, PostgreSQL
    and DuckDB all run, with the `extra` shares (a kommun's own questions) beside the
    standard ones. `by`, a column of the source, comes first in each row and splits the
    groups by it (several surveys in one query). `source`, `where`, `extra` and `by` come
    from this package and the question bank's checked codes, never from input.
    """
    leading = f"{by}, " if by else ""
    answered = " + ".join(f"CASE WHEN {q.code} IS NULL THEN 0 ELSE 1 END" for q in PROBLEMS)
    problems = " + ".join(f"coalesce({q.code}, 0)" for q in PROBLEMS)
    shares = ",\n".join(
        f"sum({_in(column, yes)}) AS {name}_yes, sum({_in(column, counted)}) AS {name}_of"
        for name, (column, yes, counted) in {**ALL_SHARES, **(extra or {})}.items()
    )
    background = ", ".join(
        f"coalesce(nullif(CAST({column} AS VARCHAR(100)), ''), '{MISSING}') AS {dimension}"
        for column, dimension in zip(BACKGROUND, DIMENSIONS, strict=True)
    )
    return f"""
        SELECT {leading}{background}, count(*) AS n,
               sum(2.0 * ({problems}) / nullif({answered}, 0)) AS problem_sum,
               sum(CASE WHEN {answered} > 0 THEN 1 ELSE 0 END) AS problem_of,
               {shares}
        FROM {source} {where}
        GROUP BY {leading}{", ".join(DIMENSIONS)}
    """  # noqa: S608


def _rollup_sql(shares: Sequence[str]) -> str:
    sets = ", ".join(
        "(" + ", ".join(combination) + ")"
        for size in range(len(DIMENSIONS), -1, -1)
        for combination in itertools.combinations(DIMENSIONS, size)
    )
    figures = ", ".join(
        f"sum({name}_{numerator}) / nullif(sum({name}_of), 0) AS {name}"
        for name, numerator in [("problem", "sum"), *((name, "yes") for name in shares)]
    )
    return f"""
        SELECT grouping(area) AS g_area, grouping(gender) AS g_gender,
               grouping(age_band) AS g_age_band, area, gender, age_band, sum(n) AS n,
               {figures}
        FROM cells
        GROUP BY GROUPING SETS ({sets})
    """  # noqa: S608


def aggregate_cells(
    cells: Sequence[Sequence[Any]],
    *,
    min_group: int = MIN_GROUP,
    extra: Mapping[str, Share] | None = None,
) -> Aggregate:
    """The second stage: every combination of the background questions rolled up from the
    finest groups with GROUPING SETS, then suppressed; `extra` as given to `cells_sql`."""
    shares = [*ALL_SHARES, *(extra or {})]
    columns = (
        *DIMENSIONS, "n", "problem_sum", "problem_of",
        *(f"{name}_{part}" for name in shares for part in ("yes", "of")),
    )  # fmt: skip
    indices = (*INDICES, *(extra or {}))
    with duckdb.connect() as connection:
        numbers = ", ".join(f"{column} DOUBLE" for column in columns[len(DIMENSIONS) :])
        connection.execute(
            f"CREATE TABLE cells (area VARCHAR, gender VARCHAR, age_band VARCHAR, {numbers})"
        )
        if cells:
            placeholders = ", ".join("?" * len(columns))
            connection.executemany(
                f"INSERT INTO cells VALUES ({placeholders})",  # noqa: S608
                [
                    [*cell[:3], *(None if v is None else float(v) for v in cell[3:])]
                    for cell in cells
                ],
            )
        rows = connection.execute(_rollup_sql(shares)).fetchall()
    groups = []
    for row in rows:
        rolled, values, n, figures = row[0:3], row[3:6], row[6], row[7:]
        area, gender, age_band = (
            None if up else value for up, value in zip(rolled, values, strict=True)
        )
        groups.append(
            Group(
                area,
                gender,
                age_band,
                n=int(n or 0),
                indices=dict(zip(indices, figures, strict=True)),
            )
        )
    groups.sort(key=lambda g: (sum(k is not None for k in g.key), [k or "" for k in g.key]))
    _suppress(groups, min_group)
    total = next((g.n for g in groups if g.key == (None, None, None)), 0)
    return Aggregate(respondents=total, groups=groups, indices=indices)


def aggregate(
    connection: duckdb.DuckDBPyConnection, source: str, *, min_group: int = MIN_GROUP
) -> Aggregate:
    """Aggregate the responses in `source` (a DuckDB table, view or table function)."""
    return aggregate_cells(connection.execute(cells_sql(source)).fetchall(), min_group=min_group)


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
