"""Every write to a safety survey: one function each, with the acting user.

`acting_user=None` is a command at the operator's prompt (`loften survey ...`), which the
history records as that command's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date

from django.contrib.auth.models import User
from django.db import transaction

from loften.accounts.permissions import can_manage_surveys
from loften.registry.models import Municipality
from loften.sizes import count
from loften.surveys.models import Response, ResponseImport, Survey
from loften.surveys.responsefile import ResponseFile, read_response_file

BATCH = 2_000
NOT_ALLOWED = "Du har inte rätt att ändra kommunens trygghetsmätningar."


class SurveyError(ValueError):
    """A write refused, with the reason in Swedish."""


def _require(acting_user: User | None, municipality: Municipality) -> None:
    if acting_user is not None and not can_manage_surveys(acting_user, municipality):
        raise SurveyError(NOT_ALLOWED)


def survey_create(
    *,
    municipality: Municipality,
    title: str,
    year: int,
    areas: Sequence[str] = (),
    opens_on: date | None = None,
    closes_on: date | None = None,
    english: bool = False,
    min_group: int = 15,
    acting_user: User | None,
) -> Survey:
    """Start a round of the kommun's safety survey on the current question bank."""
    _require(acting_user, municipality)
    if opens_on and closes_on and closes_on < opens_on:
        raise SurveyError("Mätningen kan inte stänga innan den öppnar.")
    if min_group < 1:
        raise SurveyError("Minsta redovisade grupp måste vara minst 1.")
    names = [area.strip() for area in areas if area.strip()]
    if len({name.casefold() for name in names}) != len(names):
        raise SurveyError("Två områden har samma namn.")
    survey = Survey(
        municipality=municipality,
        title=title.strip() or f"Trygghetsmätning {year}",
        year=year,
        areas=names,
        opens_on=opens_on,
        closes_on=closes_on,
        english=english,
        min_group=min_group,
    )
    survey.full_clean()
    survey.save()
    return survey


def responses_preview(*, survey: Survey, data: bytes) -> ResponseFile:
    """What an import of this file would store, checked, without storing anything."""
    return read_response_file(data, areas=survey.areas)


def responses_import(
    *, survey: Survey, filename: str, data: bytes, acting_user: User | None
) -> ResponseImport:
    """Store every response of a file collected elsewhere, or none of them.

    The same file twice in one survey is refused, so that a second click or a second
    operator does not count everyone double.
    """
    _require(acting_user, survey.municipality)
    digest = hashlib.sha256(data).hexdigest()
    earlier = survey.imports.filter(sha256=digest).first()
    if earlier is not None:
        raise SurveyError(
            f"Filen är redan inläst i mätningen ({earlier.filename}, "
            f"{earlier.imported_at:%Y-%m-%d}); svaren räknas inte två gånger."
        )
    checked = read_response_file(data, areas=survey.areas)
    with transaction.atomic():
        record = ResponseImport.objects.create(
            survey=survey, filename=filename[:255], sha256=digest, rows=len(checked.rows),
            imported_by=acting_user,
        )  # fmt: skip
        Response.objects.bulk_create(
            (
                Response(survey=survey, channel=Response.Channel.IMPORT, source=record, **row)
                for row in checked.rows
            ),
            batch_size=BATCH,
        )
    return record


def summary(record: ResponseImport) -> str:
    """One line for the importer, in Swedish."""
    return f"{count(record.rows)} svar inlästa från {record.filename} till {record.survey}."
