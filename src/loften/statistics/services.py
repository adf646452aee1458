"""Every write of statistics: one import function, with the acting user.

`acting_user=None` is the operator at the command line (`loften stats ...`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from loften.accounts.acting import acts
from loften.accounts.permissions import can_import_statistics
from loften.registry.models import Municipality
from loften.statistics.formats import Row, StatisticsFileError, read_statistics
from loften.statistics.models import Indicator, Observation, StatisticsImport
from loften.statistics.signals import statistics_imported

BATCH = 2_000
SOURCES = {"crime": "Brå, anmälda brott", "kolada": "Kolada"}


class StatisticsError(ValueError):
    """A write refused, with the reason in Swedish."""


@dataclass(frozen=True)
class ImportSummary:
    new: int
    changed: int
    unchanged: int
    skipped: int
    record: StatisticsImport | None

    def __str__(self) -> str:
        return (
            f"{self.new} nya, {self.changed} ändrade, {self.unchanged} oförändrade värden"
            + (f"; {self.skipped} rader för län eller riket hoppades över" if self.skipped else "")
            + "."
        )


def municipality_names() -> dict[str, str]:
    """Every kommun's name and code, in lower case, to its code."""
    names: dict[str, str] = {}
    for code, name in Municipality.objects.values_list("code", "name"):
        names[name.lower()] = code
        names[code] = code
    return names


@acts
@transaction.atomic
def statistics_import(
    *,
    data: bytes,
    filename: str,
    acting_user: User | None,
    source: str = "",
    fetched_on: date | None = None,
) -> ImportSummary:
    """Store the figures of a file, all or none; the same figures again change nothing."""
    if acting_user is not None and not can_import_statistics(acting_user):
        raise StatisticsError("Bara installationens administratörer läser in statistik.")
    parsed = read_statistics(data, municipalities=municipality_names())
    rows = _one_per_key(parsed.rows)
    indicators = _indicators(rows.values())
    municipality_ids = dict(Municipality.objects.values_list("code", "pk"))
    existing = {
        (indicator, municipality, year, gender): (pk, value, count, status)
        for pk, indicator, municipality, year, gender, value, count, status in (
            Observation.objects.filter(indicator__in=indicators.values()).values_list(
                "pk",
                "indicator_id",
                "municipality_id",
                "year",
                "gender",
                "value",
                "count",
                "status",
            )
        )
    }
    new: list[tuple[Any, ...]] = []
    changed: list[int] = []
    for row in rows.values():
        key = (
            indicators[row.indicator].pk,
            municipality_ids[row.municipality],
            row.year,
            row.gender,
        )
        stored = existing.get(key)
        if stored is not None and stored[1:] == (row.value, row.count, row.status):
            continue
        new.append((*key, row.value, row.count, row.status))
        if stored is not None:
            changed.append(stored[0])
    summary = ImportSummary(
        len(new) - len(changed), len(changed), len(rows) - len(new), parsed.skipped, None
    )
    if not new:
        return summary
    record = StatisticsImport.objects.create(
        filename=filename[:255], layout=parsed.layout,
        source=(source or SOURCES[parsed.layout])[:200],
        fetched_on=fetched_on or timezone.localdate(),
        sha256=hashlib.sha256(data).hexdigest(), new=summary.new, changed=summary.changed,
        imported_by=acting_user,
    )  # fmt: skip
    # A changed figure is stored anew, as from this import: one delete and one insert per
    # batch instead of an update per row.
    for start in range(0, len(changed), BATCH):
        Observation.objects.filter(pk__in=changed[start : start + BATCH]).delete()
    try:
        with transaction.atomic():
            _insert([(*values, record.pk) for values in new])
    except IntegrityError as exc:  # the same figures, stored by another import meanwhile
        raise StatisticsError(
            "Samma statistik lästes in av någon annan samtidigt. Läs in filen igen: det som "
            "redan finns räknas då som oförändrat."
        ) from exc
    statistics_imported.send(
        StatisticsImport,
        record=record,
        indicators=sorted({row.indicator for row in rows.values()}),
        acting_user=acting_user,
    )
    return ImportSummary(summary.new, summary.changed, summary.unchanged, summary.skipped, record)


COLUMNS = ("indicator_id", "municipality_id", "year", "gender", "value", "count", "status",
           "source_id")  # fmt: skip


def _insert(rows: list[tuple[Any, ...]]) -> None:
    """New rows in bulk: PostgreSQL's COPY there, batches of one statement on SQLite."""
    quote = connection.ops.quote_name
    table, columns = quote(Observation._meta.db_table), ", ".join(quote(c) for c in COLUMNS)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Past Django's cursor: its errors are turned into Django's by hand.
            with (
                connection.wrap_database_errors,
                cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
            return
        statement = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(COLUMNS))})"  # noqa: S608
        for start in range(0, len(rows), BATCH):
            cursor.executemany(statement, rows[start : start + BATCH])


def _one_per_key(rows: list[Row]) -> dict[tuple[str, str, int, str], Row]:
    found: dict[tuple[str, str, int, str], Row] = {}
    for row in rows:
        key = (row.indicator, row.municipality, row.year, row.gender)
        if key in found and found[key] != row:
            raise StatisticsFileError(
                [
                    f"{row.indicator_name}, kommun {row.municipality}, {row.year}: "
                    "två olika värden i samma fil."
                ]
            )
        found[key] = row
    return found


def _indicators(rows: Iterable[Row]) -> dict[str, Indicator]:
    names = {row.indicator: row.indicator_name for row in rows}
    known = {i.key: i for i in Indicator.objects.filter(key__in=names)}
    missing = [
        Indicator(key=key, name=name[:300]) for key, name in names.items() if key not in known
    ]
    Indicator.objects.bulk_create(missing)
    if missing:
        known = {i.key: i for i in Indicator.objects.filter(key__in=names)}
    return known
