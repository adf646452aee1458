"""The report as a standalone HTML document and as a PDF printed from that document."""

from __future__ import annotations

from pathlib import Path

from django.template.loader import render_to_string

from loften.reports.content import Report

STYLESHEET = Path(__file__).resolve().parent / "static" / "reports" / "report.css"


def report_html(report: Report) -> str:
    """One self-contained file: the stylesheet inline, the charts inline, nothing to fetch."""
    return render_to_string(
        "reports/document.html", {"report": report, "css": STYLESHEET.read_text()}
    )


def report_pdf(report: Report) -> bytes:
    """An A4 PDF, tagged for screen readers, printed by WeasyPrint from `report_html`."""
    return pdf_from_html(report_html(report))


def pdf_from_html(html: str) -> bytes:
    """A tagged PDF of a self-contained HTML document (every report Löften prints)."""
    # Imported here: WeasyPrint loads Pango when imported, and nothing but the PDF needs it.
    from weasyprint import HTML, URLFetcher

    # The document holds everything it shows; refuse every fetch, so that no text a
    # user wrote can make the server open a file or a URL.
    nothing = URLFetcher(allowed_protocols=frozenset())
    document = HTML(string=html, url_fetcher=nothing)
    return bytes(document.write_pdf(pdf_tags=True))
