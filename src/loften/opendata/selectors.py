"""What the open data shows: decided promise sets and what belongs to them, nothing else.

Every list starts from the published and superseded promise sets
(`PromiseSet.objects.decided()`), so drafts and sets out for signing, with
their promises, commitments, activities and follow-up rounds, never reach it.
Filters are tables of conditions by name: the API's filter parameters and CSV
downloads share them. Lists are ordered by id (kommuner by code), so that
pages stay stable as data is added.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar, cast

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    Model,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse

from loften.assessments.models import Assessment
from loften.followup.models import Activity, ActivityCommitment, FollowUpRound, Outcome
from loften.promises.models import Commitment, Promise, PromiseSet, Target, Tenure
from loften.registry.models import Municipality, PoliceAreaCoverage

M = TypeVar("M", bound=Model)
Conditions = Mapping[str, Callable[[Any], Q]]

_PROMISE_PARTIES = {
    "police": Q(by_police=True),
    "municipality": Q(by_municipality=True),
    "others": Q(with_others=True),
}


def _filtered(
    queryset: QuerySet[M], conditions: Conditions, filters: Mapping[str, Any]
) -> QuerySet[M]:
    for name, value in filters.items():
        if value is not None:
            queryset = queryset.filter(conditions[name](value))
    return queryset


def _in_force_ids(on: date) -> QuerySet[Tenure, int]:
    """The sets in force in some kommun on `on`, as a subquery of the stored stretches.

    Working them out kommun by kommun (`municipalities_with_promises`) cost a
    third of the promise-set list's time at national scale.
    """
    return Tenure.objects.on(on).values_list("promise_set_id", flat=True)


def _period_covers(year: int) -> Q:
    """A stated period that includes a day of the year; an open end includes every year."""
    starts = Q(period_start__isnull=True) | Q(period_start__lte=date(year, 12, 31))
    ends = Q(period_end__isnull=True) | Q(period_end__gte=date(year, 1, 1))
    return starts & ends


def _decided(field: str) -> Exists:
    """Only rows whose promise set, reached through `field`, is decided.

    A correlated EXISTS rather than `IN (subquery)`: SQLite then walks the rows in the
    list's order and stops at the page's end, where with IN it read every row of every
    decided set and sorted them all to return the first hundred.
    """
    return Exists(PromiseSet.objects.decided().filter(pk=OuterRef(field)))


def _set_conditions(field: str, on: date) -> dict[str, Callable[[Any], Q]]:
    """Filters on the promise set, for rows that reach its id through `field`."""

    def sets(condition: Q) -> Q:
        return Q(**{f"{field}__in": PromiseSet.objects.filter(condition).values("pk")})

    def in_force(flag: bool) -> Q:
        current = sets(Q(pk__in=_in_force_ids(on)))
        return current if flag else ~current

    return {
        "municipality": lambda code: sets(Q(municipalities__code=code)),
        "county": lambda code: sets(Q(municipalities__county__code=code)),
        "status": lambda status: sets(Q(status=status)),
        "in_force": in_force,
        "year": lambda year: sets(_period_covers(year)),
        "promise_set": lambda pk: Q(**{field: pk}),
    }


def _with_municipalities(lookup: str) -> Prefetch:
    return Prefetch(lookup, queryset=Municipality.objects.order_by("code"))


def _targets(queryset: QuerySet[Target]) -> Prefetch:
    return Prefetch("targets", queryset=queryset.prefetch_related("measurements").order_by("pk"))


# Kommuner


def municipality_list(filters: Mapping[str, Any]) -> QuerySet[Municipality]:
    municipalities = (
        Municipality.objects.select_related("county")
        .annotate(
            promise_set_count=Count(
                "promise_sets", filter=Q(promise_sets__status__in=PromiseSet.DECIDED)
            )
        )
        .order_by("code")
    )
    conditions: Conditions = {
        "county": lambda code: Q(county__code=code),
        "has_promises": lambda flag: Q(promise_set_count__gt=0) if flag else Q(promise_set_count=0),
    }
    return _filtered(municipalities, conditions, filters)


def municipality_detail(code: str) -> Municipality | None:
    return (
        municipality_list({})
        .prefetch_related(
            Prefetch(
                "policeareacoverage_set",
                queryset=PoliceAreaCoverage.objects.select_related("police_area").order_by(
                    "police_area__name"
                ),
            ),
            Prefetch("promise_sets", queryset=PromiseSet.objects.decided().order_by("pk")),
        )
        .filter(code=code)
        .first()
    )


# Promise sets


def promise_set_list(filters: Mapping[str, Any], on: date) -> QuerySet[PromiseSet]:
    in_force = _in_force_ids(on)
    promise_sets = (
        PromiseSet.objects.decided()
        .select_related("based_on")
        .prefetch_related(_with_municipalities("municipalities"), "police_areas")
        .annotate(
            promise_count=_promise_count(),
            in_force=Case(
                When(pk__in=in_force, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
        )
        .order_by("pk")
    )
    conditions = _set_conditions("pk", on) | {
        "theme": lambda theme: Q(
            pk__in=Promise.objects.filter(themes__theme=theme).values("promise_set_id")
        ),
    }
    return _filtered(promise_sets, conditions, filters)


def _promise_count() -> Coalesce:
    """How many promises a set holds, counted per set in a correlated subquery.

    `Count("promises")` joins and groups every decided set before the page's
    LIMIT applies (1 450 sets at national scale, then sorted); this reads only
    the page's sets, in id order.
    """
    counted = (
        Promise.objects.filter(promise_set_id=OuterRef("pk"))
        .order_by()
        .values("promise_set_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted), 0)


def promise_set_detail(pk: int, on: date) -> PromiseSet | None:
    return (
        promise_set_list({}, on)
        .prefetch_related(
            "focus_areas",
            _targets(Target.objects.filter(promise__isnull=True)),
            "signatories",
            "contacts",
        )
        .filter(pk=pk)
        .first()
    )


# Promises


def promise_list(filters: Mapping[str, Any], on: date) -> QuerySet[Promise]:
    promises = (
        Promise.objects.filter(_decided("promise_set_id"))
        .select_related("promise_set", "focus_area")
        .prefetch_related(_with_municipalities("promise_set__municipalities"), "themes")
        .order_by("pk")
    )
    conditions = _set_conditions("promise_set_id", on) | {
        "theme": lambda theme: Q(themes__theme=theme),
        "party": lambda party: _PROMISE_PARTIES[party],
    }
    return _filtered(promises, conditions, filters)


def promise_detail(pk: int, on: date) -> Promise | None:
    return (
        promise_list({}, on)
        .prefetch_related(
            Prefetch("commitments", queryset=Commitment.objects.order_by("position", "pk")),
            _targets(Target.objects.all()),
        )
        .filter(pk=pk)
        .first()
    )


# Commitments


def commitment_list(filters: Mapping[str, Any], on: date) -> QuerySet[Commitment]:
    commitments = (
        Commitment.objects.filter(_decided("promise__promise_set_id"))
        .select_related("promise__promise_set")
        .prefetch_related(_with_municipalities("promise__promise_set__municipalities"))
        .order_by("pk")
    )
    conditions = _set_conditions("promise__promise_set_id", on) | {
        "promise": lambda pk: Q(promise_id=pk),
        "theme": lambda theme: Q(promise__themes__theme=theme),
        "party": lambda party: Q(party=party),
    }
    return _filtered(commitments, conditions, filters)


def commitment_detail(pk: int, on: date) -> Commitment | None:
    return commitment_list({}, on).filter(pk=pk).first()


# Activities


def activity_list(filters: Mapping[str, Any], on: date) -> QuerySet[Activity]:
    return (
        _activities(_decided("promise_set_id"), filters, on)
        .select_related("organisation")
        .prefetch_related(
            _with_municipalities("promise_set__municipalities"),
            Prefetch("commitments", queryset=Commitment.objects.only("pk").order_by("pk")),
        )
        .order_by("pk")
    )


def activity_count(filters: Mapping[str, Any], on: date) -> int:
    """How many activities `activity_list` holds, counted the cheap way.

    With `IN (decided sets)` the database counts the entries of the activities'
    set index, set by set; the list's correlated EXISTS (right for a page in id
    order) would look the set up once per activity, 344 543 times at national scale.
    """
    decided = Q(promise_set_id__in=PromiseSet.objects.decided().values("pk"))
    return _activities(decided, filters, on).count()


def _activities(decided: Q | Exists, filters: Mapping[str, Any], on: date) -> QuerySet[Activity]:
    conditions = _set_conditions("promise_set_id", on) | {
        "commitment": lambda pk: Q(
            pk__in=ActivityCommitment.objects.filter(commitment_id=pk).values("activity_id")
        ),
        "theme": lambda theme: Q(
            pk__in=Activity.objects.filter(commitments__promise__themes__theme=theme).values("pk")
        ),
        "party": lambda party: Q(party=party),
        "year": lambda year: Q(date__year=year),
    }
    return _filtered(Activity.objects.filter(decided), conditions, filters)


def activity_detail(pk: int, on: date) -> Activity | None:
    return activity_list({}, on).filter(pk=pk).first()


# Follow-up rounds


def follow_up_round_list(filters: Mapping[str, Any], on: date) -> QuerySet[FollowUpRound]:
    rounds = (
        FollowUpRound.objects.filter(_decided("promise_set_id"), published_at__isnull=False)
        .prefetch_related(_with_municipalities("promise_set__municipalities"))
        .order_by("pk")
    )
    conditions = _set_conditions("promise_set_id", on) | {
        "year": lambda year: Q(covers_from__year__lte=year, covers_until__year__gte=year),
    }
    return _filtered(rounds, conditions, filters)


def follow_up_round_detail(pk: int, on: date) -> FollowUpRound | None:
    outcomes = Outcome.objects.public().order_by("promise_id", "position", "pk")
    return (
        follow_up_round_list({}, on)
        .prefetch_related(Prefetch("outcomes", queryset=outcomes))
        .filter(pk=pk)
        .first()
    )


# Feeds


@dataclass(frozen=True)
class FeedEntry:
    """A new promise set or a published follow-up round, as a feed tells of it."""

    title: str
    description: str
    path: str
    guid: str
    published_at: datetime


def feed_entries(municipality: Municipality | None, limit: int = 50) -> list[FeedEntry]:
    """The latest published sets and follow-up rounds, of one kommun or of all, newest first."""
    sets = (
        PromiseSet.objects.decided()
        .filter(published_at__isnull=False)
        .prefetch_related(_with_municipalities("municipalities"))
        .order_by("-published_at", "-pk")
    )
    rounds = (
        FollowUpRound.objects.filter(_decided("promise_set_id"), published_at__isnull=False)
        .select_related("promise_set")
        .prefetch_related(_with_municipalities("promise_set__municipalities"))
        .order_by("-published_at", "-pk")
    )
    if municipality is not None:
        sets = sets.filter(municipalities=municipality)
        rounds = rounds.filter(promise_set__municipalities=municipality)
    entries = [_set_entry(s, municipality) for s in sets[:limit]]
    entries += [_round_entry(r, municipality) for r in rounds[:limit]]
    return sorted(entries, key=lambda e: e.published_at, reverse=True)[:limit]


def _guid(name: str) -> str:
    """A lasting id for a feed entry, the same in every feed and on every host."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"loften:{name}").urn


def _set_path(promise_set: PromiseSet, municipality: Municipality | None) -> str:
    """The set's page, under the feed's kommun or else its first kommun by code."""
    shown = municipality or next(iter(promise_set.municipalities.all()), None)
    return reverse("promise-set", args=[shown.slug, promise_set.pk]) if shown else reverse("index")


def _set_entry(promise_set: PromiseSet, municipality: Municipality | None) -> FeedEntry:
    names = ", ".join(m.name for m in promise_set.municipalities.all())
    return FeedEntry(
        title=f"Nytt medborgarlöfte: {promise_set.title}",
        description=f"{names}: {promise_set.title}, {promise_set.period_label}.",
        path=_set_path(promise_set, municipality),
        guid=_guid(f"promise-set/{promise_set.pk}"),
        published_at=cast(datetime, promise_set.published_at),  # only published ones
    )


def _round_entry(follow_up_round: FollowUpRound, municipality: Municipality | None) -> FeedEntry:
    promise_set = follow_up_round.promise_set
    covers = f"{follow_up_round.covers_from.isoformat()}–{follow_up_round.covers_until.isoformat()}"
    return FeedEntry(
        title=f"Uppföljning {follow_up_round.number}: {promise_set.title}",
        description=follow_up_round.summary or f"Uppföljningen avser {covers}.",
        path=_set_path(promise_set, municipality),
        guid=_guid(f"follow-up-round/{follow_up_round.pk}"),
        published_at=cast(datetime, follow_up_round.published_at),  # only published ones
    )


def assessment_list(filters: Mapping[str, Any], on: date) -> QuerySet[Assessment]:
    """Published lägesbilder only: drafts never leave the back office."""
    assessments = (
        Assessment.objects.filter(status=Assessment.Status.PUBLISHED)
        .select_related("municipality")
        .order_by("pk")
    )
    conditions: Conditions = {
        "municipality": lambda code: Q(municipality__code=code),
        "county": lambda code: Q(municipality__county__code=code),
        "year": lambda year: Q(as_of__year=year),
    }
    return _filtered(assessments, conditions, filters)


def assessment_detail(pk: int, on: date) -> Assessment | None:
    return assessment_list({}, on).prefetch_related("themes").filter(pk=pk).first()
