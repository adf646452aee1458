"""Source documents, kept as received so every extracted field can point back to them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.registry.models import Municipality


class SourceDocument(models.Model):
    """The raw bytes of an imported file and the normalised text offsets point into.

    The bytes live in the database, not on one server's disk, so any app
    server or worker can read them.
    """

    class Format(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "DOCX"
        HTML = "html", "HTML"
        TEXT = "text", _("text")

    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    filename = models.CharField(_("filnamn"), max_length=255)
    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    content = models.BinaryField(_("innehåll"))
    text = models.TextField(_("normaliserad text"), blank=True)
    created_at = models.DateTimeField(_("inläst"), auto_now_add=True)

    class Meta:
        db_table = "ingest_source_document"
        ordering = ["-created_at"]
        verbose_name = _("källdokument")
        verbose_name_plural = _("källdokument")

    def __str__(self) -> str:
        return self.filename


class Upload(models.Model):
    """A file sent through the back office, waiting for or read by a background job.

    The bytes wait in the database, so the job can run on any worker machine;
    they are dropped once the file has been stored as a source document.
    """

    class Status(models.TextChoices):
        WAITING = "waiting", _("väntar")
        RUNNING = "running", _("läses in")
        DONE = "done", _("klar")
        DUPLICATE = "duplicate", _("redan inläst")
        FAILED = "failed", _("misslyckades")

    filename = models.CharField(_("filnamn"), max_length=255)
    content = models.BinaryField(_("innehåll"), blank=True)
    size = models.PositiveIntegerField(_("storlek i byte"))
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="uploads",
        verbose_name=_("kommun"),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="uploads",
        verbose_name=_("uppladdad av"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.WAITING
    )
    message = models.TextField(_("meddelande"), blank=True)
    promise_sets = models.ManyToManyField(
        "promises.PromiseSet", blank=True, related_name="uploads", verbose_name=_("utkast")
    )
    created_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)
    started_at = models.DateTimeField(_("påbörjad"), null=True, blank=True)
    finished_at = models.DateTimeField(_("klar"), null=True, blank=True)

    class Meta:
        db_table = "ingest_upload"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("uppladdning")
        verbose_name_plural = _("uppladdningar")

    def __str__(self) -> str:
        return self.filename

    @property
    def pending(self) -> bool:
        return self.status in {self.Status.WAITING, self.Status.RUNNING}


class Correction(models.Model):
    """A change a person made to what the extractor read: kept as test data for the extractor."""

    promise_set = models.ForeignKey(
        "promises.PromiseSet",
        on_delete=models.CASCADE,
        related_name="corrections",
        verbose_name=_("löfte"),
    )
    promise_text = models.TextField(_("löftet som extraherat"), blank=True)
    field = models.CharField(_("fält"), max_length=40)
    before = models.JSONField(_("före"), null=True, blank=True)
    after = models.JSONField(_("efter"), null=True, blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="corrections",
        verbose_name=_("rättad av"),
    )
    corrected_at = models.DateTimeField(_("rättad"), auto_now_add=True)

    class Meta:
        db_table = "ingest_correction"
        ordering = ["-corrected_at", "-pk"]
        verbose_name = _("rättelse")
        verbose_name_plural = _("rättelser")

    def __str__(self) -> str:
        return f"{self.field}: {self.before!r} → {self.after!r}"
