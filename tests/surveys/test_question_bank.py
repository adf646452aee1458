"""A kommun's own questions: versioned, asked after the standard ones, imported, reported
with the same suppression, and compared between rounds by code."""

import csv
import io
import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from simple_history.utils import get_history_model_for_model

from loften.surveys.anonymity import form_token
from loften.surveys.models import LocalAnswer, LocalQuestion, QuestionBank, Response, Survey
from loften.surveys.questions import COLUMNS, PROBLEMS
from loften.surveys.responsefile import ResponseFileError
from loften.surveys.selectors import (
    survey_aggregate,
    survey_local_questions,
    survey_rounds_over_time,
)
from loften.surveys.services import (
    LocalQuestionDraft,
    SurveyError,
    question_bank_edit,
    responses_import,
    responses_preview,
    survey_create,
)
from tests.factories import member, municipality

pytestmark = pytest.mark.django_db

ALVSBYN = "Älvsbyns kommun"
DOGS = LocalQuestionDraft("hundbajs på gångvägar", "problem", "dog mess on footpaths")
BUS = LocalQuestionDraft("Känner du dig trygg vid busstationen på kvällen?", "ja_nej")


def as_user(user: object) -> Client:
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    return client


def edit(
    *questions: LocalQuestionDraft, based_on: int | None = None, user: object = None
) -> QuestionBank:
    kommun = municipality("2560")
    if based_on is None:
        based_on = QuestionBank.objects.filter(municipality=kommun).count()
    return question_bank_edit(
        municipality=kommun,
        questions=questions,
        based_on=based_on,
        acting_user=user,  # type: ignore[arg-type]
    )


def kept(question: LocalQuestion, **changes: str) -> LocalQuestionDraft:
    """A draft of a question of the current version, as the Frågor form sends it back."""
    fields = {"text": question.text, "kind": question.kind, "text_en": question.text_en}
    return LocalQuestionDraft(code=question.code, **{**fields, **changes})


def start_round(year: int, **options: object) -> Survey:
    today = timezone.localdate()
    return survey_create(
        municipality=municipality("2560"), title=f"Trygghetsmätning {year}", year=year,
        areas=["Centrum", "Vidsel"], opens_on=today - timedelta(days=1),
        acting_user=None, **options,  # type: ignore[arg-type]
    )  # fmt: skip


def response_file(rows: list[tuple[str, str, int, object, object]], *, heading: list[str]) -> bytes:
    """Rows of (area, gender, feeling unsafe, own question 1, own question 2)."""
    lines = [";".join([*COLUMNS, *heading])]
    for area, gender, safe, first, second in rows:
        standard = [area, gender, "25-44", str(safe), *([""] * (len(COLUMNS) - 4))]
        lines.append(";".join([*standard, str(first), str(second)]))
    return "\n".join(lines).encode()


def test_an_edit_makes_a_new_version_and_a_started_round_keeps_its_questions() -> None:
    coordinator = member(ALVSBYN, "coordinator")
    first = edit(DOGS, BUS, user=coordinator)
    spring = start_round(2026)
    dogs, bus = survey_local_questions(spring)
    assert (first.version, dogs.code, bus.code) == (1, "egen_1", "egen_2")

    second = edit(
        kept(bus),
        kept(dogs, text="hundbajs på lekplatser"),
        LocalQuestionDraft("nedskräpade badplatser", "problem"),
        user=coordinator,
    )
    autumn = start_round(2027)

    assert second.version == 2 and second.created_by == coordinator
    assert [(q.code, q.text) for q in survey_local_questions(autumn)] == [
        ("egen_2", BUS.text),  # kept: same code, moved first
        ("egen_3", "hundbajs på lekplatser"),  # reworded: a new question
        ("egen_4", "nedskräpade badplatser"),
    ]
    assert [q.code for q in survey_local_questions(spring)] == ["egen_1", "egen_2"]
    assert survey_local_questions(spring)[0].text == "hundbajs på gångvägar"
    history = get_history_model_for_model(QuestionBank).objects.filter(id=second.pk).get()
    assert history.history_type == "+" and history.history_user == coordinator
    assert get_history_model_for_model(LocalQuestion).objects.filter(bank_id=second.pk).count() == 3

    edit(kept(survey_local_questions(autumn)[1]), user=coordinator)  # the other two removed
    assert [q.code for q in survey_local_questions(start_round(2028))] == ["egen_3"]
    assert [q.code for q in survey_local_questions(autumn)] == ["egen_2", "egen_3", "egen_4"]


def test_a_round_before_any_own_questions_asks_only_the_standard_ones() -> None:
    old = start_round(2025)
    edit(DOGS)
    assert old.question_bank is None and survey_local_questions(old) == []


@pytest.mark.parametrize(
    "questions, based_on, message",
    [
        ((DOGS,), 1, "ändrats av någon annan"),
        ((LocalQuestionDraft("  ", "problem"),), 0, "Fråga 1: skriv frågan"),
        ((DOGS, DOGS), 0, "Fråga 2: samma fråga finns två gånger"),
        ((LocalQuestionDraft("klotter", "problem"),), 0, "en av standardfrågorna"),
        ((LocalQuestionDraft(PROBLEMS[0].text, "ja_nej"),), 0, "en av standardfrågorna"),
        ((LocalQuestionDraft("x", "fritext"),), 0, "välj om den gäller"),
        ((LocalQuestionDraft("x", "problem", code="egen_9"),), 0, "finns inte längre"),
    ],
)
def test_a_bad_edit_is_refused_in_swedish_and_saves_nothing(
    questions: tuple[LocalQuestionDraft, ...], based_on: int, message: str
) -> None:
    with pytest.raises(SurveyError, match=message):
        edit(*questions, based_on=based_on)
    assert not QuestionBank.objects.exists()


def test_saving_the_same_questions_again_makes_no_version() -> None:
    edit(DOGS)
    (dogs,) = survey_local_questions(start_round(2026))
    with pytest.raises(SurveyError, match="Ingenting är ändrat"):
        edit(kept(dogs))
    assert QuestionBank.objects.count() == 1
    edit(kept(dogs, text_en="dog poo on footpaths"))  # a better translation: the same question
    assert QuestionBank.objects.get(version=2).questions.get().code == "egen_1"


def test_only_the_kommuns_coordinators_edit_its_questions() -> None:
    for outsider in (member("Umeå kommun", "coordinator"), member(ALVSBYN, "viewer")):
        with pytest.raises(SurveyError, match="inte rätt"):
            edit(DOGS, user=outsider)
    assert not QuestionBank.objects.exists()


# The public form.


@pytest.fixture
def quick(settings: object) -> None:
    settings.LOFTEN_SURVEY_MIN_SECONDS = 0  # type: ignore[attr-defined]


def test_the_form_asks_the_own_questions_after_the_standard_ones_and_stores_them(
    quick: None,
) -> None:
    edit(DOGS, BUS)
    survey = start_round(2026, english=True)
    url = f"/trygghetsmatning/{survey.pk}/"
    client = Client()

    page = client.get(url).content.decode()
    standard = page.index(PROBLEMS[-1].text)
    own = page.index("Hur stort problem är hundbajs på gångvägar i ditt område?")
    assert standard < page.index("Fler frågor från Älvsbyn") < own < page.index(BUS.text)
    english = client.get(url + "?sprak=en").content.decode()
    assert "How big a problem is dog mess on footpaths in your area?" in english
    assert BUS.text in english  # no English text: asked in Swedish

    sent = client.post(
        url,
        {
            "token": form_token(survey.pk, now=timezone.now().timestamp() - 60),
            "omrade": "Vidsel", "otrygg_kvall": "2", "egen_1": "3", "egen_2": "0",
        },
    )  # fmt: skip
    assert sent.status_code == 302
    response = Response.objects.get()
    assert {(a.question.code, a.value) for a in LocalAnswer.objects.filter(response=response)} == {
        ("egen_1", 3),
        ("egen_2", 0),
    }


def test_an_answer_outside_an_own_questions_scale_is_refused(quick: None) -> None:
    edit(BUS)
    survey = start_round(2026)
    page = Client().post(
        f"/trygghetsmatning/{survey.pk}/",
        {"token": form_token(survey.pk, now=timezone.now().timestamp() - 60), "egen_1": "3"},
    )
    assert page.status_code == 200 and "Välj ett giltigt alternativ" in page.content.decode()
    assert not Response.objects.exists() and not LocalAnswer.objects.exists()


# Imports.


def test_an_import_reads_own_columns_by_code_or_text_and_allows_them_missing() -> None:
    edit(DOGS, BUS)
    survey = start_round(2026)
    by_text = response_file(
        [("Centrum", "kvinna", 1, "Mycket stort problem", "Ja"), ("Vidsel", "man", 2, "", "nej")],
        heading=["hundbajs på gångvägar", BUS.text],
    )
    preview = responses_preview(survey=survey, data=by_text)
    assert preview.columns["hundbajs på gångvägar"] == "egen_1"
    assert preview.columns[BUS.text] == "egen_2"

    responses_import(survey=survey, filename="a.csv", data=by_text, acting_user=None)
    standard_only = response_file([("Centrum", "kvinna", 1, "", "")], heading=["x", "y"])
    responses_import(survey=survey, filename="b.csv", data=standard_only, acting_user=None)

    assert survey.responses.count() == 3
    stored = LocalAnswer.objects.order_by("response_id", "question__position")
    assert [(a.question.code, a.value) for a in stored] == [
        ("egen_1", 3),
        ("egen_2", 1),
        ("egen_2", 0),
    ]


def test_an_own_answer_out_of_range_is_refused_by_row_and_column() -> None:
    edit(DOGS, BUS)
    survey = start_round(2026)
    data = response_file([("Centrum", "kvinna", 1, 0, 1), ("Vidsel", "man", 1, 4, 2)],
                         heading=["egen_1", "egen_2"])  # fmt: skip
    with pytest.raises(ResponseFileError) as caught:
        responses_import(survey=survey, filename="a.csv", data=data, acting_user=None)
    assert caught.value.problems == [
        "Rad 3, kolumn egen_1: ”4” är inget svarsalternativ (0–3).",
        "Rad 3, kolumn egen_2: ”2” är inget svarsalternativ (0–1).",
    ]
    assert not survey.responses.exists() and not LocalAnswer.objects.exists()


# Results.


def imported_round(
    year: int,
    rows: list[tuple[str, str, int, object, object]],
    codes: tuple[str, str] = ("egen_1", "egen_2"),
) -> Survey:
    survey = start_round(year)
    data = response_file(rows, heading=list(codes))
    responses_import(survey=survey, filename=f"{year}.csv", data=data, acting_user=None)
    return survey


def test_own_shares_are_computed_and_suppressed_like_the_rest_in_every_output() -> None:
    edit(DOGS, BUS)
    # Centrum: 20 people, dogs a big problem to 15 of them, 10 of 20 feel safe at the bus
    # station; Vidsel: 3 people (too few), all of whom call it very big and say no.
    rows = [("Centrum", "kvinna", 1, 3 if i < 15 else 0, i % 2) for i in range(20)]
    survey = imported_round(2026, rows + [("Vidsel", "man", 1, 3, 0)] * 3)

    result = survey_aggregate(survey)
    everyone = next(g for g in result.groups if g.key == (None, None, None))
    assert everyone.indices["egen_1_share"] == pytest.approx(18 / 23)
    assert everyone.indices["egen_2_share"] == pytest.approx(10 / 23)
    # the standard problem index ignores the kommun's own problems
    assert everyone.indices["problem_index"] is None

    coordinator = as_user(member(ALVSBYN, "viewer"))
    page = coordinator.get(f"/arbetsyta/trygghet/{survey.pk}/").content.decode()
    assert "Stort problem: hundbajs på gångvägar" in page and "78 %" in page
    assert "Svarar ja: " + BUS.text in page

    export = coordinator.get(f"/arbetsyta/trygghet/{survey.pk}/resultat.csv")
    rows_out = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig")), delimiter=";"))
    heading = rows_out[0]
    by_key = {tuple(row[:3]): dict(zip(heading, row, strict=True)) for row in rows_out[1:]}
    assert by_key[("alla", "alla", "alla")]["Stort problem: hundbajs på gångvägar"] == "78 %"
    for hidden in (("Vidsel", "alla", "alla"), ("Centrum", "alla", "alla")):
        assert by_key[hidden]["Stort problem: hundbajs på gångvägar"] == ""
        assert by_key[hidden]["Svarar ja: " + BUS.text] == ""

    printed = StringIO()
    call_command("survey", "aggregate", "--survey", str(survey.pk), stdout=printed)
    groups = {tuple(g[k] for k in ("area", "gender", "age_band")): g
              for g in json.loads(printed.getvalue())["groups"]}  # fmt: skip
    assert groups[(None, None, None)]["indices"]["egen_1_share"] == pytest.approx(0.783)
    assert "indices" not in groups[("Vidsel", None, None)]
    assert "indices" not in groups[("Centrum", None, None)]  # Centrum = all - Vidsel


def test_rounds_on_two_versions_compare_by_code() -> None:
    edit(DOGS, BUS)
    first = imported_round(2026, [("Centrum", "kvinna", 1, 3, 1)] * 20)
    dogs, bus = survey_local_questions(first)
    edit(kept(dogs), kept(bus, text="Känner du dig trygg vid busstationen?"))
    second = imported_round(2027, [("Centrum", "kvinna", 1, 0, 1)] * 20, ("egen_1", "egen_3"))

    page = as_user(member(ALVSBYN, "viewer")).get(f"/arbetsyta/trygghet/{second.pk}/")
    over_time = page.content.decode().split("<caption>Över tid</caption>")[1]
    first_row, second_row = over_time.split("</table>")[0].split("<tr>")[2:4]
    assert "2026" in first_row and "2027" in second_row
    # egen_1 was asked in both rounds: 100 % then 0 %; egen_3 only in the second
    assert first_row.count("100 %") == 1 and "ej ställd" in first_row
    assert "0 %" in second_row and "100 %" in second_row and "ej ställd" not in second_row


def test_comparing_rounds_takes_the_same_queries_however_many_rounds() -> None:
    edit(DOGS, BUS)
    rows = [("Centrum", "kvinna", 1, 3, 1)] * 20
    first = imported_round(2024, rows)
    dogs, bus = survey_local_questions(first)
    imported_round(2025, rows)
    edit(kept(dogs), kept(bus, text="Känner du dig trygg vid busstationen?"))
    second = imported_round(2026, rows, ("egen_1", "egen_3"))
    with CaptureQueriesContext(connection) as two_rounds_later:
        compared = survey_rounds_over_time(second)
    assert [r.year for r, _ in compared] == [2024, 2025, 2026]

    imported_round(2027, [("Centrum", "kvinna", 1, 0, 1)] * 20, ("egen_1", "egen_3"))
    imported_round(2028, rows, ("egen_1", "egen_3"))
    with CaptureQueriesContext(connection) as four_rounds_later:
        compared = survey_rounds_over_time(second)
    assert len(four_rounds_later) == len(two_rounds_later) == 3
    shares = [(r.year, {k: v for k, v in g.indices.items() if k.startswith("egen")})
              for r, g in compared]  # fmt: skip
    assert shares == [
        (2024, {"egen_1_share": 1.0, "egen_2_share": 1.0}),
        (2025, {"egen_1_share": 1.0, "egen_2_share": 1.0}),
        (2026, {"egen_1_share": 1.0, "egen_3_share": 1.0}),
        (2027, {"egen_1_share": 0.0, "egen_3_share": 1.0}),
        (2028, {"egen_1_share": 1.0, "egen_3_share": 1.0}),
    ]


# The Frågor page.


def formset(*questions: dict[str, str], initial: int = 0, version: int = 0) -> dict[str, str]:
    data = {
        "version": str(version),
        "fraga-TOTAL_FORMS": str(len(questions)),
        "fraga-INITIAL_FORMS": str(initial),
        "fraga-MIN_NUM_FORMS": "0",
        "fraga-MAX_NUM_FORMS": "20",
    }
    for number, question in enumerate(questions):
        defaults = {"code": "", "text": "", "text_en": "", "kind": "problem", "ORDER": ""}
        data.update({f"fraga-{number}-{k}": v for k, v in {**defaults, **question}.items()})
    return data


def test_a_coordinator_adds_rewords_reorders_and_removes_questions_on_the_page() -> None:
    client = as_user(member(ALVSBYN, "coordinator"))
    url = "/arbetsyta/trygghet/fragor/2560/"
    listing = client.get("/arbetsyta/trygghet/").content.decode()
    assert f'href="{url}"' in listing

    added = client.post(
        url,
        formset(
            {"text": "hundbajs", "ORDER": "1"},
            {"text": "Har du en grannsamverkansgrupp?", "kind": "ja_nej", "ORDER": "2"},
        ),
    )
    assert added.status_code == 302
    changed = client.post(
        url,
        formset(
            {"code": "egen_1", "text": "hundbajs", "ORDER": "2", "DELETE": "on"},
            {"code": "egen_2", "text": "Finns grannsamverkan där du bor?", "kind": "ja_nej",
             "ORDER": "3"},
            {"text": "buskörning", "ORDER": "1"},
            initial=2, version=1,
        ),
    )  # fmt: skip
    assert changed.status_code == 302
    page = client.get(url).content.decode()
    assert "Version 2" in page and "ny kod" in page
    current = QuestionBank.objects.get(version=2)
    assert [(q.code, q.text) for q in current.questions.order_by("position")] == [
        ("egen_3", "buskörning"),
        ("egen_4", "Finns grannsamverkan där du bor?"),
    ]

    again = client.post(url, formset({"text": "nedskräpning", "ORDER": "1"}, version=1))
    assert again.status_code == 400
    assert "ändrats av någon annan" in again.content.decode()
    blank = client.post(url, formset({"code": "egen_3", "text": ""}, initial=1, version=2))
    assert "Fråga 1: skriv frågan, eller ta bort den." in blank.content.decode()
    assert QuestionBank.objects.count() == 2


def test_the_versions_show_which_rounds_ask_them() -> None:
    edit(DOGS)
    start_round(2026)
    page = as_user(member(ALVSBYN, "viewer")).get("/arbetsyta/trygghet/fragor/2560/")
    text = page.content.decode()
    assert "Ställs i: " in text and "Trygghetsmätning 2026 (2026)" in text
    assert "Spara som ny version" not in text  # a viewer reads, never edits


def test_another_kommun_neither_sees_nor_edits_the_questions() -> None:
    edit(DOGS)
    url = "/arbetsyta/trygghet/fragor/2560/"
    outsider = as_user(member("Umeå kommun", "coordinator"))
    assert outsider.get(url).status_code == 404
    assert outsider.post(url, formset({"text": "x"}, version=1)).status_code == 404
    viewer = as_user(member(ALVSBYN, "viewer"))
    assert viewer.post(url, formset({"text": "x"}, version=1)).status_code == 404
    assert QuestionBank.objects.count() == 1
