"""Source documents, kept as received so every extracted field can point back to them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
