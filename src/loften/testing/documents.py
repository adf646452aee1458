"""Turn a plain-text promise document into the files kommuner publish: PDF, DOCX, HTML.

Tests and benchmarks use these to read the same document in every format and compare what
the extractor finds. The files come from real layout engines, not hand-made PDF operators:
WeasyPrint sets the PDF as a kommun's Word export looks (A4, justified text hyphenated in
Swedish, real lists, a running header and a "Sida N av M" footer, optionally two columns),
python-docx writes real Word lists and headings, and the web page has the menus, breadcrumbs,
cookie banner and footer of a kommun site around its content.

The structure of the text is inferred with simple rules, after the text is normalised as the
importer normalises it (bullets "•", "-", "–", "*" become "• ", "o" becomes "◦ ", words
broken at a line end are joined):

* a line starting with "• " or "◦ " is a bullet item (◦ one level down), one starting with
  "1. ", "1) " or "a) " a numbered item;
* a line continues the line above when that one does not end a sentence and the line starts
  in lower case or follows a line long enough to have been wrapped: it merely wraps;
* a short line without final punctuation that stands alone is a heading, the first one the
  document's title;
* blank lines separate paragraphs; other lines of a paragraph keep their line break.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass, field
from typing import Literal

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from loften.ingest.normalise import FIELD_LINE, normalise

__all__ = ["render_docx", "render_html", "render_pdf"]

_BULLET = re.compile(r"^(?P<marker>[•◦]) (?P<text>.+)$")
# "1. ", "2) ", and the lettered items of a minute's list: "a) ", "b. "
_NUMBER = re.compile(r"^(?P<number>\d{1,3}|[a-z])(?P<mark>[.)]) (?P<text>.+)$")
_SENTENCE_END = (".", "!", "?", ":")
_HEADING_END = (".", ",", ";", ":", "!", "?")
# A line at least this long was probably wrapped by the page it came from (as the
# extractor reads it).
_WRAPPED_LINE = 50
_MUNICIPALITY = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? kommun\b")


@dataclass
class _Item:
    text: str
    level: int = 0  # 1: an item under the item above
    number: int | None = None  # the number of a numbered item


@dataclass
class _Block:
    kind: Literal["heading", "paragraph", "bullets", "numbers"]
    lines: list[str] = field(default_factory=list)  # heading, paragraph
    items: list[_Item] = field(default_factory=list)  # bullets, numbers
    number_mark: str = "."  # "." or ")" after the numbers of a numbered list


def _continues(previous: str, line: str) -> bool:
    """Whether `line` only wraps the sentence that `previous` began; not a heading's next
    line ("Fokusområde 1 – Trygghet i centrum" over "Polisen kommer att ...")."""
    return (
        not previous.rstrip('”"»\u2019').endswith(_SENTENCE_END)  # also a quoted sentence's end
        and not FIELD_LINE.match(line)  # "Owner: Polisen" starts a line of its own
        and " | " not in previous + line  # each row of a table is a row of its own
        and (line[:1].islower() or (len(previous) >= _WRAPPED_LINE and not _heads(previous, line)))
    )


def _heads(previous: str, line: str) -> bool:
    """Whether a short line stands over a sentence of its own, as a heading does, or the
    line after it introduces a list ("Arboga kommun lovar att")."""
    return (
        _is_heading(previous, words=12)
        and line.endswith(_SENTENCE_END)
        and len(line) > len(previous)
    ) or _INTRODUCES.search(line) is not None


# A list's introduction: "Kommunen lovar att", "Polisen ska:".
_INTRODUCES = re.compile(r"(?:\batt|:)$")


def _is_heading(line: str, *, words: int = 10) -> bool:
    return (
        len(line) <= 80
        and len(line.split()) <= words
        and not line.endswith(_HEADING_END)
        and (line[:1].isupper() or line[:1].isdigit())
    )


def _list_item(line: str) -> tuple[Literal["bullets", "numbers"], _Item, str] | None:
    if bullet := _BULLET.match(line):
        return "bullets", _Item(bullet["text"], level=int(bullet["marker"] == "◦")), "."
    if number := _NUMBER.match(line):
        written = number["number"]
        at = int(written) if written.isdigit() else ord(written) - ord("a") + 1
        return "numbers", _Item(number["text"], number=at), number["mark"]
    return None


def _blocks(text: str) -> list[_Block]:
    """Headings, paragraphs and lists of a plain-text document, in order."""
    blocks: list[_Block] = []
    for group in re.split(r"\n\s*\n", normalise(text)):
        start = len(blocks)
        for line in (line.strip() for line in group.split("\n")):
            if not line:
                continue
            current = blocks[-1] if len(blocks) > start else None
            item = _list_item(line)
            if item is not None:
                kind, list_item, mark = item
                if list_item.level and current is not None and current.kind == "numbers":
                    current.items.append(list_item)  # "◦ ..." under "1. ...": its sub-item
                    continue
                if current is None or current.kind != kind:
                    current = _Block(kind, number_mark=mark)
                    blocks.append(current)
                current.items.append(list_item)
            elif current is not None and current.kind in {"bullets", "numbers"}:
                if _continues(current.items[-1].text, line):
                    current.items[-1].text += f" {line}"
                else:
                    blocks.append(_Block("paragraph", [line]))
            elif current is not None and _continues(current.lines[-1], line):
                current.lines[-1] += f" {line}"
            elif current is not None and current.kind == "paragraph":
                current.lines.append(line)
            else:
                blocks.append(_Block("paragraph", [line]))
        for block in blocks[start:]:
            if block.kind == "paragraph" and len(block.lines) == 1 and _is_heading(block.lines[0]):
                block.kind = "heading"
    return blocks


@dataclass(frozen=True)
class _Document:
    title: str
    municipality: str
    blocks: list[_Block]


def _document(text: str) -> _Document:
    blocks = _blocks(text)
    title = next((b.lines[0] for b in blocks if b.kind == "heading"), "Medborgarlöfte")
    named = _MUNICIPALITY.search(text)
    return _Document(title, named[0] if named else "Kommunen", blocks)


# -------------------------------------------------------------------------- html


def _html_blocks(document: _Document) -> str:
    """The blocks as HTML elements; the first heading is the <h1>."""
    parts: list[str] = []
    title_done = False
    for block in document.blocks:
        if block.kind == "heading":
            tag = "h2" if title_done else "h1"
            title_done = True
            parts.append(f"<{tag}>{html.escape(block.lines[0])}</{tag}>")
        elif block.kind == "paragraph":
            parts.append("<p>" + "<br>".join(html.escape(line) for line in block.lines) + "</p>")
        else:
            parts.append(_html_list(block))
    return "\n".join(parts)


def _html_list(block: _Block) -> str:
    if block.kind == "numbers":
        css = ' class="parenthesis"' if block.number_mark == ")" else ""
        items: list[str] = []
        for item in block.items:
            text = html.escape(item.text)
            if not item.level:
                items.append(f'<li value="{item.number}">{text}</li>')
            elif items and items[-1].endswith("</ul></li>"):  # the next item under it
                items[-1] = items[-1].removesuffix("</ul></li>") + f"<li>{text}</li></ul></li>"
            elif items:
                items[-1] = items[-1].removesuffix("</li>") + f"<ul><li>{text}</li></ul></li>"
        return f"<ol{css}>{''.join(items)}</ol>"
    parts = ["<ul>"]
    level = 0
    for item in block.items:
        # An item under an item opens a list inside the open item; the first item of the
        # list has nothing to go under and stays at the top level.
        depth = min(item.level, 1) if len(parts) > 1 else 0
        if depth > level:
            parts[-1] = parts[-1].removesuffix("</li>")
            parts.append("<ul>")
        elif depth < level:
            parts.append("</ul></li>")
        level = depth
        parts.append(f"<li>{html.escape(item.text)}</li>")
    if level:
        parts.append("</ul></li>")
    parts.append("</ul>")
    return "".join(parts)


_PDF_STYLE = """
@page {
  size: A4;
  margin: 27mm 22mm 25mm 22mm;
  @top-left { content: "%(municipality)s"; font-size: 8.5pt; color: #444; }
  @top-right { content: "%(title)s"; font-size: 8.5pt; color: #444; }
  @bottom-center {
    content: "Sida " counter(page) " av " counter(pages); font-size: 8.5pt; color: #444;
  }
}
html { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.35; }
body { margin: 0; }
main { text-align: justify; hyphens: auto; hyphenate-character: "-"; }
h1 { font-size: 17pt; margin: 0 0 10pt; column-span: all; text-align: left; }
h2 { font-size: 12.5pt; margin: 12pt 0 5pt; break-after: avoid; text-align: left; }
p { margin: 0 0 7pt; orphans: 2; widows: 2; }
ul, ol { margin: 0 0 7pt; padding-left: 7mm; }
li { margin: 0 0 2pt; }
ul ul { margin: 2pt 0 0; }
@counter-style parenthesis { system: extends decimal; suffix: ") "; }
ol.parenthesis { list-style-type: parenthesis; }
"""
# Only asked for two columns: WeasyPrint balances columns by laying the text out again,
# which takes as long as the rest of the rendering, and a Word export has one.
_PDF_COLUMNS = "main { column-count: %d; column-gap: 12mm; }"


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def render_pdf(text: str, *, columns: int = 1) -> bytes:
    """An A4 PDF of the text as WeasyPrint sets it, hyphenated in Swedish, in 1 or 2 columns."""
    # Imported here: WeasyPrint loads Pango when imported, and only PDFs need it.
    from weasyprint import HTML, URLFetcher

    document = _document(text)
    style = _PDF_STYLE % {
        "municipality": _css_string(document.municipality),
        "title": _css_string(document.title),
    }
    if columns > 1:
        style += _PDF_COLUMNS % columns
    markup = (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8">'
        f"<title>{html.escape(document.title)}</title><style>{style}</style></head>"
        f"<body><main>{_html_blocks(document)}</main></body></html>"
    )
    nothing = URLFetcher(allowed_protocols=frozenset())
    return bytes(HTML(string=markup, url_fetcher=nothing).write_pdf())


# -------------------------------------------------------------------------- docx


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the page."""
    element = OxmlElement("w:fldSimple")
    element.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    element.append(run)
    paragraph._p.append(element)


def _header_and_footer(word: WordDocument, document: _Document) -> None:
    section = word.sections[0]
    header = section.header.paragraphs[0]
    header.text = f"{document.municipality}\t\t{document.title}"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Sida ")
    _field(footer, "PAGE")
    footer.add_run(" av ")
    _field(footer, "NUMPAGES")


def render_docx(text: str) -> bytes:
    """A Word document with Heading styles, real bullet and numbered lists, header and footer."""
    document = _document(text)
    word = docx.Document()
    word.core_properties.title = document.title
    word.core_properties.language = "sv-SE"
    _header_and_footer(word, document)
    title_done = False
    # Looked up once: python-docx finds a style given by name by walking all of them.
    number, bullet, sub_bullet = (
        word.styles[name] for name in ("List Number", "List Bullet", "List Bullet 2")
    )
    for block in document.blocks:
        if block.kind == "heading":
            word.add_heading(block.lines[0], level=1 if title_done else 0)
            title_done = True
        elif block.kind == "paragraph":
            paragraph = word.add_paragraph()
            for index, line in enumerate(block.lines):
                run = paragraph.add_run(line)
                if index < len(block.lines) - 1:
                    run.add_break()
        else:
            style = number if block.kind == "numbers" else bullet
            for item in block.items:
                word.add_paragraph(item.text, style=sub_bullet if item.level else style)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


# -------------------------------------------------------------------------- html page


def render_html(text: str) -> bytes:
    """A kommun web page: menus, breadcrumbs, a cookie banner and a footer around <main>."""
    document = _document(text)
    municipality = html.escape(document.municipality)
    title = html.escape(document.title)
    page = f"""<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>{title} - {municipality}</title></head>
<body>
<a class="skip-link" href="#innehall">Till innehåll på sidan</a>
<div id="cookie-banner" class="cookie-consent">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den.</p>
  <button>Acceptera alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-header">
  <a href="/">{municipality}</a>
  <nav aria-label="Huvudmeny"><ul>
    <li><a href="/omsorg">Omsorg och hjälp</a></li>
    <li><a href="/trygghet">Trygg och säker</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
</header>
<nav class="breadcrumbs" aria-label="Du är här"><ol>
  <li><a href="/">Start</a></li><li><a href="/trygghet">Trygg och säker</a></li>
  <li>{title}</li>
</ol></nav>
<main id="innehall">
<div class="tools"><button>Lyssna</button> <button>Skriv ut</button></div>
{_html_blocks(document)}
<p class="updated">Senast ändrad: 12 mars 2024</p>
</main>
<footer>
  <p>{municipality}, Stadshuset, 123 45 Kommunstad</p>
  <p>Telefon: 0123-45 67 00 · E-post: kommun@example.se</p>
  <ul><li><a href="/tillganglighet">Tillgänglighet</a></li><li><a href="/kakor">Om kakor</a></li>
  <li><a href="/personuppgifter">Personuppgifter</a></li></ul>
</footer>
</body>
</html>
"""
    return page.encode("utf-8")
