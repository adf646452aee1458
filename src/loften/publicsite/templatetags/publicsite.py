from typing import Any

from django import template

register = template.Library()


@register.filter
def status_of(statuses: dict[int, Any] | None, commitment_id: int) -> Any:
    """The computed status of a commitment, from the page's statuses by commitment id."""
    return (statuses or {}).get(commitment_id)
