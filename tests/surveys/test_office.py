"""The back office of surveys: each kommun's own, results suppressed in every output."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from loften.surveys.models import Survey
from loften.surveys.questions import COLUMNS
from loften.surveys.services import survey_create
from tests.factories import member, municipality

pytestmark = pytest.mark.django_db

ALVSBYN = "Älvsbyns kommun"


def as_user(user: object) -> Client:
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    return client


def response_file(rows: list[tuple[str, str, int]]) -> bytes:
    lines = [";".join(COLUMNS)]
    for area, gender, safe in rows:
        lines.append(";".join([area, gender, "25-44", str(safe), *([""] * (len(COLUMNS) - 4))]))
    return "\n".join(lines).encode()


@pytest.fixture
def survey() -> Survey:
    return survey_create(
        municipality=municipality("2560"), title="Trygghetsmätning 2026", year=2026,
        areas=["Centrum", "Vidsel"], acting_user=None,
    )  # fmt: skip


def test_a_coordinator_starts_a_survey_and_finds_it_in_the_list() -> None:
    client = as_user(member(ALVSBYN, "coordinator"))
    page = client.post(
        "/arbetsyta/trygghet/ny/",
        {"kommun": municipality("2560").pk, "title": "Trygghet 2027", "year": 2027,
         "areas": "Centrum\nVidsel\n", "min_group": 15},
    )  # fmt: skip
    survey = Survey.objects.get()
    assert page.status_code == 302 and page["Location"] == f"/arbetsyta/trygghet/{survey.pk}/"
    assert survey.areas == ["Centrum", "Vidsel"]
    listing = client.get("/arbetsyta/trygghet/").content.decode()
    assert "Trygghet 2027" in listing and "0 svar" in listing


def test_a_preview_shows_the_columns_and_stores_nothing_then_the_import_stores_all(
    survey: Survey,
) -> None:
    client = as_user(member(ALVSBYN, "coordinator"))
    data = response_file([("Centrum", "kvinna", 1)] * 20 + [("Vidsel", "man", 4)] * 3)
    url = f"/arbetsyta/trygghet/{survey.pk}/las-in/"

    preview = client.post(url, {"file": SimpleUploadedFile("svar.csv", data), "preview": ""})
    assert "23 svar kan läsas in (utf-8, avgränsare: semikolon)" in preview.content.decode()
    assert not survey.responses.exists()

    done = client.post(url, {"file": SimpleUploadedFile("svar.csv", data), "import": ""})
    assert done.status_code == 302 and survey.responses.count() == 23
    page = client.get(f"/arbetsyta/trygghet/{survey.pk}/").content.decode()
    assert "23 svar" in page
    assert "Visas inte: för få svarande" in page  # Vidsel's three, and so one more group


def test_a_bad_file_is_refused_with_its_rows_and_nothing_stored(survey: Survey) -> None:
    client = as_user(member(ALVSBYN, "coordinator"))
    data = response_file([("Centrum", "kvinna", 1), ("Månen", "kvinna", 9)])
    page = client.post(
        f"/arbetsyta/trygghet/{survey.pk}/las-in/",
        {"file": SimpleUploadedFile("svar.csv", data), "import": ""},
    )
    text = page.content.decode()
    assert page.status_code == 400
    assert "Ingenting lästes in från svar.csv" in text
    assert "Rad 3, kolumn omrade: ”Månen” är inget av mätningens områden" in text
    assert "Rad 3, kolumn otrygg_kvall: ”9” är inget svarsalternativ" in text
    assert not survey.responses.exists()


def test_the_results_export_hides_what_the_page_hides(survey: Survey) -> None:
    client = as_user(member(ALVSBYN, "viewer"))
    from loften.surveys.services import responses_import

    responses_import(
        survey=survey, filename="svar.csv", acting_user=None,
        data=response_file([("Centrum", "kvinna", 4)] * 20 + [("Vidsel", "man", 1)] * 2),
    )  # fmt: skip
    export = client.get(f"/arbetsyta/trygghet/{survey.pk}/resultat.csv")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig")), delimiter=";"))
    by_key = {tuple(row[:3]): row[3:] for row in rows[1:]}
    assert by_key[("alla", "alla", "alla")][:3] == ["22", "–", "91 %"]
    vidsel = by_key[("Vidsel", "alla", "alla")]
    assert vidsel[0] == "2" and not any(vidsel[1:])
    centrum = by_key[("Centrum", "alla", "alla")]
    assert not any(centrum[1:]), "Centrum = all - Vidsel, so it is hidden too"


def test_another_kommun_finds_no_survey_and_a_viewer_cannot_import(survey: Survey) -> None:
    outsider = as_user(member("Umeå kommun", "coordinator"))
    base = f"/arbetsyta/trygghet/{survey.pk}/"
    for url in (base, base + "resultat.csv"):
        assert outsider.get(url).status_code == 404
    data = response_file([("Centrum", "kvinna", 1)])
    for client in (outsider, as_user(member(ALVSBYN, "viewer"))):
        upload = client.post(
            base + "las-in/", {"file": SimpleUploadedFile("s.csv", data), "import": ""}
        )
        assert upload.status_code == 404
        assert client.post(base + "koder/", {"count": 5}).status_code == 404
    assert "Trygghetsmätning 2026" not in outsider.get("/arbetsyta/trygghet/").content.decode()
    assert outsider.get("/arbetsyta/trygghet/ny/").content.decode().count("Älvsbyn") == 0
    assert not survey.responses.exists() and not survey.codes.exists()


def test_codes_come_as_the_only_copy_and_the_form_then_asks_for_one(survey: Survey) -> None:
    client = as_user(member(ALVSBYN, "coordinator"))
    download = client.post(f"/arbetsyta/trygghet/{survey.pk}/koder/", {"count": 25})
    rows = list(csv.reader(io.StringIO(download.content.decode()), delimiter=";"))
    assert rows[0] == ["kod"] and len({row[0] for row in rows[1:]}) == 25
    assert download["Content-Disposition"].startswith("attachment")
    survey.refresh_from_db()
    assert survey.requires_code and survey.codes.count() == 25


def test_the_rounds_of_the_years_are_compared(survey: Survey) -> None:
    from loften.surveys.services import responses_import

    earlier = survey_create(
        municipality=municipality("2560"), title="Trygghetsmätning 2024", year=2024,
        acting_user=None,
    )  # fmt: skip
    responses_import(survey=earlier, filename="2024.csv", acting_user=None,
                     data=response_file([("Centrum", "kvinna", 4)] * 20))  # fmt: skip
    responses_import(survey=survey, filename="2026.csv", acting_user=None,
                     data=response_file([("Centrum", "kvinna", 1)] * 20))  # fmt: skip
    page = as_user(member(ALVSBYN, "viewer")).get(f"/arbetsyta/trygghet/{survey.pk}/")
    text = page.content.decode()
    assert "Över tid" in text
    assert text.index("2024: Trygghetsmätning 2024") < text.index("2026: Trygghetsmätning 2026")
    rows = next(table for table in page.context["tables"] if table.heading == "Över tid").rows
    assert [row.figures[1] for row in rows] == ["100 %", "0 %"]  # type: ignore[index]
