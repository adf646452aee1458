"""Report files made by the background worker: one row per report, kept until its data changes."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.promises.models import PromiseSet


class ReportFile(models.Model):
    """The PDF or Word file of one report, or the job making it.

    A report is a promise set's whole period (round number 0) or one follow-up round,
    in one format, with the public's content or the back office's. Its row is reused
    when the data changes: the old file is dropped as the new one is asked for, so
    the table never holds more than one file per report. `fingerprint` names the data
    the file was (or is being) made from (`reports.selectors.report_fingerprint`).
    """

    class Format(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "Word (DOCX)"

    class Status(models.TextChoices):
        WAITING = "waiting", _("väntar")
        RUNNING = "running", _("skapas")
        DONE = "done", _("klar")
        FAILED = "failed", _("misslyckades")

    promise_set = models.ForeignKey(
        PromiseSet, on_delete=models.CASCADE, related_name="report_files", verbose_name=_("löfte")
    )
    round_number = models.PositiveSmallIntegerField(
        _("uppföljning"), default=0, help_text=_("0: hela perioden.")
    )
    file_format = models.CharField(_("format"), max_length=4, choices=Format.choices)
    public = models.BooleanField(_("för allmänheten"))
    fingerprint = models.CharField(_("dataversion"), max_length=64)
    status = models.CharField(
        _("läge"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    progress = models.PositiveSmallIntegerField(_("klart (procent)"), default=0)
    filename = models.CharField(_("filnamn"), max_length=255, blank=True)
    content = models.BinaryField(_("innehåll"), blank=True, default=b"")
    message = models.TextField(_("meddelande"), blank=True)
    requested_at = models.DateTimeField(_("beställd"))
    started_at = models.DateTimeField(_("påbörjad"), null=True, blank=True)
    finished_at = models.DateTimeField(_("klar"), null=True, blank=True)

    class Meta:
        db_table = "reports_file"
        ordering = ["promise_set", "round_number", "file_format", "public"]
        verbose_name = _("rapportfil")
        verbose_name_plural = _("rapportfiler")
        constraints = [
            models.UniqueConstraint(
                fields=["promise_set", "round_number", "file_format", "public"],
                name="report_file_one_per_report",
            )
        ]
        indexes = [models.Index(fields=["status", "requested_at"], name="report_file_queue_idx")]

    def __str__(self) -> str:
        return f"{self.filename or self.promise_set} ({self.get_status_display()})"
