"""Writes to the search index: kept in step with publishing, rebuilt on demand."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Q

from loften.promises.models import Promise, PromiseSet
from loften.registry.models import Municipality
from loften.search.backends import Document, search_backend
from loften.search.models import SearchEntry
from loften.search.text import compounds_of

REBUILD_BATCH = 100


def search_index_update(municipalities: Iterable[Municipality]) -> int:
    """Index every promise set of these kommuner again; returns the promises indexed.

    Called when a set is published: publishing also supersedes earlier sets
    and ends the time they were in force, so all of the kommun's sets change.
    """
    with transaction.atomic():
        promise_sets = list(
            PromiseSet.objects.filter(municipalities__in=list(municipalities)).distinct()
        )
        _drop([s for s in promise_sets if s.status not in PromiseSet.DECIDED])
        return _index([s for s in promise_sets if s.status in PromiseSet.DECIDED])


def search_index_missing() -> int:
    """Index the published sets that have a promise the index lacks; drop unpublished sets."""
    with transaction.atomic():
        _drop(PromiseSet.objects.undecided().filter(search_entries__isnull=False).distinct())
        missing = (
            PromiseSet.objects.decided()
            .filter(promises__isnull=False, promises__search_entry__isnull=True)
            .distinct()
        )
        return _index(list(missing))


def search_index_rebuild(*, progress: Callable[[int, int], None] | None = None) -> int:
    """Index every published and superseded set from scratch; safe to run again.

    Works in batches, each in its own transaction, so searching goes on
    while it runs. `progress(done, total)` is called after each batch.
    """
    with transaction.atomic():
        _drop(PromiseSet.objects.undecided().filter(search_entries__isnull=False).distinct())
    ids = list(PromiseSet.objects.decided().order_by("pk").values_list("pk", flat=True))
    indexed = 0
    for start in range(0, len(ids), REBUILD_BATCH):
        batch = ids[start : start + REBUILD_BATCH]
        with transaction.atomic():
            indexed += _index(list(PromiseSet.objects.filter(pk__in=batch)))
        if progress is not None:
            progress(start + len(batch), len(ids))
    with transaction.atomic():
        search_backend().tidy()
    return indexed


def _drop(promise_sets: Iterable[PromiseSet]) -> None:
    entries = SearchEntry.objects.filter(
        Q(promise_set__in=list(promise_sets)) | Q(promise__promise_set__in=list(promise_sets))
    )
    search_backend().forget(list(entries.values_list("pk", flat=True)))
    entries.delete()


def _index(promise_sets: list[PromiseSet]) -> int:
    """Replace the entries of these decided sets."""
    if not promise_sets:
        return 0
    _drop(promise_sets)
    windows = _in_force_windows(promise_sets)
    # A set without a kommun has no public page to link to.
    promises = (
        Promise.objects.filter(
            promise_set__in=promise_sets, promise_set__municipalities__isnull=False
        )
        .distinct()
        .select_related("focus_area", "promise_set")
        .prefetch_related("commitments", "promise_set__municipalities")
        .order_by("pk")
    )
    entries: list[SearchEntry] = []
    documents: list[Document] = []
    for promise in promises:
        promise_set = promise.promise_set
        in_force_from, in_force_until = windows[promise_set.pk]
        entries.append(
            SearchEntry(
                promise=promise,
                promise_set=promise_set,
                in_force_from=in_force_from,
                in_force_until=in_force_until,
                compounds=compounds_of(promise.text, *(c.what for c in promise.commitments.all())),
            )
        )
        documents.append(_document(promise))
    search_backend().store(entries, documents)
    return len(entries)


def _document(promise: Promise) -> Document:
    commitments = promise.commitments.all()
    focus_area = promise.focus_area.title if promise.focus_area else ""
    return Document(
        promise_id=promise.pk,
        promise=promise.text,
        commitments="\n".join(f"{c.what}\n{c.target_group}" for c in commitments),
        context=f"{focus_area}\n{promise.promise_set.title}",
        place="\n".join(m.name for m in promise.promise_set.municipalities.all()),
    )


Window = tuple[date | None, date | None]


def _in_force_windows(promise_sets: list[PromiseSet]) -> dict[int, Window]:
    """From when until when each set is in force, as `promises.validity.in_force` decides.

    A set ends where its period ends (unless it runs until replaced) or the
    day before a later decision for one of its kommuner starts, whichever is
    first. A set replaced before it started was never in force: (None, None).
    """
    neighbours = list(
        PromiseSet.objects.decided()
        .filter(municipalities__in=Municipality.objects.filter(promise_sets__in=promise_sets))
        .distinct()
        .prefetch_related("municipalities")
    )
    order = {s.pk: position for position, s in enumerate(sorted(neighbours, key=_decision_key))}
    loaded = {s.pk: s for s in neighbours}
    by_kommun: dict[int, list[PromiseSet]] = {}
    for neighbour in neighbours:
        for municipality in neighbour.municipalities.all():
            by_kommun.setdefault(municipality.pk, []).append(neighbour)
    windows: dict[int, Window] = {}
    for promise_set in (loaded.get(s.pk, s) for s in promise_sets):
        validity = promise_set.validity
        start = validity.start
        if start is None:
            windows[promise_set.pk] = (None, None)
            continue
        successor_starts = [
            other_start
            for municipality in promise_set.municipalities.all()
            for other in by_kommun.get(municipality.pk, [])
            if (other_start := other.validity.start) is not None
            and (other_start, order[other.pk]) > (start, order[promise_set.pk])
        ]
        ends = [] if validity.open_ended or validity.end is None else [validity.end]
        ends += [min(successor_starts) - timedelta(days=1)] if successor_starts else []
        end = min(ends, default=None)
        windows[promise_set.pk] = (None, None) if end is not None and end < start else (start, end)
    return windows


def _decision_key(promise_set: PromiseSet) -> tuple[bool, date, float, int]:
    """The order `promises.selectors.DECISION_ORDER` gives: period start, publication, id."""
    published = promise_set.published_at
    return (
        promise_set.period_start is not None,
        promise_set.period_start or date.min,
        published.timestamp() if published else float("-inf"),
        promise_set.pk,
    )
