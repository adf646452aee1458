"""Incident files many EST actors already keep: CSV as `loften.csvfile` reads it.

One row per incident. Columns (any order, headings in any case, with or without
accents): `kategori` and `tidpunkt` (or `datum` and `tid`) are needed; `adress`,
`område`, `latitud`, `longitud`, `beskrivning` and `id` (the actor's own number for the
incident) may be there. Every problem is named by row and column, and a file with any
problem is refused as a whole.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings

from loften.csvfile import CsvFileError, read_csv_text
from loften.incidents.categories import Category, category_from_text
from loften.incidents.geo import in_sweden
from loften.surveys.responsefile import heading_key

MAX_ROWS = 20_000
MAX_PROBLEMS = 20
COLUMNS: dict[str, tuple[str, ...]] = {
    "kategori": ("kategori", "category", "typ"),
    "tidpunkt": ("tidpunkt", "datum_och_tid", "datetime", "time_of_incident"),
    "datum": ("datum", "date"),
    "tid": ("tid", "klockslag", "time"),
    "adress": ("adress", "plats", "address", "place"),
    "omrade": ("omrade", "area", "stadsdel"),
    "latitud": ("latitud", "lat", "latitude"),
    "longitud": ("longitud", "lon", "lng", "longitude"),
    "beskrivning": ("beskrivning", "description", "text", "handelse"),
    "id": ("id", "kallid", "kall_id", "source_id", "arendenummer", "nummer"),
}
HEADINGS = {word: code for code, words in COLUMNS.items() for word in words}
DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


class IncidentFileError(ValueError):
    """The file cannot be imported; `problems` says where and why, in Swedish."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class IncidentRow:
    line: int
    category: Category
    occurred_at: datetime
    address: str
    area: str
    latitude: float | None
    longitude: float | None
    description: str
    source_key: str


def read_incident_file(data: bytes, *, area_names: list[str]) -> list[IncidentRow]:
    """The checked rows of an incident file; `area_names` are the kommun's areas."""
    if not data.strip():
        raise IncidentFileError(["Filen är tom."])
    try:
        csv_text = read_csv_text(data)
    except CsvFileError as exc:
        raise IncidentFileError([str(exc)]) from exc
    table = list(csv.reader(io.StringIO(csv_text.text, newline=""), delimiter=csv_text.delimiter))
    if len(table) - 1 > MAX_ROWS:
        raise IncidentFileError(
            [f"Filen har {len(table) - 1} rader; högst {MAX_ROWS} går att läsa in. Dela upp den."]
        )
    columns = _columns(table[0])
    known_areas = {name.casefold(): name for name in area_names}
    rows, problems = [], []
    for line, cells in enumerate(table[1:], 2):
        if not any(cell.strip() for cell in cells):
            continue
        values = {code: cells[i].strip() if i < len(cells) else "" for code, i in columns.items()}
        try:
            rows.append(_row(line, values, known_areas))
        except ValueError as exc:
            problems.append(str(exc))
            if len(problems) == MAX_PROBLEMS:
                problems.append("… och fler fel. Rätta dessa först.")
                break
    if problems:
        raise IncidentFileError(problems)
    if not rows:
        raise IncidentFileError(["Filen har inga händelser, bara rubrikraden."])
    return rows


def _columns(heading: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(heading):
        code = HEADINGS.get(heading_key(cell))
        if code is not None and code not in columns:
            columns[code] = index
    missing = [
        name
        for name, present in (
            ("kategori", "kategori" in columns),
            ("tidpunkt (eller datum)", "tidpunkt" in columns or "datum" in columns),
        )
        if not present
    ]
    if missing:
        found = ", ".join(cell.strip() for cell in heading if cell.strip()) or "inga"
        raise IncidentFileError(
            [
                f"Rad 1: kolumnen {' och '.join(missing)} saknas (rubrikerna är: {found}). "
                "Kontrollera också att filen är avgränsad med semikolon eller komma."
            ]
        )
    return columns


def _row(line: int, values: dict[str, str], known_areas: dict[str, str]) -> IncidentRow:
    category = category_from_text(values["kategori"])
    if category is None:
        raise ValueError(
            f"Rad {line}, kolumn kategori: ”{values['kategori']}” är ingen kategori. Använd "
            + ", ".join(c.label.lower() for c in Category)
            + "."
        )
    occurred_at = _when(line, values)
    area = values.get("omrade", "")
    if area and area.casefold() not in known_areas:
        raise ValueError(f"Rad {line}, kolumn område: kommunen har inget område ”{area}”.")
    latitude, longitude = _point(line, values)
    row = IncidentRow(
        line=line,
        category=category,
        occurred_at=occurred_at,
        address=values.get("adress", "")[:200],
        area=known_areas.get(area.casefold(), ""),
        latitude=latitude,
        longitude=longitude,
        description=values.get("beskrivning", ""),
        source_key="",
    )
    source_id = values.get("id", "")
    key = f"id:{source_id[:70]}" if source_id else f"hash:{content_hash(row)}"
    return IncidentRow(**{**row.__dict__, "source_key": key})


def _when(line: int, values: dict[str, str]) -> datetime:
    zone = ZoneInfo(settings.TIME_ZONE)
    if values.get("tidpunkt"):
        raw, column = values["tidpunkt"], "tidpunkt"
        for form in DATETIME_FORMATS:
            try:
                return datetime.strptime(raw, form).replace(tzinfo=zone)
            except ValueError:
                continue
        try:
            return datetime.combine(date.fromisoformat(raw), time(0), zone)
        except ValueError:
            pass
    else:
        raw, column = values.get("datum", ""), "datum"
        try:
            day = date.fromisoformat(raw)
            clock = time.fromisoformat(values["tid"]) if values.get("tid") else time(0)
            return datetime.combine(day, clock, zone)
        except ValueError:
            pass
    if not raw:
        raise ValueError(f"Rad {line}, kolumn {column}: tidpunkten saknas.")
    raise ValueError(
        f"Rad {line}, kolumn {column}: ”{raw}” är ingen giltig tidpunkt. Skriv den som "
        "2025-04-03 14:30 (år-månad-dag timme:minut)."
    )


def _point(line: int, values: dict[str, str]) -> tuple[float | None, float | None]:
    raw_lat, raw_lon = values.get("latitud", ""), values.get("longitud", "")
    if not raw_lat and not raw_lon:
        return None, None
    try:
        lat, lon = float(raw_lat.replace(",", ".")), float(raw_lon.replace(",", "."))
    except ValueError:
        raise ValueError(
            f"Rad {line}, kolumn latitud/longitud: ”{raw_lat}”, ”{raw_lon}” är ingen punkt "
            "(två decimaltal i WGS 84)."
        ) from None
    if not in_sweden(lon, lat):
        raise ValueError(f"Rad {line}, kolumn latitud/longitud: punkten ligger inte i Sverige.")
    return lat, lon


def content_hash(row: IncidentRow) -> str:
    """The same incident in the same words gives the same hash, whichever file it came in."""
    parts = [
        row.category.value,
        row.occurred_at.isoformat(),
        row.address.casefold(),
        row.area.casefold(),
        f"{row.latitude}",
        f"{row.longitude}",
        " ".join(row.description.split()),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]
