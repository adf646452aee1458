"""Every write to a safety survey: one function each, with the acting user.

`acting_user=None` is a command at the operator's prompt (`loften survey ...`), which the
history records as that command's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import date

from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from loften.accounts.acting import acts
from loften.accounts.permissions import can_manage_surveys
from loften.registry.models import Municipality
from loften.sizes import count
from loften.surveys.anonymity import code_digest, new_code
from loften.surveys.models import Response, ResponseImport, SubmittedForm, Survey, SurveyCode
from loften.surveys.questions import COLUMNS
from loften.surveys.responsefile import ResponseFile, read_response_file
from loften.surveys.signals import survey_results_changed

BATCH = 2_000
NOT_ALLOWED = "Du har inte rätt att ändra kommunens trygghetsmätningar."


class SurveyError(ValueError):
    """A write refused, with the reason in Swedish."""


class AlreadySent(SurveyError):
    """This very form has been sent before (a double click, the back button)."""


def _require(acting_user: User | None, municipality: Municipality) -> None:
    if acting_user is not None and not can_manage_surveys(acting_user, municipality):
        raise SurveyError(NOT_ALLOWED)


@acts
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


@acts
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
    try:
        with transaction.atomic():
            record = ResponseImport.objects.create(
                survey=survey, filename=filename[:255], sha256=digest, rows=len(checked.rows),
                imported_by=acting_user,
            )  # fmt: skip
            _insert_rows(survey, record, checked.rows)
            survey_results_changed.send(Survey, survey=survey)
    except IntegrityError as exc:  # the same file, imported by someone else meanwhile
        raise SurveyError(
            "Filen läses redan in i mätningen; svaren räknas inte två gånger."
        ) from exc
    return record


def _insert_rows(
    survey: Survey, record: ResponseImport, rows: Sequence[Mapping[str, str | int | None]]
) -> None:
    """Many responses in batches of one statement each: a file of 200 000 answers stores
    in seconds, where a model object per answer took half a minute."""
    codes = list(COLUMNS)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(name) for name in ("survey_id", "channel", "source_id", *codes))
    placeholders = ", ".join(["%s"] * (len(codes) + 3))
    statement = f"INSERT INTO {quote(Response._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608
    fixed = (survey.pk, Response.Channel.IMPORT.value, record.pk)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            cursor.executemany(
                statement,
                [(*fixed, *(row[code] for code in codes)) for row in rows[start : start + BATCH]],
            )


def summary(record: ResponseImport) -> str:
    """One line for the importer, in Swedish."""
    return f"{count(record.rows)} svar inlästa från {record.filename} till {record.survey}."


MAX_CODES = 100_000


def response_submit(
    *, survey: Survey, answers: Mapping[str, str | int | None], form_digest: str, code: str = ""
) -> Response:
    """Store one anonymous answer from the public form: the only way a form answer is stored.

    No user: the respondent is nobody the product knows. The form's token is taken once;
    a round sent out by letter also takes one unused code, which is marked used and is
    not linked to the answer.
    """
    if not survey.is_open(timezone.localdate()):
        raise SurveyError("Mätningen tar inte emot svar just nu.")
    with transaction.atomic():
        try:
            with transaction.atomic():
                SubmittedForm.objects.create(survey=survey, digest=form_digest)
        except IntegrityError as exc:
            raise AlreadySent("Svaret är redan inskickat. Tack!") from exc
        if survey.requires_code:
            taken = SurveyCode.objects.filter(
                survey=survey, digest=code_digest(survey.pk, code), used=False
            ).update(used=True)
            if not taken:
                raise SurveyError(
                    "Koden stämmer inte eller har redan använts. Skriv den som den står i brevet."
                )
        return Response.objects.create(survey=survey, channel=Response.Channel.FORM, **answers)


@acts
def survey_codes_create(*, survey: Survey, count: int, acting_user: User | None) -> list[str]:
    """New one-time codes for letters; only their hashes are kept, so the list returned is
    the only copy. From then on the form takes answers only with a code."""
    _require(acting_user, survey.municipality)
    if not 1 <= count <= MAX_CODES:
        raise SurveyError(f"Ange mellan 1 och {MAX_CODES} koder.")
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(new_code())
    with transaction.atomic():
        SurveyCode.objects.bulk_create(
            (SurveyCode(survey=survey, digest=code_digest(survey.pk, code)) for code in codes),
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        Survey.objects.filter(pk=survey.pk).update(requires_code=True)
    survey.requires_code = True
    return sorted(codes)


def surveys_forget_ended(*, today: date) -> int:
    """Delete the codes and form hashes of every round that has closed: afterwards nothing
    says which letters were answered. Run daily by `loften survey forget-ended`."""
    ended = Survey.objects.filter(closes_on__lt=today)
    answered_on_the_web = list(ended.filter(pk__in=SubmittedForm.objects.values("survey")))
    codes, _ = SurveyCode.objects.filter(survey__in=ended).delete()
    forms, _ = SubmittedForm.objects.filter(survey__in=ended).delete()
    for survey in answered_on_the_web:
        survey_results_changed.send(Survey, survey=survey)
    return codes + forms
