"""Text in a spreadsheet cell that a spreadsheet shows and never runs.

Excel, LibreOffice and Google Sheets take a cell that starts with `=`, `+`, `-` or
`@` (or a tab or carriage return before one) for a formula, so an activity described
as "=HYPERLINK(...)" would become a live link in the coordinator's export. Every CSV
and XLSX file Löften writes passes its text cells through `cell_text`, which puts an
apostrophe in front; `text_from_cell` takes that apostrophe off again when Löften reads
its own file back, so an export imported again gives back the same text. A text that
itself starts with an apostrophe gets one more, so that it survives the round trip too.
"""

import csv
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"


def cell_text(text: str) -> str:
    """The text as it is written into a cell."""
    return ESCAPE + text if text.startswith((*FORMULA_STARTS, ESCAPE)) else text


def text_from_cell(cell: str) -> str:
    """The text `cell_text` wrote into a cell; any other text as it stands."""
    if cell.startswith(ESCAPE) and cell[1:].startswith((*FORMULA_STARTS, ESCAPE)):
        return cell[1:]
    return cell


CSV_DELIMITER = ";"


def csv_lines(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """A CSV file as Swedish Excel opens it by double-click, one line at a time.

    For a streamed answer (constant memory, the first line leaves at once):
    UTF-8 byte order mark before the header (so Excel reads å, ä and ö), `;`
    between fields (Excel's choice where the decimal sign is a comma), CRLF.
    """
    writer = csv.writer(_Line(), delimiter=CSV_DELIMITER)
    yield "\ufeff" + writer.writerow(header)
    for row in rows:
        yield writer.writerow(row)


class _Line:
    """What csv.writer writes to: each row comes back as a string."""

    def write(self, line: str) -> str:
        return line
