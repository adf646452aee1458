"""CSV files as people save them from Excel and their own tools: bytes to text and delimiter.

Every CSV file Löften reads (survey responses, activities in bulk, EST incidents, crime
statistics) comes from a kommun's or an actor's own tools, so every reader accepts the
same: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode-text") or
Windows-1252 (Excel's plain "CSV" on a Swedish Windows), and `;`, `,` or a tab between
columns, whichever the first line that is not blank holds most of. Anything else is
refused with advice in Swedish as a `CsvFileError`, which each reader turns into its own
error. What the rows mean is the reader's business; `spreadsheet.py` holds what a cell's
text means.

This module knows nothing of Django.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# The delimiters read, with their Swedish names for a page that says how a file was read.
DELIMITER_NAMES = {";": "semikolon", ",": "komma", "\t": "tabb"}
# Characters no text file has; a file that holds one is binary or in another encoding.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
NOT_TEXT = (
    "Filen kunde inte läsas som text i UTF-8, UTF-16 eller Windows-1252. Spara den som "
    "CSV UTF-8 (i Excel: Spara som, CSV UTF-8) och försök igen."
)
NO_DELIMITER = (
    "Rad 1: kolumnerna är inte åtskilda med semikolon (;), komma (,) eller tabb. Spara "
    "filen som CSV med en av dem mellan kolumnerna."
)


class CsvFileError(ValueError):
    """The bytes are not a CSV file Löften can read; the message says why, in Swedish."""


@dataclass(frozen=True)
class CsvText:
    """A CSV file decoded, and what was found out about it."""

    text: str
    encoding: str  # "utf-8", "utf-16" or "windows-1252"
    delimiter: str


def read_csv_text(data: bytes) -> CsvText:
    """The file's text, its encoding and its delimiter; CsvFileError when it has none."""
    text, encoding = _decoded(data)
    return CsvText(text=text, encoding=encoding, delimiter=_delimiter(text))


def _decoded(data: bytes) -> tuple[str, str]:
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text, encoding = data.decode("utf-16"), "utf-16"
        else:
            text, encoding = _utf8_or_windows_1252(data)
    except UnicodeDecodeError:
        raise CsvFileError(NOT_TEXT) from None
    if _CONTROL_CHARACTERS.search(text):
        raise CsvFileError(NOT_TEXT)
    return text, encoding


def _utf8_or_windows_1252(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "windows-1252"


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(DELIMITER_NAMES, key=first.count)
    if not first.count(delimiter):
        raise CsvFileError(NO_DELIMITER)
    return delimiter
