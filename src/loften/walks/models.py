"""Safety walks (trygghetsvandringar): a walk along a route, and what it found on the way."""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.incidents.models import Area
from loften.promises.models import Commitment
from loften.registry.models import Municipality, Organisation
from loften.walks.categories import FindingCategory


class Walk(models.Model):
    """A walk through a place of the kommun: when, where, who organised it and how many
    of each group took part (counts only, never names)."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="walks", verbose_name=_("kommun")
    )
    organiser = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="organised_walks",
        verbose_name=_("arrangör"),
    )
    title = models.CharField(_("plats eller rubrik"), max_length=200)
    walked_on = models.DateField(_("datum"))
    area = models.ForeignKey(
        Area,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="walks",
        verbose_name=_("område"),
    )
    # A GeoJSON LineString (WGS 84) checked by loften.walks.route, or null.
    route = models.JSONField(_("sträcka"), null=True, blank=True)
    # {"boende": 12, "polis": 2, ...}: the keys are ParticipantGroup values.
    participants = models.JSONField(_("deltagare per grupp"), default=dict, blank=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        db_table = "walks_walk"
        ordering = ["-walked_on", "-pk"]
        verbose_name = _("trygghetsvandring")
        verbose_name_plural = _("trygghetsvandringar")

    def __str__(self) -> str:
        return f"{self.title} {self.walked_on}"


def _photo_storage() -> Storage:
    return storages["walk_photos"]


class Finding(models.Model):
    """Something the walk found that someone should fix, and whether it was."""

    class Status(models.TextChoices):
        OPEN = "open", _("Öppen")
        FIXED = "fixed", _("Åtgärdad")
        CLOSED = "closed", _("Avslutad utan åtgärd")

    walk = models.ForeignKey(
        Walk, on_delete=models.CASCADE, related_name="findings", verbose_name=_("vandring")
    )
    category = models.CharField(_("kategori"), max_length=20, choices=FindingCategory.choices)
    address = models.CharField(_("adress eller plats"), max_length=200, blank=True)
    latitude = models.FloatField(_("latitud"), null=True, blank=True)
    longitude = models.FloatField(_("longitud"), null=True, blank=True)
    description = models.TextField(_("beskrivning"))
    photo = models.FileField(
        _("foto"), storage=_photo_storage, upload_to="walks/%Y/%m/", blank=True, max_length=200
    )
    responsible = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="walk_findings",
        verbose_name=_("ansvarig organisation"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    due_date = models.DateField(_("åtgärdas senast"), null=True, blank=True)
    closed_on = models.DateField(_("stängd"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("stängd av"),
    )
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="walk_findings",
        verbose_name=_("åtagande"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        db_table = "walks_finding"
        ordering = ["walk", "pk"]
        verbose_name = _("iakttagelse")
        verbose_name_plural = _("iakttagelser")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(latitude__isnull=False, longitude__isnull=False),
                name="finding_point_whole",
            ),
            models.CheckConstraint(
                condition=models.Q(status="open", closed_on__isnull=True)
                | (~models.Q(status="open") & models.Q(closed_on__isnull=False)),
                name="finding_closed_with_date",
            ),
        ]
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.place}"

    @property
    def place(self) -> str:
        if self.address:
            return self.address
        return "punkt på kartan" if self.latitude is not None else str(self.walk.title)


class FindingReminder(models.Model):
    """That the responsible organisation was told a finding is past its due date: one per
    finding, due date and recipient, so that `loften remind` never sends it twice."""

    finding = models.ForeignKey(
        Finding, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("iakttagelse")
    )
    due_date = models.DateField(_("åtgärdas senast"))
    recipient = models.EmailField(_("mottagare"))
    sent_on = models.DateField(_("gäller dagen"))
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        db_table = "walks_finding_reminder"
        ordering = ["-sent_at"]
        verbose_name = _("påminnelse om iakttagelse")
        verbose_name_plural = _("påminnelser om iakttagelser")
        constraints = [
            models.UniqueConstraint(
                fields=["finding", "due_date", "recipient"], name="finding_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.finding} → {self.recipient}"
