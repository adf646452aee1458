"""Read the text out of an uploaded document: PDF, DOCX, HTML or plain text.

The format is sniffed from the bytes, never taken from the file name. Every
reader returns text with its line structure kept: one line per visual line or
paragraph, a blank line between blocks, list items starting with "• ". Page
chrome from kommun web sites ("Till innehåll på sidan", "Lyssna", "Senast
ändrad/granskad: ...") and cookie banners are removed.

Anything that cannot be read raises `UnreadableDocument`, whose message is a
Swedish sentence meant for the person who uploaded the file. No library
exception escapes.

This module is plain Python (no Django) so that batch jobs and the CLI can use
it directly.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final, Literal

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from pypdf import PdfReader
from pypdf.errors import DependencyError
from selectolax.lexbor import LexborHTMLParser, LexborNode

from loften.ingest.normalise import laid_out, nested_items, row_marks
from loften.ingest.pdflayout import pdf_text
from loften.sizes import count, megabytes

logger = logging.getLogger(__name__)

Format = Literal["pdf", "docx", "html", "text"]

DEFAULT_MAX_BYTES: Final = 20 * 1024 * 1024

# A .docx is a zip; refuse one that unpacks to more than this many times the
# upload limit (a "zip bomb") before handing it to python-docx.
_MAX_UNPACK_RATIO: Final = 10

# Far beyond any promise document (the longest real ones are some 20 pages and 60 000
# characters): a file past either bound is refused before it is read further, so one
# upload cannot keep a worker busy for minutes or make a draft nobody can review.
MAX_PDF_PAGES: Final = 300
MAX_CHARACTERS: Final = 600_000

# Share of control characters above which text input is treated as binary.
_MAX_CONTROL_SHARE: Final = 0.05
# Every byte but the control characters that no text holds (tab to carriage return are
# text): deleting these from a file's head leaves its control characters to count.
_NOT_CONTROL_BYTES: Final = bytes(
    byte for byte in range(256) if not (byte < 0x09 or 0x0E <= byte < 0x20 or byte == 0x7F)
)

# What the readers read, with the file name endings a file picker offers for each.
READABLE: Final[dict[Format, tuple[str, ...]]] = {
    "pdf": (".pdf",),
    "docx": (".docx",),
    "html": (".html", ".htm"),
    "text": (".txt",),
}
READABLE_EXTENSIONS: Final = tuple(ending for endings in READABLE.values() for ending in endings)

_SUPPORTED: Final = (
    "Ladda upp en PDF, ett Word-dokument (.docx), en webbsida (.html) eller en textfil."
)
# How much of the start of a file `sniff` looks at.
SNIFF_BYTES: Final = 1024


class UnreadableDocument(Exception):
    """The document cannot be read; `str()` is a Swedish sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """The text of one document and how it was read.

    `encoding` is the character encoding the bytes were decoded with for text and
    HTML input ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1" or the charset
    an HTML page declares); None for PDF and DOCX, which carry their own.
    """

    format: Format
    text: str
    encoding: str | None = None


def read_document(
    content: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> ReadDocument:
    """Sniff the format of `content` and return its text.

    `filename` is what the user called the file; it is never used to decide the
    format, since uploads are often misnamed (a .docx that is a plain zip, a .pdf
    that is a saved web page).
    """
    if not content:
        raise UnreadableDocument("Filen är tom.")
    if len(content) > max_bytes:
        raise UnreadableDocument(
            f"Filen är för stor ({megabytes(len(content))} MB). "
            f"Den får vara högst {megabytes(max_bytes)} MB."
        )
    kind = sniff(content[:SNIFF_BYTES])
    if kind == "pdf":
        document = ReadDocument("pdf", _read_pdf(content))
    elif kind == "docx":
        document = ReadDocument(
            "docx", _read_docx(content, max_unpacked=max_bytes * _MAX_UNPACK_RATIO)
        )
    else:
        decoded, encoding = _decode(content)
        if _looks_like_html(decoded):
            decoded, encoding = _redecode_html(content, decoded, encoding)
            document = ReadDocument("html", _tidy(_html_text(decoded)), encoding)
        else:
            document = ReadDocument("text", _tidy(decoded), encoding)
    if not document.text:
        raise UnreadableDocument(_no_text_message(document.format))
    if len(document.text) > MAX_CHARACTERS:
        raise UnreadableDocument(
            f"Dokumentet innehåller {count(len(document.text))} tecken text. Ett medborgarlöfte "
            f"är några sidor; dokument med mer än {count(MAX_CHARACTERS)} tecken läses inte in. "
            "Ladda upp bara den del som är medborgarlöftet."
        )
    return document


def sniff(head: bytes) -> Literal["pdf", "docx", "text"]:
    """Which reader reads a file, by its first SNIFF_BYTES bytes ("text" covers web pages).

    Raises UnreadableDocument for a file no reader reads (an image, an old Office
    file, RTF, other binary data), so an upload can be refused before it is queued.
    """
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnreadableDocument(
            "Filen är ett äldre Office-dokument (till exempel .doc) eller ett "
            "lösenordsskyddat Word-dokument, och sådana kan inte läsas. "
            "Spara det som .docx eller PDF utan lösenord och försök igen."
        )
    if head.lstrip().startswith(b"{\\rtf"):
        raise UnreadableDocument(
            "Filen är en RTF-fil, och sådana kan inte läsas. "
            "Spara den som .docx eller PDF och försök igen."
        )
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "text"
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))
    if b"\x00" in head or controls > _MAX_CONTROL_SHARE * len(head):
        raise UnreadableDocument(f"Filen innehåller binärdata och kan inte läsas. {_SUPPORTED}")
    return "text"


def _no_text_message(format: Format) -> str:
    if format == "pdf":
        return (
            "PDF-filen innehåller ingen text som kan läsas. Den är kanske inskannad "
            "som bild; spara den med text (OCR) och försök igen."
        )
    return "Dokumentet innehåller ingen text."


# --------------------------------------------------------------------------- text


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    """Decode bytes that cp1252 leaves undefined (0x81, 0x8D, ...) as latin-1."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("loften-latin-1", _latin1_for_undefined)

_CP1252_ONLY = re.compile(rb"[\x80-\x9f]")


def _decode(content: bytes) -> tuple[str, str]:
    """Decode text bytes: UTF-16 or UTF-8 by BOM, then valid UTF-8, then cp1252/latin-1."""
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _check_not_binary(content.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as error:
            raise UnreadableDocument(
                "Filen verkar vara UTF-16-text men är skadad och kan inte läsas."
            ) from error
    if b"\x00" in content:
        raise UnreadableDocument(f"Filen innehåller binärdata och kan inte läsas. {_SUPPORTED}")
    if content.startswith(codecs.BOM_UTF8):
        try:
            return _check_not_binary(content.decode("utf-8-sig")), "utf-8-sig"
        except UnicodeDecodeError:
            content = content[len(codecs.BOM_UTF8) :]
    try:
        return _check_not_binary(content.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 and latin-1 agree on every byte outside 0x80-0x9F; only those
    # bytes show that a file really is cp1252 (typographic quotes, dashes).
    encoding = "cp1252" if _CP1252_ONLY.search(content) else "latin-1"
    return _check_not_binary(content.decode("cp1252", errors="loften-latin-1")), encoding


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _check_not_binary(text: str) -> str:
    if len(_CONTROL.findall(text[:65536])) > _MAX_CONTROL_SHARE * min(len(text), 65536):
        raise UnreadableDocument(f"Filen innehåller binärdata och kan inte läsas. {_SUPPORTED}")
    return text


# ---------------------------------------------------------------- normalisation

_NEWLINES = re.compile(r"\r\n?|[\x0b\x85\u2028\u2029]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff\xad]")
_SPACES = re.compile(r"[\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Bullet glyphs as they come out of Word, PDF and web pages (U+F0B7 and friends
# are Symbol-font bullets), plus "-", "*" and "o" used as bullets in plain text.
# A glyph bullet alone on its line is joined with the line after it.
_BULLET = re.compile(
    r"^(?:(?:[•▪▫●■□‣\u2043∙·➢➤►▶✓✔\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf0a8][ \t]*\n*)"
    r"|(?:[-*][ \t]+))+(?=\S)",
    re.MULTILINE,
)
# Hollow bullets and "o" mark items under an item: they stay a level of their own.
_SUB_BULLET = re.compile(r"^(?:[◦○][ \t]*\n*|o[ \t]+(?=[A-ZÅÄÖ]))(?=\S)", re.MULTILINE)
_LONE_BULLET = re.compile(r"^• ?$\n?", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")

# Whole lines of page chrome on Swedish kommun web sites (and in PDFs printed
# from them): skip links, read-aloud and share buttons, "last changed" stamps,
# cookie banners, accordion buttons ("Visa mer"), "Var den här sidan till hjälp?".
_CHROME = re.compile(
    (
        r"^(?:"
        r"(?:hoppa\s+|gå\s+(?:direkt\s+)?)?till\s+(?:sidans\s+)?(?:huvud)?innehåll(?:et)?"
        r"(?:\s+på\s+sidan)?"
        r"|(?:gå\s+)?till\s+(?:huvudmeny(?:n)?|undermeny(?:n)?|meny(?:n)?|sök(?:ning(?:en)?)?"
        r"|navigering(?:en)?|startsidan)"
        r"|(?:tillbaka\s+)?till\s+toppen(?:\s+av\s+sidan)?"
        r"|lyssna(?:\s+på\s+(?:sidan|texten))?(?:\s+lyssna)?"
        # a page's row of buttons: "Meny   Sök   Lyssna", "Sök Meny"
        # ... also with bars between: "Lyssna  |  Dela  |  Skriv ut"
        r"|(?:meny|sök|lyssna|språk|e-tjänster|dela|skriv\s+ut)"
        r"(?:\s*\|?\s*(?:meny|sök|lyssna|språk|e-tjänster|dela|skriv\s+ut)){1,4}"
        r"|dela|dela\s+sidan|dela\s+på\s+\S+|skriv\s+ut|skriv\s+ut\s+sidan|tipsa\s+om\s+sidan"
        # the buttons of an accordion, and a page's "was this helpful" box
        # ("Läs mer" over a list of links is its heading, kept)
        r"|visa\s+(?:mer|mindre|allt|alla)|läs\s+mer(?!\s*:?\s*\n\s*\S)|fäll\s+(?:ut|ihop)"
        r"|(?:var|är)\s+(?:den\s+här|denna)\s+sida(?:n)?\s+(?:till\s+)?(?:hjälp|användbar)\??"
        r"(?:\s+ja\s+nej)?|ja\s+nej"
        # "Dela sidan: Facebook | LinkedIn | E-post"
        r"|dela(?:\s+sidan)?\s*:\s*(?:facebook|linkedin|x|twitter|instagram|e-post|mejl)\b.{0,80}"
        r"|(?:sidan\s+)?senast\s+(?:ändrad|granskad|uppdaterad|publicerad|reviderad)\b.{0,60}"
        r"|sidan\s+(?:uppdaterades|granskades)\b.{0,60}"
        r"|(?:acceptera|godkänn|tillåt|neka|avböj)(?:\s+alla)?(?:\s+(?:kakor|cookies))?"
        r"|(?:endast|bara)\s+nödvändiga(?:\s+(?:kakor|cookies))?"
        r"|(?:inställningar\s+för\s+|hantera\s+)(?:kakor|cookies)"
        # a table of contents' line ("4. Våra åtaganden ........ 4") and a page's "- 2 -"
        r"|[^\n]{1,120}?(?:\.\s?){4,}\s*\d{1,3}|[-–]{1,2}\s*\d{1,3}\s*[-–]{1,2}"
        r")\s*:?\s*(?:\n|\Z)"
    ).replace(r"\s", r"[ \t]"),  # never across lines
    re.IGNORECASE | re.MULTILINE,
)
# A cookie banner sentence: a short line naming cookies and consent. Only
# looked for when the text mentions cookies at all (the lookaheads are slow).
_COOKIE_WORD = re.compile(r"\b(?:kakor|cookies)\b", re.IGNORECASE)
_COOKIE_LINE = re.compile(
    r"^(?=.{0,300}\b(?:kakor|cookies)\b)"
    r"(?=.{0,300}\b(?:använder|godkänner|accepterar|samtycker|nödvändiga|webbplatsen)\b)"
    r".{1,300}(?:\n|\Z)",
    re.IGNORECASE | re.MULTILINE,
)


# An accordion's heading with its button beside it: "+ Trygga stråk      Visa mer".
_ACCORDION = re.compile(
    r"^[+▸►▼▾][ \t]*(?P<title>\S[^\n]*?)[ \t]{2,}visa[ \t]+(?:mer|mindre)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _tidy(text: str) -> str:
    """Normalise newlines, spaces, bullets and blank lines; drop page chrome."""
    text = _NEWLINES.sub("\n", text).replace("\f", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if "isa m" in text or "ISA M" in text:
        text = _ACCORDION.sub(r"\g<title>", text)
    text = laid_out(text)  # columns, read while the indentation is there
    text = "\n".join(line.strip(" \t") for line in nested_items(text).split("\n"))
    text = _CHROME.sub("", text)
    if _COOKIE_WORD.search(text):
        text = _COOKIE_LINE.sub("", text)
    marks = row_marks(text)  # a legend's "▶ ingår i löftet" keeps its mark
    text = _BULLET.sub(lambda bullet: bullet[0] if bullet[0][0] in marks else "• ", text)
    text = _SUB_BULLET.sub(lambda bullet: bullet[0] if bullet[0][0] in marks else "◦ ", text)
    text = _LONE_BULLET.sub("", text)
    return _BLANK_LINES.sub("\n\n", text).strip("\n")


# ------------------------------------------------------------------------- html

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|main|article|section|div|p|h[1-6]"
    r"|header|nav|ul|ol|table|span|a|br|script|style)\b",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:4096]) is not None


def _redecode_html(content: bytes, decoded: str, encoding: str) -> tuple[str, str]:
    """Honour a declared charset when the bytes are not valid UTF-8."""
    if encoding.startswith(("utf-8", "utf-16")):
        return decoded, encoding
    match = _META_CHARSET.search(content[:4096])
    if match is None:
        return decoded, encoding
    try:
        declared = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return decoded, encoding
    if declared in {"utf-8", "cp1252", "latin-1", "iso8859-1"}:
        return decoded, encoding
    try:
        return _check_not_binary(content.decode(declared)), declared
    except (UnicodeDecodeError, LookupError):  # LookupError: "base64" and other non-text codecs
        return decoded, encoding


_DROP = (
    "script, style, noscript, template, nav, form, button, select, svg, iframe, "
    "dialog, object, embed, canvas, [hidden], [aria-hidden=true], [role=navigation], "
    "[role=search], [role=banner], [role=contentinfo], [role=dialog], [role=alertdialog], "
    '[style*="display:none" i], [style*="display: none" i]'
)
_COOKIE = (
    "[id*=cookie i], [class*=cookie i], [id*=consent i], [class*=consent i], "
    "[id*=kakor i], [class*=kakor i], [aria-label*=cookie i], [aria-label*=kakor i]"
)
_BLOCK = (
    "address, article, aside, blockquote, dd, details, div, dl, dt, fieldset, figcaption, figure, "
    "h1, h2, h3, h4, h5, h6, hr, main, ol, p, pre, section, summary, table, ul, caption"
)
_LINE = "br, tr, li"
_CELL = "td, th"

# Private-use characters mark structure while the HTML whitespace is collapsed.
_MARK_BLOCK, _MARK_LINE, _MARK_ITEM, _MARK_CELL = "\ue000", "\ue001", "\ue002", "\ue003"
_MARK_SUBITEM = "\ue004"
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_LEADING_CELL = re.compile(
    f"(^|[{_MARK_BLOCK}{_MARK_LINE}{_MARK_ITEM}{_MARK_SUBITEM}])[ ]*{_MARK_CELL}"
)


def _html_text(markup: str) -> str:
    try:
        tree = LexborHTMLParser(markup)
        for node in tree.css(_DROP):
            node.decompose()
        for node in tree.css("header, footer"):
            if node.tag == "footer" or not _has_ancestor(node, {"main", "article"}):
                node.decompose()
        # An aside inside the article is its fact box; elsewhere a side column of contacts
        # and links, also beside the article in the page's <main>.
        for node in tree.css("aside"):
            if not _has_ancestor(node, {"article"}):
                node.decompose()
        for node in tree.css(_COOKIE):
            # Guard against a page whose <body class="has-cookie-banner"> wraps everything.
            if node.tag not in {"html", "body", "main"} and len(node.text()) < 3000:
                node.decompose()
        root = _content_root(tree)
        if root is None:
            return ""
        for node in root.css(_BLOCK):
            if node.tag in {"ul", "ol"} and _has_ancestor(node, {"li"}):
                continue  # a list under an item goes on with the items above it
            node.insert_before(_MARK_BLOCK)
            node.insert_after(_MARK_BLOCK)
        numbers = _list_numbers(root)
        for node in root.css(_LINE):
            if node.tag != "li":
                node.insert_before(_MARK_LINE)
            elif (number := numbers.get(node.mem_id)) is not None:
                node.insert_before(f"{_MARK_LINE}{number}. ")
            else:
                node.insert_before(_MARK_SUBITEM if _has_ancestor(node, {"li"}) else _MARK_ITEM)
        for node in root.css(_CELL):
            node.insert_before(_MARK_CELL)
        text = _HTML_SPACE.sub(" ", root.text(deep=True))
    except UnreadableDocument:
        raise
    except Exception as error:
        raise UnreadableDocument("Webbsidan är skadad och kan inte läsas.") from error
    text = _LEADING_CELL.sub(r"\1", text)
    return (
        text.replace(_MARK_CELL, " | ")
        .replace(_MARK_ITEM, "\n• ")
        .replace(_MARK_SUBITEM, "\n◦ ")
        .replace(_MARK_LINE, "\n")
        .replace(_MARK_BLOCK, "\n\n")
    )


def _list_numbers(root: LexborNode) -> dict[int, int]:
    """The number a browser shows before each item of a numbered list (<ol>)."""
    numbers: dict[int, int] = {}
    for ordered in root.css("ol"):
        start = ordered.attributes.get("start") or "1"
        number = int(start) if start.lstrip("-").isdigit() else 1
        for item in ordered.iter():
            if item.tag != "li":
                continue
            value = item.attributes.get("value") or ""
            number = int(value) if value.lstrip("-").isdigit() else number
            numbers[item.mem_id] = number
            number += 1
    return numbers


def _has_ancestor(node: LexborNode, tags: set[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _content_root(tree: LexborHTMLParser) -> LexborNode | None:
    """The page's <main> (or its longest <article>) when it has text, else <body>."""
    candidates = tree.css("main, [role=main]") or sorted(
        tree.css("article"), key=lambda node: len(node.text()), reverse=True
    )
    for node in candidates[:1]:
        if node.text().strip():
            return node
    return tree.body or tree.root


# ------------------------------------------------------------------------- docx

_WORD_BODY = "word/document.xml"
_OTHER_ZIPS: Final = {
    "xl/workbook.xml": "ett Excel-dokument (.xlsx)",
    "ppt/presentation.xml": "en PowerPoint-presentation (.pptx)",
    "content.xml": "ett OpenDocument-dokument (.odt)",
}
# "List Bullet 2" is Word's style for an item under an item.
_LIST_STYLE = re.compile(
    r"^(?:list (?:bullet|number)|punktlista|numrerad lista)(?: (?P<level>[2-9]))?$", re.I
)


def _read_docx(content: bytes, *, max_unpacked: int) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = {info.filename: info for info in archive.infolist()}
    # NotImplementedError: a member claims a zip version newer than Python reads.
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise UnreadableDocument(
            "Filen är ett skadat zip-arkiv eller Word-dokument och kan inte läsas."
        ) from error
    if _WORD_BODY not in members:
        kind = next((kind for name, kind in _OTHER_ZIPS.items() if name in members), None)
        raise UnreadableDocument(
            f"Filen är {kind}, inte ett Word-dokument."
            if kind
            else f"Filen är ett zip-arkiv, inte ett Word-dokument. {_SUPPORTED}"
        )
    if sum(info.file_size for info in members.values()) > max_unpacked:
        raise UnreadableDocument(
            "Word-dokumentet är för stort när det packas upp och kan inte läsas."
        )
    try:
        document = docx.Document(io.BytesIO(content))
        blocks = list(_docx_blocks(document.element.body, _Lists(document)))
    except Exception as error:
        raise UnreadableDocument("Word-dokumentet är skadat och kan inte läsas.") from error
    return _tidy(_join_blocks(blocks))


Block = tuple[Literal["paragraph", "item", "table"], str]


def _docx_blocks(container: Any, lists: _Lists) -> Iterator[Block]:
    """Paragraphs, list items and tables of a body or table cell, in document order.

    Content controls (w:sdt, used for cover pages and templates) are read through.
    """
    paragraph, table, sdt = qn("w:p"), qn("w:tbl"), qn("w:sdt")
    for child in container.iterchildren():
        if child.tag == paragraph:
            text = _paragraph_text(child)
            marker = lists.marker(child)
            yield ("paragraph", text) if marker is None else ("item", marker + text.lstrip())
            # a text box anchored in the paragraph (a fact box), once: Word writes it both
            # as a drawing and as its older VML fallback
            for box in child.xpath(_TEXT_BOXES):
                yield from _docx_blocks(box, lists)
        elif child.tag == table:
            yield "table", _table_text(child, lists)
        elif child.tag == sdt:
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _docx_blocks(content, lists)


_TEXT_BOXES = (
    ".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])][not(ancestor::w:txbxContent)]"
)


# Runs directly in the paragraph or wrapped in hyperlinks, tracked insertions,
# fields, smart tags and inline content controls; never deleted text.
_RUNS = (
    "./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:fldSimple/w:r | ./w:smartTag/w:r"
    " | ./w:sdt/w:sdtContent/w:r | ./w:customXml/w:r | ./w:ins/w:hyperlink/w:r"
)


def _paragraph_text(element: Any) -> str:
    return "".join(run.text for run in element.xpath(_RUNS))


# Word's "o" in Courier New and the hollow circles: the bullets of items under an item.
_HOLLOW_BULLETS = {"o", "◦", "○", "\uf06f"}


@dataclass(frozen=True)
class _Level:
    """How one level of a Word list marks its items: "bullet" or a number format."""

    format: str = "bullet"
    text: str = "%1."  # the marker with %1, %2 ... standing for the levels' numbers


class _Lists:
    """The marker of each list paragraph, numbered as Word numbers it when it lays out.

    Word stores no "1." in the text of a numbered list: the number comes from the
    paragraph's list (its own numPr or its style's) and that list's definition in the
    numbering part. Items under an item are bullets "◦" or numbered per their level.
    """

    def __init__(self, document: WordDocument) -> None:
        self._styles = document.styles.element
        self._style_lists: dict[str, tuple[str, int] | None] = {}
        self._levels = self._read_numbering(document)
        self._counts: dict[str, list[int]] = {}

    @staticmethod
    def _read_numbering(document: WordDocument) -> dict[tuple[str, int], _Level]:
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # a document without lists
            return {}
        abstract = {
            node.get(qn("w:abstractNumId")): node
            for node in numbering.iterchildren(qn("w:abstractNum"))
        }
        levels: dict[tuple[str, int], _Level] = {}
        for num in numbering.iterchildren(qn("w:num")):
            reference = num.find(qn("w:abstractNumId"))
            definition = abstract.get(reference.get(qn("w:val"))) if reference is not None else None
            for lvl in definition.iterchildren(qn("w:lvl")) if definition is not None else ():
                number_format = lvl.find(qn("w:numFmt"))
                marker = lvl.find(qn("w:lvlText"))
                levels[num.get(qn("w:numId")), int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
                    number_format.get(qn("w:val"), "bullet")
                    if number_format is not None
                    else "bullet",
                    marker.get(qn("w:val"), "") if marker is not None else "",
                )
        return levels

    def marker(self, paragraph: CT_P) -> str | None:
        """The marker that starts the item's line ("• ", "◦ ", "2. ", "b) "); None if no item."""
        found = self._list_of(paragraph)
        if found is None:
            return None
        num_id, level = found
        definition = self._levels.get((num_id, level), _Level())
        counts = self._counts.setdefault(num_id, [0] * 10)
        level = min(level, len(counts) - 1)
        counts[level] += 1
        counts[level + 1 :] = [0] * (len(counts) - level - 1)
        if definition.format in {"bullet", "none"} or "%" not in definition.text:
            return "◦ " if level > 0 or definition.text in _HOLLOW_BULLETS else "• "
        marker = re.sub(
            r"%([1-9])",
            lambda found: _list_number(counts[int(found[1]) - 1] or 1, definition.format),
            definition.text,
        )
        return marker.strip() + " "

    def _list_of(self, paragraph: CT_P) -> tuple[str, int] | None:
        properties = paragraph.pPr
        if properties is None:
            return None
        numbering: Any = properties.numPr  # python-docx leaves this descriptor untyped
        style_list = None
        if properties.pStyle is not None:
            style_id = properties.pStyle.val
            if style_id not in self._style_lists:
                self._style_lists[style_id] = self._style_list(style_id)
            style_list = self._style_lists[style_id]
        if numbering is None:
            return style_list
        if numbering.numId is not None and numbering.numId.val == 0:  # numbering turned off
            return None
        num_id = str(numbering.numId.val) if numbering.numId is not None else None
        level = numbering.ilvl.val if numbering.ilvl is not None else None
        return (
            num_id or (style_list[0] if style_list else ""),
            level if level is not None else (style_list[1] if style_list else 0),
        )

    def _style_list(self, style_id: str) -> tuple[str, int] | None:
        style = self._styles.get_by_id(style_id)
        for _depth in range(10):  # based-on chains are short; never loop forever
            if style is None:
                return None
            numbering: Any = style.pPr.numPr if style.pPr is not None else None
            num_id = (
                str(numbering.numId.val)
                if numbering is not None and numbering.numId is not None
                else ""
            )
            # "List Bullet 2" is a list of its own at level 0, set further in: its name
            # says how deep it stands.
            if named := _LIST_STYLE.match(style.name_val or ""):
                return num_id, int(named["level"] or 1) - 1
            if num_id:
                return num_id, numbering.ilvl.val if numbering.ilvl is not None else 0
            style = style.base_style
        return None


def _list_number(number: int, number_format: str) -> str:
    if number_format in {"lowerLetter", "upperLetter"}:
        letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in {"lowerRoman", "upperRoman"}:
        roman = _roman(number)
        return roman if number_format == "upperRoman" else roman.lower()
    return str(number)


def _roman(number: int) -> str:
    numerals = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    parts = []
    for value, numeral in numerals:
        while number >= value:
            parts.append(numeral)
            number -= value
    return "".join(parts)


def _table_text(element: Any, lists: _Lists) -> str:
    """One line per row, cells separated by " | "; merged cells are read once."""
    rows = []
    for row in element.iterchildren(qn("w:tr")):
        cells = []
        for cell in row.xpath("./w:tc | ./w:sdt/w:sdtContent/w:tc"):
            if cell.vMerge == "continue":
                cells.append("")
                continue
            text = " ".join(
                " ".join(line.strip() for line in text.splitlines())
                for _kind, text in _docx_blocks(cell, lists)
            )
            cells.append(" ".join(text.split()))
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _join_blocks(blocks: list[Block]) -> str:
    """A blank line between blocks; consecutive list items on adjacent lines."""
    parts: list[str] = []
    previous = ""
    for kind, text in blocks:
        if not text.strip():
            previous = ""
            continue
        if parts:
            parts.append("\n" if kind == previous == "item" else "\n\n")
        parts.append(text)
        previous = kind
    return "".join(parts)


# -------------------------------------------------------------------------- pdf


_ENCRYPTED_PDF = (
    "PDF-filen är lösenordsskyddad eller krypterad och kan inte läsas. "
    "Spara den utan lösenord och försök igen."
)


# A page of a promise document holds a thousand characters or more; far fewer from the
# layout reader may mean it could not decode a font, which pypdf's plain text may still
# read.
_SPARSE_PAGE = 300


def _fuller_text(reader: PdfReader, layout_text: str) -> str:
    """pypdf's plain text when it holds at least twice what the layout reader read."""
    plain = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    if len(plain.split()) >= 2 * len(layout_text.split()) + 10:
        logger.warning("PDF layout reading found little text; using the plain text instead")
        return plain
    return layout_text


def _read_pdf(content: bytes) -> str:
    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            # Many PDFs are only protected against editing and open without a
            # password; try the empty one before refusing.
            opened: int
            try:
                opened = reader.decrypt("")
            except DependencyError:  # AES needs the optional cryptography package
                opened = 0
            if not opened:
                raise UnreadableDocument(_ENCRYPTED_PDF)
        if len(reader.pages) > MAX_PDF_PAGES:
            raise UnreadableDocument(
                f"PDF-filen har {count(len(reader.pages))} sidor. Ett medborgarlöfte är några "
                f"sidor; PDF-filer med fler än {MAX_PDF_PAGES} sidor läses inte in. "
                "Ladda upp bara de sidor som är medborgarlöftet."
            )
        text = pdf_text(content)
        if len(text) < _SPARSE_PAGE * len(reader.pages):
            text = _fuller_text(reader, text)
    except UnreadableDocument:
        raise
    except DependencyError as error:
        raise UnreadableDocument(_ENCRYPTED_PDF) from error
    except Exception as error:
        if b"%%EOF" not in content[-2048:]:
            raise UnreadableDocument(
                "PDF-filen är ofullständig, kanske avbruten under nedladdning eller "
                "kopiering, och kan inte läsas."
            ) from error
        raise UnreadableDocument("PDF-filen är skadad och kan inte läsas.") from error
    return _tidy(text)
