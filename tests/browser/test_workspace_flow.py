"""A coordinator on a laptop: one number per commitment everywhere, and no dead ends.

The set has a promise without commitments first, so a numbering that counted only
promises with commitments would call the police commitment 1.1 instead of 2.1.
"""

import csv
import io
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect
from time_machine import TimeMachineFixture

from loften.ingest.models import Upload
from loften.promises.models import Commitment, Promise, PromiseSet
from loften.promises.publishing import promise_set_publish
from tests.browser.browsing import WIDTHS, Visitor, assert_accessible
from tests.browser.test_coordinator_walkthrough import autumn_day_ahead
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


@dataclass
class InForce:
    promise_set: PromiseSet
    promise: Promise
    dog_search: Commitment
    today: date


@pytest.fixture
def in_force(time_machine: TimeMachineFixture) -> InForce:
    """Älvsbyn's published set, in force on the server's today."""
    today = autumn_day_ahead()
    time_machine.move_to(datetime(today.year, today.month, today.day, 10, tzinfo=UTC))
    promise_set = PromiseSetFactory(
        title="Medborgarlöften Älvsbyn",
        period_start=date(today.year - 1, 1, 1),
        period_end=date(today.year + 1, 12, 31),
    )
    promise_set.police_areas.set(municipality("2560").police_areas.filter(level="local"))
    PromiseFactory(promise_set=promise_set, position=1, text="Vi lyssnar på de boende.")
    promise = PromiseFactory(
        promise_set=promise_set,
        position=2,
        text="Polisen arbetar mot narkotika bland unga.",
        by_police=True,
        by_municipality=False,
    )
    dog_search = CommitmentFactory(
        promise=promise, party="police", what="Hundsök i skolan", count=2, per="year"
    )
    promise_set_publish(promise_set=promise_set, acting_user=None)
    return InForce(promise_set, promise, dog_search, today)


def log_in(visitor: Visitor) -> Page:
    member(ALVSBYN, "coordinator", username="samordnare")
    page = visitor.log_in("samordnare", PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Arbetsyta")
    return page


def fetched(visitor: Visitor, path: str) -> bytes:
    """A file as the reader gets it; a report file is made by the worker first."""
    response = visitor.context.request.get(visitor.base_url + path)
    if response.status == 202:
        work()
        response = visitor.context.request.get(visitor.base_url + path)
    assert response.status == 200, f"{path} answered {response.status}"
    return response.body()


@pytest.mark.parametrize("width", ["desktop"])
def test_one_commitment_has_one_number_on_every_page_file_and_report(
    visitor: Visitor, in_force: InForce, tmp_path: Path
) -> None:
    set_id, promise_id = in_force.promise_set.pk, in_force.promise.pk
    page = log_in(visitor)

    # The start page's next step is a link to the follow-up.
    page.get_by_role("link", name=re.compile(r"^Följ upp\.")).click()
    expect(page).to_have_url(re.compile(r"/arbetsyta/uppfoljning/alvsbyn/$"))
    expect(
        page.get_by_role("heading", name="2. Polisen arbetar mot narkotika bland unga.")
    ).to_be_visible()
    commitment = page.locator(f"#c-{in_force.dog_search.pk}")
    expect(commitment.locator(".number")).to_have_text("2.1")
    assert_accessible(page)

    # The form: under promise 2, as 2.1, and the police did it though a kommun logs it.
    commitment.get_by_role("link", name="Logga aktivitet").click()
    expect(page.get_by_text("2. Polisen arbetar mot narkotika bland unga.")).to_be_visible()
    box = page.get_by_role("checkbox", name=re.compile(r"^2\.1 Polisen: Hundsök i skolan"))
    expect(box).to_be_checked()
    expect(page.get_by_role("radio", name="Polisen", exact=True)).to_be_checked()
    assert_accessible(page)
    page.get_by_label("Datum").fill(in_force.today.isoformat())
    page.get_by_label("Vad gjordes").fill("Hundsök på Vistträskskolan")
    page.get_by_role("button", name="Spara aktiviteten").click()
    expect(page.get_by_text("Aktiviteten är sparad.")).to_be_visible()

    # The export, reached from "Alla aktiviteter", names it 2.1 ...
    page.get_by_role("link", name="Alla aktiviteter").click()
    export = page.get_by_role("link", name="CSV")
    expect(export).to_have_attribute(
        "href", f"/arbetsyta/uppfoljning/alvsbyn/aktiviteter/export.csv?lofte={set_id}"
    )
    assert_accessible(page)
    rows = list(
        csv.reader(
            io.StringIO(fetched(visitor, export.get_attribute("href") or "").decode("utf-8-sig")),
            delimiter=";",
        )
    )
    assert rows[1][2] == "2.1"

    # ... and the import reads 2.1 as the same commitment.
    page.get_by_role("link", name="Läs in och exportera").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Läs in och exportera aktiviteter")
    sheet = (
        "datum;part;åtagande;vad gjordes;antal;organisation\r\n"
        f"{in_force.today.isoformat()};Polisen;2.1;Hundsök igen;;\r\n"
    )
    page.get_by_label("Fil").set_input_files(
        {"name": "aktiviteter.csv", "mimeType": "text/csv", "buffer": sheet.encode()}
    )
    page.get_by_role("button", name="Kontrollera filen").click()
    expect(page.get_by_role("cell", name="2.1", exact=True)).to_be_visible()
    assert_accessible(page)

    # The report, as a page and as a PDF, and the public promise page.
    page.goto(visitor.base_url + f"/arbetsyta/rapport/{set_id}/")
    expect(page.get_by_role("heading", name="Löfte 2")).to_be_visible()
    expect(page.get_by_text(re.compile(r"2\.1 Polisen: Hundsök i skolan"))).to_be_visible()
    assert "2.1 Polisen: Hundsök i skolan" in pdf_text(
        fetched(visitor, f"/arbetsyta/rapport/{set_id}.pdf"), tmp_path
    )
    visitor.open(f"/kommun/alvsbyn/lofte/{set_id}/{promise_id}/")
    expect(page.get_by_role("navigation", name="Du är här")).to_contain_text("Löfte 2")
    expect(page.get_by_text(re.compile(r"2\.1\s+Polisen: Hundsök i skolan"))).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize("width", ["desktop"])
def test_the_workspace_links_to_reading_in_and_exporting_activities(
    visitor: Visitor, in_force: InForce
) -> None:
    page = log_in(visitor)
    link = page.get_by_role("link", name="Läs in och exportera aktiviteter")
    expect(link).to_have_attribute("href", "/arbetsyta/uppfoljning/alvsbyn/aktiviteter/import/")
    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Läs in och exportera aktiviteter")
    page.get_by_role("link", name="Arbetsyta", exact=True).click()
    page.get_by_role("link", name="Uppföljning i Älvsbyn").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uppföljning i Älvsbyn")
    assert_accessible(page)


def test_a_failed_upload_says_misslyckades_on_one_line(
    visitor: Visitor, in_force: InForce, width: str
) -> None:
    page = log_in(visitor)
    Upload.objects.create(
        filename="en-mycket-lång-fil-med-ett-namn-som-tar-plats-i-tabellen-på-en-telefon.pdf",
        size=10,
        municipality=municipality("2560"),
        uploaded_by=User.objects.get(username="samordnare"),
        status=Upload.Status.FAILED,
        message="Dokumentet nämner ingen kommun som finns i registret; ange kommunkoden.",
    )
    visitor.open("/arbetsyta/inlasning/")
    status = page.get_by_role("cell", name="misslyckades", exact=True)
    expect(status).to_be_visible()
    line_height = status.evaluate("cell => parseFloat(getComputedStyle(cell).lineHeight)")
    text_height = status.evaluate(
        "cell => { const r = document.createRange(); r.selectNodeContents(cell);"
        " return r.getBoundingClientRect().height; }"
    )
    assert text_height < 1.5 * line_height, "the status breaks over two lines"
    assert_accessible(page)
    assert visitor.page_width() <= WIDTHS[width]["width"]
