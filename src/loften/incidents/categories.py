"""The fixed list of EST incident categories, and the lägesbild theme each speaks for."""

from __future__ import annotations

from django.db import models

from loften.promises.models import Theme


class Category(models.TextChoices):
    VANDALISM = "skadegorelse", "Skadegörelse"
    GRAFFITI = "klotter", "Klotter"
    LITTER = "nedskrapning", "Nedskräpning"
    FIRE = "brand", "Brand"
    DISORDER = "ordningsstorning", "Ordningsstörning"
    ROWDINESS = "stok", "Stök"
    DRUGS = "narkotika", "Narkotika"
    OTHER = "annat", "Annat"


# The taxonomy theme (../shared/contract/extract.md) each category is evidence for.
THEMES: dict[Category, Theme] = {
    Category.VANDALISM: Theme.VANDALISM,
    Category.GRAFFITI: Theme.VANDALISM,
    Category.LITTER: Theme.PUBLIC_ORDER,
    Category.FIRE: Theme.VANDALISM,
    Category.DISORDER: Theme.PUBLIC_ORDER,
    Category.ROWDINESS: Theme.PUBLIC_SPACE_SAFETY,
    Category.DRUGS: Theme.DRUGS,
    Category.OTHER: Theme.OTHER,
}


def category_from_text(text: str) -> Category | None:
    """A category named by its code or its Swedish label, in any case ("Klotter", "stök")."""
    wanted = text.strip().casefold()
    for category in Category:
        if wanted in {category.value, category.label.casefold()}:
            return category
    return None
