"""The report as a Word document (DOCX) the council can edit: real headings, lists and tables."""

from __future__ import annotations

from collections.abc import Iterable
from io import BytesIO

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from loften.reports.content import ActivitySummary, PromiseReport, Report, TargetLine, state_heading


def report_docx(report: Report) -> bytes:
    document = swedish_document(report.title, report.municipality_label)
    document.add_heading(report.title, level=0)
    if not report.decided:
        document.add_paragraph("Utkast: det här medborgarlöftet är inte publicerat.")
    facts = [
        ("Kommun", report.municipality_label),
        ("Polisen", ", ".join(report.police_areas)),
        ("Medborgarlöfte", report.promise_set_label),
        (f"Uppföljning {report.round_number}" if report.round_number else "", report.covers),
        ("Läget den", report.status_on_label),
    ]
    for name, value in facts:
        if name and value:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{name}: ").bold = True
            paragraph.add_run(value)
    if report.summary:
        document.add_paragraph(report.summary)
    _overview(document, report)
    for area in report.focus_areas:
        document.add_heading(area.title, level=1)
        for promise in area.promises:
            _promise(document, promise)
    if report.targets:
        document.add_heading("Mål för hela medborgarlöftet", level=1)
        _targets(document, report.targets)
    if report.other_activities.count:
        document.add_heading("Övrigt genomfört", level=1)
        _activities(document, report.other_activities)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def swedish_document(title: str, author: str) -> DocumentObject:
    """A new Word document with title and language in the file's properties and Swedish
    spelling for every paragraph (every Word file Löften writes)."""
    document = Document()
    document.core_properties.title = title
    document.core_properties.language = "sv-SE"
    document.core_properties.author = author
    properties = document.styles["Normal"].element.get_or_add_rPr()
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "sv-SE")
    properties.append(language)
    return document


def _promise(document: DocumentObject, promise: PromiseReport) -> None:
    """One promise as seed 003 tells it: the promise, then done, not done and why, then targets."""
    document.add_heading(f"Löfte {promise.number}", level=2)
    document.add_paragraph(promise.text)
    if promise.parties:
        document.add_paragraph(f"Parter: {', '.join(promise.parties)}.")
    if promise.state:
        document.add_paragraph(promise.state.text)
    if promise.commitments:
        document.add_heading("Åtaganden", level=3)
        document.add_paragraph(promise.progress_label)
        for commitment in promise.commitments:
            document.add_paragraph(commitment.text, style="List Bullet")
            _activities(document, commitment.activities, style="List Bullet 2")
    for heading, texts in (
        ("Genomförda insatser", promise.done),
        ("Inte genomfört", [item.text_with_reason for item in promise.not_done]),
    ):
        if texts:
            document.add_heading(heading, level=3)
            _bullets(document, texts)
    if not promise.anything_told:
        document.add_paragraph("Inget genomfört är registrerat för perioden.")
    if promise.targets:
        document.add_heading("Mål", level=3)
        _targets(document, promise.targets)


def _activities(
    document: DocumentObject, activities: ActivitySummary, *, style: str = "List Bullet"
) -> None:
    """The count and total, then the latest few activities as bullets."""
    if activities.count:
        document.add_paragraph(activities.label)
        _bullets(document, (activity.text for activity in activities.latest), style=style)


def _overview(document: DocumentObject, report: Report) -> None:
    """The progress chart as a table: one row per promise, one column per state that occurs."""
    rows = report.promises
    if not rows:
        return
    document.add_heading("Läget i korthet", level=1)
    states = report.states
    _table(
        document,
        ["Löfte", *(state_heading(state) for state in states), "Åtaganden", "Utan tidsplan"],
        (
            [
                f"Löfte {promise.number}",
                *(str(promise.progress.get(state, 0)) for state in states),
                str(len(promise.commitments)),
                promise.state.short if promise.state else "",
            ]
            for promise in rows
        ),
    )


def _targets(document: DocumentObject, targets: Iterable[TargetLine]) -> None:
    _table(
        document,
        ["Mål", "Utgångsläge", "Målnivå", "Senaste värde", "Datakälla"],
        (
            [
                target.indicator,
                target.baseline or "–",
                target.goal or "–",
                target.latest_label,
                target.data_source or "–",
            ]
            for target in targets
        ),
    )


def _table(document: DocumentObject, header: list[str], rows: Iterable[list[str]]) -> None:
    """A grid with a header row that Word repeats on every page the table runs over."""
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(repeat)
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text


def _bullets(document: DocumentObject, texts: Iterable[str], *, style: str = "List Bullet") -> None:
    for text in texts:
        document.add_paragraph(text, style=style)
