"""Keeping the table of which decided set is in force in each kommun, and when.

A kommun's answer to "which set is in force on this day?" changes only where
one of its decided sets starts or ends (`validity.spans_in_force`), so the
stretches are worked out once, when a decided set changes, and stored as
`Tenure` rows. The receivers in `promises/receivers.py` call
`tenures_update` in the same transaction as every save, deletion or change of
kommuner of a promise set, whichever path makes it (publishing, the admin,
the generator, imports). `QuerySet.update()` and raw SQL pass them by:
`loften tenure rebuild` repairs the table after such a write.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import models, transaction

from loften.promises.models import (
    VALIDITY_FIELDS,
    PromiseSet,
    Tenure,
    decision_order,
    stated_validity,
)
from loften.promises.validity import spans_in_force
from loften.registry.models import Municipality

# (municipality id, promise set id, first day, last day or None)
Stretch = tuple[int, int, date, date | None]


def tenure_stretches(links: type[models.Model], municipality_ids: Iterable[int]) -> set[Stretch]:
    """The stretches of the kommuner, from their decided sets read through `links`.

    `links` is the kommun link table of promise sets (a migration passes its
    historical model). Sets are taken oldest decision first.
    """
    rows = (
        links._default_manager.filter(
            municipality_id__in=list(municipality_ids),
            promiseset__status__in=PromiseSet.DECIDED,
        )
        .order_by("municipality_id", *decision_order(via="promiseset__"))
        .values_list(
            "municipality_id",
            "promiseset_id",
            *(f"promiseset__{name}" for name in VALIDITY_FIELDS),
        )
    )
    candidates: dict[int, list[tuple[int, Any]]] = {}
    for municipality_id, promise_set_id, *validity in rows:
        candidates.setdefault(municipality_id, []).append(
            (promise_set_id, stated_validity(*validity))
        )
    return {
        (municipality_id, promise_set_id, start, end)
        for municipality_id, sets in candidates.items()
        for promise_set_id, start, end in spans_in_force(sets)
    }


@dataclass(frozen=True)
class TenureChange:
    added: int
    removed: int


@transaction.atomic
def tenures_update(municipality_ids: Iterable[int]) -> TenureChange:
    """Bring the kommuner's stretches in line with their decided sets; only changes are written.

    The kommuner's rows are locked first (in id order), so two transactions
    publishing in the same kommun take turns and the second reads what the
    first wrote.
    """
    ids = sorted(set(municipality_ids))
    if not ids:
        return TenureChange(0, 0)
    list(Municipality.objects.select_for_update().filter(pk__in=ids).values_list("pk"))
    wanted = tenure_stretches(PromiseSet.municipalities.through, ids)
    stored = {
        (m, s, start, end): pk
        for pk, m, s, start, end in Tenure.objects.filter(municipality_id__in=ids).values_list(
            "pk", "municipality_id", "promise_set_id", "starts_on", "ends_on"
        )
    }
    stale = [pk for stretch, pk in stored.items() if stretch not in wanted]
    Tenure.objects.filter(pk__in=stale).delete()
    Tenure.objects.bulk_create(
        Tenure(municipality_id=m, promise_set_id=s, starts_on=start, ends_on=end)
        for m, s, start, end in sorted(wanted - stored.keys())
    )
    return TenureChange(added=len(wanted - stored.keys()), removed=len(stale))


def tenures_rebuild() -> TenureChange:
    """Check every kommun's stretches against its decided sets and repair what differs."""
    with_sets = PromiseSet.municipalities.through.objects.values_list("municipality_id", flat=True)
    with_rows = Tenure.objects.values_list("municipality_id", flat=True)
    return tenures_update({*with_sets, *with_rows})
