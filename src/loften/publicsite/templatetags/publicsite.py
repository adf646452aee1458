from datetime import date

from django import template

from loften.promises.models import PromiseSet
from loften.promises.validity import validity_sentence

register = template.Library()


@register.simple_tag
def validity_of(promise_set: PromiseSet, today: date) -> str:
    """When the set applies, in the words every public page uses (promises/validity.py)."""
    return validity_sentence(
        promise_set.validity,
        promise_set.period_label,
        replaced=promise_set.status == PromiseSet.Status.SUPERSEDED,
        today=today,
    )
