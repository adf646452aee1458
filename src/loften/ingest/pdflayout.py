"""The text of a PDF read from where its characters stand on the page.

PDF text extractors that follow the content stream lose what the layout says: list
markers that a layout engine draws after the page's text come out at the end of the
page, the space between paragraphs is gone, lines of two columns run into each other,
and running headers and "Sida 1 av 2" footers sit in the middle of the text. Here every
character is placed by its coordinates (read with PDFium, the PDF engine of Chromium,
through pypdfium2) and the page is read as a person would:

* characters on one baseline form a row, cut into segments where a gap is wider than
  any word space; a list marker ("•", "1.") stays with the text it stands before;
* a page whose segments leave an empty vertical gutter in the middle is read column by
  column, with lines that cross the gutter (a title over both columns) in their place;
* a ligature ("ff" set as one glyph) is read as its letters, a glyph without a character
  as "\ufffd" (a bullet, if it leads a line), and a glyph drawn twice (fake bold) once;
* rows that repeat at the same place on most pages (running headers and footers), page
  numbers ("Sida 2 av 5", "3 (4)") and a small-print first or last row set apart from
  the page's text are dropped;
* a vertical gap larger than the line spacing, or a change of font size, ends a
  paragraph (a blank line); a line that reached the right edge of its column was
  wrapped and is joined with the next, also across a column or page break, with
  hyphens at the break removed unless the word is really written with one.

The result has one line per paragraph, list item or short line, a blank line between
paragraphs, and list items starting with their marker, as `readers` promises.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
import statistics
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final, Literal

import pypdfium2  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium  # type: ignore[import-untyped]

from loften.ingest.normalise import FIELD_LINE, join_wrapped_line

# A gap between two characters wider than this share of the font size is a space.
_SPACE_GAP: Final = 0.15
# A gap wider than this (in font sizes) cuts a row into segments: a column gutter or a
# tab stop, never a word space of justified text.
_SEGMENT_GAP: Final = 1.5
# A list marker stays with the text to its right if the gap is at most this wide.
_MARKER_GAP: Final = 4.0
# Rows in this share of the page height at its top or bottom may be running headers.
# A header piece this long (in characters) that comes again below it is the title.
_TITLE_HEADER_LENGTH: Final = 12
_MARGIN_ZONE: Final = 0.14
# Extra space between two lines (in font sizes, beyond the usual line spacing) that
# separates paragraphs: 6 points or more in most exports, 3 in tight ones (2 points at
# 10.5 is the threshold); list items are told apart by their markers, however close.
_PARAGRAPH_GAP: Final = 0.2
# Spaces wider than this many times the usual are widened: justified text.
_STRETCHED: Final = 1.8
# The space between words, in font sizes, where a document has too few lines to tell.
_SPACE: Final = 0.28
# Font sizes within this share of each other are the same size.
_SAME_SIZE: Final = 0.1
# A paragraph's first line indented this far (in font sizes) right of its next line opens
# it, where paragraphs are told by that indent rather than by space.
_INDENT: Final = 0.8

_MARKER = re.compile(
    r"^(?:[•◦▪▫●○■□‣\u2043∙·➢➤►▶✓✔\-–—*o\uf0b7\uf0a7\uf0d8\uf076\uf0fc]|\d{1,3}[.)])$"
)
# A bare year is no page number: it is a title's, wrapped onto a line of its own.
_PAGE_NUMBER = re.compile(
    r"^(?!(?:19|20)\d{2}$)(?:(?:sida|sid\.?|s\.|page)\s*)?\d{1,4}(?:\s*(?:av|/|of)\s*\d{1,4}|\s*\(\s*\d{1,4}\s*\))?$"
    r"|^[-–]\s*\d{1,4}\s*[-–]$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Glyph:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(slots=True)
class _Segment:
    """Characters of one row standing together, with the spaces between words put in."""

    glyphs: list[_Glyph]

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].x1

    @property
    def text(self) -> str:
        return _glyph_text(self.glyphs)


@dataclass(slots=True)
class _Row:
    segments: list[_Segment]
    y0: float
    y1: float

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments)

    @property
    def size(self) -> float:
        return _size(g for segment in self.segments for g in segment.glyphs)


Region = Literal["full", "left", "right"]


@dataclass(slots=True)
class _Line:
    """One line of text in reading order, with where it stands."""

    text: str
    x0: float
    x1: float
    y0: float
    size: float
    page: int
    region: Region
    first_word: float  # width of its first word: would it have fit on the line above?
    marker: bool
    indent: float  # where its text starts: after the marker of a list item
    edge: float = 0.0  # the right edge of its column, set once the document is read
    margin: bool = False  # among the rows at the very top or bottom of its page
    ink: float = 0.0  # its width without the spaces between its words
    spaces: int = 0  # how many spaces between words it has (none counted in a table's row)
    spacing: float = 0.0  # how wide those spaces are on average, in font sizes


@dataclass
class _Page:
    rows: list[_Row]
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)


def _size(glyphs: Iterable[_Glyph]) -> float:
    """The most common font size among the glyphs, rounded to a tenth of a point."""
    sizes = [g.size for g in glyphs if not g.text.isspace()]
    if not sizes:
        return 0.0
    if sizes.count(sizes[0]) == len(sizes):  # most lines are set in one size
        return round(sizes[0], 1)
    return Counter(round(size, 1) for size in sizes).most_common(1)[0][0]


def _glyph_text(glyphs: list[_Glyph]) -> str:
    parts: list[str] = []
    previous: _Glyph | None = None
    for glyph in glyphs:
        if (
            previous is not None
            and glyph.x0 - previous.x1 > _SPACE_GAP * max(glyph.size, previous.size)
            and not previous.text.isspace()
            and not glyph.text.isspace()
        ):
            parts.append(" ")
        parts.append(glyph.text)
        previous = glyph
    return re.sub(r"\s+", " ", "".join(parts)).strip()


# ----------------------------------------------------------------------- characters


# PDFium may be called by one thread of a process at a time, even for two documents.
_PDFIUM = threading.Lock()
# What PDFium's text holds for the hyphen it found at the end of a line.
_LINE_END_HYPHEN: Final = 0xFFFE
_SPACE_CODE: Final = 0x20
_BREAKS: Final = (0x0D, 0x0A)


@dataclass(slots=True)
class _Char:
    """A character as PDFium reports it: where its pen starts, its box, and its text object."""

    text: str
    origin: float
    right: float
    bottom: float
    size: float
    text_object: int | None


def _chars(text_page: Any) -> list[_Char]:
    """The characters the PDF draws upright, in its order; a ligature's letters as one."""
    chars: list[_Char] = []
    box = pdfium.FS_RECTF()
    matrix = pdfium.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    sizes: dict[int | None, float] = {}  # font size by text object; 0 where not upright
    count = pdfium.FPDFText_CountChars(text_page)
    units = ctypes.create_string_buffer((count + 1) * 2)
    pdfium.FPDFText_GetText(
        text_page, 0, count, ctypes.cast(units, ctypes.POINTER(ctypes.c_ushort))
    )
    # One UTF-16 unit a character: a character beyond U+FFFF is two.
    codes = memoryview(units.raw).cast("H")[:count]
    high: int | None = None  # the first half of a character beyond U+FFFF
    for index, code in enumerate(codes):
        if code in _BREAKS or (
            code == _SPACE_CODE and pdfium.FPDFText_IsGenerated(text_page, index)
        ):
            continue  # a line break, or a space PDFium put in where the PDF has none
        if 0xD800 <= code < 0xDC00:
            high = code
            continue
        if 0xDC00 <= code < 0xE000 and high is not None:
            code = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
        high = None
        if pdfium.FPDFText_HasUnicodeMapError(text_page, index) == 1 or code == 0:
            text = "\ufffd"  # a glyph without a character; a bullet if it leads a line
        elif code == _LINE_END_HYPHEN:
            text = "-"
        else:
            text = chr(code)
        # The object's address, read from the pointer itself (ctypes.cast, a foreign call,
        # took a quarter of the time the characters were read in)
        text_object = ctypes.c_void_p.from_buffer(
            pdfium.FPDFText_GetTextObject(text_page, index)
        ).value
        if text_object not in sizes:
            pdfium.FPDFText_GetMatrix(text_page, index, matrix)
            upright = matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0
            size = pdfium.FPDFText_GetFontSize(text_page, index) * abs(matrix.d)
            sizes[text_object] = size if upright else 0.0
        size = sizes[text_object]
        if size <= 0:
            continue
        pdfium.FPDFText_GetCharOrigin(text_page, index, x, y)
        pdfium.FPDFText_GetLooseCharBox(text_page, index, box)
        last = chars[-1] if chars else None
        if (
            last is not None
            and last.text_object == text_object
            and (last.origin, last.right) == (x.value, box.right)
        ):
            last.text += text  # a ligature's letters share its place: "ff" is one glyph
            continue
        chars.append(_Char(text, x.value, box.right, box.bottom, size, text_object))
    return chars


def _glyphs(chars: list[_Char]) -> list[_Glyph]:
    """A page's characters as glyphs; a glyph drawn twice (fake bold) counts once.

    A glyph spans from where the pen starts to where it ends, as wide as it advances the
    pen, not as far as its ink reaches: the "J" that reaches left of the margin and the
    "f" that reaches into the next letter stand where the text does. The pen's end is
    where the next character of the same text object starts, or, at a line's end, the
    glyph's box. Its height is its font size above the font's lowest point.
    """
    glyphs: list[_Glyph] = []
    for char, following in itertools.zip_longest(chars, chars[1:]):
        right = char.right
        if (
            following is not None
            and following.text_object == char.text_object
            and char.origin < following.origin < right
        ):
            right = following.origin
        glyph = _Glyph(
            char.text, char.origin, right, char.bottom, char.bottom + char.size, char.size
        )
        if (
            glyphs
            and glyphs[-1].text == glyph.text
            and abs(glyphs[-1].x0 - glyph.x0) < 0.3 * max(glyph.x1 - glyph.x0, 0.5)
        ) and abs(glyphs[-1].y0 - glyph.y0) < 0.3 * glyph.size:
            continue
        glyphs.append(glyph)
    return glyphs


def _read_pages(content: bytes) -> list[tuple[list[_Glyph], float, float]]:
    """Each page's glyphs, width and height.

    Only PDFium's calls hold the lock it needs; the glyphs are made from the characters
    after it is released, so another thread's document waits for no Python work.
    """
    pages: list[tuple[list[_Char], float, float]] = []
    with _PDFIUM:
        document = pypdfium2.PdfDocument(content)
        try:
            for number in range(len(document)):
                page = document[number]
                text_page = page.get_textpage()
                width, height = page.get_size()
                pages.append((_chars(text_page.raw), width, height))
                text_page.close()
                page.close()
        finally:
            document.close()
    return [(_glyphs(chars), width, height) for chars, width, height in pages]


def _rows(glyphs: list[_Glyph]) -> list[_Row]:
    """Rows top to bottom: glyphs whose middles lie within a third of a size of each other."""
    rows: list[list[_Glyph]] = []
    middle = size = 0.0
    for glyph in sorted(glyphs, key=lambda g: (-g.middle, g.x0)):
        if rows and middle - glyph.middle <= 0.35 * max(size, glyph.size):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
            middle, size = glyph.middle, glyph.size
    return [_row(sorted(row, key=lambda g: g.x0)) for row in rows]


def _row(glyphs: list[_Glyph]) -> _Row:
    segments: list[_Segment] = []
    for glyph in glyphs:
        if segments:
            last = segments[-1].glyphs[-1]
            if glyph.x0 - last.x1 <= _SEGMENT_GAP * max(glyph.size, last.size):
                segments[-1].glyphs.append(glyph)
                continue
        segments.append(_Segment([glyph]))
    # A list marker set at a tab stop belongs to the text after it.
    merged: list[_Segment] = []
    for segment in segments:
        if merged and _is_marker(merged[-1].text):
            marker = merged[-1]
            if segment.x0 - marker.x1 <= _MARKER_GAP * segment.glyphs[0].size:
                marker.glyphs.extend(segment.glyphs)
                continue
        merged.append(segment)
    merged = [s for s in merged if s.text]
    return _Row(merged, min(g.y0 for g in glyphs), max(g.y1 for g in glyphs))


def _is_marker(text: str) -> bool:
    return bool(_MARKER.match(text)) or text == "\ufffd"


# ------------------------------------------------------------------ running headers


def _page_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _drop_running_rows(pages: list[_Page]) -> None:
    """Remove running headers and footers, page numbers and set-apart small print."""
    body = _size(g for page in pages for row in page.rows for s in row.segments for g in s.glyphs)
    where: defaultdict[str, list[float]] = defaultdict(list)
    for page in pages:
        for row in _margin_rows(page):
            where[_page_key(row.text)].append(row.y0)
    running = {
        key
        for key, places in where.items()
        if len(places) >= max(2, len(pages) / 2) and max(places) - min(places) < 6
    }
    for page in pages:
        margin = _margin_rows(page)
        dropped = {
            id(row)
            for row in margin
            if _page_key(row.text) in running or _PAGE_NUMBER.match(row.text)
        }
        dropped |= _title_header([row for row in page.rows if id(row) not in dropped], margin)
        rows = [row for row in page.rows if id(row) not in dropped]
        # Small print alone at the very top or bottom: a header or footer on a page of its own.
        for index in (0, -1):
            if len(rows) >= 2 and id(rows[index]) in {id(r) for r in margin}:
                row, neighbour = rows[index], rows[1 if index == 0 else -2]
                gap = row.y0 - neighbour.y1 if index == 0 else neighbour.y0 - row.y1
                if row.size < 0.9 * body and gap > 1.2 * body:
                    dropped.add(id(row))
            rows = [row for row in rows if id(row) not in dropped]
        page.rows = rows


def _title_header(rows: list[_Row], margin: list[_Row]) -> set[int]:
    """The rows of a header at the top of the page that sets the document's title beside
    the kommun's name ("Kumla kommun" and, at a tab stop, the title), which Word sets in
    the body's size: on a page of its own it repeats nowhere else to be told by.

    The header is a row among the page's first that stands in pieces, whose last piece
    of some words comes again below it, where a row starts; with the row under it when
    that row goes on the title's words. (A justified title widened into pieces ends in
    one word.)
    """
    for index, row in enumerate(rows[:2]):
        if row not in margin or len(row.segments) < 2:
            continue
        title = _page_key(row.segments[-1].text)
        if len(title) < _TITLE_HEADER_LENGTH or " " not in title:
            continue
        rest = [_page_key(other.text) for other in rows[index + 1 :]]
        after = rows[index + 1] if index + 1 < len(rows) else None
        if after in margin and after is not None and row.y0 - after.y1 < row.size:
            wrapped = f"{title} {rest[0]}"
            if _repeated(wrapped, rest[1:]):
                return {id(row), id(after)}
        if _repeated(title, rest):
            return {id(row)}
    return set()


def _repeated(title: str, rows: list[str]) -> bool:
    """Whether the title is set again in the rows, starting a row of its own."""
    return any(
        key and (title.startswith(key) or key.startswith(title)) and title in " ".join(rows[at:])
        for at, key in enumerate(rows)
    )


def _margin_rows(page: _Page) -> list[_Row]:
    """The rows in the top and bottom margins, where running headers and footers stand."""
    zone = _MARGIN_ZONE * page.height
    top = [row for row in page.rows if row.y0 >= page.height - zone][:3]
    bottom = [row for row in page.rows if row.y1 <= zone][-3:]
    return top + [row for row in bottom if row not in top]


# ------------------------------------------------------------------------- columns


def _gutter(rows: list[_Row]) -> tuple[float, float] | None:
    """The empty band between two columns of text, if the page has two columns."""
    segments = [segment for row in rows for segment in row.segments]
    if len(segments) < 4:
        return None
    left, right = min(s.x0 for s in segments), max(s.x1 for s in segments)
    # A justified line of a few words widened from margin to margin is one line, not two
    # columns ("Peter" and "Lindholm" at a forced break): it crosses the gutter.
    rows = [
        _Row([_Segment([g for s in row.segments for g in s.glyphs])], row.y0, row.y1)
        if _widened(row, left, right)
        else row
        for row in rows
    ]
    segments = [segment for row in rows for segment in row.segments]
    width = right - left
    first = left + 0.3 * width
    xs = [first + step for step in range(int(0.4 * width) + 1)]
    # How many segments cross each position: +1 where one starts, -1 where it ends.
    changes = [0] * (len(xs) + 1)
    for segment in segments:
        enters = max(0, math.floor(segment.x0 - first) + 1)  # the first x with x0 < x
        leaves = min(len(xs), math.ceil(segment.x1 - first))  # the first x with x >= x1
        if enters < leaves:
            changes[enters] += 1
            changes[leaves] -= 1
    crossing = list(itertools.accumulate(changes[:-1]))
    # A title or a table may cross the gutter; a column's lines never do.
    allowed = max(1, len(rows) // 10)
    # The widest run of positions crossed by at most that many segments.
    best = (0.0, -1.0)
    run_start: float | None = None
    for x, count in zip(xs, crossing, strict=True):
        if count > allowed:
            run_start = None
            continue
        run_start = x if run_start is None else run_start
        if x - run_start > best[1] - best[0]:
            best = (run_start, x)
    start, end = best
    size = _size(g for s in segments for g in s.glyphs)
    on_left = [s for s in segments if s.x1 <= start]
    on_right = [s for s in segments if s.x0 >= end]
    side_by_side = sum(
        1
        for row in rows
        if any(s.x1 <= start for s in row.segments) and any(s.x0 >= end for s in row.segments)
    )
    if end - start < 0.8 * size or len(on_left) < 2 or len(on_right) < 2 or side_by_side < 1:
        return None
    return start, end


def _widened(row: _Row, left: float, right: float) -> bool:
    """Whether a row is words set apart at even distances from the left margin to the
    right one: a justified line with few words."""
    segments = row.segments
    if len(segments) < 2 or any(" " in s.text for s in segments):
        return False
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(segments)]
    return (
        segments[0].x0 - left < 1
        and right - segments[-1].x1 < 1
        and max(gaps) - min(gaps) <= _SPACE_GAP * row.size
    )


def _line(segments: list[_Segment], page: int, region: Region) -> _Line:
    glyphs = [g for s in segments for g in s.glyphs]
    text = " ".join(s.text for s in segments)
    words = text.split(" ", 1)
    marker = len(words) == 2 and _is_marker(words[0])
    indent = segments[0].x0
    if marker:
        after = len(segments[0].glyphs) if segments[0].text == words[0] else len(words[0])
        following = [g for g in glyphs[after:] if not g.text.isspace()]
        indent = following[0].x0 if following else indent
    ink, spaces, spacing = _word_spaces(segments)
    return _Line(
        text=text,
        x0=segments[0].x0,
        x1=segments[-1].x1,
        y0=statistics.median(g.y0 for g in glyphs),
        size=_size(glyphs),
        page=page,
        region=region,
        first_word=_first_word_width([g for g in glyphs if not g.text.isspace()]),
        marker=marker,
        indent=indent,
        ink=ink,
        spaces=spaces,
        spacing=spacing,
    )


def _word_spaces(segments: list[_Segment]) -> tuple[float, int, float]:
    """How wide a line's ink is, how many spaces between words it has and how wide they
    are on average, in font sizes: justified text widens the spaces, also of a line that
    ended at a forced break (Shift+Enter), even into pieces as far apart as a table's
    cells; the pieces of a table's row stand at uneven distances and count no spaces."""
    glyphs = [g for segment in segments for g in segment.glyphs if not g.text.isspace()]
    size = _size(glyphs)
    if len(glyphs) < 2 or size <= 0:
        return 0.0, 0, 0.0
    gaps = [
        following.x0 - glyph.x1
        for glyph, following in itertools.pairwise(glyphs)
        if following.x0 - glyph.x1 > _SPACE_GAP * size
    ]
    if not gaps or (len(segments) > 1 and max(gaps) - min(gaps) > _SPACE_GAP * size):
        return 0.0, 0, 0.0
    return glyphs[-1].x1 - glyphs[0].x0 - sum(gaps), len(gaps), sum(gaps) / len(gaps) / size


def _first_word_width(glyphs: list[_Glyph]) -> float:
    start = glyphs[0]
    end = start
    for previous, glyph in itertools.pairwise(glyphs):
        if glyph.text.isspace() or glyph.x0 - previous.x1 > _SPACE_GAP * glyph.size:
            break
        end = glyph
    return end.x1 - start.x0


def _page_lines(page: _Page, number: int) -> list[_Line]:
    """The lines of one page in reading order, column by column where it has two."""
    lines = _ordered_lines(page.rows, number, {id(row) for row in _margin_rows(page)})
    if lines:
        # Margins are as wide on the right as on the left: the text may reach as far as
        # that, even when none of the page's lines does (a page of short lines).
        reach = page.width - min(line.x0 for line in lines)
        for line in lines:
            line.edge = max(reach, line.x1) if line.region != "left" else line.x1
    return lines


def _ordered_lines(rows: list[_Row], page: int, margin: set[int]) -> list[_Line]:
    lines = _column_lines(rows, page)
    for row, line in lines:
        line.margin = id(row) in margin
    return [line for _, line in lines]


def _column_lines(rows: list[_Row], page: int) -> list[tuple[_Row, _Line]]:
    """Each row's lines in reading order: down the full width, and down the left column
    before the right where the page has two."""
    gutter = _gutter(rows)
    if gutter is None:
        return [(row, _line(row.segments, page, "full")) for row in rows if row.segments]
    start, end = gutter
    lines: list[tuple[_Row, _Line]] = []
    left: list[tuple[_Row, _Line]] = []
    right: list[tuple[_Row, _Line]] = []
    for row in rows:
        if any(s.x0 < start and s.x1 > end for s in row.segments):
            lines += left + right
            left, right = [], []
            lines.append((row, _line(row.segments, page, "full")))
            continue
        # A heading may start a little left of its column's text, inside the gutter.
        on_left = [s for s in row.segments if s.x0 < start]
        on_right = [s for s in row.segments if s.x0 >= start]
        if on_left:
            left.append((row, _line(on_left, page, "left")))
        if on_right:
            right.append((row, _line(on_right, page, "right")))
    return lines + left + right


# ---------------------------------------------------------------------- paragraphs


def _set_edges(lines: list[_Line]) -> None:
    """The right edge of each column: the furthest a line of body text in it reaches.

    Headings are left out: a title over both columns may reach past the first one. So are
    the rows at the top and bottom of a page, where a column has other lines: a running
    header's right tab stop often lies past the text's margin (Word's default header on a
    page whose margins were changed), which would make every line of the text look short.
    """
    body = Counter(line.size for line in lines).most_common(1)[0][0]

    def rank(line: _Line) -> int:  # which lines measure a column, best first
        return (line.size != body) * 2 + line.margin

    best: dict[Region, int] = {}
    for line in lines:
        best[line.region] = min(best.get(line.region, 3), rank(line))
    edges: dict[Region, float] = {}
    for line in lines:
        if rank(line) == best[line.region]:
            edges[line.region] = max(edges.get(line.region, line.edge), line.edge)
    for line in lines:
        line.edge = edges[line.region]


def _line_spacing(lines: list[_Line]) -> float:
    """The usual distance between the baselines of two lines of a paragraph, in sizes."""
    ratios = sorted(
        (previous.y0 - line.y0) / line.size
        for previous, line in itertools.pairwise(lines)
        if previous.page == line.page
        and previous.region == line.region
        and line.size > 0
        and _same_size(previous, line)
        and 0.8 <= (previous.y0 - line.y0) / line.size <= 3.0
    )
    return ratios[len(ratios) // 5] if ratios else 1.2


def _same_size(a: _Line, b: _Line) -> bool:
    return abs(a.size - b.size) <= _SAME_SIZE * max(a.size, b.size)


def _wrapped(previous: _Line, line: _Line, space: float) -> bool:
    """Whether the previous line ended only because the next word did not fit.

    A line of justified text reaches the edge however it ended: one whose spaces were
    widened (`space` is the document's usual one, in font sizes) and whose words, set
    with usual spaces, would have left room for the next word ended at a forced break.
    """
    if previous.edge - previous.x1 >= line.first_word + 0.5 * line.size:
        return False
    if not previous.spaces or previous.spacing < _STRETCHED * space:
        return True
    usual = previous.x0 + previous.ink + (previous.spaces + 1) * space * previous.size
    return usual + line.first_word > previous.edge or previous.text.endswith("-")


def _usual_space(lines: list[_Line]) -> float:
    """The usual space between words, in font sizes: a low share of the lines' own, as
    most lines of justified text are widened a little and few are not at all."""
    spacings = sorted(line.spacing for line in lines if line.spaces >= 2)
    return spacings[len(spacings) // 5] if spacings else _SPACE


@dataclass
class _Block:
    """The paragraph or list item being read: where its following lines start."""

    item: bool
    width: float  # from where its lines start to the right edge of the column

    @classmethod
    def of(cls, line: _Line) -> _Block:
        return cls(line.marker, line.edge - line.indent)

    def aligned(self, line: _Line) -> bool:
        """Whether the line starts where a further line of this block would.

        A list item's lines start under its text; a paragraph's at its left edge or left
        of an indented first line. Measured from the right edge of the column, so that it
        holds in the next column too (columns are as wide as each other).
        """
        width = line.edge - line.x0
        return abs(width - self.width) <= 2 if self.item else width >= self.width - 2


def _first_line_indents(lines: list[_Line], space: float) -> set[int]:
    """Where the document's indented first lines start: paragraphs told by their indent
    rather than by space between them. A line starts there when the next line of its
    paragraph, in the same column, starts well to the left of it."""
    return {
        round(line.x0)
        for line, following in itertools.pairwise(lines)
        if line.page == following.page
        and line.region == following.region
        and not line.marker
        and _same_size(line, following)
        and line.x0 - following.x0 >= _INDENT * line.size
        and _wrapped(line, following, space)
    }


def _separator(
    previous: _Line, line: _Line, block: _Block, spacing: float, space: float, indents: set[int]
) -> Literal["", "\n", "\n\n"]:
    """How two lines in reading order meet: joined (""), a line break or a paragraph break
    (also before a line that starts where the document's paragraphs are indented)."""
    if not _same_size(previous, line):
        return "\n\n"
    same_column = previous.page == line.page and previous.region == line.region
    if same_column:
        distance = previous.y0 - line.y0
        if distance < 0 or distance > (spacing + _PARAGRAPH_GAP) * line.size:
            return "\n\n"
    if line.marker:
        return "\n" if same_column or block.item else "\n\n"
    if same_column and not block.item and round(line.x0) in indents:
        return "\n\n"
    # A sentence's end (also inside a closing quote) before a line that introduces what
    # follows ("Så här gör vi:") or a field of a record ("Ansvarig: Polisen") is a line
    # break however full the line was.
    introduces = previous.text.rstrip('»«"”').endswith((".", "!", "?")) and (
        line.text.endswith(":") or bool(FIELD_LINE.match(line.text))
    )
    if block.aligned(line) and _wrapped(previous, line, space) and not introduces:
        return ""
    return "\n" if same_column else "\n\n"


def _paragraphs(lines: list[_Line]) -> str:
    _set_edges(lines)
    spacing = _line_spacing(lines)
    space = _usual_space(lines)
    indents = _first_line_indents(lines, space)
    levels: list[float] = []  # where the markers of the list being read stand
    parts = [_listed(lines[0], levels)]
    block = _Block.of(lines[0])
    cells = 0  # the cells of the last row written out with " | " (a table's head or row)
    for previous, line in itertools.pairwise(lines):
        separator = _separator(previous, line, block, spacing, space, indents)
        # A row that has all its cells is whole however full its last line was: the next
        # line starts the next row. So is a table's head before a row with as many cells
        # (a row broken inside a cell has its cells split between its lines).
        whole = parts[-1].count(" | ") + 1 >= cells if cells else _head_before(parts[-1], line)
        if not separator and whole:
            separator = "\n"
        if not separator:
            parts[-1] = join_wrapped_line(parts[-1], line.text, overlong=_overlong(previous))
            continue
        if " | " in parts[-1]:
            cells = parts[-1].count(" | ") + 1
        parts += [separator, _listed(line, levels)]
        # A line break inside a paragraph keeps it going; anything else starts a block.
        if separator == "\n\n" or line.marker or block.item:
            block = _Block.of(line)
    return "".join(_restore_marker(part) for part in parts)


def _head_before(head: str, line: _Line) -> bool:
    """Whether the text is a table's head of three or more cells over a row of as many."""
    return head.count(" | ") >= 2 and line.text.count(" | ") == head.count(" | ")


def _overlong(line: _Line) -> bool:
    """Whether the line is one word that reaches the edge of its column: a word too long
    for a line (a compound in a large title), broken where the line ends."""
    return " " not in line.text and line.x1 >= line.edge - line.size


def _listed(line: _Line, levels: list[float]) -> str:
    """The text of a line that starts a block, with a bullet set further in than one above
    it in the same list as "◦": an item under that item, which is how a Word export marks
    a second level (often with the same glyph). `levels` holds where the list's markers
    stand, outermost first; anything but an item ends the list."""
    if not line.marker:
        levels.clear()
        return line.text
    while levels and levels[-1] > line.x0 - _INDENT * line.size:
        levels.pop()
    nested = bool(levels)
    levels.append(line.x0)
    marker, text = line.text.split(" ", 1)
    return f"◦ {text}" if nested and not marker[0].isalnum() else line.text


def _restore_marker(text: str) -> str:
    """A marker that stands for a bullet glyph the PDF does not name becomes "•"; not an
    unnamed glyph at the start of a word ("\ufffd❤ 214" of a post's reactions)."""
    return "•" + text[1:] if text.startswith("\ufffd ") else text


# ----------------------------------------------------------------------- document


def pdf_text(content: bytes) -> str:
    """The text of a PDF as paragraphs, list items and lines; see the module docstring.

    Raises what pypdfium2 raises for a file it cannot read; the caller words it.
    """
    pages = [_Page(_rows(glyphs), width, height) for glyphs, width, height in _read_pages(content)]
    _drop_running_rows(pages)
    lines = [line for number, page in enumerate(pages) for line in _page_lines(page, number)]
    if not lines:
        return ""
    return _paragraphs(lines)
