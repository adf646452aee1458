"""Read the checked reference files shipped in ``registry/data``.

Plain Python: rows in, frozen dataclasses out, every malformed row reported
with its file and line so a bad update of the data is caught before it is
loaded.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.utils.text import slugify

DATA_DIR = Path(__file__).resolve().parent / "data"
MUNICIPALITIES_CSV = DATA_DIR / "kommuner.csv"
POLICE_CSV = DATA_DIR / "polisen.csv"

_CODE = re.compile(r"\d{4}")
_COUNTY_CODE = re.compile(r"\d{2}")


class ReferenceDataError(ValueError):
    """A reference file does not have the shape the loader relies on."""


@dataclass(frozen=True)
class MunicipalityRow:
    code: str
    name: str
    county_code: str
    county_name: str


@dataclass(frozen=True)
class CoverageRow:
    region: str
    district: str
    local_area: str
    municipality_code: str
    verified: bool
    note: str


def _read(path: Path, columns: tuple[str, ...]) -> Iterable[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != columns:
            raise ReferenceDataError(
                f"{path.name}: expected columns {', '.join(columns)}, "
                f"found {', '.join(reader.fieldnames or ())}"
            )
        for line, row in enumerate(reader, start=2):
            if any(
                value is None or not value.strip() for key, value in row.items() if key != "note"
            ):
                raise ReferenceDataError(f"{path.name} line {line}: empty value")
            yield line, {key: value.strip() for key, value in row.items()}


def read_municipalities(path: Path = MUNICIPALITIES_CSV) -> list[MunicipalityRow]:
    rows: list[MunicipalityRow] = []
    seen: set[str] = set()
    columns = ("kommunkod", "kommun", "lanskod", "lan")
    for line, row in _read(path, columns):
        code, county_code = row["kommunkod"], row["lanskod"]
        if not _CODE.fullmatch(code) or not _COUNTY_CODE.fullmatch(county_code):
            raise ReferenceDataError(f"{path.name} line {line}: malformed code {code!r}")
        if not code.startswith(county_code):
            raise ReferenceDataError(
                f"{path.name} line {line}: kommunkod {code} is not in län {county_code}"
            )
        if code in seen:
            raise ReferenceDataError(f"{path.name} line {line}: kommunkod {code} repeated")
        seen.add(code)
        rows.append(MunicipalityRow(code, row["kommun"], county_code, row["lan"]))
    return rows


def read_police_coverage(path: Path = POLICE_CSV) -> list[CoverageRow]:
    rows: list[CoverageRow] = []
    seen: set[tuple[str, str]] = set()
    columns = ("region", "polisomrade", "lokalpolisomrade", "kommunkod", "note")
    for line, row in _read(path, columns):
        code = row["kommunkod"]
        if not _CODE.fullmatch(code):
            raise ReferenceDataError(f"{path.name} line {line}: malformed kommunkod {code!r}")
        pair = (row["lokalpolisomrade"], code)
        if pair in seen:
            raise ReferenceDataError(f"{path.name} line {line}: pair {pair} repeated")
        seen.add(pair)
        note = row["note"]
        if not note.startswith(("verified", "inferred")):
            raise ReferenceDataError(
                f"{path.name} line {line}: note must start with 'verified' or 'inferred'"
            )
        rows.append(
            CoverageRow(
                region=row["region"],
                district=row["polisomrade"],
                local_area=row["lokalpolisomrade"],
                municipality_code=code,
                verified=note.startswith("verified"),
                note=note,
            )
        )
    return rows


def municipality_slugs(rows: list[MunicipalityRow]) -> dict[str, str]:
    """Address names by kommunkod: "alvsbyn" for Älvsbyn.

    Names that become the same without their diacritics (Håbo and Habo) both
    carry their län, so neither kommun takes the other's address.
    """
    plain = {row.code: slugify(row.name) for row in rows}
    taken = Counter(plain.values())
    return {
        row.code: plain[row.code]
        if taken[plain[row.code]] == 1
        else slugify(f"{row.name} {row.county_name}")
        for row in rows
    }


_NO_GENITIVE_S = tuple("aeiouyåäösxz")
# Official names that do not follow the genitive rule below.
_ORGANISATION_NAME_EXCEPTIONS = {"Falun": "Falu kommun"}


def municipality_organisation_name(name: str) -> str:
    """The kommun's name as an organisation: "Älvsbyns kommun", "Umeå kommun"."""
    if name in _ORGANISATION_NAME_EXCEPTIONS:
        return _ORGANISATION_NAME_EXCEPTIONS[name]
    genitive = name if name.lower().endswith(_NO_GENITIVE_S) else f"{name}s"
    return f"{genitive} kommun"
