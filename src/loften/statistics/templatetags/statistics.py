from django import template

register = template.Library()


@register.filter
def rate(value: float | None) -> str:
    """A rate per 1 000 as a Swedish reader writes it: "22,6"; "–" where unknown."""
    return "–" if value is None else f"{value:.1f}".replace(".", ",")
