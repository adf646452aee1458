"""The survey form as residents meet it: on a phone, without JavaScript, accessible."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from loften.surveys.models import Response, Survey
from loften.surveys.questions import COLUMNS
from loften.surveys.services import survey_create
from tests.browser.browsing import Visitor, assert_accessible
from tests.factories import member, municipality


@pytest.fixture
def survey(settings: Any) -> Survey:
    settings.LOFTEN_SURVEY_MIN_SECONDS = 0
    today = timezone.localdate()
    return survey_create(
        municipality=municipality("2560"), title="Trygghetsmätning 2026", year=2026,
        areas=["Centrum", "Vidsel"], opens_on=today, closes_on=today + timedelta(days=20),
        acting_user=None,
    )  # fmt: skip


@pytest.mark.parametrize(("width", "javascript"), [("phone", False)])
def test_a_resident_answers_on_a_phone_without_javascript(visitor: Visitor, survey: Survey) -> None:
    page = visitor.open(f"/trygghetsmatning/{survey.pk}/")
    assert visitor.page_width() <= 360
    page.get_by_label("I vilket område bor du?").select_option("Vidsel")
    page.get_by_role("group", name="Kön").get_by_label("Kvinna").check()
    page.get_by_role("group", name="Ålder").get_by_label("65–84 år").check()
    unsafe = page.get_by_role("group", name="Hur trygg eller otrygg känner du dig")
    unsafe.get_by_label("Ganska otrygg").check()
    page.get_by_role("group", name="Hur stort problem är dålig belysning").get_by_label(
        "Mycket stort problem"
    ).check()
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Skicka svaren").click()

    assert page.get_by_role("heading", name="Tack för dina svar").is_visible()
    assert not visitor.context.cookies()
    (response,) = Response.objects.all()
    assert (response.omrade, response.kon, response.alder) == ("Vidsel", "kvinna", "65-84")
    assert (response.otrygg_kvall, response.problem_belysning) == (3, 3)


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_the_survey_form_is_accessible(visitor: Visitor, survey: Survey) -> None:
    page = visitor.open(f"/trygghetsmatning/{survey.pk}/")
    assert_accessible(page)


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_a_coordinator_reads_the_results_with_small_groups_hidden(
    visitor: Visitor, survey: Survey, tmp_path: Path, width: str
) -> None:
    member("Älvsbyns kommun", "coordinator", username="samordnare")
    rows = [["Centrum", "kvinna", "25-44", "4"]] * 20 + [["Vidsel", "man", "45-64", "1"]] * 4
    lines = [";".join(COLUMNS)] + [";".join(row + [""] * (len(COLUMNS) - 4)) for row in rows]
    path = tmp_path / "svar.csv"
    path.write_text("\n".join(lines), encoding="utf-8")

    visitor.log_in("samordnare", "ett långt lösenord")
    page = visitor.open(f"/arbetsyta/trygghet/{survey.pk}/")
    page.get_by_label("Fil med svar").set_input_files(path)
    with page.expect_navigation(wait_until="load"):  # the stylesheet too, before measuring
        page.get_by_role("button", name="Läs in").click()

    assert page.get_by_text("24 svar inlästa från svar.csv").is_visible()
    areas = page.get_by_role("table", name="Per område", exact=True)
    assert areas.get_by_role("row", name="Vidsel").get_by_text("för få svarande").is_visible()
    assert visitor.page_width() <= (360 if width == "phone" else 1280)
    assert_accessible(page)


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_a_coordinator_adds_a_question_of_the_kommuns_own(visitor: Visitor, width: str) -> None:
    member("Älvsbyns kommun", "coordinator", username="samordnare")
    visitor.log_in("samordnare", "ett långt lösenord")
    page = visitor.open("/arbetsyta/trygghet/fragor/2560/")
    assert_accessible(page)

    new = page.get_by_role("group", name="Ny fråga").first
    new.get_by_label("Fråga:").fill("hundbajs på gångvägar")
    new.get_by_label("Svar:").select_option(label="lokalt problem (inget – mycket stort)")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Spara som ny version").click()

    assert page.get_by_role("heading", name="Version 1", exact=True).first.is_visible()
    assert page.get_by_role("cell", name="Hur stort problem är hundbajs på gångvägar").is_visible()
    assert visitor.page_width() <= (360 if width == "phone" else 1280)
    assert_accessible(page)
