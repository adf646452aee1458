"""Every write to a safety survey: one function each, with the acting user.

`acting_user=None` is a command at the operator's prompt (`loften survey ...`), which the
history records as that command's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from loften.accounts.acting import acts
from loften.accounts.permissions import can_manage_surveys
from loften.registry.models import Municipality
from loften.sizes import count
from loften.surveys.anonymity import code_digest, new_code
from loften.surveys.models import (
    LocalAnswer,
    LocalQuestion,
    QuestionBank,
    Response,
    ResponseImport,
    SubmittedForm,
    Survey,
    SurveyCode,
)
from loften.surveys.questions import COLUMNS, LOCAL_KINDS, QUESTIONS
from loften.surveys.responsefile import HEADINGS, ResponseFile, heading_key, read_response_file
from loften.surveys.selectors import (
    current_question_bank,
    local_questions,
    survey_local_questions,
)
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
    """Start a round of the kommun's safety survey on the standard questions and the newest
    version of the kommun's own."""
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
        question_bank=current_question_bank(municipality),
    )
    survey.full_clean()
    survey.save()
    return survey


MAX_LOCAL_QUESTIONS = 20
LOCAL_TEXT_LENGTH = 300


@dataclass(frozen=True)
class LocalQuestionDraft:
    """A question as the kommun wants it in its next version; `code` names the question of
    the current version it stems from ("" for a new one)."""

    text: str
    kind: str
    text_en: str = ""
    code: str = ""


@acts
def question_bank_edit(
    *,
    municipality: Municipality,
    questions: Sequence[LocalQuestionDraft],
    based_on: int,
    acting_user: User | None,
) -> QuestionBank:
    """Make the next version of the kommun's own questions, in this order.

    No version is ever changed, so that a round keeps the questions it asked. A question
    kept with the same Swedish text and kind keeps its code, and its results compare
    with earlier rounds'; a reworded or new question gets a code never used before.
    `based_on` is the version the editor saw (0: none), so that two people editing at
    once do not silently undo each other.
    """
    _require(acting_user, municipality)
    current = current_question_bank(municipality)
    if based_on != (current.version if current else 0):
        raise SurveyError(
            "Frågorna har ändrats av någon annan sedan du öppnade sidan. Ladda om sidan och "
            "gör ändringen igen."
        )
    earlier = {q.code: q for q in local_questions(current)} if current else {}
    wanted = [_checked_draft(draft, earlier, number) for number, draft in enumerate(questions, 1)]
    seen: set[str] = set()
    for number, draft in enumerate(wanted, 1):
        key = heading_key(draft.text)
        if key in seen:
            raise SurveyError(f"Fråga {number}: samma fråga finns två gånger.")
        seen.add(key)
    if len(wanted) > MAX_LOCAL_QUESTIONS:
        raise SurveyError(f"Högst {MAX_LOCAL_QUESTIONS} egna frågor går att ställa.")
    kept = [d.code for d in wanted if d.code]
    if (
        kept == list(earlier)
        and len(wanted) == len(earlier)
        and all(d.text_en == earlier[d.code].text_en for d in wanted)
    ):
        raise SurveyError("Ingenting är ändrat; ingen ny version sparades.")
    used = LocalQuestion.objects.filter(bank__municipality=municipality).values_list(
        "code", flat=True
    )
    next_number = 1 + max((int(code.removeprefix("egen_")) for code in used), default=0)
    try:
        with transaction.atomic():
            bank = QuestionBank.objects.create(
                municipality=municipality,
                version=(current.version if current else 0) + 1,
                created_by=acting_user,
            )
            for position, draft in enumerate(wanted, 1):
                code = draft.code
                if not code:
                    code, next_number = f"egen_{next_number}", next_number + 1
                question = LocalQuestion(
                    bank=bank, code=code, text=draft.text, text_en=draft.text_en,
                    kind=draft.kind, position=position,
                )  # fmt: skip
                question.full_clean()
                question.save()
    except IntegrityError as exc:  # someone else saved a version meanwhile
        raise SurveyError(
            "Frågorna sparades av någon annan samtidigt. Ladda om sidan och gör ändringen igen."
        ) from exc
    return bank


_STANDARD_TEXTS = {heading_key(text) for text in (*HEADINGS, *(q.text for q in QUESTIONS))}


def _checked_draft(
    draft: LocalQuestionDraft, earlier: Mapping[str, LocalQuestion], number: int
) -> LocalQuestionDraft:
    """The draft with its text tidied and its code kept only if the question is unchanged."""
    text, text_en = " ".join(draft.text.split()), " ".join(draft.text_en.split())
    if not text:
        raise SurveyError(f"Fråga {number}: skriv frågan, eller ta bort den.")
    if len(text) > LOCAL_TEXT_LENGTH or len(text_en) > LOCAL_TEXT_LENGTH:
        raise SurveyError(f"Fråga {number}: högst {LOCAL_TEXT_LENGTH} tecken.")
    if draft.kind not in LOCAL_KINDS:
        raise SurveyError(f"Fråga {number}: välj om den gäller ett problem eller ja eller nej.")
    if draft.code and draft.code not in earlier:
        raise SurveyError(f"Fråga {number}: frågan finns inte längre. Ladda om sidan.")
    asked = LocalQuestion(code="egen_1", text=text, kind=draft.kind).asked()
    if {heading_key(asked.text), heading_key(text)} & _STANDARD_TEXTS:
        raise SurveyError(f"Fråga {number}: är redan en av standardfrågorna, som alltid ställs.")
    before = earlier.get(draft.code)
    unchanged = before is not None and (before.text, before.kind) == (text, draft.kind)
    return LocalQuestionDraft(text, draft.kind, text_en, draft.code if unchanged else "")


def responses_preview(*, survey: Survey, data: bytes) -> ResponseFile:
    """What an import of this file would store, checked, without storing anything."""
    return _read(survey, data)


def _read(survey: Survey, data: bytes) -> ResponseFile:
    asked = [question.asked() for question in survey_local_questions(survey)]
    return read_response_file(data, areas=survey.areas, local=asked)


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
    checked = _read(survey, data)
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
    local = [{code: row[code] for code in row if code not in COLUMNS} for row in rows]
    if any(value is not None for answers in local for value in answers.values()):
        # Ids rise in the order of the inserts, so the file's rows are the ids in order.
        ids = list(
            Response.objects.filter(source=record).order_by("pk").values_list("pk", flat=True)
        )
        _insert_local_answers(survey, ids, local)


def _insert_local_answers(
    survey: Survey, response_ids: Sequence[int], rows: Sequence[Mapping[str, str | int | None]]
) -> None:
    """The answers to the kommun's own questions, one narrow row each, beside the responses
    they belong to (in the same order); unanswered questions store nothing."""
    asked = survey_local_questions(survey)
    unknown = {code for row in rows for code in row} - {q.code for q in asked}
    if unknown:
        raise SurveyError(f"Mätningen ställer inte frågan {', '.join(sorted(unknown))}.")
    answers = []
    for response_id, row in zip(response_ids, rows, strict=True):
        for question in asked:
            value = row.get(question.code)
            if value is None:
                continue
            if value not in LOCAL_KINDS[question.kind].answers:
                raise SurveyError(f"”{value}” är inget svar på frågan {question.code}.")
            answers.append(LocalAnswer(response_id=response_id, question=question, value=value))
    LocalAnswer.objects.bulk_create(answers, batch_size=BATCH)


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
        standard = {code: value for code, value in answers.items() if code in COLUMNS}
        response = Response.objects.create(survey=survey, channel=Response.Channel.FORM, **standard)
        local = {code: value for code, value in answers.items() if code not in COLUMNS}
        _insert_local_answers(survey, [response.pk], [local])
        return response


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
