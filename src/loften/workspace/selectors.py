"""Reads for the workspace pages, scoped by the user's rights and prefetched for their templates."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, F, Prefetch, QuerySet

from loften.accounts.permissions import (
    EDITING_ROLES,
    PROMISE_EDITING_ROLES,
    approving_organisations,
    can_edit_promise,
    can_edit_set,
    is_installation_admin,
    municipalities_to_edit,
    promise_sets_of,
)
from loften.promises.models import Approval, Commitment, FocusArea, Promise, PromiseSet, Target
from loften.promises.signing import SigningProgress, signing_progress
from loften.registry.models import Municipality, Organisation, PoliceArea

STATUS_ORDER = [
    PromiseSet.Status.DRAFT,
    PromiseSet.Status.FOR_SIGNING,
    PromiseSet.Status.PUBLISHED,
    PromiseSet.Status.SUPERSEDED,
]


@dataclass(frozen=True)
class SetEntry:
    promise_set: PromiseSet
    next_action: str


@dataclass(frozen=True)
class StatusGroup:
    status: PromiseSet.Status
    entries: list[SetEntry]


@dataclass
class MunicipalityWork:
    municipality: Municipality
    may_create: bool
    groups: list[StatusGroup] = field(default_factory=list)

    @property
    def followed_up(self) -> bool:
        """Whether the kommun has a published set to follow up and log activities for."""
        return any(group.status == PromiseSet.Status.PUBLISHED for group in self.groups)


def _with_parties(promise_sets: QuerySet[PromiseSet]) -> QuerySet[PromiseSet]:
    """What `signing_progress` reads, prefetched."""
    return promise_sets.prefetch_related(
        Prefetch("municipalities", queryset=Municipality.objects.select_related("organisation")),
        Prefetch("police_areas", queryset=PoliceArea.objects.select_related("organisation")),
        Prefetch("approvals", queryset=Approval.objects.select_related("organisation")),
    )


def workspace_overview(user: User | AnonymousUser) -> list[MunicipalityWork]:
    """The user's kommuner, each with its promise sets by status and what to do next with each."""
    promise_sets = _with_parties(
        promise_sets_of(user, PROMISE_EDITING_ROLES)
        .annotate(promise_count=Count("promises", distinct=True))
        .order_by(F("period_start").desc(nulls_first=True), "-pk")
    )
    whole = set(promise_sets_of(user, EDITING_ROLES).values_list("pk", flat=True))
    creatable = (
        set()
        if is_installation_admin(user)
        else set(municipalities_to_edit(user).values_list("pk", flat=True))
    )
    work: dict[int, MunicipalityWork] = {
        m.pk: MunicipalityWork(municipality=m, may_create=True)
        for m in Municipality.objects.filter(pk__in=creatable)
    }
    by_status: dict[tuple[int, str], list[SetEntry]] = {}
    for promise_set in promise_sets:
        entry = SetEntry(
            promise_set=promise_set,
            next_action=next_action(promise_set, user, as_a_whole=promise_set.pk in whole),
        )
        for municipality in promise_set.municipalities.all():
            work.setdefault(
                municipality.pk,
                MunicipalityWork(municipality=municipality, may_create=promise_set.pk in whole),
            )
            by_status.setdefault((municipality.pk, promise_set.status), []).append(entry)
    for pk, municipality_work in work.items():
        municipality_work.groups = [
            StatusGroup(status=status, entries=by_status[(pk, status)])
            for status in STATUS_ORDER
            if (pk, status) in by_status
        ]
    return sorted(work.values(), key=lambda w: w.municipality.name)


def next_action(promise_set: PromiseSet, user: User | AnonymousUser, *, as_a_whole: bool) -> str:
    """What the user, or someone else, has to do next with the set, in Swedish."""
    status = promise_set.status
    if status == PromiseSet.Status.DRAFT:
        if not _has_promises(promise_set):
            return "Lägg till löften."
        if promise_set.period_start is None:
            return "Ange när medborgarlöftet börjar gälla."
        if as_a_whole:
            return "Läs igenom och skicka för underskrift."
        return "Skriv klart era löften; samordnaren skickar för underskrift."
    if status == PromiseSet.Status.FOR_SIGNING:
        return _signing_action(
            signing_progress(promise_set), approving_organisations(user, promise_set), as_a_whole
        )
    if status == PromiseSet.Status.PUBLISHED:
        if as_a_whole:
            return "Följ upp. Ändra genom en ny version, eller kopiera till nästa period."
        return "Följ upp."
    return "Ingen: ersatt av ett senare medborgarlöfte."


def _has_promises(promise_set: PromiseSet) -> bool:
    """From the overview's count, or else from the prefetched promises."""
    count = getattr(promise_set, "promise_count", None)
    return bool(len(promise_set.promises.all()) if count is None else count)


def _signing_action(
    progress: SigningProgress, approvers: list[Organisation], as_a_whole: bool
) -> str:
    mine = [party for party in progress.missing if party in approvers]
    if mine:
        return f"Godkänn för {', '.join(party.name for party in mine)}."
    if progress.missing:
        return f"Väntar på godkännande från {', '.join(p.name for p in progress.missing)}."
    if as_a_whole:
        return "Alla parter har godkänt: publicera."
    return "Alla parter har godkänt; samordnaren publicerar."


def promise_set_for_workspace(promise_set_id: int) -> PromiseSet:
    """One set with everything its workspace page shows, in a fixed number of queries."""
    promises = Promise.objects.select_related("focus_area").prefetch_related(
        "themes",
        Prefetch(
            "commitments",
            queryset=Commitment.objects.select_related("responsible_user").order_by(
                "position", "pk"
            ),
        ),
        "targets",
    )
    return (
        _with_parties(PromiseSet.objects.all())
        .select_related("based_on")
        .prefetch_related(
            "focus_areas",
            "signatories",
            "contacts",
            Prefetch("promises", queryset=promises),
            Prefetch("targets", queryset=Target.objects.filter(promise__isnull=True)),
        )
        .get(pk=promise_set_id)
    )


@dataclass(frozen=True)
class FocusAreaGroup:
    focus_area: FocusArea | None
    promises: list[Promise]


@dataclass(frozen=True)
class PromiseSetPage:
    """Everything the set's workspace page shows, decided for one user."""

    promise_set: PromiseSet
    as_a_whole: bool
    editable: set[int]
    groups: list[FocusAreaGroup]
    progress: SigningProgress
    may_approve_for: list[Organisation]
    next_action: str

    @property
    def is_draft(self) -> bool:
        return self.promise_set.status == PromiseSet.Status.DRAFT

    @property
    def edits_whole(self) -> bool:
        """Whether the page offers to change the set's own fields, focus areas and promises."""
        return self.as_a_whole and self.is_draft


def promise_set_page(user: User | AnonymousUser, promise_set: PromiseSet) -> PromiseSetPage:
    """The page of a set the user reached through `access_promise_set`."""
    promise_set = promise_set_for_workspace(promise_set.pk)
    as_a_whole = can_edit_set(user, promise_set)
    promises = list(promise_set.promises.all())
    progress = signing_progress(promise_set)
    return PromiseSetPage(
        promise_set=promise_set,
        as_a_whole=as_a_whole,
        editable={p.pk for p in promises if as_a_whole or can_edit_promise(user, p)},
        groups=_by_focus_area(promise_set, promises),
        progress=progress,
        may_approve_for=approvable_for(user, promise_set, progress),
        next_action=next_action(promise_set, user, as_a_whole=as_a_whole),
    )


def approvable_for(
    user: User | AnonymousUser, promise_set: PromiseSet, progress: SigningProgress | None = None
) -> list[Organisation]:
    """The parties the user may still approve the set for: none unless it waits for signing."""
    if promise_set.status != PromiseSet.Status.FOR_SIGNING:
        return []
    missing = (progress or signing_progress(promise_set)).missing
    return [party for party in approving_organisations(user, promise_set) if party in missing]


def _by_focus_area(promise_set: PromiseSet, promises: list[Promise]) -> list[FocusAreaGroup]:
    """Promises without a focus area first, then every focus area (empty ones too) in order."""
    groups = [FocusAreaGroup(None, [p for p in promises if p.focus_area_id is None])]
    groups += [
        FocusAreaGroup(area, [p for p in promises if p.focus_area_id == area.pk])
        for area in promise_set.focus_areas.all()
    ]
    return [g for g in groups if g.focus_area is not None or g.promises]


def people_of(promise_set: PromiseSet) -> QuerySet[User]:
    """The people of the set's parties: who can be made responsible for a commitment."""
    parties = signing_progress(promise_set).parties
    return (
        User.objects.filter(is_active=True, memberships__organisation__in=parties)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def police_areas_for(promise_set: PromiseSet) -> QuerySet[PoliceArea]:
    """The lokalpolisområden that can be parties: those covering the set's kommuner."""
    return (
        PoliceArea.objects.filter(
            level=PoliceArea.Level.LOCAL, municipalities__in=promise_set.municipalities.all()
        )
        .distinct()
        .order_by("name")
    )
