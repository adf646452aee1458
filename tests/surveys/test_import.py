"""Responses collected elsewhere: read from the files kommuner have, all or nothing."""

import io
import json
from io import StringIO
from pathlib import Path

import openpyxl
import pytest
from django.core.management import CommandError, call_command

from loften.surveys.models import Response, ResponseImport, Survey
from loften.surveys.questions import COLUMNS, QUESTIONS
from loften.surveys.responsefile import MAX_PROBLEMS, ResponseFileError, read_response_file
from loften.surveys.selectors import survey_aggregate
from loften.surveys.services import SurveyError, responses_import, survey_create
from tests.factories import member, municipality

QUESTION_CODES = [q.code for q in QUESTIONS]


def csv_bytes(
    rows: list[list[object]], *, heading: list[str] | None = None, sep: str = ";",
    encoding: str = "utf-8",
) -> bytes:  # fmt: skip
    lines = [heading or list(COLUMNS)] + [[str(cell) for cell in row] for row in rows]
    return "\r\n".join(sep.join(line) for line in lines).encode(encoding)


def answers(
    area: str = "Centrum", gender: str = "kvinna", age: str = "25-44", safe: int = 2
) -> list[object]:
    return [area, gender, age, safe, 3, *([1] * 9), 0, 4, 3]


def test_a_windows_excel_csv_with_swedish_headings_and_words_is_read() -> None:
    heading = ["Löpnummer", "Område", "Kön", "Ålder", *QUESTION_CODES, "Kommentar"]
    heading[QUESTION_CODES.index("otrygg_kvall") + 4] = QUESTIONS[0].text
    rows = [
        ["1", "Öster", "Kvinna", "17", "Mycket otrygg", *([""] * 13), "Fritext"],
        ["2", "Öster", "M", "45–64", "1", "3", *(["2"] * 9), "Nej", "5", "", ""],
    ]
    data = csv_bytes(rows, heading=heading, encoding="cp1252")

    checked = read_response_file(data)

    assert checked.encoding == "windows-1252"
    assert checked.columns[QUESTIONS[0].text] == "otrygg_kvall"
    assert checked.ignored == ["Kommentar"]
    first, second = checked.rows
    assert (first["omrade"], first["kon"], first["alder"], first["otrygg_kvall"]) == (
        "Öster", "kvinna", "16-24", 4,
    )  # fmt: skip
    assert first["problem_klotter"] is None
    assert (second["kon"], second["alder"], second["utsatt_12_man"]) == ("man", "45-64", 0)


def test_utf8_with_bom_and_commas_is_read() -> None:
    data = b"\xef\xbb\xbf" + csv_bytes([answers("Söder")], sep=",")
    checked = read_response_file(data)
    assert checked.delimiter == "," and checked.rows[0]["omrade"] == "Söder"


def refused(data: bytes, **kwargs: object) -> list[str]:
    with pytest.raises(ResponseFileError) as caught:
        read_response_file(data, **kwargs)  # type: ignore[arg-type]
    return caught.value.problems


def test_excel_unicode_text_is_read() -> None:
    checked = read_response_file(csv_bytes([answers(area="Söder")], sep="\t", encoding="utf-16"))
    assert (checked.encoding, checked.delimiter_name) == ("utf-16", "tabb")
    assert checked.rows[0]["omrade"] == "Söder"


def test_a_file_without_a_delimiter_is_refused_naming_the_delimiters() -> None:
    (problem,) = refused(b"omrade\r\nCentrum\r\n")
    assert problem.startswith("Rad 1:") and "semikolon (;), komma (,) eller tabb" in problem


def test_a_binary_file_is_refused_with_how_to_save_it() -> None:
    (problem,) = refused(csv_bytes([answers()]).decode().encode("utf-16-le"))
    assert "kunde inte läsas som text" in problem and "CSV UTF-8" in problem


def test_missing_columns_are_named() -> None:
    heading = [c for c in COLUMNS if c not in {"kon", "fortroende_kommun"}]
    (problem,) = refused(csv_bytes([answers()[:1] + answers()[2:-1]], heading=heading))
    assert "kolumner saknas: kon, fortroende_kommun" in problem


def test_answers_out_of_range_are_refused_with_row_and_column() -> None:
    bad = answers()
    bad[COLUMNS.index("otrygg_kvall")] = 7
    bad[COLUMNS.index("kon")] = "x"
    problems = refused(csv_bytes([answers(), bad]))
    assert problems == [
        "Rad 3, kolumn kon: ”x” är inget kön i mätningen (Kvinna, Man, Annat eller vill inte "
        "svara).",
        "Rad 3, kolumn otrygg_kvall: ”7” är inget svarsalternativ (1–6).",
    ]


def test_an_area_the_survey_does_not_have_is_refused() -> None:
    (problem,) = refused(csv_bytes([answers("Månen")]), areas=["Centrum", "Öster"])
    assert (
        problem == "Rad 2, kolumn omrade: ”Månen” är inget av mätningens områden (Centrum, Öster)."
    )


def test_a_response_entered_twice_is_found_by_its_number() -> None:
    heading = ["nr", *COLUMNS]
    (problem,) = refused(csv_bytes([["7", *answers()], ["8", *answers()], ["7", *answers()]],
                                   heading=heading))  # fmt: skip
    assert problem == "Rad 4, kolumn nr: svar 7 finns redan på rad 2."


def test_a_row_with_more_values_than_columns_is_refused() -> None:
    (problem,) = refused(csv_bytes([[*answers(), "extra"]]))
    assert problem.startswith("Rad 2: 18 värden men 17 kolumner")


def test_a_file_full_of_errors_stops_listing_them() -> None:
    bad = answers()
    bad[COLUMNS.index("oro_paverkar")] = 9
    problems = refused(csv_bytes([bad] * 100))
    assert len(problems) == MAX_PROBLEMS + 1 and problems[-1].startswith("Fler fel finns")


def xlsx_bytes(rows: list[list[object]], *, merge: str | None = None) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in [list(COLUMNS), *rows]:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_workbook_is_read_with_its_numbers_as_answers() -> None:
    checked = read_response_file(xlsx_bytes([answers("Väster", safe=3)]))
    assert checked.rows[0]["omrade"] == "Väster" and checked.rows[0]["otrygg_kvall"] == 3


def test_merged_heading_cells_are_refused_naming_the_cells() -> None:
    (problem,) = refused(xlsx_bytes([answers()], merge="D1:E1"))
    assert problem.startswith("Rad 1: rubrikcellerna D–E är sammanfogade")


def test_a_broken_workbook_is_refused() -> None:
    (problem,) = refused(xlsx_bytes([answers()])[:300])
    assert "Excel" in problem


@pytest.fixture
def survey(db: None) -> Survey:
    return survey_create(
        municipality=municipality("2560"), title="Trygghetsmätning 2026", year=2026,
        areas=["Centrum", "Öster"], acting_user=None,
    )  # fmt: skip


@pytest.mark.django_db
def test_an_import_stores_every_response_and_records_who_did_it(survey: Survey) -> None:
    coordinator = member("Älvsbyns kommun", "coordinator")
    data = csv_bytes([answers("Centrum")] * 20 + [answers("Öster", safe=4)] * 16)

    record = responses_import(
        survey=survey, filename="svar.csv", data=data, acting_user=coordinator
    )

    assert record.rows == 36 and record.imported_by == coordinator
    assert survey.responses.filter(omrade="Öster", otrygg_kvall=4).count() == 16
    result = survey_aggregate(survey)
    assert result.respondents == 36
    everyone = next(g for g in result.groups if g.key == (None, None, None))
    assert everyone.indices["unsafe_share"] == pytest.approx(16 / 36)


@pytest.mark.django_db
def test_the_same_file_twice_is_refused_and_counts_nobody_double(survey: Survey) -> None:
    data = csv_bytes([answers()] * 3)
    responses_import(survey=survey, filename="svar.csv", data=data, acting_user=None)
    with pytest.raises(SurveyError, match="redan inläst"):
        responses_import(survey=survey, filename="kopia.csv", data=data, acting_user=None)
    assert survey.responses.count() == 3


@pytest.mark.django_db
def test_a_bad_row_at_the_end_leaves_nothing_imported(survey: Survey) -> None:
    bad = answers()
    bad[COLUMNS.index("alder")] = "120"
    with pytest.raises(ResponseFileError, match="Rad 502, kolumn alder: åldern 120 år"):
        responses_import(
            survey=survey, filename="svar.csv", data=csv_bytes([answers()] * 500 + [bad]),
            acting_user=None,
        )  # fmt: skip
    assert not Response.objects.exists() and not ResponseImport.objects.exists()


@pytest.mark.django_db
def test_only_the_kommuns_coordinators_import(survey: Survey) -> None:
    for outsider in (
        member("Umeå kommun", "coordinator"),
        member("Älvsbyns kommun", "editor"),
    ):
        with pytest.raises(SurveyError, match="inte rätt"):
            responses_import(
                survey=survey, filename="svar.csv", data=csv_bytes([answers()]),
                acting_user=outsider,
            )  # fmt: skip
    police = member("Lokalpolisområde Piteå älvdal", "coordinator")
    responses_import(survey=survey, filename="svar.csv", data=csv_bytes([answers()]),
                     acting_user=police)  # fmt: skip
    assert survey.responses.count() == 1


@pytest.mark.django_db
def test_the_command_previews_imports_and_aggregates_a_survey(
    survey: Survey, tmp_path: Path
) -> None:
    path = tmp_path / "svar.csv"
    path.write_bytes(csv_bytes([answers("Centrum")] * 30 + [answers("Öster")] * 2))
    out = StringIO()
    call_command("survey", "import", str(path), "--survey", str(survey.pk), "--dry-run", stdout=out)
    assert "32 responses would be imported" in out.getvalue()
    assert not survey.responses.exists()

    call_command("survey", "import", str(path), "--survey", str(survey.pk), stdout=StringIO())
    out = StringIO()
    call_command("survey", "aggregate", "--survey", str(survey.pk), stdout=out)
    shown = json.loads(out.getvalue())
    assert shown["respondents"] == 32
    oster = next(g for g in shown["groups"] if g["area"] == "Öster" and g["gender"] is None
                 and g["age_band"] is None)  # fmt: skip
    assert oster["n"] == 2 and "indices" not in oster

    with pytest.raises(CommandError, match="nothing imported"):
        call_command("survey", "import", str(path), "--survey", str(survey.pk))


def test_every_question_of_the_bank_has_a_column_for_its_answers() -> None:
    stored = {field.column for field in Response._meta.get_fields() if hasattr(field, "column")}
    assert set(QUESTION_CODES) <= stored


@pytest.mark.django_db
def test_codes_from_the_command_are_written_once_and_forgotten_after_the_round(
    survey: Survey, tmp_path: Path
) -> None:
    path = tmp_path / "koder.csv"
    call_command("survey", "codes", "--survey", str(survey.pk), "--count", "40",
                 "--output", str(path), stdout=StringIO())  # fmt: skip
    lines = path.read_text().splitlines()
    assert lines[0] == "kod" and len(set(lines[1:])) == 40
    with pytest.raises(CommandError, match="exists"):
        call_command("survey", "codes", "--survey", str(survey.pk), "--count", "1",
                     "--output", str(path))  # fmt: skip
    Survey.objects.filter(pk=survey.pk).update(closes_on="2020-01-01")
    out = StringIO()
    call_command("survey", "forget-ended", stdout=out)
    assert out.getvalue().startswith("40 codes") and not survey.codes.exists()


@pytest.mark.django_db
def test_the_same_file_imported_by_two_people_at_once_counts_once(
    survey: Survey, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    from loften.surveys import services

    data = csv_bytes([answers()] * 3)
    reading = services.read_response_file

    def meanwhile(data: bytes, **kwargs: object) -> object:
        # the other import stores the same file while this one reads it
        ResponseImport.objects.create(
            survey=survey, filename="svar.csv", sha256=hashlib.sha256(data).hexdigest(), rows=3
        )
        return reading(data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services, "read_response_file", meanwhile)
    with pytest.raises(SurveyError, match="läses redan in"):
        responses_import(survey=survey, filename="svar.csv", data=data, acting_user=None)
    assert not survey.responses.exists() and survey.imports.count() == 1
