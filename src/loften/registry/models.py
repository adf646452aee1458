"""Who is who: kommuner, län, the police geography and the organisations that edit."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from loften.promises.validity import Validity
from loften.registry.reference import municipality_organisation_name


class County(models.Model):
    """A län, identified by SCB's two-digit länskod."""

    code = models.CharField(_("länskod"), max_length=2, unique=True)
    name = models.CharField(_("namn"), max_length=100)

    class Meta:
        db_table = "registry_county"
        ordering = ["code"]
        verbose_name = _("län")
        verbose_name_plural = _("län")

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    """A kommun, identified by SCB's four-digit kommunkod."""

    code = models.CharField(_("kommunkod"), max_length=4, unique=True)
    name = models.CharField(_("namn"), max_length=100)
    slug = models.SlugField(_("adressnamn"), max_length=100, unique=True)
    county = models.ForeignKey(
        County, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("län")
    )

    class Meta:
        db_table = "registry_municipality"
        ordering = ["name"]
        verbose_name = _("kommun")
        verbose_name_plural = _("kommuner")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("municipality", kwargs={"slug": self.slug})

    @property
    def official_name(self) -> str:
        """The name as the kommun writes it: "Älvsbyns kommun", "Umeå kommun"."""
        return municipality_organisation_name(self.name)


class PoliceArea(models.Model):
    """A unit of the police geography: region, polisområde or lokalpolisområde."""

    class Level(models.TextChoices):
        REGION = "region", _("polisregion")
        DISTRICT = "district", _("polisområde")
        LOCAL = "local", _("lokalpolisområde")

    name = models.CharField(_("namn"), max_length=100)
    level = models.CharField(_("nivå"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("ingår i"),
    )
    municipalities: models.ManyToManyField[Municipality, PoliceAreaCoverage] = (
        models.ManyToManyField(
            Municipality,
            through="PoliceAreaCoverage",
            related_name="police_areas",
            verbose_name=_("kommuner"),
        )
    )

    class Meta:
        db_table = "registry_police_area"
        ordering = ["level", "name"]
        verbose_name = _("polisområde")
        verbose_name_plural = _("polisområden")
        constraints = [
            models.UniqueConstraint(
                fields=["level", "parent", "name"], name="police_area_unique_name_in_parent"
            ),
            models.UniqueConstraint(
                fields=["level", "name"],
                condition=models.Q(parent__isnull=True),
                name="police_area_unique_root_name",
            ),
        ]

    def __str__(self) -> str:
        if self.level == self.Level.LOCAL:
            return f"Lokalpolisområde {self.name}"
        if self.level == self.Level.DISTRICT:
            return f"Polisområde {self.name}"
        return f"Polisregion {self.name}"


class PoliceAreaCoverage(models.Model):
    """That a lokalpolisområde covers a kommun, and how sure we are of it."""

    police_area = models.ForeignKey(
        PoliceArea, on_delete=models.CASCADE, verbose_name=_("lokalpolisområde")
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, verbose_name=_("kommun")
    )
    verified = models.BooleanField(
        _("bekräftad"),
        help_text=_("Falskt när uppgiften är härledd och inte bekräftad av en offentlig källa."),
    )
    note = models.TextField(_("källa"), blank=True)

    class Meta:
        db_table = "registry_police_area_coverage"
        verbose_name = _("täckning")
        verbose_name_plural = _("täckning")
        constraints = [
            models.UniqueConstraint(
                fields=["police_area", "municipality"], name="coverage_unique_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.police_area} – {self.municipality}"


class Organisation(models.Model):
    """A party that edits: a kommun, a lokalpolisområde or another actor."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("kommun")
        POLICE_AREA = "police_area", _("lokalpolisområde")
        OTHER = "other", _("annan aktör")

    name = models.CharField(_("namn"), max_length=200, unique=True)
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices)
    municipality = models.OneToOneField(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisation",
        verbose_name=_("kommun"),
    )
    police_area = models.OneToOneField(
        PoliceArea,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisation",
        verbose_name=_("lokalpolisområde"),
    )

    class Meta:
        db_table = "registry_organisation"
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisationer")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        kind="municipality",
                        municipality__isnull=False,
                        police_area__isnull=True,
                    )
                    | models.Q(
                        kind="police_area",
                        municipality__isnull=True,
                        police_area__isnull=False,
                    )
                    | models.Q(kind="other", municipality__isnull=True, police_area__isnull=True)
                ),
                name="organisation_kind_matches_link",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Cadence(models.TextChoices):
    """How often promises and agreements are followed up."""

    CONTINUOUS = "continuous", _("löpande")
    TWICE_YEARLY = "twice_yearly", _("två gånger per år")
    YEARLY = "yearly", _("årligen")


class Agreement(models.Model):
    """A samverkansöverenskommelse between a kommun and the police."""

    title = models.CharField(_("rubrik"), max_length=300)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="agreements",
        verbose_name=_("kommun"),
    )
    parties = models.ManyToManyField(
        Organisation, related_name="agreements", blank=True, verbose_name=_("parter")
    )
    purpose = models.TextField(_("syfte"), blank=True)
    goals = models.JSONField(_("övergripande mål"), default=list, blank=True)
    priorities = models.JSONField(_("prioriteringar"), default=list, blank=True)
    working_methods = models.JSONField(_("arbetssätt"), default=list, blank=True)
    follow_up_cadence = models.CharField(
        _("uppföljning"), max_length=20, choices=Cadence.choices, blank=True
    )
    report_to = models.JSONField(_("redovisas för"), default=list, blank=True)
    valid_from = models.DateField(_("gäller från"), null=True, blank=True)
    valid_until = models.DateField(_("gäller till"), null=True, blank=True)
    extends_indefinitely = models.BooleanField(
        _("förlängs tillsvidare"),
        default=False,
        help_text=_("Gäller vidare efter slutdatum tills en ny överenskommelse tecknas."),
    )
    signed_on = models.DateField(_("undertecknad den"), null=True, blank=True)
    signed_place = models.CharField(_("undertecknad i"), max_length=100, blank=True)
    source_document = models.ForeignKey(
        "ingest.SourceDocument",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agreements",
        verbose_name=_("källdokument"),
    )

    class Meta:
        db_table = "registry_agreement"
        ordering = ["municipality__name", "-valid_from"]
        verbose_name = _("samverkansöverenskommelse")
        verbose_name_plural = _("samverkansöverenskommelser")

    def __str__(self) -> str:
        return self.title

    @property
    def validity(self) -> Validity:
        return Validity(
            start=self.valid_from or self.signed_on,
            end=self.valid_until,
            extends_indefinitely=self.extends_indefinitely,
        )
