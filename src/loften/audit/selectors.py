"""Reads of the change history."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator
from django.db import models
from django.db.models import IntegerField, Q, QuerySet, Value
from simple_history.utils import get_history_model_for_model

from loften.audit.history import HistoryEntry, history_entry
from loften.audit.models import AUDITED
from loften.followup.models import Activity, Measurement, Outcome
from loften.promises.models import (
    Approval,
    Commitment,
    Contact,
    FocusArea,
    Promise,
    PromiseSet,
    Target,
)

ENTRIES_PER_PAGE = 50


def _history(model: type[models.Model]) -> Any:
    return get_history_model_for_model(model)


def _rows_by_model(promise_set: PromiseSet) -> dict[type[models.Model], QuerySet[Any]]:
    """Every audited model's historical rows that belong to the set, removed objects too."""
    in_set = Q(promise_set_id=promise_set.pk)
    # Promises and targets as they are now and as they ever were: one made before
    # the history began has no historical row, one removed since only has those.
    in_promises = Q(promise_id__in=Promise.objects.filter(in_set).values("id")) | Q(
        promise_id__in=_history(Promise).objects.filter(in_set).values("id")
    )
    in_targets = Q(target_id__in=Target.objects.filter(in_set).values("id")) | Q(
        target_id__in=_history(Target).objects.filter(in_set).values("id")
    )
    return {
        PromiseSet: _history(PromiseSet).objects.filter(id=promise_set.pk),
        FocusArea: _history(FocusArea).objects.filter(in_set),
        Promise: _history(Promise).objects.filter(in_set),
        Commitment: _history(Commitment).objects.filter(in_promises),
        Target: _history(Target).objects.filter(in_set),
        Approval: _history(Approval).objects.filter(in_set),
        Activity: _history(Activity).objects.filter(in_set),
        Outcome: _history(Outcome).objects.filter(in_promises),
        Measurement: _history(Measurement).objects.filter(in_targets),
        Contact: _history(Contact).objects.filter(in_set),
    }


def promise_set_history(promise_set: PromiseSet, page_number: Any) -> Page[HistoryEntry]:
    """One page of every change to the set and everything in it, newest first.

    The rows of all audited tables are ordered and cut into pages in one query;
    only the rows of the page asked for are then read in full.
    """
    rows = _rows_by_model(promise_set)
    models_in_order = list(AUDITED)
    keyed = [
        queryset.order_by()
        .annotate(audited_model=Value(models_in_order.index(model), output_field=IntegerField()))
        .values_list("audited_model", "history_id", "history_date")
        for model, queryset in rows.items()
    ]
    combined = keyed[0].union(*keyed[1:], all=True).order_by("-history_date", "-history_id")
    page = Paginator(combined, ENTRIES_PER_PAGE).get_page(page_number)
    wanted: dict[int, list[int]] = {}
    for kind, history_id, _when in page.object_list:
        wanted.setdefault(kind, []).append(history_id)
    records = {
        (kind, record.history_id): record
        for kind, ids in wanted.items()
        for record in rows[models_in_order[kind]]
        .filter(history_id__in=ids)
        .select_related("history_user")
    }
    page.object_list = [
        history_entry(records[(kind, history_id)]) for kind, history_id, _when in page.object_list
    ]
    return page
