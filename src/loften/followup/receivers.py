"""What follow-up does when a promise set is published: its rounds, and those it ends."""

from typing import Any

from django.utils import timezone

from loften.followup.services import follow_up_rounds_sync
from loften.promises.models import PromiseSet


def promise_set_published(
    sender: type[PromiseSet], promise_set: PromiseSet, superseded: list[int], **kwargs: Any
) -> None:
    """The set gets the rounds its cadence asks for; the rounds of those it replaces end."""
    today = timezone.localdate()
    for affected in PromiseSet.objects.filter(pk__in=[promise_set.pk, *superseded]):
        follow_up_rounds_sync(affected, today=today)
