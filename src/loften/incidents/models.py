"""EST: incidents reported by the actors of a kommun's trygghetssamverkan, and its areas."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.incidents.categories import Category
from loften.registry.models import Municipality, Organisation


class Area(models.Model):
    """An area the kommun drew (a stadsdel, a centrum): a GeoJSON MultiPolygon in WGS 84."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="areas", verbose_name=_("kommun")
    )
    name = models.CharField(_("namn"), max_length=100)
    geometry = models.JSONField(_("geometri"))

    class Meta:
        db_table = "incidents_area"
        ordering = ["municipality", "name"]
        verbose_name = _("område")
        verbose_name_plural = _("områden")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="area_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class EstActor(models.Model):
    """That an organisation other than the kommun and the police (a housing company, a
    school, a security firm) takes part in the kommun's EST and reports incidents there."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="est_actors", verbose_name=_("kommun")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="est_memberships",
        verbose_name=_("organisation"),
    )

    class Meta:
        db_table = "incidents_est_actor"
        verbose_name = _("aktör i EST")
        verbose_name_plural = _("aktörer i EST")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "organisation"], name="est_actor_once")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} i {self.municipality}"


class Incident(models.Model):
    """Something that happened that an EST actor reports: what, when, where."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="incidents", verbose_name=_("kommun")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="incidents",
        verbose_name=_("rapporterad av organisation"),
    )
    category = models.CharField(_("kategori"), max_length=20, choices=Category.choices)
    occurred_at = models.DateTimeField(_("tidpunkt"), db_index=True)
    area = models.ForeignKey(
        Area,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="incidents",
        verbose_name=_("område"),
    )
    address = models.CharField(_("adress eller plats"), max_length=200, blank=True)
    latitude = models.FloatField(_("latitud"), null=True, blank=True)
    longitude = models.FloatField(_("longitud"), null=True, blank=True)
    description = models.TextField(_("beskrivning"), blank=True)
    # "id:<the source's own id>" or "hash:<content hash>" for imported rows, so that the
    # same file imported twice stores each incident once; "" for one reported by hand.
    source_key = models.CharField(_("källnyckel"), max_length=80, blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("rapporterad av"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        db_table = "incidents_incident"
        ordering = ["-occurred_at", "-pk"]
        verbose_name = _("EST-händelse")
        verbose_name_plural = _("EST-händelser")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "source_key"],
                condition=~models.Q(source_key=""),
                name="incident_imported_once",
            ),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(latitude__isnull=False, longitude__isnull=False),
                name="incident_point_whole",
            ),
        ]
        indexes = [models.Index(fields=["municipality", "occurred_at"])]

    def __str__(self) -> str:
        return f"{self.get_category_display()} {self.occurred_at:%Y-%m-%d %H:%M}"

    @property
    def place(self) -> str:
        """Where, in words: the address, the area, or the point."""
        if self.address:
            return self.address + (f" ({self.area})" if self.area_id else "")
        if self.area_id:
            return str(self.area)
        return "punkt på kartan" if self.latitude is not None else ""
