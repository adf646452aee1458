"""Small display helpers for the workspace templates."""

from django import template

from loften.promises.models import Commitment

register = template.Library()


@register.filter
def season_label(season: str) -> str:
    """ "spring" → "vår"; an unknown value is shown as it is."""
    try:
        return str(Commitment.Season(season).label)
    except ValueError:
        return season
