"""The publication version: which state of the public data cached answers belong to."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationVersion(models.Model):
    """One row: a fresh token for every publication, so no cached answer outlives one.

    The token is random rather than counted so that a database emptied and
    filled again (a restore, a test run) never meets answers cached before.
    """

    ROW = 1

    token = models.CharField(_("version"), max_length=32)
    changed_at = models.DateTimeField(_("senast publicerat"))

    class Meta:
        db_table = "opendata_publication_version"
        verbose_name = _("publiceringsversion")
        verbose_name_plural = _("publiceringsversioner")

    def __str__(self) -> str:
        return f"{self.token} ({self.changed_at.isoformat()})"
