"""Safety surveys (trygghetsmätningar): a kommun's rounds of asking and the anonymous answers.

A `Survey` is one round of asking (the autumn 2026 survey of a kommun), on one version
of the standard question bank, so that rounds of the same version compare year on year,
and on the version of the kommun's own questions (`QuestionBank`) that was newest when
it started. A version is never changed: editing the kommun's questions makes the next
one, and a question kept as it was keeps its code, so rounds compare by code. Its
answers (`Response`) carry nothing that identifies the person: no time of day, no
address, no session; only the survey, how the answer came in and the answers. Responses
collected elsewhere come in as a `ResponseImport`, which records who imported which
file and keeps the same file from being imported twice.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loften.registry.models import Municipality
from loften.surveys.questions import (
    AGE_BANDS,
    GENDERS,
    LOCAL_CODE,
    LOCAL_KINDS,
    LOCAL_PROBLEM,
    LOCAL_YES_NO,
    VERSION,
    Question,
    local_question,
)


class QuestionBank(models.Model):
    """One version of a kommun's own questions, asked after the standard ones. Never
    changed once made: an edit makes the next version."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="question_banks",
        verbose_name=_("kommun"),
    )
    version = models.PositiveSmallIntegerField(_("version"))
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skapad av"),
    )

    class Meta:
        db_table = "surveys_questionbank"
        ordering = ["municipality", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "version"], name="bank_version_once")
        ]
        verbose_name = _("kommunens frågor")
        verbose_name_plural = _("kommunernas frågor")

    def __str__(self) -> str:
        return f"{self.municipality.name}s frågor, version {self.version}"


class LocalQuestion(models.Model):
    """A question of the kommun's own in one version of its questions."""

    class Kind(models.TextChoices):
        PROBLEM = LOCAL_PROBLEM, _("lokalt problem (inget – mycket stort)")
        YES_NO = LOCAL_YES_NO, _("ja eller nej")

    bank = models.ForeignKey(
        QuestionBank, on_delete=models.CASCADE, related_name="questions", verbose_name=_("version")
    )
    code = models.CharField(
        _("kod"), max_length=12, validators=[RegexValidator(f"^{LOCAL_CODE.pattern}$")]
    )
    text = models.CharField(_("fråga"), max_length=300)
    text_en = models.CharField(_("på engelska"), max_length=300, blank=True)
    kind = models.CharField(_("slag"), max_length=10, choices=Kind.choices)
    position = models.PositiveSmallIntegerField(_("plats"))

    class Meta:
        db_table = "surveys_localquestion"
        ordering = ["bank", "position"]
        constraints = [
            models.UniqueConstraint(fields=["bank", "code"], name="local_code_once"),
        ]
        verbose_name = _("egen fråga")
        verbose_name_plural = _("egna frågor")

    def __str__(self) -> str:
        return f"{self.code}: {self.text}"

    @property
    def index(self) -> str:
        """The key of its share among a survey's indices."""
        return f"{self.code}_share"

    @property
    def label(self) -> str:
        """How the results head its share."""
        return LOCAL_KINDS[self.kind].label.format(text=self.text)

    def asked(self, *, english: bool = False) -> Question:
        return local_question(self.code, self.kind, self.text, self.text_en, english=english)


class Survey(models.Model):
    """One round of a kommun's safety survey: its dates, areas and public form."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="surveys", verbose_name=_("kommun")
    )
    title = models.CharField(_("namn"), max_length=200)
    year = models.PositiveSmallIntegerField(_("år"))
    question_version = models.PositiveSmallIntegerField(_("frågeversion"), default=VERSION)
    question_bank = models.ForeignKey(
        QuestionBank,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="surveys",
        verbose_name=_("kommunens frågor"),
    )
    areas = models.JSONField(_("områden"), default=list, blank=True)
    opens_on = models.DateField(_("öppnar"), null=True, blank=True)
    closes_on = models.DateField(_("stänger"), null=True, blank=True)
    english = models.BooleanField(_("formulär även på engelska"), default=False)
    min_group = models.PositiveSmallIntegerField(_("minsta redovisade grupp"), default=15)
    requires_code = models.BooleanField(_("svar kräver kod från brevet"), default=False)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        db_table = "surveys_survey"
        ordering = ["municipality__name", "-year", "-pk"]
        verbose_name = _("trygghetsmätning")
        verbose_name_plural = _("trygghetsmätningar")

    def __str__(self) -> str:
        return f"{self.title} ({self.municipality.name})"

    @property
    def is_open_today(self) -> bool:
        return self.is_open(timezone.localdate())

    def is_open(self, today: date) -> bool:
        """Whether the public form takes answers on `today`."""
        return (
            self.opens_on is not None
            and self.opens_on <= today
            and (self.closes_on is None or today <= self.closes_on)
        )


class SurveyCode(models.Model):
    """A one-time code printed on a letter: its keyed hash and whether it has been used.

    Nothing ties a code to the response it let in; the codes are deleted when the round
    closes, and with them the knowledge of which letters were answered.
    """

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="codes")
    digest = models.CharField(max_length=64)
    used = models.BooleanField(default=False)

    class Meta:
        db_table = "surveys_surveycode"
        constraints = [models.UniqueConstraint(fields=["survey", "digest"], name="code_once")]

    def __str__(self) -> str:
        return f"kod {self.pk}"


class SubmittedForm(models.Model):
    """The hash of a sent form's one-time token, so that the same form is not counted twice.

    The token is random and says nothing of who filled the form in; the hashes are
    deleted when the round closes.
    """

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64)

    class Meta:
        db_table = "surveys_submittedform"
        constraints = [models.UniqueConstraint(fields=["survey", "digest"], name="form_once")]

    def __str__(self) -> str:
        return f"formulär {self.pk}"


class ResponseImport(models.Model):
    """A file of responses collected elsewhere, imported into a survey."""

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="imports", verbose_name=_("mätning")
    )
    filename = models.CharField(_("fil"), max_length=255)
    sha256 = models.CharField(max_length=64)
    rows = models.PositiveIntegerField(_("svar"))
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("inläst av"),
    )
    imported_at = models.DateTimeField(_("inläst"), auto_now_add=True)

    class Meta:
        db_table = "surveys_responseimport"
        ordering = ["survey", "imported_at"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "sha256"], name="survey_file_once")
        ]
        verbose_name = _("inläst svarsfil")
        verbose_name_plural = _("inlästa svarsfiler")

    def __str__(self) -> str:
        return self.filename


def _answer(code: str) -> models.PositiveSmallIntegerField[int | None, int | None]:
    return models.PositiveSmallIntegerField(code, null=True, blank=True, db_column=code)


class Response(models.Model):
    """One person's anonymous answers: background and the standard questions, by code."""

    class Channel(models.TextChoices):
        FORM = "form", _("webbformulär")
        IMPORT = "import", _("inläst fil")

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="responses", verbose_name=_("mätning")
    )
    channel = models.CharField(_("kanal"), max_length=10, choices=Channel.choices)
    source = models.ForeignKey(
        ResponseImport,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="responses",
        verbose_name=_("fil"),
    )
    omrade = models.CharField(_("område"), max_length=100, blank=True, db_column="omrade")
    kon = models.CharField(
        _("kön"), max_length=10, blank=True, choices=list(GENDERS.items()), db_column="kon"
    )
    alder = models.CharField(
        _("ålder"),
        max_length=10,
        blank=True,
        choices=[(band, band) for band in AGE_BANDS],
        db_column="alder",
    )
    otrygg_kvall = _answer("otrygg_kvall")
    oro_paverkar = _answer("oro_paverkar")
    problem_nedskrapning = _answer("problem_nedskrapning")
    problem_skadegorelse = _answer("problem_skadegorelse")
    problem_klotter = _answer("problem_klotter")
    problem_trafik = _answer("problem_trafik")
    problem_berusade = _answer("problem_berusade")
    problem_narkotika = _answer("problem_narkotika")
    problem_ungdomsgang = _answer("problem_ungdomsgang")
    problem_brak = _answer("problem_brak")
    problem_belysning = _answer("problem_belysning")
    utsatt_12_man = _answer("utsatt_12_man")
    fortroende_polis = _answer("fortroende_polis")
    fortroende_kommun = _answer("fortroende_kommun")

    class Meta:
        db_table = "surveys_response"
        indexes = [models.Index(fields=["survey", "omrade", "kon", "alder"])]
        verbose_name = _("svar")
        verbose_name_plural = _("svar")

    def __str__(self) -> str:
        return f"svar {self.pk}"


class LocalAnswer(models.Model):
    """One answer to a kommun's own question: the response, the question and the answer,
    nothing else (like `Response`, nothing that tells who answered)."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="local_answers")
    question = models.ForeignKey(LocalQuestion, on_delete=models.PROTECT, related_name="+")
    value = models.PositiveSmallIntegerField(_("svar"))

    class Meta:
        db_table = "surveys_localanswer"
        constraints = [
            models.UniqueConstraint(fields=["question", "response"], name="local_answer_once")
        ]
        verbose_name = _("svar på egen fråga")
        verbose_name_plural = _("svar på egna frågor")

    def __str__(self) -> str:
        return f"svar {self.response_id} på {self.question_id}"
