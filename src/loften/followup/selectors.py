"""Reads for following promises up: commitment statuses, with the queries each page needs."""

from __future__ import annotations

import functools
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AnonymousUser, User
from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import Count, F, Prefetch, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.shortcuts import get_object_or_404

from loften.followup.models import (
    Activity,
    ActivityAttachment,
    ActivityCommitment,
    FollowUpRound,
    Measurement,
    Outcome,
)
from loften.followup.status import SEASONS, Schedule, State, Status, commitment_status
from loften.promises.models import Commitment, Promise, PromiseSet, Target
from loften.promises.numbering import Numbering, number
from loften.promises.selectors import pick_in_force, promise_sets_decided
from loften.promises.validity import Validity
from loften.registry.models import Municipality


@dataclass(frozen=True)
class CommitmentWithStatus:
    commitment: Commitment
    status: Status
    dates: tuple[date, ...] = ()  # of the activities logged for it, oldest first


def commitment_schedule(commitment: Commitment, validity: Validity) -> Schedule:
    """A commitment's schedule within its promise set's period.

    A set that goes on after its end date (until replaced, or extended) has
    no end for its schedule either: its yearly commitments keep recurring.
    """
    return Schedule(
        count=commitment.count,
        per=commitment.per,
        seasons=tuple(s for s in commitment.seasons if s in SEASONS),
        due_date=commitment.due_date,
        start=validity.start,
        end=None if validity.open_ended else validity.end,
    )


def commitment_statuses(promise_set: PromiseSet, on: date) -> list[CommitmentWithStatus]:
    """Every commitment of the set with its status on `on`, in promise order; two queries."""
    return commitment_statuses_of_sets({promise_set.pk: promise_set.validity}, on)


def commitment_statuses_of_sets(
    validities: dict[int, Validity], on: date, *, promise_ids: Collection[int] | None = None
) -> list[CommitmentWithStatus]:
    """Every commitment of these sets (by id, with their validity), with its status on `on`.

    Two queries however many sets: a page that lists many kommuners promises asks
    once. `promise_ids` narrows it to the commitments of those promises.
    """
    wanted = Commitment.objects.filter(promise__promise_set_id__in=validities)
    if promise_ids is not None:
        wanted = wanted.filter(promise_id__in=promise_ids)
    commitments = list(
        wanted.select_related("promise", "responsible_user").order_by(
            "promise__position", "promise__pk", "position", "pk"
        )
    )
    # Counted per day in the database: a kommun that logs thousands of activities
    # sends a row per commitment and day, not one per activity. The commitments are
    # named by id, which PostgreSQL reads from the links' index.
    logged = (
        ActivityCommitment.objects.filter(
            commitment_id__in=[commitment.pk for commitment in commitments],
            activity__promise_set_id__in=validities,
        )
        .order_by()
        .values_list("commitment_id", "date")
        .annotate(Count("pk"))
    )
    dates: dict[int, list[date]] = defaultdict(list)
    for commitment_id, day, times in logged:
        dates[commitment_id] += [day] * times
    return [
        CommitmentWithStatus(
            commitment=commitment,
            status=commitment_status(
                commitment_schedule(commitment, validities[commitment.promise.promise_set_id]),
                dates[commitment.pk],
                on,
            ),
            dates=tuple(sorted(dates[commitment.pk])),
        )
        for commitment in commitments
    ]


def numbering_with(
    promises: Iterable[Promise], statuses: Iterable[CommitmentWithStatus]
) -> Numbering:
    """The set's numbering (`promises/numbering.py`) from its promises and statuses in hand."""
    return number(
        ((p.pk, p.position) for p in promises),
        ((r.commitment.pk, r.commitment.promise_id, r.commitment.position) for r in statuses),
    )


def follow_up_round_on(promise_set: PromiseSet, on: date) -> FollowUpRound | None:
    """The round that covers `on`: the one whose activities a follow-up on that day collects."""
    return promise_set.follow_up_rounds.filter(covers_from__lte=on, covers_until__gte=on).first()


@dataclass(frozen=True)
class FollowUpPlace:
    """A kommun in the back office, with its promise set in force on the day, if any."""

    municipality: Municipality
    promise_set: PromiseSet | None
    latest: PromiseSet


def access_follow_up(
    user: User | AnonymousUser,
    slug: str,
    on: date,
    allowed: Callable[[User | AnonymousUser, PromiseSet], bool],
) -> FollowUpPlace:
    """The back office's one way to a kommun's follow-up; 404 for a kommun the user may not see.

    Whether the user may is judged on the set in force on the day, or, when
    none is, on the kommun's latest published set.
    """
    municipality = get_object_or_404(Municipality, slug=slug)
    decided = list(promise_sets_decided(municipality))
    if not decided:
        raise Http404("Kommunen har inget publicerat medborgarlöfte.")
    in_force = pick_in_force(decided, on)
    latest = max(decided, key=lambda s: s.validity.start or date.min)
    if not allowed(user, in_force or latest):
        raise Http404("Ingen sådan uppföljning som du arbetar med.")
    return FollowUpPlace(municipality=municipality, promise_set=in_force, latest=latest)


def activities_of(promise_set: PromiseSet) -> QuerySet[Activity]:
    """The set's activities, newest first, with what their list shows."""
    return (
        Activity.objects.filter(promise_set=promise_set)
        .select_related("organisation", "created_by")
        .prefetch_related(
            Prefetch("commitments", queryset=Commitment.objects.select_related("promise")),
            Prefetch("attachments", queryset=ActivityAttachment.objects.defer("content")),
        )
        .order_by("-date", "-pk")
    )


# How many of a commitment's activities a page shows; the rest are on a paginated list.
LATEST_SHOWN = 5
# How many activities one page of a paginated list shows.
ACTIVITIES_PER_PAGE = 50


@dataclass(frozen=True)
class Logged:
    """A commitment's activities on a page: how many there are, and the latest few."""

    count: int
    latest: list[Activity]


def latest_logged(since: Mapping[int, date | None], until: date | None = None) -> dict[int, Logged]:
    """Per commitment (the keys of `since`): its activities from that day, newest first.

    Two queries however many activities: the count per commitment, and the
    `LATEST_SHOWN` newest per commitment (`newest_links`), so a page never reads
    them all.
    """
    if not since:
        return {}
    links = ActivityCommitment.objects.filter(
        functools.reduce(
            operator.or_,
            (
                Q(commitment_id=pk, **({"date__gte": day} if day else {}))
                for pk, day in since.items()
            ),
        )
    )
    if until is not None:
        links = links.filter(date__lte=until)
    counts = dict(links.order_by().values_list("commitment_id").annotate(Count("pk")))
    latest: dict[int, list[Activity]] = defaultdict(list)
    for link in newest_links(links, LATEST_SHOWN).select_related("activity"):
        latest[link.commitment_id].append(link.activity)
    return {pk: Logged(counts.get(pk, 0), latest[pk]) for pk in since}


def newest_links(
    links: QuerySet[ActivityCommitment], per_commitment: int
) -> QuerySet[ActivityCommitment]:
    """The newest `per_commitment` of these links of each commitment, in commitment order.

    Ranked by a window function (SQLite and PostgreSQL alike) over the links' own
    dates, which their index keeps in order, so the activities themselves are
    read only for the links picked, not for every one a commitment has.
    """
    ranked = (
        links.annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("commitment_id")],
                order_by=[F("date").desc(), F("activity_id").desc()],
            )
        )
        .filter(rank__lte=per_commitment)
        .values("pk")
    )
    return ActivityCommitment.objects.filter(pk__in=ranked).order_by(
        "commitment_id", "-date", "-activity_id"
    )


def activity_page(activities: QuerySet[Activity], number: str | None) -> Page[Activity]:
    """One page of a list of activities (`?sida=N`); a page that does not exist is 404."""
    try:
        return Paginator(activities, ACTIVITIES_PER_PAGE).page(number or 1)
    except InvalidPage as missing:
        raise Http404("Det finns ingen sådan sida i listan.") from missing


@dataclass(frozen=True)
class CommitmentFollowUp:
    number: str
    commitment: Commitment
    status: Status
    logged: Logged
    reasons: list[Outcome]


@dataclass(frozen=True)
class TargetFollowUp:
    target: Target
    latest: Measurement | None


@dataclass(frozen=True)
class PromiseFollowUp:
    number: int
    promise: Promise
    commitments: list[CommitmentFollowUp]
    targets: list[TargetFollowUp]


@dataclass(frozen=True)
class Dashboard:
    promise_set: PromiseSet
    on: date
    follow_up_round: FollowUpRound | None
    promises: list[PromiseFollowUp]
    targets: list[TargetFollowUp]

    @property
    def commitments(self) -> list[CommitmentFollowUp]:
        return [c for p in self.promises for c in p.commitments]

    @property
    def round_after_period(self) -> bool:
        """Whether the round lies after the set's stated period: the set is still in force."""
        end = self.promise_set.period_end
        return bool(self.follow_up_round and end and self.follow_up_round.covers_from > end)

    @property
    def attention(self) -> list[CommitmentFollowUp]:
        """What needs doing: overdue first, then what is due soon."""
        order = {State.OVERDUE: 0, State.DUE_SOON: 1}
        wanted = [c for c in self.commitments if c.status.state in order]
        return sorted(wanted, key=lambda c: order[c.status.state])

    @property
    def counts(self) -> list[tuple[State, int]]:
        """How many commitments are in each state, in the order a reader cares about."""
        found = Counter(c.status.state for c in self.commitments)
        return [(state, found[state]) for state in DASHBOARD_ORDER if found[state]]


DASHBOARD_ORDER = (
    State.OVERDUE,
    State.DUE_SOON,
    State.ON_TRACK,
    State.MET,
    State.NOT_MET,
    State.NOT_STARTED,
    State.UNSCHEDULED,
)


def follow_up_dashboard(promise_set: PromiseSet, on: date) -> Dashboard:
    """The set's follow-up on `on`, in a fixed number of queries.

    Per commitment: its status, what was done this round (the round that
    covers the day, or when there is none the status window) and the reasons
    given this round for what was not done. Per target: the latest value
    measured by the day.
    """
    follow_up_round = follow_up_round_on(promise_set, on)
    statuses = commitment_statuses(promise_set, on)
    logged = latest_logged(
        {
            row.commitment.pk: (
                follow_up_round.covers_from if follow_up_round else row.status.window_start
            )
            for row in statuses
        },
        until=on,
    )
    reasons = Outcome.objects.filter(
        commitment__promise__promise_set=promise_set,
        kind=Outcome.Kind.NOT_DONE,
        follow_up_round=follow_up_round,
    ).order_by("position", "pk")
    reasons_of: dict[int | None, list[Outcome]] = defaultdict(list)
    for outcome in reasons:
        reasons_of[outcome.commitment_id].append(outcome)
    promises = list(Promise.objects.filter(promise_set=promise_set).order_by("position", "pk"))
    numbering = numbering_with(promises, statuses)
    commitments_of: dict[int, list[CommitmentFollowUp]] = defaultdict(list)
    for row in statuses:
        commitments_of[row.commitment.promise_id].append(
            CommitmentFollowUp(
                number=numbering.commitments[row.commitment.pk],
                commitment=row.commitment,
                status=row.status,
                logged=logged[row.commitment.pk],
                reasons=reasons_of[row.commitment.pk],
            )
        )
    targets = _targets_with_latest(promise_set, on)
    return Dashboard(
        promise_set=promise_set,
        on=on,
        follow_up_round=follow_up_round,
        promises=[
            PromiseFollowUp(
                number=numbering.promises[promise.pk],
                promise=promise,
                commitments=commitments_of[promise.pk],
                targets=[t for t in targets if t.target.promise_id == promise.pk],
            )
            for promise in promises
        ],
        targets=[t for t in targets if t.target.promise_id is None],
    )


def _targets_with_latest(promise_set: PromiseSet, on: date) -> list[TargetFollowUp]:
    measurements = Measurement.objects.filter(
        target__promise_set=promise_set, measured_on__lte=on
    ).order_by("target", "-measured_on", "-pk")
    latest: dict[int, Measurement] = {}
    for measurement in measurements:
        latest.setdefault(measurement.target_id, measurement)
    return [
        TargetFollowUp(target=target, latest=latest.get(target.pk))
        for target in Target.objects.filter(promise_set=promise_set)
        .select_related("promise")
        .order_by("pk")
    ]
