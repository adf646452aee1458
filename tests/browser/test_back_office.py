"""Logging in, uploading a document and reviewing it, in a real browser."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from playwright.sync_api import expect

from loften.ingest.scoring import read_gold
from loften.promises.models import PromiseSet
from tests.browser.browsing import WIDTHS, Visitor, assert_accessible
from tests.factories import member

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"
PASSWORD = "ett långt lösenord"  # what tests.factories.member gives everyone


@pytest.fixture
def coordinator() -> User:
    return member("Älvsbyns kommun", "coordinator", username="samordnare")


def test_a_coordinator_logs_in_from_the_start_page_and_out_again(
    visitor: Visitor, coordinator: User
) -> None:
    page = visitor.open("/")
    page.get_by_role("link", name="Logga in").click()
    assert_accessible(page)
    page.get_by_label("Användarnamn").fill("samordnare")
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page).to_have_url(re.compile(r"/arbetsyta/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Arbetsyta")
    assert_accessible(page)
    page.get_by_role("link", name="Läs in", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Läs in medborgarlöften")
    assert_accessible(page)

    page.get_by_role("button", name="Logga ut").click()
    expect(page.get_by_role("link", name="Logga in")).to_be_visible()
    visitor.open("/arbetsyta/inlasning/")
    expect(page).to_have_url(re.compile(r"/konto/logga-in/\?next="))


@pytest.mark.parametrize("width", ["phone"])
def test_a_wrong_password_is_told_plainly(visitor: Visitor, coordinator: User) -> None:
    page = visitor.log_in("samordnare", "fel lösenord")
    expect(page.get_by_role("alert")).to_have_text("Fel användarnamn eller lösenord. Försök igen.")
    assert_accessible(page)


def test_an_upload_becomes_a_draft_to_review(
    visitor: Visitor, coordinator: User, width: str
) -> None:
    visitor.log_in("samordnare", PASSWORD)
    page = visitor.open("/arbetsyta/inlasning/")
    page.get_by_label("Kommun").select_option(label="Älvsbyn")
    page.get_by_label("Dokument").set_input_files(str(SEEDS / "002_307e26fc5e31ffd9.txt"))
    page.get_by_role("button", name="Ladda upp").click()
    expect(page.get_by_role("cell", name="002_307e26fc5e31ffd9.txt")).to_be_visible()

    call_command("worker", "--batch", "--no-startup-delay", verbosity=0)
    review = page.get_by_role("link", name=re.compile("^Granska "))
    expect(review).to_be_visible(timeout=10_000)  # the page reloads itself while files wait
    assert_accessible(page)
    assert visitor.page_width() <= WIDTHS[width]["width"]

    review.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Granska")
    expect(page.get_by_role("textbox", name=re.compile("^Löfte 1 "))).to_contain_text("Polis")
    assert_accessible(page)
    assert visitor.page_width() <= WIDTHS[width]["width"]


@pytest.mark.parametrize("width", ["phone"])
def test_a_refused_upload_says_why_where_a_screen_reader_finds_it(
    visitor: Visitor, coordinator: User
) -> None:
    visitor.log_in("samordnare", PASSWORD)
    page = visitor.open("/arbetsyta/inlasning/")
    documents = page.get_by_label("Dokument")
    documents.set_input_files({"name": "tom.txt", "mimeType": "text/plain", "buffer": b""})
    page.get_by_role("button", name="Ladda upp").click()
    expect(page.get_by_role("alert")).to_have_text("Den skickade filen är tom.")
    expect(page.get_by_label("Dokument")).to_have_accessible_description(
        re.compile(r"Du kan välja flera filer\. Den skickade filen är tom\.$")
    )
    assert_accessible(page)


@pytest.mark.parametrize("width", ["desktop"])
def test_a_missed_passage_is_taken_as_a_promise_and_the_period_corrected(
    visitor: Visitor, coordinator: User, tmp_path: Path
) -> None:
    call_command("import", str(SEEDS / "002_307e26fc5e31ffd9.txt"), verbosity=0)
    draft = PromiseSet.objects.get()
    visitor.log_in("samordnare", PASSWORD)
    page = visitor.open(f"/arbetsyta/inlasning/utkast/{draft.pk}/")
    expect(page.get_by_role("heading", name="Löften, de osäkraste först")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name=re.compile(r"^Ta som löfte: Målbilden för Älvsbyn")).click()
    expect(page.get_by_role("status")).to_contain_text("Stycket är nu ett löfte i utkastet")
    expect(page.get_by_role("textbox").filter(has_text="Målbilden för Älvsbyn")).to_be_visible()
    expect(page.get_by_text("Tillagt vid granskningen.")).to_be_visible()

    page.get_by_text("Rätta dokumentets uppgifter").click()
    page.get_by_label("Gäller till och med").fill("2026-06-30")
    page.get_by_role("button", name="Spara uppgifterna").click()
    expect(page.get_by_role("status")).to_have_text("Sparat (1 ändringar).")
    assert_accessible(page)

    call_command("corrections", "export", str(tmp_path), verbosity=0)
    [answers] = read_gold(tmp_path / "gold.json").values()
    assert answers.period_end == "2026-06-30"
    assert len(answers.promises) == 12
