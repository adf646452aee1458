"""The lägesbild: a kommun's dated, versioned situational picture, made from its sources.

An `Assessment` is one version, as of a day: the themes ranked by the evidence of that
day (`ThemeAssessment`, each with the numbers behind it and a written analysis), the
findings computed by group, who took part. Both parties, the kommun and the police,
approve it (`AssessmentApproval`) before it is published; a new version starts from the
sources again and leaves the published one as it was.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.promises.models import Theme
from loften.registry.models import Municipality, Organisation
from loften.surveys.models import Survey


class Assessment(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("utkast")
        PUBLISHED = "published", _("publicerad")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="assessments", verbose_name=_("kommun")
    )
    version = models.PositiveIntegerField(_("version"))
    as_of = models.DateField(_("per dag"))
    title = models.CharField(_("rubrik"), max_length=200)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    survey = models.ForeignKey(
        Survey,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assessments",
        verbose_name=_("trygghetsmätning"),
    )
    respondents = models.PositiveIntegerField(_("svarande"), default=0)
    findings = models.JSONField(_("iakttagelser"), default=list, blank=True)
    summary = models.TextField(_("sammanfattning"), blank=True)
    participants = models.TextField(_("medverkande"), blank=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    published_at = models.DateTimeField(_("publicerad"), null=True, blank=True)

    class Meta:
        db_table = "assessments_assessment"
        ordering = ["municipality__name", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "version"], name="assessment_version")
        ]
        verbose_name = _("lägesbild")
        verbose_name_plural = _("lägesbilder")

    def __str__(self) -> str:
        return f"{self.title} (version {self.version})"


class ThemeAssessment(models.Model):
    """One theme of a lägesbild: its place in the ranking, its numbers and its analysis."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="themes", verbose_name=_("lägesbild")
    )
    theme = models.CharField(_("tema"), max_length=40, choices=Theme.choices)
    rank = models.PositiveSmallIntegerField(_("plats"))
    score = models.FloatField(_("tyngd"))
    evidence = models.JSONField(_("underlag"), default=list)
    analysis = models.TextField(_("analys"), blank=True)

    class Meta:
        db_table = "assessments_themeassessment"
        ordering = ["assessment", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "theme"], name="assessment_theme_once")
        ]
        verbose_name = _("tema i lägesbilden")
        verbose_name_plural = _("teman i lägesbilden")

    def __str__(self) -> str:
        return self.get_theme_display()


class AssessmentApproval(models.Model):
    """That one party approved this version of the lägesbild, and who did."""

    assessment = models.ForeignKey(
        Assessment, on_delete=models.CASCADE, related_name="approvals", verbose_name=_("lägesbild")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="+", verbose_name=_("organisation")
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("godkänd av"),
    )
    approved_at = models.DateTimeField(_("godkänd"), auto_now_add=True)

    class Meta:
        db_table = "assessments_assessmentapproval"
        ordering = ["assessment", "approved_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "organisation"], name="assessment_approved_once"
            )
        ]
        verbose_name = _("godkännande av lägesbild")
        verbose_name_plural = _("godkännanden av lägesbilder")

    def __str__(self) -> str:
        return f"{self.organisation} godkände {self.assessment}"
