"""The same document typed another way, as another editor, mail program or PDF viewer
would give it: the extractor should read what a text says, not how it happened to be typed.

Each variant turns a document's text into the bytes of a file a coordinator might upload.
`tests/ingest/test_extract_variants.py` holds the extractor to reading every variant of
the known documents about as well as the documents themselves.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

_BULLET = re.compile(r"^([ \t]*)[•\-*–][ \t]+", re.MULTILINE)
_NUMBERED = re.compile(r"^([ \t]*)(\d{1,2})\.[ \t]+", re.MULTILINE)
_ITEM = re.compile(r"^([ \t]*)[•\-*–][ \t]+(.*)$")
# Lines a wrapping editor leaves alone: table rows and columns laid out with spaces or tabs.
_LAID_OUT = re.compile(r"\||\t| {3,}")
_LIST_MARKER = re.compile(r"^\s*(?:[•\-*–]|\d{1,2}[.)])\s+")


def windows(text: str) -> bytes:
    """Saved by an old Windows editor: CRLF line ends, Windows-1252 where it can."""
    crlf = text.replace("\n", "\r\n")
    try:
        return crlf.encode("cp1252")
    except UnicodeEncodeError:
        return crlf.encode("utf-8")


def hollow_bullets(text: str) -> bytes:
    """A Word list whose first level uses "o" bullets, as its text copy shows them."""
    return _BULLET.sub(r"\1o\t", text).encode("utf-8")


def numbered_lists(text: str) -> bytes:
    """Every bulleted list numbered instead ("1. ", "2. ", ...), and "1." written "(1)"."""
    lines: list[str] = []
    number = 0
    for line in _NUMBERED.sub(r"\1(\2) ", text).split("\n"):
        item = _ITEM.match(line)
        if item:
            number += 1
            lines.append(f"{item[1]}{number}. {item[2]}")
            continue
        if line.strip():
            number = 0
        lines.append(line)
    return "\n".join(lines).encode("utf-8")


def named_trygghetslöfte(text: str) -> bytes:
    """The promise under the name some kommuner give it: "trygghetslöfte"."""
    renamed = re.sub("Medborgarlöfte", "Trygghetslöfte", text)
    return re.sub("medborgarlöfte", "trygghetslöfte", renamed).encode("utf-8")


def without_list_markers(text: str) -> bytes:
    """Copied from a web page whose bullets its style sheet draws: the items keep their
    lines, the markers are gone."""
    return _BULLET.sub(r"\1", text).encode("utf-8")


def without_blank_lines(text: str) -> bytes:
    """Copied from a PDF viewer that keeps the lines but not the space between paragraphs."""
    return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", text).encode("utf-8")


def wrapped(text: str, width: int = 72) -> bytes:
    """Wrapped at a fixed width, as a mail program sends plain text; list items keep their
    lines under their text."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or _LAID_OUT.search(line.strip()):
            lines.append(line)
            continue
        marker = _LIST_MARKER.match(line)
        indent = " " * len(marker[0]) if marker else ""
        lines.append(textwrap.fill(line, width, subsequent_indent=indent))
    return "\n".join(lines).encode("utf-8")


def quoted(text: str) -> bytes:
    """Forwarded in an e-mail that quotes it whole, every line after "> "."""
    return "\n".join(f"> {line}".rstrip() for line in text.split("\n")).encode("utf-8")


VARIANTS: dict[str, Callable[[str], bytes]] = {
    "windows": windows,
    "named_trygghetslöfte": named_trygghetslöfte,
    "hollow_bullets": hollow_bullets,
    "numbered_lists": numbered_lists,
    "without_list_markers": without_list_markers,
    "without_blank_lines": without_blank_lines,
    "wrapped": wrapped,
    "quoted": quoted,
}
