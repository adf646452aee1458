"""A coordinator's year in a real browser: from last period's promises to the report.

The server's clock is set to 15 October of a year the test chooses (time-machine
moves the clock of the whole process, so the live server's thread too), and
the new period is that year and the two after it. The date is never before the
real one, so the cookies the server sets are not already expired in Chromium.
"""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect
from time_machine import TimeMachineFixture

from loften.promises.models import PromiseSet
from loften.promises.publishing import promise_set_publish
from tests.browser.browsing import (
    WIDTHS,
    Visitor,
    assert_accessible,
    axe_findings,
    describe_findings,
)
from tests.factories import (
    CommitmentFactory,
    PromiseFactory,
    PromiseSetFactory,
    member,
    municipality,
)
from tests.reports.conftest import work
from tests.reports.test_report_files import pdf_text

PASSWORD = "ett långt lösenord"  # what tests.factories.member gives everyone
ALVSBYN = "Älvsbyns kommun"
PITEA_POLICE = "Lokalpolisområde Piteå älvdal"
EDITED = "Kommunen och polisen gör trygghetsvandringar i centrum varje vår och höst."


@dataclass
class LastPeriod:
    promise_set: PromiseSet
    year: int  # the first year of the new period, and the server's "today"


def autumn_day_ahead() -> date:
    """15 October of this year, or of next year once this year's has passed."""
    today = datetime.now(UTC).date()
    day = date(today.year, 10, 15)
    return day if day >= today else day.replace(year=today.year + 1)


@pytest.fixture
def last_period(time_machine: TimeMachineFixture) -> LastPeriod:
    """Älvsbyn's published promises for the three years before the server's today."""
    today = autumn_day_ahead()
    time_machine.move_to(datetime(today.year, today.month, today.day, 10, tzinfo=UTC))
    promise_set = PromiseSetFactory(
        title=f"Medborgarlöften Älvsbyn {today.year - 3}–{today.year - 1}",
        period_start=date(today.year - 3, 1, 1),
        period_end=date(today.year - 1, 12, 31),
    )
    promise_set.police_areas.set(municipality("2560").police_areas.filter(level="local"))
    promise = PromiseFactory(
        promise_set=promise_set,
        text="Kommunen och polisen gör trygghetsvandringar i centrum.",
        by_police=True,
        by_municipality=True,
    )
    CommitmentFactory(
        promise=promise,
        party="municipality",
        what="Trygghetsvandring i centrum",
        count=2,
        at_least=True,
        per="year",
        seasons=["spring", "autumn"],
    )
    promise_set_publish(promise_set=promise_set, acting_user=None)
    return LastPeriod(promise_set, today.year)


def account(page: Page) -> Locator:
    """The signed-in person's links at the top of every page."""
    return page.get_by_role("navigation", name="Konto")


def log_in(visitor: Visitor, username: str) -> Page:
    page = visitor.log_in(username, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Arbetsyta")
    return page


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Logga ut").click()
    expect(page.get_by_role("link", name="Logga in")).to_be_visible()


def approve(page: Page, title: str, organisation: str, signatory: str) -> None:
    """From the start page: open the set, approve it for the organisation, signed by someone."""
    page.get_by_role("link", name=title).click()
    page.get_by_role("link", name=f"Godkänn för {organisation}").click()
    expect(page.get_by_label("Godkänner för").locator("option:checked")).to_have_text(organisation)
    page.get_by_label("Undertecknas av").fill(signatory)
    page.get_by_label("Titel").fill("Chef")
    page.get_by_role("button", name="Godkänn").click()
    expect(page.get_by_text("Godkännandet är registrerat.")).to_be_visible()
    expect(page.get_by_text(f"{organisation}: godkänt")).to_be_visible()


def log_activity(page: Page, day: date, description: str) -> None:
    """From the dashboard, on a phone: the commitment's own link, then the form."""
    page.get_by_role("link", name="Logga aktivitet").last.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Logga aktivitet")
    expect(
        page.get_by_role("checkbox", name=re.compile(r"^1\.1 Kommunen: Trygghetsvandring"))
    ).to_be_checked()
    expect(page.get_by_role("radio", name="Kommunen", exact=True)).to_be_checked()
    page.get_by_label("Datum").fill(day.isoformat())
    page.get_by_label("Vad gjordes").fill(description)
    page.get_by_label("Hur många").fill("12")
    page.get_by_role("button", name="Spara aktiviteten").click()
    expect(page.get_by_text("Aktiviteten är sparad.")).to_be_visible()


@pytest.mark.parametrize("width", ["desktop"])
def test_a_coordinator_takes_last_periods_promises_through_a_year(
    visitor: Visitor, last_period: LastPeriod, tmp_path: Path
) -> None:
    member(ALVSBYN, "coordinator", username="samordnare")
    member(PITEA_POLICE, "editor", username="kommunpolis")
    year = last_period.year
    title = f"Medborgarlöften Älvsbyn {year}–{year + 2}"

    page = log_in(visitor, "samordnare")
    page.get_by_role("link", name="Nytt medborgarlöfte", exact=True).click()
    page.get_by_role("link", name=f"Kopiera {last_period.promise_set.title}").click()
    expect(page.get_by_label("Gäller från")).to_have_value(f"{year}-01-01")
    expect(page.get_by_label("Gäller till")).to_have_value(f"{year + 2}-12-31")
    page.get_by_label("Rubrik").fill(title)
    page.get_by_role("button", name="Kopiera").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(
        page.get_by_text("Kopian är skapad som ett utkast för den nya perioden.")
    ).to_be_visible()

    page.get_by_role("link", name="Ändra löftet").click()
    page.get_by_label("Löftet").fill(EDITED)
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_text("Löftet är sparat.")).to_be_visible()
    page.get_by_role("link", name=title).click()
    expect(page.locator(".promise-text")).to_have_text(EDITED)

    page.get_by_role("button", name="Skicka för underskrift").click()
    expect(page.get_by_text("Medborgarlöftet är skickat för underskrift.")).to_be_visible()
    expect(page.get_by_role("button", name="Publicera")).to_be_disabled()
    account(page).get_by_role("link", name="Arbetsyta").click()
    approve(page, title, ALVSBYN, "Kommunens Chef")
    log_out(page)

    page = log_in(visitor, "kommunpolis")
    expect(page.get_by_text(f"Nästa steg: Godkänn för {PITEA_POLICE}.")).to_be_visible()
    approve(page, title, PITEA_POLICE, "Polisens Chef")
    expect(page.get_by_role("button", name="Publicera")).to_have_count(0)
    log_out(page)

    page = log_in(visitor, "samordnare")
    page.get_by_role("link", name=title).click()
    page.get_by_role("button", name="Publicera").click()
    expect(page.get_by_text("Medborgarlöftet är publicerat.")).to_be_visible()

    page.set_viewport_size(WIDTHS["phone"])
    account(page).get_by_role("link", name="Uppföljning").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uppföljning i Älvsbyn")
    commitment = page.locator("article.commitment")
    expect(commitment).to_contain_text("Trygghetsvandring i centrum")
    expect(commitment.locator(".badge")).to_have_text("Försenat")
    assert_accessible(page)

    log_activity(page, date(year, 4, 20), "Vårens trygghetsvandring med föreningarna")
    expect(commitment.locator(".badge")).to_have_text("Enligt plan")  # autumn has weeks left
    log_activity(page, date(year, 10, 15), "Höstens trygghetsvandring i centrum")
    expect(commitment.locator(".badge")).to_have_text("Uppfyllt")
    expect(commitment).to_contain_text("Höstens trygghetsvandring i centrum")
    assert visitor.page_width() <= WIDTHS["phone"]["width"]

    page.get_by_role("link", name="Så gick det (rapport)").click()
    page.get_by_role("link", name="Ladda ned som PDF").click()
    # The worker makes the file; the page follows it and downloads it when it is ready.
    expect(page.get_by_role("heading", level=1)).to_have_text("Rapporten skapas …")
    expect(page.get_by_text("Väntar på sin tur")).to_be_visible()
    # The one page that reloads itself (a meta refresh, so that it needs no JavaScript),
    # which axe's meta-refresh rule refuses; the page says so, and only while the file
    # is being made. Every other rule holds.
    findings = [rule for rule in axe_findings(page) if rule["id"] != "meta-refresh"]
    assert not findings, describe_findings(page.url, findings)
    assert visitor.page_width() <= WIDTHS["phone"]["width"]
    with page.expect_download() as download:
        work()
    report = pdf_text(Path(download.value.path()).read_bytes(), tmp_path)
    assert EDITED in report
    assert "Höstens trygghetsvandring i centrum" in report


@pytest.mark.parametrize("width", ["desktop"])
def test_another_kommuns_editor_finds_no_trace_of_the_draft(visitor: Visitor) -> None:
    secret = "Polisen lovar något som ännu inte är beslutat."
    draft = PromiseFactory(text=secret).promise_set
    member("Umeå kommun", "editor", username="umea")
    member(ALVSBYN, "coordinator", username="samordnare")
    addresses = [
        f"/arbetsyta/{draft.pk}/",
        f"/arbetsyta/{draft.pk}/kopiera/",
        f"/arbetsyta/{draft.pk}/andringar/",
        f"/arbetsyta/rapport/{draft.pk}/",
        f"/arbetsyta/rapport/{draft.pk}.pdf",
    ]

    page = log_in(visitor, "umea")
    expect(page.get_by_text(draft.title)).to_have_count(0)
    for path in addresses:
        response = page.request.get(visitor.base_url + path)
        assert response.status == 404, path
        assert secret not in response.text(), path
    log_out(page)

    page = log_in(visitor, "samordnare")
    for path in addresses:
        # 200, or 202 for the PDF the worker is asked to make
        assert page.request.get(visitor.base_url + path).ok, path
