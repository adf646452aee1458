"""Activities in bulk: read a sheet of activities, check every row, store all or none; export.

The sheet has one row per activity under a header row with the columns
datum, part, åtagande, vad gjordes, antal and organisation (the last two may
be left out). It comes as CSV (as `loften.csvfile` reads it: UTF-8, UTF-16 or
Windows-1252, separated by ";" as Swedish Excel writes it, by "," or by tabs) or as
an Excel workbook (XLSX). A commitment is named by its number as the back office shows
it ("2.1": the first commitment of the second promise) or by its text.

Reading a file never writes: `activities_check` returns every error found,
each naming its row and column, and `activities_import` stores the rows of a
file without errors in one transaction.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, TypeAlias, TypeVar

import openpyxl
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from simple_history.utils import get_history_manager_for_model

from loften.accounts.permissions import is_installation_admin, logging_organisations
from loften.csvfile import CsvFileError, CsvText, read_csv_text
from loften.followup.models import Activity, ActivityCommitment
from loften.followup.rules import check_description, check_quantity
from loften.keyset import in_chunks
from loften.promises.models import Commitment, Party, PromiseSet
from loften.promises.selectors import numbering_of
from loften.registry.models import Organisation
from loften.sizes import count
from loften.spreadsheet import cell_text, csv_lines, text_from_cell

Cell: TypeAlias = str | int | float | date | None
_T = TypeVar("_T")

DATE, PARTY, COMMITMENT, DESCRIPTION, QUANTITY, ORGANISATION = (
    "datum",
    "part",
    "åtagande",
    "vad gjordes",
    "antal",
    "organisation",
)
COLUMNS = (DATE, PARTY, COMMITMENT, DESCRIPTION, QUANTITY, ORGANISATION)
REQUIRED_COLUMNS = (DATE, PARTY, COMMITMENT, DESCRIPTION)
HEADER_ALIASES = {"åtaganden": COMMITMENT, "beskrivning": DESCRIPTION}
SHEET_NAME = "Aktiviteter"
COMMITMENTS_SHEET_NAME = "Åtaganden"

MAX_ROWS = 50_000
# A workbook is a zip archive; refuse one that unpacks to far more than any sheet of
# activities needs, before a parser tries to hold it in memory.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

PARTY_NAMES = {
    **{str(party.label).casefold(): party for party in Party},
    **{party.value: party for party in Party},
    "polis": Party.POLICE,
    "kommun": Party.MUNICIPALITY,
    "andra": Party.OTHERS,
    "annan aktör": Party.OTHERS,
    "polisen och kommunen": Party.JOINT,
    "kommunen och polisen": Party.JOINT,
    "tillsammans": Party.JOINT,
    "gemensamt": Party.JOINT,
}
PARTY_HINT = ", ".join(str(party.label) for party in Party)

_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_DAY_FIRST_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NUMBER_LIST = re.compile(r"\d+\.\d+(?:\s*[,;]?\s*\d+\.\d+)*")
_WHOLE_NUMBER = re.compile(r"(\d+)(?:[.,]0+)?")


class BulkFileError(Exception):
    """The file as a whole cannot be read; the message says why, in Swedish."""


@dataclass(frozen=True)
class RowError:
    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"Rad {self.row}" + (f", kolumn {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ActivityRow:
    """One checked row, ready to be stored as an activity."""

    row: int
    date: date
    party: Party
    commitments: tuple[Commitment, ...]
    commitment_numbers: tuple[str, ...]
    description: str
    quantity: int | None
    organisation: Organisation | None


@dataclass
class Sheet:
    """The cells of a file: its header row and every row below it, by row number."""

    header_row: int
    header: list[str]
    rows: list[tuple[int, tuple[Cell, ...]]]
    format: str


@dataclass
class CheckResult:
    rows: list[ActivityRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    already_logged: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


class ImportRejected(Exception):
    """The file has errors; nothing was stored."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        super().__init__(f"{len(errors)} fel")
        self.errors = list(errors)


# Reading a file into cells


def read_sheet(content: bytes) -> Sheet:
    """The cells of a CSV or XLSX file, found by its content rather than its name."""
    if not content.strip():
        raise BulkFileError("Filen är tom.")
    if content.startswith(b"PK\x03\x04"):
        return _read_xlsx_or_refuse(content)
    if content.startswith(b"\xd0\xcf\x11\xe0"):
        raise BulkFileError(
            "Filen är en äldre Excel-fil (.xls). Spara den som Excel-arbetsbok (.xlsx) "
            "eller som CSV och försök igen."
        )
    if content.startswith(b"%PDF"):
        raise BulkFileError("Filen är en PDF. Ladda upp en CSV-fil eller en Excel-arbetsbok.")
    try:
        csv_text = read_csv_text(content)
    except CsvFileError as exc:
        raise BulkFileError(f"{exc} Eller ladda upp Excel-arbetsboken (.xlsx).") from exc
    return _read_csv(csv_text)


def _read_csv(csv_text: CsvText) -> Sheet:
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    reader = csv.reader(
        io.StringIO(csv_text.text, newline=""), delimiter=csv_text.delimiter, strict=True
    )
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            rows.append((number, tuple(text_from_cell(cell) for cell in cells)))
            if number > MAX_ROWS + 1:
                raise _too_many_rows()
    except csv.Error as exc:
        raise BulkFileError(
            f"Rad {number + 1}: filen är inte en korrekt CSV-fil ({_csv_problem(exc)})."
        ) from exc
    return _sheet(rows, "CSV")


def _csv_problem(exc: csv.Error) -> str:
    message = str(exc)
    if "unexpected end of data" in message or "EOF" in message:
        return 'ett citattecken (") avslutas aldrig'
    if "new-line character" in message:
        return "en radbrytning står mitt i ett fält utan citattecken"
    if "field larger than field limit" in message:
        return "ett fält är orimligt långt, oftast för att ett citattecken aldrig avslutas"
    return 'ett citattecken (") står mitt i ett fält'


def _read_xlsx(content: bytes) -> Sheet:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise BulkFileError("Arbetsboken är för stor uppackad. Dela upp den i flera filer.")
    workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    try:
        names = workbook.sheetnames
        worksheet = workbook[SHEET_NAME if SHEET_NAME in names else names[0]]
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 1:
                raise _too_many_rows()
            rows.append((number, tuple(_xlsx_cell(value) for value in values)))
    finally:
        workbook.close()
    return _sheet(rows, "XLSX")


def _read_xlsx_or_refuse(content: bytes) -> Sheet:
    """A damaged workbook fails deep in zipfile, zlib, XML or openpyxl, in too many ways
    to list (NotImplementedError for an odd zip version, zlib.error, ParseError, ...):
    whatever breaks while reading it means the person gets the same clear answer."""
    try:
        return _read_xlsx(content)
    except BulkFileError:
        raise
    except Exception as exc:
        raise BulkFileError(
            "Filen kunde inte läsas som Excel-arbetsbok (.xlsx). Spara den på nytt i Excel "
            "eller som CSV."
        ) from exc


def _xlsx_cell(value: object) -> Cell:
    if isinstance(value, str):
        return text_from_cell(value)
    if value is None or isinstance(value, int | float | date):
        return value
    return str(value)


def _too_many_rows() -> BulkFileError:
    return BulkFileError(f"Filen har fler än {count(MAX_ROWS)} rader. Dela upp den i flera filer.")


def _sheet(rows: list[tuple[int, tuple[Cell, ...]]], kind: str) -> Sheet:
    filled = [(number, cells) for number, cells in rows if any(_text(c) for c in cells)]
    if not filled:
        raise BulkFileError("Filen är tom.")
    (header_row, header_cells), *data = filled
    header = [_text(cell).casefold().rstrip(":?").strip() for cell in header_cells]
    return Sheet(
        header_row=header_row,
        header=[" ".join(HEADER_ALIASES.get(name, name).split()) for name in header],
        rows=data,
        format=kind,
    )


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())


# Checking every row


def commitments_by_number(promise_set: PromiseSet) -> dict[str, Commitment]:
    """Every commitment of the set under its number (`promises/numbering.py`), in order."""
    commitments = Commitment.objects.filter(promise__promise_set=promise_set).select_related(
        "promise"
    )
    by_pk = {commitment.pk: commitment for commitment in commitments}
    numbering = numbering_of(promise_set)
    return {number: by_pk[pk] for number, pk in numbering.commitments_by_number().items()}


def activities_check(
    promise_set: PromiseSet, sheet: Sheet, *, acting_user: User, today: date
) -> CheckResult:
    """Check every row of the sheet against the set; collect every error, store nothing.

    As when one activity is logged, a row belongs to an organisation the person
    logs for (theirs when the column is empty and they log for one), and its
    date lies within the set's period and not in the future.
    """
    result = CheckResult()
    columns: dict[str, int] = {}
    for index, name in enumerate(sheet.header):
        if name:
            columns.setdefault(name, index)
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        names = ", ".join(f"'{name}'" for name in missing)
        noun = "kolumnen" if len(missing) == 1 else "kolumnerna"
        result.errors.append(
            RowError(
                sheet.header_row,
                None,
                f"rubrikraden saknar {noun} {names}. Rubrikerna ska vara: {', '.join(COLUMNS)}.",
            )
        )
        return result
    result.ignored_columns = [name for name in sheet.header if name and name not in COLUMNS]
    if not sheet.rows:
        result.errors.append(
            RowError(sheet.header_row, None, "det finns inga aktiviteter under rubrikraden.")
        )
        return result
    reader = _RowReader(promise_set, columns, today, _logs_for(acting_user, promise_set))
    for number, cells in sheet.rows:
        if any(_text(cell) for cell in cells[len(sheet.header) :]):
            # Its cells stand under the wrong headings: naming each would only confuse.
            result.errors.append(
                RowError(
                    number,
                    None,
                    "raden har fler fält än rubrikraden. Ett fält som innehåller semikolon "
                    "eller komma måste stå inom citattecken.",
                )
            )
            continue
        row, errors = reader.read(number, cells)
        if row is None:
            result.errors.extend(errors)
        else:
            result.rows.append(row)
    result.already_logged = _already_logged(promise_set, result.rows)
    return result


def _logs_for(user: User, promise_set: PromiseSet) -> list[Organisation] | None:
    """The organisations the person logs activities for; None for any (installation admins)."""
    return None if is_installation_admin(user) else logging_organisations(user, promise_set)


def _already_logged(promise_set: PromiseSet, rows: Sequence[ActivityRow]) -> int:
    """How many rows repeat an activity the set already has: same date, party and text."""
    existing = {
        (day, party, _comparable(text))
        for day, party, text in Activity.objects.filter(promise_set=promise_set).values_list(
            "date", "party", "description"
        )
    }
    return sum((r.date, r.party.value, _comparable(r.description)) in existing for r in rows)


class _RowReader:
    """Reads the cells of one row, knowing the set's commitments and the registry."""

    def __init__(
        self,
        promise_set: PromiseSet,
        columns: dict[str, int],
        today: date,
        logs_for: list[Organisation] | None,
    ) -> None:
        self.columns = columns
        self.today = today
        self.start = promise_set.validity.start
        self.logs_for = logs_for
        self.by_number = commitments_by_number(promise_set)
        self.by_text: dict[str, list[str]] = {}
        for number, commitment in self.by_number.items():
            self.by_text.setdefault(_comparable(commitment.what), []).append(number)
        self.organisations = {o.name.casefold(): o for o in Organisation.objects.only("name")}

    def read(
        self, number: int, cells: tuple[Cell, ...]
    ) -> tuple[ActivityRow | None, list[RowError]]:
        errors: list[RowError] = []

        def read(column: str, parse: Callable[[Cell], _T]) -> _T | None:
            index = self.columns.get(column)
            value = cells[index] if index is not None and index < len(cells) else None
            try:
                return parse(value)
            except ValueError as exc:
                errors.append(RowError(number, column, str(exc)))
                return None

        day = read(DATE, self._date)
        party = read(PARTY, _party)
        numbers = read(COMMITMENT, self._commitment_numbers)
        description = read(DESCRIPTION, _description)
        quantity = read(QUANTITY, _quantity)
        organisation = read(ORGANISATION, self._organisation)
        if day is None or party is None or numbers is None or description is None or errors:
            return None, errors
        row = ActivityRow(
            row=number,
            date=day,
            party=party,
            commitments=tuple(self.by_number[n] for n in numbers),
            commitment_numbers=numbers,
            description=description,
            quantity=quantity,
            organisation=organisation,
        )
        return row, errors

    def _date(self, value: Cell) -> date:
        day = _date(value)
        if day > self.today:
            raise ValueError(f"{day.isoformat()} har inte varit än. Registrera det som är gjort.")
        if self.start is not None and day < self.start:
            raise ValueError(
                f"{day.isoformat()} ligger före medborgarlöftets period, som börjar "
                f"{self.start.isoformat()}."
            )
        return day

    def _commitment_numbers(self, value: Cell) -> tuple[str, ...]:
        text = _text(value)
        if not text:
            raise ValueError("åtagande saknas. Ange åtagandets nummer, till exempel 2.1.")
        if _NUMBER_LIST.fullmatch(text):
            numbers = tuple(dict.fromkeys(re.findall(r"\d+\.\d+", text)))
            unknown = [n for n in numbers if n not in self.by_number]
            if unknown:
                raise ValueError(
                    f"'{', '.join(unknown)}' finns inte i det här medborgarlöftet. "
                    "Åtagandenas nummer står i mallens flik Åtaganden."
                )
            return numbers
        matches = self.by_text.get(_comparable(text), [])
        if not matches:
            raise ValueError(
                f"'{_shorten(text)}' är inget åtagande i det här medborgarlöftet. "
                "Ange åtagandets nummer, till exempel 2.1, eller hela dess text."
            )
        if len(matches) > 1:
            raise ValueError(
                f"flera åtaganden har texten '{_shorten(text)}' ({', '.join(matches)}). "
                "Ange numret."
            )
        return (matches[0],)

    def _organisation(self, value: Cell) -> Organisation | None:
        text = _text(value)
        own = self.logs_for
        names = " eller ".join(f"'{o.name}'" for o in own or [])
        if not text:
            if not own:
                return None
            if len(own) == 1:
                return own[0]
            raise ValueError(f"organisation saknas. Du registrerar för flera: skriv {names}.")
        found = self.organisations.get(text.casefold())
        if found is None:
            raise ValueError(
                f"'{_shorten(text)}' finns inte bland organisationerna. Skriv namnet som i "
                "registret, till exempel 'Älvsbyns kommun', eller lämna fältet tomt."
            )
        if own is not None and found not in own:
            raise ValueError(
                f"du registrerar inte aktiviteter för '{found.name}'. Skriv {names} "
                "eller lämna fältet tomt."
            )
        return found


def _date(value: Cell) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    if not text:
        raise ValueError("datum saknas. Skriv det som 2024-03-31.")
    for pattern, order in (
        (_ISO_DATE, (0, 1, 2)),
        (_DAY_FIRST_DATE, (2, 1, 0)),
        (_COMPACT_DATE, (0, 1, 2)),
    ):
        match = pattern.fullmatch(text)
        if match:
            parts = [int(match.group(i + 1)) for i in order]
            try:
                return date(parts[0], parts[1], parts[2])
            except ValueError:
                break
    raise ValueError(f"'{_shorten(text)}' är inget datum. Skriv det som 2024-03-31.")


def _party(value: Cell) -> Party:
    text = _text(value)
    if not text:
        raise ValueError(f"part saknas. Skriv en av: {PARTY_HINT}.")
    party = PARTY_NAMES.get(text.casefold())
    if party is None:
        raise ValueError(f"'{_shorten(text)}' är ingen part. Skriv en av: {PARTY_HINT}.")
    return party


def _description(value: Cell) -> str:
    text = _text(value)
    if not text:
        raise ValueError("det står inte vad som gjordes.")
    _as_row_error(check_description, text)
    return text


def _as_row_error(check: Callable[[_T], None], value: _T) -> None:
    """A check shared with the log form; its message becomes the row's."""
    try:
        check(value)
    except ValidationError as refusal:
        message = " ".join(refusal.messages)
        raise ValueError(message[:1].lower() + message[1:]) from refusal


def _quantity(value: Cell) -> int | None:
    if isinstance(value, bool):
        raise ValueError(f"'{value}' är inget antal. Skriv ett heltal, till exempel 3.")
    if isinstance(value, int | float):
        if value < 0 or not float(value).is_integer():
            raise ValueError(f"'{_text(value)}' är inget antal. Skriv ett heltal, 0 eller mer.")
        number = int(value)
    else:
        text = re.sub(r"[\s\u00a0\u202f]", "", _text(value))
        if not text:
            return None
        match = _WHOLE_NUMBER.fullmatch(text)
        if match is None:
            raise ValueError(
                f"'{_shorten(_text(value))}' är inget antal. Skriv ett heltal, 0 eller mer."
            )
        number = int(match.group(1))
    _as_row_error(check_quantity, number)
    return number


def _comparable(text: str) -> str:
    return " ".join(text.split()).rstrip(".").casefold()


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Storing


def activities_import(
    *, promise_set: PromiseSet, rows: Sequence[ActivityRow], acting_user: User
) -> list[Activity]:
    """Store checked rows as activities of the set: every row or, on any failure, none.

    Each activity enters the change history as created by the importer, with
    the commitments it fulfils, as one logged by hand does; in bulk, so that
    thousands of rows take a handful of queries.
    """
    with transaction.atomic():
        activities = Activity.objects.bulk_create(
            Activity(
                promise_set=promise_set,
                party=row.party,
                organisation=row.organisation,
                date=row.date,
                description=row.description,
                quantity=row.quantity,
                created_by=acting_user,
            )
            for row in rows
        )
        links = ActivityCommitment.objects.bulk_create(
            ActivityCommitment(
                activity_id=activity.pk, commitment_id=commitment.pk, date=activity.date
            )
            for activity, row in zip(activities, rows, strict=True)
            for commitment in row.commitments
        )
        _record_history(activities, links, acting_user)
    return activities


def _record_history(
    activities: list[Activity], links: list[ActivityCommitment], acting_user: User
) -> None:
    history = get_history_manager_for_model(Activity)
    records = history.bulk_history_create(
        activities,
        default_user=acting_user,
        custom_historical_attrs={"history_username": acting_user.get_username()},
    )
    if records is None:
        return  # history is switched off (SIMPLE_HISTORY_ENABLED)
    record_of = {record.id: record.pk for record in records}
    linked = history.model.commitments.model
    linked.objects.bulk_create(
        linked(
            id=row.pk,
            activity_id=row.activity_id,
            commitment_id=row.commitment_id,
            date=row.date,
            history_id=record_of[row.activity_id],
        )
        for row in links
    )


def activities_import_file(
    *, promise_set: PromiseSet, content: bytes, acting_user: User, today: date
) -> list[Activity]:
    """Read, check and store a file: all rows, or none and BulkFileError or ImportRejected."""
    with transaction.atomic():
        checked = activities_check(
            promise_set, read_sheet(content), acting_user=acting_user, today=today
        )
        if not checked.ok:
            raise ImportRejected(checked.errors)
        return activities_import(
            promise_set=promise_set, rows=checked.rows, acting_user=acting_user
        )


# Exporting

ExportRow: TypeAlias = tuple[date, str, str, str, int | None, str]
# Column widths and cell formats of the workbook; "@" keeps "2.1" as text, not a number.
XLSX_COLUMNS = (
    ("A", 12, "yyyy-mm-dd"),
    ("B", 30, "@"),
    ("C", 12, "@"),
    ("D", 70, "@"),
    ("E", 8, "0"),
    ("F", 32, "@"),
)


EXPORT_CHUNK_ROWS = 500


def export_rows(promise_set: PromiseSet) -> Iterator[ExportRow]:
    """The set's activities in the import columns, oldest first: importing them gives them back.

    Read in chunks of `EXPORT_CHUNK_ROWS` (two queries each, the activities and
    their commitments), so a set with 50 000 activities never sits in memory.
    """
    numbers = {c.pk: n for n, c in commitments_by_number(promise_set).items()}
    activities = (
        Activity.objects.filter(promise_set=promise_set)
        .select_related("organisation")
        .prefetch_related("commitments")
        .order_by("date", "pk")
    )
    order = list(numbers.values())
    for activity in in_chunks(activities, EXPORT_CHUNK_ROWS):
        yield (
            activity.date,
            str(activity.get_party_display()),
            ", ".join(
                sorted(
                    (numbers[c.pk] for c in activity.commitments.all() if c.pk in numbers),
                    key=order.index,
                )
            ),
            activity.description,
            activity.quantity,
            activity.organisation.name if activity.organisation else "",
        )


def activities_csv(rows: Iterable[ExportRow]) -> Iterator[str]:
    """The CSV file's lines, for a streamed answer (`loften.spreadsheet.csv_lines`)."""
    return csv_lines(COLUMNS, ([day.isoformat(), *_cells(rest)] for day, *rest in rows))


def activities_xlsx(rows: Iterable[ExportRow], promise_set: PromiseSet, into: IO[bytes]) -> None:
    """Write an Excel workbook into a file: the activities, and the set's commitments by number.

    openpyxl's write-only mode: each row goes to disk as it is appended, so memory
    does not grow with the number of activities.
    """
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_NAME)
    for column, width, number_format in XLSX_COLUMNS:
        sheet.column_dimensions[column].width = width
        sheet.column_dimensions[column].number_format = number_format
    sheet.freeze_panes = "A2"
    sheet.append(_header(sheet, COLUMNS))
    formats = [number_format for _, _, number_format in XLSX_COLUMNS]
    for day, *rest in rows:
        sheet.append(
            [
                _formatted(sheet, value, number_format)
                for value, number_format in zip([day, *_cells(rest)], formats, strict=True)
            ]
        )
    commitments = workbook.create_sheet(COMMITMENTS_SHEET_NAME)
    for column, width in (("A", 9), ("B", 30), ("C", 70), ("D", 70)):
        commitments.column_dimensions[column].width = width
    commitments.append(_header(commitments, ("nummer", "part", "åtagande", "löfte")))
    for number, commitment in commitments_by_number(promise_set).items():
        commitments.append(
            _cells(
                [
                    number,
                    str(commitment.get_party_display()),
                    commitment.what,
                    commitment.promise.text,
                ]
            )
        )
    workbook.save(into)


def _formatted(sheet: WriteOnlyWorksheet, value: Cell, number_format: str) -> SheetCell:
    cell = WriteOnlyCell(sheet, value)  # type: ignore[arg-type]  # openpyxl takes dates too
    cell.number_format = number_format
    return cell


def _cells(values: Iterable[str | int | None]) -> list[str | int]:
    """Cells as written: text that could start a formula escaped, nothing as an empty cell."""
    return [cell_text(v) if isinstance(v, str) else ("" if v is None else v) for v in values]


def _header(sheet: WriteOnlyWorksheet, names: Sequence[str]) -> list[SheetCell]:
    cells = [WriteOnlyCell(sheet, name) for name in names]
    for cell in cells:
        cell.font = Font(bold=True)
    return cells
