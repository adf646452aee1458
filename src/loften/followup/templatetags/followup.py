from typing import Any

from django import template

register = template.Library()


@register.filter
def status_of(progress: Any, commitment_id: int) -> Any:
    """The computed status of a commitment, from the page's `SetProgress`."""
    return progress.statuses.get(commitment_id) if progress else None


@register.filter
def progress_of(progress: Any, promise_id: int) -> Any:
    """A promise's roll-up (`PromiseProgress`), from the page's `SetProgress`."""
    return progress.promises.get(promise_id) if progress else None
