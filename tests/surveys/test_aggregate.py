"""Survey indices per group, small groups suppressed, and no group revealed by subtraction."""

import csv
import itertools
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from loften.surveys.aggregate import DIMENSIONS, Group, aggregate_file
from loften.surveys.questions import COLUMNS, PROBLEMS

ANSWERS = dict.fromkeys(COLUMNS, "")


def write(path: Path, rows: list[dict[str, object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({**ANSWERS, **row} for row in rows)
    return path


def person(area: str, gender: str, age: str = "25-44", **answers: object) -> dict[str, object]:
    return {"omrade": area, "kon": gender, "alder": age, **answers}


def group(groups: list[Group], area: str | None, gender: str | None, age: str | None) -> Group:
    return next(g for g in groups if g.key == (area, gender, age))


def test_the_indices_are_computed_as_the_method_says(tmp_path: Path) -> None:
    problems = {q.code: 0 for q in PROBLEMS}
    rows = [
        person(
            "Hamnen", "kvinna", otrygg_kvall=4, utsatt_12_man=1, **{**problems, PROBLEMS[0].code: 3}
        ),
        person("Hamnen", "man", otrygg_kvall=1, utsatt_12_man=0, **problems),
        person("Hamnen", "man", otrygg_kvall=6, fortroende_polis=5),  # never out, other reasons
    ]

    result = aggregate_file(write(tmp_path / "svar.csv", rows), min_group=1)

    everyone = group(result.groups, None, None, None).indices
    assert everyone["unsafe_share"] == pytest.approx(0.5)  # 1 of the 2 who go out
    assert everyone["victim_share"] == pytest.approx(0.5)
    # the woman: one of nine problems very big -> 3/9*2; the man answering: 0
    assert everyone["problem_index"] == pytest.approx((3 / 9 * 2 + 0) / 2)
    assert everyone["trust_police_share"] == 1.0
    # a big problem to one of the two who answered about it, and to nobody for the rest
    assert everyone[f"{PROBLEMS[0].code}_share"] == pytest.approx(0.5)
    assert everyone[f"{PROBLEMS[1].code}_share"] == 0.0
    assert group(result.groups, "Hamnen", "man", None).n == 2
    assert result.respondents == 3


def test_a_small_group_shows_its_size_but_no_results(tmp_path: Path) -> None:
    rows = [person("Centrum", "kvinna", otrygg_kvall=1)] * 20 + [
        person("Centrum", "man", otrygg_kvall=4)
    ] * 3

    result = aggregate_file(write(tmp_path / "svar.csv", rows))
    men = group(result.groups, "Centrum", "man", None)

    assert (men.n, men.suppressed, "indices" in men.as_json()) == (3, True, False)
    assert set(men.as_json()) == {"area", "gender", "age_band", "n"}


def test_no_suppressed_group_can_be_worked_out_from_its_parent_and_siblings(tmp_path: Path) -> None:
    # The area (23) and its women (20) would give away its 3 men: the women are hidden too.
    rows = [person("Centrum", "kvinna", otrygg_kvall=1)] * 20 + [
        person("Centrum", "man", otrygg_kvall=4)
    ] * 3
    rows += [
        person("Norr", g, a, otrygg_kvall=2) for g in ("kvinna", "man") for a in ("16-24", "65-84")
    ] * 9

    result = aggregate_file(write(tmp_path / "svar.csv", rows))

    assert group(result.groups, "Centrum", "kvinna", None).suppressed
    assert not group(result.groups, "Centrum", None, None).suppressed
    for parent in result.groups:
        for position in (i for i, value in enumerate(parent.key) if value is None):
            siblings = [
                g
                for g in result.groups
                if g.key[position] is not None
                and all(g.key[i] == parent.key[i] for i in range(len(DIMENSIONS)) if i != position)
            ]
            if len(siblings) > 1:  # a lone child is its parent: both shown or both hidden
                assert sum(g.suppressed for g in siblings) != 1, (parent.key, DIMENSIONS[position])


def test_generated_responses_are_in_the_import_layout_and_the_same_for_a_seed(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"

    call_command(
        "generate", "responses", "--count", "3000", "--output", str(first), stdout=StringIO()
    )
    call_command(
        "generate", "responses", "--count", "3000", "--output", str(second), stdout=StringIO()
    )

    header, *rows = first.read_text(encoding="utf-8").splitlines()
    assert tuple(header.split(",")) == COLUMNS
    assert len(rows) == 3000
    assert first.read_bytes() == second.read_bytes()
    assert any(",," in row for row in rows)  # some answers are missing, as in real surveys


def test_survey_aggregate_prints_json_and_csv(tmp_path: Path) -> None:
    responses = tmp_path / "svar.csv"
    call_command(
        "generate", "responses", "--count", "1500", "--output", str(responses), stdout=StringIO()
    )
    as_json, as_csv = StringIO(), StringIO()

    call_command("survey", "aggregate", "--file", str(responses), stdout=as_json)
    call_command("survey", "aggregate", "--file", str(responses), "--format", "csv", stdout=as_csv)

    printed = json.loads(as_json.getvalue())
    assert printed["respondents"] == 1500
    assert printed["suppressed_groups"] == sum("indices" not in g for g in printed["groups"]) > 0
    rows = list(csv.DictReader(StringIO(as_csv.getvalue())))
    assert len(rows) == len(printed["groups"])
    hidden = [r for r in rows if int(r["n"]) < 15]
    assert hidden and all(r["unsafe_share"] == "" for r in hidden)


def test_a_file_that_is_no_response_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "fel.csv"
    junk.write_text("namn;telefon\nEva;070-1234567\n", encoding="utf-8")

    with pytest.raises(CommandError, match="not a response file"):
        call_command("survey", "aggregate", "--file", str(junk), stdout=StringIO())
    with pytest.raises(CommandError, match="no such file"):
        call_command(
            "survey", "aggregate", "--file", str(tmp_path / "saknas.csv"), stdout=StringIO()
        )


def test_groups_cover_every_combination_of_the_background_questions(tmp_path: Path) -> None:
    rows = [
        person(a, g, age)
        for a, g, age in itertools.product(("A", "B"), ("kvinna", "man"), ("16-24",))
    ]

    result = aggregate_file(write(tmp_path / "svar.csv", rows), min_group=1)

    assert (
        len(result.groups) == 1 + 2 + 2 + 1 + 4 + 2 + 2 + 4
    )  # (), a, g, age, a-g, a-age, g-age, all
