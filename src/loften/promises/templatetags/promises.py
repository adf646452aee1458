from django import template

from loften.promises.numbering import Numbering

register = template.Library()


@register.filter
def promise_number(numbering: Numbering | None, promise_id: int) -> int | str:
    """A promise's number in its set (`promises/numbering.py`), as every page shows it."""
    return numbering.promises.get(promise_id, "") if numbering else ""


@register.filter
def commitment_number(numbering: Numbering | None, commitment_id: int) -> str:
    """A commitment's number, "6.1", as every page, file and report shows it."""
    return numbering.commitments.get(commitment_id, "") if numbering else ""
