"""Reading public statistics files: the national crime statistics and Kolada.

Two layouts, told apart by their first bytes (`read_statistics`):

- **Reported crimes** as the national crime statistics export them: a CSV with a header,
  columns and encoding as `loften.csvfile` reads every CSV file (`;`, `,` or a tab; UTF-8,
  UTF-16 or Windows-1252), one row per region, crime category and year. Columns are found by
  their Swedish names: region ("Kommun", "Region"; "1480 Göteborg" or the name alone),
  category ("Brottskategori", "Brott", "Brottstyp"), year ("År"), the count ("Antal").
  Numbers may have spaces as thousands separators; ".." and "-" mean not published. Rows for
  a län or the whole country ("Riket") are skipped: those figures are sums Löften makes
  itself.
- **Kolada**, the JSON the Kolada API v2 answers: `{"values": [{"kpi", "municipality",
  "period", "values": [{"gender", "count", "status", "value"}]}], "count", "next_page"}`.

Nothing here touches the database: the readers return plain observations, or raise
`StatisticsFileError` with every problem named by row and column (or by position).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from loften.csvfile import CsvFileError, read_csv_text

MAX_BYTES = 100 * 1024 * 1024
MAX_PROBLEMS = 20
YEARS = range(1950, 2101)
NOT_PUBLISHED = {"..", "-", "–", ""}


class StatisticsFileError(ValueError):
    """The file cannot be imported; `problems` says where and why, in Swedish."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Row:
    """One published figure: an indicator for one kommun, year and gender."""

    indicator: str  # "brott:bedrageri", "kolada:N07403"
    indicator_name: str
    municipality: str  # kommun code, four digits
    year: int
    gender: str  # "T" for all, "K", "M"
    value: Decimal | None
    count: int | None = None
    status: str = ""


@dataclass(frozen=True)
class StatisticsFile:
    layout: str  # "crime" or "kolada"
    rows: list[Row]
    skipped: int = 0  # rows for a län or the nation


def read_statistics(data: bytes, *, municipalities: Mapping[str, str]) -> StatisticsFile:
    """The figures of a crime-statistics CSV or a Kolada answer. `municipalities` maps
    each kommun's name and code, in lower case, to its code."""
    if len(data) > MAX_BYTES:
        raise StatisticsFileError(
            [f"Filen är större än {MAX_BYTES // (1024 * 1024)} MB. Dela upp den."]
        )
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise StatisticsFileError(["Filen är tom."])
    if stripped.startswith(b"{"):
        return _kolada(stripped, municipalities)
    return _crime(data, municipalities)


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _kolada(data: bytes, municipalities: Mapping[str, str]) -> StatisticsFile:
    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        position = f" (tecken {exc.pos + 1})" if isinstance(exc, json.JSONDecodeError) else ""
        raise StatisticsFileError(
            [f"Filen är inte giltig JSON{position}. Spara svaret från Kolada som det kom."]
        ) from exc
    values = document.get("values") if isinstance(document, dict) else None
    if not isinstance(values, list):
        raise StatisticsFileError(
            ['Filen saknar "values": det är inte ett svar från Koladas API (version 2).']
        )
    codes = set(municipalities.values())
    rows: list[Row] = []
    problems: list[str] = []
    skipped = 0
    for number, entry in enumerate(values, start=1):
        where = f"values[{number - 1}]"
        try:
            kpi, municipality = str(entry["kpi"]), str(entry["municipality"])
            year = int(entry["period"])
            parts = entry["values"]
        except (KeyError, TypeError, ValueError):
            problems.append(f"{where}: kpi, municipality, period och values behövs.")
            continue
        if municipality == "0000" or len(municipality) != 4 or municipality.startswith("00"):
            skipped += 1  # the nation or a region: Löften sums its kommuner itself
            continue
        if municipality not in codes:
            problems.append(f"{where}: kommunkoden {municipality} finns inte i registret.")
            continue
        if year not in YEARS:
            problems.append(f"{where}: året {year} är orimligt.")
            continue
        for part in parts if isinstance(parts, list) else []:
            try:
                value = None if part.get("value") is None else Decimal(str(part["value"]))
                count = None if part.get("count") is None else int(part["count"])
            except (InvalidOperation, ValueError, AttributeError):
                problems.append(f"{where}: värdet {part!r} är inget tal.")
                continue
            rows.append(
                Row(f"kolada:{kpi}", f"Kolada {kpi}", municipality, year,
                    str(part.get("gender") or "T"), value, count, str(part.get("status") or ""))
            )  # fmt: skip
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise StatisticsFileError(problems[:MAX_PROBLEMS])
    return StatisticsFile("kolada", rows, skipped)


_REGION = ("kommun", "region", "omrade")
_CATEGORY = ("brottskategori", "brott", "brottstyp", "brottskod")
_YEAR = ("ar", "period")
_COUNT = ("antal", "antal-anmalda-brott", "anmalda-brott")


def _crime(data: bytes, municipalities: Mapping[str, str]) -> StatisticsFile:
    try:
        csv_text = read_csv_text(data)
    except CsvFileError as exc:
        raise StatisticsFileError([str(exc)]) from exc
    table = list(
        csv.reader(io.StringIO(csv_text.text.lstrip(), newline=""), delimiter=csv_text.delimiter)
    )
    names = [slug(cell) for cell in table[0]]
    found = {}
    for role, choices in (("region", _REGION), ("category", _CATEGORY), ("year", _YEAR),
                          ("count", _COUNT)):  # fmt: skip
        found[role] = next((names.index(c) for c in choices if c in names), None)
    missing = [
        label
        for role, label in (
            ("region", "Kommun"),
            ("category", "Brottskategori"),
            ("year", "År"),
            ("count", "Antal"),
        )
        if found[role] is None
    ]
    if missing:
        raise StatisticsFileError(
            [
                "Rad 1: kolumner saknas: " + ", ".join(missing) + ". Filen ser inte ut som "
                "statistiken över anmälda brott per kommun."
            ]
        )
    rows: list[Row] = []
    problems: list[str] = []
    skipped = 0
    heading_of = {
        role: table[0][index].strip() for role, index in found.items() if index is not None
    }
    for number, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue

        def cell(role: str, cells: list[str] = cells) -> str:
            index = found[role]
            return cells[index].strip() if index is not None and index < len(cells) else ""

        region = cell("region")
        code = _municipality(region, municipalities)
        if code is None:
            if region.lower() in {"riket", "hela riket", "sverige"} or region.lower().endswith(
                " län"
            ):
                skipped += 1
                continue
            problems.append(
                f"Rad {number}, kolumn {heading_of['region']}: ”{region}” är ingen kommun "
                "i registret."
            )
        category = cell("category")
        if not category:
            problems.append(
                f"Rad {number}, kolumn {heading_of['category']}: brottskategorin saknas."
            )
        try:
            year = int(cell("year")[:4])
            if year not in YEARS:
                raise ValueError
        except ValueError:
            problems.append(
                f"Rad {number}, kolumn {heading_of['year']}: ”{cell('year')}” är inget år."
            )
            year = 0
        raw = cell("count")
        count = None
        if raw not in NOT_PUBLISHED:
            try:
                count = int(re.sub(r"[\s\u00a0]", "", raw))
            except ValueError:
                problems.append(
                    f"Rad {number}, kolumn {heading_of['count']}: ”{raw}” är inget antal."
                )
        if len(problems) >= MAX_PROBLEMS:
            problems.append("Fler fel finns; rätta de här först.")
            break
        if code is not None and category and year:
            rows.append(
                Row(f"brott:{slug(category)}", f"Anmälda brott: {category}", code, year, "T",
                    None if count is None else Decimal(count), count)
            )  # fmt: skip
    if problems:
        raise StatisticsFileError(problems)
    if not rows:
        raise StatisticsFileError(["Filen har inga siffror för någon kommun."])
    return StatisticsFile("crime", rows, skipped)


def _municipality(region: str, municipalities: Mapping[str, str]) -> str | None:
    plain = region.strip().lower()
    if (code := municipalities.get(plain)) is not None:
        return code
    found = re.match(r"^(\d{4})\s+(.+)$", plain)
    if found and found.group(1) in municipalities.values():
        return found.group(1)
    name = plain.removesuffix(" kommun")
    return municipalities.get(name) or municipalities.get(name.removesuffix("s"))
