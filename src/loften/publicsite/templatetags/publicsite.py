from datetime import date
from typing import Any

from django import template

from loften.promises.models import PromiseSet
from loften.promises.numbering import Numbering
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


@register.filter
def promise_number(numbering: Numbering | None, promise_id: int) -> int | str:
    """A promise's number in its set (`promises/numbering.py`), as every page shows it."""
    return numbering.promises.get(promise_id, "") if numbering else ""


@register.filter
def commitment_number(numbering: Numbering | None, commitment_id: int) -> str:
    """A commitment's number, "6.1", as every page, file and report shows it."""
    return numbering.commitments.get(commitment_id, "") if numbering else ""
