"""CSV downloads of the API's lists: the same fields, one row each, for spreadsheets.

UTF-8 with a byte order mark (so Excel reads å, ä and ö), `;` between fields
(what Excel expects where the decimal sign is a comma), a header row of the
API's field names. A nested object becomes one column per field
(`county_code`, `county_name`); a list becomes one cell, its items joined by
` | ` (a list of objects: one such cell per field, `municipalities_code`).
A cell that starts like a formula (=, +, -, @) gets a leading apostrophe, so a
spreadsheet shows it and does not run it (`loften.spreadsheet`).
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest, StreamingHttpResponse
from pydantic import BaseModel

from loften.keyset import in_chunks
from loften.spreadsheet import cell_text, csv_lines

LIST_SEPARATOR = " | "
CHUNK_ROWS = 100


def csv_response(
    request: HttpRequest, rows: QuerySet[Any], schema: type[BaseModel], name: str
) -> StreamingHttpResponse:
    """Stream `rows` as a CSV file named `name`.csv, in the fields of `schema`."""

    def cells() -> Iterator[list[str]]:
        # Chunks of an API page's size: the first rows leave after one page's queries.
        for row in in_chunks(rows, CHUNK_ROWS):
            item = schema.model_validate(row, context={"request": request})
            yield list(_cells(schema, item.model_dump(mode="json")))

    return StreamingHttpResponse(
        csv_lines(_columns(schema), cells()),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )


def _nested(annotation: Any) -> type[BaseModel] | None:
    """The schema of a field that holds an object or a list of objects."""
    if typing.get_origin(annotation) is list:
        (annotation,) = typing.get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _columns(schema: type[BaseModel]) -> list[str]:
    names = []
    for name, field in schema.model_fields.items():
        nested = _nested(field.annotation)
        names += [f"{name}_{column}" for column in _columns(nested)] if nested else [name]
    return names


def _cells(schema: type[BaseModel], data: dict[str, Any]) -> Iterator[str]:
    for name, field in schema.model_fields.items():
        nested, value = _nested(field.annotation), data[name]
        if nested is None:
            yield _text(value)
        elif isinstance(value, list):
            for column in _columns(nested):
                yield LIST_SEPARATOR.join(_text(item[column]) for item in value)
        else:
            yield from _cells(nested, value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(_text(item) for item in value)
    if isinstance(value, dict):
        return LIST_SEPARATOR.join(f"{key}: {_text(item)}" for key, item in value.items())
    if isinstance(value, str):
        return cell_text(value)
    return str(value)
