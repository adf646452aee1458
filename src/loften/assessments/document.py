"""The lägesbild as a document: a web page, a PDF and a Word file, with its chart.

Printed through the same machinery as the "så gick det" report (`loften.reports`): one
self-contained HTML file (stylesheet and SVG chart inline, nothing fetched) that
WeasyPrint prints, and a Word file with real headings, lists and tables.
"""

from __future__ import annotations

from io import BytesIO

from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from loften.assessments.evidence import RANKING_METHOD
from loften.assessments.models import Assessment, ThemeAssessment
from loften.promises.validity import swedish_date
from loften.reports.rendering import STYLESHEET, pdf_from_html
from loften.reports.wordfile import swedish_document

WIDTH = 420
LABEL_WIDTH = 170
BAR_WIDTH = 190
ROW = 24
BAR = 14
COLOUR = "#0b4f8a"  # 7:1 against white


def theme_chart(themes: list[ThemeAssessment]) -> SafeString | None:
    """The themes' weights as a bar chart: the share of residents its strongest figure
    reaches. An image to assistive technology, its description saying every bar."""
    if not themes:
        return None
    described = "; ".join(f"{t.get_theme_display()}: {_percent(t.score)}" for t in themes)
    bars = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end" font-size="12">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
        '<text x="{}" y="{}" font-size="12">{}</text>',
        (
            (
                LABEL_WIDTH - 6,
                index * ROW + 15,
                theme.get_theme_display(),
                LABEL_WIDTH,
                index * ROW + 4,
                max(1, round(theme.score * BAR_WIDTH)),
                BAR,
                COLOUR,
                LABEL_WIDTH + round(theme.score * BAR_WIDTH) + 4,
                index * ROW + 15,
                _percent(theme.score),
            )
            for index, theme in enumerate(themes)
        ),
    )
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="lb-titel lb-beskrivning" '
        'viewBox="0 0 {} {}" width="{}" height="{}" xmlns="http://www.w3.org/2000/svg">'
        '<title id="lb-titel">Teman efter tyngd i underlaget</title>'
        '<desc id="lb-beskrivning">Andel invånare som det starkaste underlaget för varje tema '
        "når upp till: {}.</desc>{}</svg>",
        WIDTH, len(themes) * ROW + 8, WIDTH, len(themes) * ROW + 8, described, bars,
    )  # fmt: skip


def _percent(share: float) -> str:
    return f"{round(share * 100)} %"


def assessment_context(assessment: Assessment) -> dict[str, object]:
    """What every form of the document shows."""
    themes = list(assessment.themes.order_by("rank"))
    return {
        "assessment": assessment,
        "themes": themes,
        "chart": theme_chart(themes),
        "method": RANKING_METHOD,
        "as_of": swedish_date(assessment.as_of),
        "approvals": list(assessment.approvals.select_related("organisation")),
    }


def assessment_html(assessment: Assessment) -> str:
    return render_to_string(
        "assessments/document.html",
        {**assessment_context(assessment), "css": STYLESHEET.read_text()},
    )


def assessment_pdf(assessment: Assessment) -> bytes:
    return pdf_from_html(assessment_html(assessment))


def assessment_docx(assessment: Assessment) -> bytes:
    context = assessment_context(assessment)
    document = swedish_document(assessment.title, assessment.municipality.name)
    document.add_heading(assessment.title, level=0)
    if assessment.status == Assessment.Status.DRAFT:
        document.add_paragraph("Utkast: den här lägesbilden är inte publicerad.")
    document.add_paragraph(f"Per den {context['as_of']}, version {assessment.version}.")
    if assessment.summary:
        document.add_paragraph(assessment.summary)
    if assessment.findings:
        document.add_heading("Iakttagelser", level=1)
        for finding in assessment.findings:
            document.add_paragraph(finding, style="List Bullet")
    document.add_heading("Teman efter underlaget", level=1)
    document.add_paragraph(RANKING_METHOD)
    for theme in context["themes"]:  # type: ignore[attr-defined]
        document.add_heading(f"{theme.rank}. {theme.get_theme_display()}", level=2)
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("Underlag", "Värde", "Källa"), strict=True):
            cell.text = text
        for item in theme.evidence:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = (
                item["label"],
                item["shown"],
                item["source"],
            )
        if theme.analysis:
            document.add_paragraph(theme.analysis)
    if assessment.participants:
        document.add_heading("Medverkande", level=1)
        document.add_paragraph(assessment.participants)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


FORMATS = {
    "html": (lambda a: assessment_html(a).encode(), "text/html; charset=utf-8"),
    "pdf": (assessment_pdf, "application/pdf"),
    "docx": (
        assessment_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
}
