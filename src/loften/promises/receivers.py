"""Every change to a promise set that can change which set is in force updates `Tenure`.

Saves, deletions and changes of a set's kommuner, from either side of the
link, whichever code makes them; see `promises/tenure.py`.
"""

from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from loften.promises.models import VALIDITY_FIELDS, PromiseSet
from loften.promises.tenure import tenures_update
from loften.registry.models import Municipality

_TENURE_FIELDS = frozenset({"status", *VALIDITY_FIELDS})
_KOMMUNER_BEFORE = "_tenure_municipality_ids"


def _municipality_ids(promise_set: PromiseSet) -> list[int]:
    return list(promise_set.municipalities.values_list("pk", flat=True))


@receiver(post_save, sender=PromiseSet, dispatch_uid="promises.tenure_saved")
def promise_set_saved(
    sender: type[PromiseSet],
    instance: PromiseSet,
    update_fields: frozenset[str] | None,
    **kwargs: Any,
) -> None:
    if update_fields is None or update_fields & _TENURE_FIELDS:
        tenures_update(_municipality_ids(instance))


@receiver(pre_delete, sender=PromiseSet, dispatch_uid="promises.tenure_deleting")
def promise_set_deleting(sender: type[PromiseSet], instance: PromiseSet, **kwargs: Any) -> None:
    # The links are gone by the time the set is, so the kommuner are noted before.
    if instance.status in PromiseSet.DECIDED:
        setattr(instance, _KOMMUNER_BEFORE, _municipality_ids(instance))


@receiver(post_delete, sender=PromiseSet, dispatch_uid="promises.tenure_deleted")
def promise_set_deleted(sender: type[PromiseSet], instance: PromiseSet, **kwargs: Any) -> None:
    tenures_update(getattr(instance, _KOMMUNER_BEFORE, []))


@receiver(
    m2m_changed, sender=PromiseSet.municipalities.through, dispatch_uid="promises.tenure_links"
)
def municipalities_changed(
    sender: type[Any],
    instance: PromiseSet | Municipality,
    action: str,
    pk_set: set[int] | None,
    **kwargs: Any,
) -> None:
    if isinstance(instance, Municipality):  # municipality.promise_sets.add(...) and the like
        if action.startswith("post_"):
            tenures_update([instance.pk])
        return
    if instance.status not in PromiseSet.DECIDED:
        return
    if action == "pre_clear":
        setattr(instance, _KOMMUNER_BEFORE, _municipality_ids(instance))
    elif action == "post_clear":
        tenures_update(getattr(instance, _KOMMUNER_BEFORE, []))
    elif action in ("post_add", "post_remove"):
        tenures_update(pk_set or [])
