"""Reading a file of survey responses collected elsewhere: CSV or XLSX, checked cell by cell.

A kommun's responses come from a paper survey typed into Excel, a web tool's export or an
earlier system, so the reader accepts what such files look like: CSV as `loften.csvfile`
reads every CSV file (UTF-8, UTF-16 or Windows-1252; `;`, `,` or a tab between columns), an
XLSX workbook's first sheet; columns named by the question code, the question's text or the
usual Swedish headings ("Område", "Kön", "Ålder"); answers as the answer's number or its
words; the age as a band or in years. A round's own questions (the kommun's, see
`questions.local_question`) are read the same way, by code or text; their columns may be
left out. Anything it cannot read with certainty is refused with the row and column, every
problem of the file at once (up to `MAX_PROBLEMS`), so that the file is mended once and
nothing is half-imported.

This module knows nothing of Django: it turns bytes into checked rows.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from python_calamine import CalamineError, CalamineWorkbook

from loften.csvfile import DELIMITER_NAMES, CsvFileError, read_csv_text
from loften.surveys.questions import AGE_BANDS, BACKGROUND, GENDERS, QUESTIONS, Question

MAX_ROWS = 200_000
MAX_PROBLEMS = 20
XLSX_MAGIC = b"PK\x03\x04"
# Columns that number the responses in the source; two rows with one number are one
# response entered twice.
ID_HEADINGS = ("id", "svar_id", "svarsid", "lopnummer", "respondent", "respondent_id", "nr")
BACKGROUND_HEADINGS = {
    "omrade": ("omrade", "stadsdel", "bostadsomrade", "var_bor_du"),
    "kon": ("kon",),
    "alder": ("alder", "aldersgrupp", "alder_ar"),
}
_GENDER_WORDS = {
    "kvinna": "kvinna", "k": "kvinna", "kvinnor": "kvinna", "female": "kvinna", "f": "kvinna",
    "man": "man", "m": "man", "män": "man", "male": "man",
    "annat": "annat", "annan": "annat", "vill inte svara": "annat", "other": "annat",
    "annat/vill inte svara": "annat", "annat eller vill inte svara": "annat",
}  # fmt: skip
MISSING_WORDS = {"", "-", "–", "vet ej", "uppgift saknas", "ej svar", "na", "n/a"}


class ResponseFileError(ValueError):
    """The file cannot be imported; `problems` says where and why, in Swedish."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass
class ResponseFile:
    """The checked content of a response file and how its columns were read."""

    rows: list[dict[str, str | int | None]]
    columns: dict[str, str]  # the file's heading -> the code it was read as
    ignored: list[str] = field(default_factory=list)  # headings that are no question
    encoding: str = "utf-8"
    delimiter: str = ","

    @property
    def delimiter_name(self) -> str:
        """The delimiter in Swedish words; empty for a workbook."""
        return DELIMITER_NAMES.get(self.delimiter, "")


def heading_key(text: str) -> str:
    """A heading as a comparable word: no accents, case, punctuation or spacing."""
    plain = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")


def _heading_codes() -> dict[str, str]:
    codes = {}
    for code, words in BACKGROUND_HEADINGS.items():
        codes.update({heading_key(word): code for word in words})
    for question in QUESTIONS:
        codes[heading_key(question.code)] = question.code
        codes[heading_key(question.text)] = question.code
    return codes


HEADINGS = _heading_codes()


def read_response_file(
    data: bytes, *, areas: Sequence[str] = (), local: Sequence[Question] = ()
) -> ResponseFile:
    """The checked rows of a CSV or XLSX file of responses; `areas`, when given, are the
    only areas the survey knows; `local` are the round's own questions, whose columns the
    file may have (a row without one has not answered it)."""
    if not data.strip():
        raise ResponseFileError(["Filen är tom."])
    if data.startswith(XLSX_MAGIC):
        table, encoding, delimiter = _xlsx_rows(data), "xlsx", ""
    else:
        try:
            csv_text = read_csv_text(data)
        except CsvFileError as exc:
            raise ResponseFileError([str(exc)]) from exc
        encoding, delimiter = csv_text.encoding, csv_text.delimiter
        table = list(csv.reader(io.StringIO(csv_text.text, newline=""), delimiter=delimiter))
    if not table:
        raise ResponseFileError(["Filen är tom."])
    if len(table) - 1 > MAX_ROWS:
        raise ResponseFileError(
            [
                f"Filen har {len(table) - 1} svar; högst {MAX_ROWS} går att läsa in i en fil. "
                "Dela upp den."
            ]
        )
    headings = HEADINGS | {
        heading_key(text): question.code
        for question in local
        for text in (question.code, question.text, *question.aliases)
    }
    columns, ignored, id_column = _columns(table[0], headings)
    rows = _checked_rows(table, columns, id_column, areas, [*QUESTIONS, *local])
    return ResponseFile(
        rows=rows,
        columns={table[0][i].strip(): code for i, code in columns.items()},
        ignored=ignored,
        encoding=encoding,
        delimiter=delimiter,
    )


def _xlsx_rows(data: bytes) -> list[list[str]]:
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = workbook.get_sheet_by_index(0)
        merged = sheet.merged_cell_ranges or []
        table = sheet.to_python(skip_empty_area=False)
    except (CalamineError, ValueError, OSError) as exc:
        raise ResponseFileError(
            [
                "Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Spara den igen i Excel "
                "eller som CSV."
            ]
        ) from exc
    header_merges = [(start, end) for start, end in merged if start[0] == 0]
    if header_merges:
        (_, first), (_, last) = header_merges[0]
        raise ResponseFileError(
            [
                f"Rad 1: rubrikcellerna {_column_letter(first)}–{_column_letter(last)} är "
                "sammanfogade. Varje fråga behöver en egen rubrikcell; dela upp de sammanfogade "
                "cellerna och försök igen."
            ]
        )
    return [[_cell_text(value) for value in row] for row in table]


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _columns(
    heading: Sequence[str], headings: dict[str, str]
) -> tuple[dict[int, str], list[str], int | None]:
    columns: dict[int, str] = {}
    ignored: list[str] = []
    id_column = None
    problems = []
    for index, text in enumerate(heading):
        key = heading_key(text)
        if not key:
            continue
        code = headings.get(key)
        if code is None:
            if key in ID_HEADINGS and id_column is None:
                id_column = index
            else:
                ignored.append(text.strip())
            continue
        if code in columns.values():
            problems.append(
                f"Rad 1, kolumn {_column_letter(index)}: ”{text.strip()}” är samma fråga som en "
                "tidigare kolumn."
            )
        columns[index] = code
    missing = [code for code in (*BACKGROUND, *(q.code for q in QUESTIONS)) if code not in
               columns.values()]  # fmt: skip
    if missing:
        problems.append(
            "Rad 1: kolumner saknas: " + ", ".join(missing) + ". Varje fråga behöver en kolumn "
            "(den får vara tom); rubriken kan vara frågans kod, dess text eller Område, Kön "
            "och Ålder."
        )
    if problems:
        raise ResponseFileError(problems)
    return columns, ignored, id_column


def _checked_rows(
    table: list[list[str]],
    columns: dict[int, str],
    id_column: int | None,
    areas: Sequence[str],
    asked: Sequence[Question],
) -> list[dict[str, str | int | None]]:
    questions = {q.code: q for q in asked}
    answers = {q.code: _answer_words(q) for q in asked}
    known_areas = {heading_key(area): area for area in areas}
    problems: list[str] = []
    seen_ids: dict[str, int] = {}
    rows = []
    width = len(table[0])
    for number, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > width and any(cell.strip() for cell in cells[width:]):
            problems.append(
                f"Rad {number}: {len(cells)} värden men {width} kolumner; kontrollera "
                "avgränsaren och citattecknen."
            )
            continue
        if id_column is not None and id_column < len(cells) and (ident := cells[id_column].strip()):
            if ident in seen_ids:
                problems.append(
                    f"Rad {number}, kolumn {table[0][id_column].strip()}: svar {ident} finns "
                    f"redan på rad {seen_ids[ident]}."
                )
            seen_ids.setdefault(ident, number)
        row: dict[str, str | int | None] = {}
        for index, code in columns.items():
            raw = cells[index].strip() if index < len(cells) else ""
            try:
                row[code] = (
                    _answer(questions[code], raw, answers[code])
                    if code in questions
                    else _background(code, raw, known_areas)
                )
            except ValueError as exc:
                problems.append(f"Rad {number}, kolumn {table[0][index].strip()}: {exc}")
        rows.append(row)
        if len(problems) >= MAX_PROBLEMS:
            problems.append("Fler fel finns; rätta de här först.")
            break
    if problems:
        raise ResponseFileError(problems)
    if not rows:
        raise ResponseFileError(["Filen har rubriker men inga svar."])
    return rows


def _answer_words(question: Question) -> dict[str, int]:
    """A question's answers by their number as written and by their words."""
    return {
        **{heading_key(words): value for value, words in question.answers.items()},
        **{str(value): value for value in question.answers},
    }


def _answer(question: Question, raw: str, known: dict[str, int]) -> int | None:
    if (value := known.get(raw)) is not None:
        return value
    if raw.lower() in MISSING_WORDS:
        return None
    if (value := known.get(heading_key(raw))) is not None:
        return value
    try:
        number = float(raw.replace(",", "."))
    except ValueError:
        number = None
    if number is not None and number.is_integer() and int(number) in question.answers:
        return int(number)
    allowed = _span(question.answers)
    raise ValueError(f"”{raw}” är inget svarsalternativ ({allowed}).")


def _span(answers: Iterable[int]) -> str:
    values = sorted(answers)
    return (
        f"{values[0]}–{values[-1]}"
        if values == list(range(values[0], values[-1] + 1))
        else (", ".join(map(str, values)))
    )


def _background(code: str, raw: str, known_areas: dict[str, str]) -> str:
    if raw.lower() in MISSING_WORDS:
        return ""
    if code == "kon":
        gender = _GENDER_WORDS.get(raw.lower())
        if gender is None:
            raise ValueError(f"”{raw}” är inget kön i mätningen ({', '.join(GENDERS.values())}).")
        return gender
    if code == "alder":
        return _age_band(raw)
    if len(raw) > 100:
        raise ValueError("området har ett namn längre än 100 tecken.")
    if known_areas:
        area = known_areas.get(heading_key(raw))
        if area is None:
            raise ValueError(
                f"”{raw}” är inget av mätningens områden ({', '.join(known_areas.values())})."
            )
        return area
    return raw


def _age_band(raw: str) -> str:
    band = re.sub(r"\s*[-–—]\s*", "-", raw.removesuffix(" år").strip())
    if band in AGE_BANDS:
        return band
    if band.isdigit():
        years = int(band)
        for known in AGE_BANDS:
            low, high = map(int, known.split("-"))
            if low <= years <= high:
                return known
        raise ValueError(f"åldern {years} år ligger utanför mätningens åldrar ({_bands()}).")
    raise ValueError(f"”{raw}” är ingen ålder eller åldersgrupp ({_bands()}).")


def _bands() -> str:
    return ", ".join(AGE_BANDS)
