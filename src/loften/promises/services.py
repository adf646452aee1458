"""Writes to promise sets."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from loften.opendata.cache import publication_changed
from loften.promises.models import PromiseSet


@transaction.atomic
def promise_set_publish(promise_set: PromiseSet, *, at: datetime | None = None) -> PromiseSet:
    """Publish a set; the sets it replaces in its kommuner become superseded.

    A set that states no start date is in force from its publication.

    A set replaces every published set of the same kommun that started
    earlier. Publishing an older period after a newer one (loading history)
    publishes it as superseded straight away.
    """
    promise_set.published_at = at or timezone.now()
    start = promise_set.validity.start or timezone.localdate(promise_set.published_at)
    municipalities = list(promise_set.municipalities.all())
    others = (
        PromiseSet.objects.filter(municipalities__in=municipalities)
        .decided()
        .exclude(pk=promise_set.pk)
        .distinct()
    )
    newer_exists = any(
        (other_start := other.validity.start) is not None and other_start > start
        for other in others
    )
    replaced = [
        other.pk
        for other in others
        if other.status == PromiseSet.Status.PUBLISHED
        and (other_start := other.validity.start) is not None
        and other_start < start
    ]
    PromiseSet.objects.filter(pk__in=replaced).update(status=PromiseSet.Status.SUPERSEDED)
    promise_set.status = (
        PromiseSet.Status.SUPERSEDED if newer_exists else PromiseSet.Status.PUBLISHED
    )
    promise_set.save(update_fields=["status", "published_at", "updated_at"])
    publication_changed()
    return promise_set
