"""Public statistics per kommun and year: reported crimes, Kolada's key figures.

An `Indicator` is one series (a crime category, a Kolada KPI); an `Observation` its
value for one kommun, year and gender, with the import it came from. The same figures
imported again change nothing; a changed figure is updated and says which import
changed it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.registry.models import Municipality


class Indicator(models.Model):
    key = models.CharField(_("nyckel"), max_length=100, unique=True)
    name = models.CharField(_("namn"), max_length=300)

    class Meta:
        db_table = "statistics_indicator"
        ordering = ["key"]
        verbose_name = _("indikator")
        verbose_name_plural = _("indikatorer")

    def __str__(self) -> str:
        return self.name


class StatisticsImport(models.Model):
    """One file or fetch of figures: where from, when fetched, who imported it."""

    filename = models.CharField(_("fil"), max_length=255)
    layout = models.CharField(_("format"), max_length=20)
    source = models.CharField(_("källa"), max_length=200)
    fetched_on = models.DateField(_("hämtad"))
    sha256 = models.CharField(max_length=64)
    new = models.PositiveIntegerField(_("nya värden"), default=0)
    changed = models.PositiveIntegerField(_("ändrade värden"), default=0)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("inläst av"),
    )  # fmt: skip
    imported_at = models.DateTimeField(_("inläst"), auto_now_add=True)

    class Meta:
        db_table = "statistics_import"
        ordering = ["-imported_at"]
        verbose_name = _("inläst statistik")
        verbose_name_plural = _("inläst statistik")

    def __str__(self) -> str:
        return f"{self.source} ({self.fetched_on})"


class Observation(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="observations")
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="observations"
    )
    year = models.PositiveSmallIntegerField(_("år"))
    gender = models.CharField(_("kön"), max_length=1, default="T")
    value = models.DecimalField(_("värde"), max_digits=16, decimal_places=4, null=True)
    count = models.IntegerField(_("antal"), null=True)
    status = models.CharField(_("status"), max_length=20, blank=True)
    source = models.ForeignKey(
        StatisticsImport, on_delete=models.PROTECT, related_name="observations"
    )

    class Meta:
        db_table = "statistics_observation"
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "municipality", "year", "gender"], name="observation_once"
            )
        ]
        verbose_name = _("värde")
        verbose_name_plural = _("värden")

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.municipality_id} {self.year}: {self.value}"
