"""What a safety walk finds, and which theme of the national taxonomy each kind speaks for."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.promises.models import Theme


class FindingCategory(models.TextChoices):
    LIGHTING = "belysning", _("Belysning")
    VEGETATION = "vegetation", _("Vegetation")
    SIGHT = "skymd_sikt", _("Skymd sikt")
    LITTER = "nedskrapning", _("Nedskräpning")
    GRAFFITI = "klotter", _("Klotter")
    DAMAGE = "skadegorelse", _("Skadegörelse")
    TRAFFIC = "trafik", _("Trafik")
    OTHER = "ovrigt", _("Övrigt")


# The theme each category speaks for in the lägesbild (/work/shared/contract/extract.md ids).
THEMES: dict[FindingCategory, Theme] = {
    FindingCategory.LIGHTING: Theme.PUBLIC_SPACE_SAFETY,
    FindingCategory.VEGETATION: Theme.PUBLIC_SPACE_SAFETY,
    FindingCategory.SIGHT: Theme.PUBLIC_SPACE_SAFETY,
    FindingCategory.LITTER: Theme.PUBLIC_ORDER,
    FindingCategory.GRAFFITI: Theme.VANDALISM,
    FindingCategory.DAMAGE: Theme.VANDALISM,
    FindingCategory.TRAFFIC: Theme.TRAFFIC,
    FindingCategory.OTHER: Theme.OTHER,
}


class ParticipantGroup(models.TextChoices):
    RESIDENTS = "boende", _("Boende")
    MUNICIPALITY = "kommun", _("Kommunen")
    POLICE = "polis", _("Polisen")
    PROPERTY_OWNERS = "fastighetsagare", _("Fastighetsägare")
    ASSOCIATIONS = "foreningar", _("Föreningar")
    SCHOOLS = "skola", _("Skola")
    OTHERS = "ovriga", _("Övriga")
