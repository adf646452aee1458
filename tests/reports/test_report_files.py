"""The report as files: a PDF read back with pdftotext, a DOCX read back with python-docx."""

import re
import shutil
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document

from loften.reports.content import report_for_promise_set
from loften.reports.rendering import report_html, report_pdf
from loften.reports.wordfile import report_docx
from tests.reports.conftest import FollowedUp

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes, tmp_path: Path) -> str:
    """The PDF's text as pdftotext reads it, each run of spaces and line breaks made one space.

    A line may break after the dash of a period ("2019–" / "2021"); such a break is no space.
    """
    path = tmp_path / "rapport.pdf"
    path.write_bytes(content)
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext is missing: run scripts/install-system-packages"
    command = [pdftotext, "-enc", "UTF-8", str(path), "-"]
    result = subprocess.run(command, capture_output=True, check=True)  # noqa: S603
    return re.sub(r"(\d–) (\d)", r"\1\2", " ".join(result.stdout.decode().split()))


def test_the_pdf_reads_as_the_follow_up(stromsund: FollowedUp, tmp_path: Path) -> None:
    report = report_for_promise_set(stromsund.promise_set, on=date(2022, 3, 1), public=False)

    text = pdf_text(report_pdf(report), tmp_path)

    assert "Så gick det med medborgarlöftena 2019–2021" in text
    assert "Strömsunds kommun" in text
    assert "Polisen och kommunen lovar att arbeta för ökad trafiksäkerhet i kommunen." in text
    assert (
        "Informationsinsatsen om A-traktorer på föräldramöten har inte genomförts. "
        "Skäl: pandemin." in text
    )
    assert "Anmälda bedrägeribrott" in text
    # The target chart's bars (where the table's last column lands beside them depends on
    # where the page breaks).
    assert "163 Senast mätt 139 Målnivå 146,7" in text
    assert "Löfte 1 1 av 1 uppfyllda Löfte 2 0 av 1 uppfyllda" in text
    assert "Sida 1 av" in text


def test_the_docx_has_headings_bullets_and_a_target_table(stromsund: FollowedUp) -> None:
    report = report_for_promise_set(stromsund.promise_set, on=date(2022, 3, 1), public=False)

    document = Document(BytesIO(report_docx(report)))

    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith(("Heading", "Title"))
    ]
    assert ("Title", "Så gick det med medborgarlöftena 2019–2021") in headings
    assert ("Heading 1", "Trafiksäkerhet") in headings
    assert ("Heading 2", "Löfte 1") in headings
    assert ("Heading 3", "Inte genomfört") in headings
    bullets = [
        p.text for p in document.paragraphs if p.style is not None and p.style.name == "List Bullet"
    ]
    assert "Polisen har genomfört informationskampanjer om trafiksäkerhet." in bullets
    assert (
        "Informationsinsatsen om A-traktorer på föräldramöten har inte genomförts. "
        "Skäl: pandemin." in bullets
    )
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    assert [
        "Anmälda bedrägeribrott",
        "163 (2019)",
        "minska med 10 procent fram till 2021, till högst 146,7",
        "139 (30 juni 2021, BRÅ 2021), målet är nått",
        "Polisens statistik",
    ] in rows
    assert document.core_properties.language == "sv-SE"


def test_the_html_file_holds_its_style_and_charts_and_fetches_nothing(
    stromsund: FollowedUp,
) -> None:
    report = report_for_promise_set(stromsund.promise_set, on=date(2022, 3, 1), public=False)

    html = report_html(report)

    assert '<html lang="sv">' in html
    assert "@page" in html
    assert 'role="img"' in html
    assert "<script" not in html
    assert 'src="' not in html
    assert 'href="' not in html
