from datetime import date
from typing import Any

from django import template

from loften.promises.models import PromiseSet
from loften.promises.validity import validity_sentence

register = template.Library()


@register.filter
def status_of(progress: Any, commitment_id: int) -> Any:
    """The computed status of a commitment, from the page's `SetProgress`."""
    return progress.statuses.get(commitment_id) if progress else None


@register.filter
def progress_of(progress: Any, promise_id: int) -> Any:
    """A promise's roll-up (`PromiseProgress`), from the page's `SetProgress`."""
    return progress.promises.get(promise_id) if progress else None


@register.simple_tag
def validity_of(promise_set: PromiseSet, today: date) -> str:
    """When the set applies, in the words every public page uses (promises/validity.py)."""
    return validity_sentence(
        promise_set.validity,
        promise_set.period_label,
        replaced=promise_set.status == PromiseSet.Status.SUPERSEDED,
        today=today,
    )
