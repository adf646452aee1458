"""Who may do what with a promise set: the one place every back-office view asks.

A person works for organisations (Membership). An organisation reaches the
promise sets of its kommun; a lokalpolisområde reaches the sets of every
kommun it covers. The role decides what may be done there:

- admin: everything, in the whole installation (also Django superusers);
- coordinator: edits everything of the kommun's sets, publishes, invites;
- editor: edits the promises its organisation is party to, logs activities;
- reporter: logs activities;
- viewer: reads.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet

from loften.accounts.models import Membership
from loften.accounts.selectors import municipalities_of
from loften.promises.models import Party, Promise, PromiseSet
from loften.registry.models import Municipality, Organisation

Role = Membership.Role

EDITING_ROLES = (Role.ADMIN, Role.COORDINATOR)
PROMISE_EDITING_ROLES = (Role.ADMIN, Role.COORDINATOR, Role.EDITOR)
LOGGING_ROLES = (Role.ADMIN, Role.COORDINATOR, Role.EDITOR, Role.REPORTER)
READING_ROLES = (Role.ADMIN, Role.COORDINATOR, Role.EDITOR, Role.REPORTER, Role.VIEWER)


def is_installation_admin(user: User | AnonymousUser) -> bool:
    if not user.is_authenticated:
        return False
    return bool(user.is_superuser) or Membership.objects.filter(user=user, role=Role.ADMIN).exists()


def memberships_in(user: User | AnonymousUser, promise_set: PromiseSet) -> QuerySet[Membership]:
    """The user's memberships in organisations that reach this promise set."""
    if not user.is_authenticated:
        return Membership.objects.none()
    municipalities = promise_set.municipalities.all()
    return Membership.objects.filter(user=user).filter(
        Q(organisation__municipality__in=municipalities)
        | Q(organisation__police_area__municipalities__in=municipalities)
    )


def roles_in(user: User | AnonymousUser, promise_set: PromiseSet) -> set[str]:
    """Every role the user holds towards this set; admins hold every role everywhere."""
    if is_installation_admin(user):
        return set(Role.values)
    return set(memberships_in(user, promise_set).values_list("role", flat=True))


def can_view(user: User | AnonymousUser, promise_set: PromiseSet) -> bool:
    return bool(roles_in(user, promise_set) & set(READING_ROLES))


def can_edit_set(user: User | AnonymousUser, promise_set: PromiseSet) -> bool:
    """Change the set itself: period, focus areas, any promise, signing, publishing."""
    return bool(roles_in(user, promise_set) & set(EDITING_ROLES))


def can_edit_promise(user: User | AnonymousUser, promise: Promise) -> bool:
    """Coordinators edit every promise; editors those their organisation is party to."""
    promise_set = promise.promise_set
    if can_edit_set(user, promise_set):
        return True
    parties = set(promise.parties)
    return any(
        _party_of(membership.organisation) in parties
        for membership in memberships_in(user, promise_set)
        .filter(role=Role.EDITOR)
        .select_related("organisation")
    )


def can_log_activity(user: User | AnonymousUser, promise_set: PromiseSet) -> bool:
    return bool(roles_in(user, promise_set) & set(LOGGING_ROLES))


def approving_organisations(
    user: User | AnonymousUser, promise_set: PromiseSet
) -> list[Organisation]:
    """The parties this user may approve a set for: as coordinator or editor of a party."""
    return [
        membership.organisation
        for membership in memberships_in(user, promise_set)
        .filter(role__in=PROMISE_EDITING_ROLES)
        .select_related("organisation")
    ]


def promise_sets_of(
    user: User | AnonymousUser, roles: tuple[str, ...] = READING_ROLES
) -> QuerySet[PromiseSet]:
    """Every promise set, in any status, the user reaches in one of these roles."""
    if not user.is_authenticated:
        return PromiseSet.objects.none()
    if is_installation_admin(user):
        return PromiseSet.objects.all()
    memberships = Membership.objects.filter(user=user, role__in=roles)
    return PromiseSet.objects.filter(
        Q(municipalities__organisation__memberships__in=memberships)
        | Q(municipalities__police_areas__organisation__memberships__in=memberships)
    ).distinct()


def municipalities_to_edit(user: User | AnonymousUser) -> QuerySet[Municipality]:
    """The kommuner whose promise sets the user may write as a whole (and start new ones for)."""
    if is_installation_admin(user):
        return Municipality.objects.all()
    return municipalities_of(user, EDITING_ROLES)


def _party_of(organisation: Organisation) -> Party:
    if organisation.kind == Organisation.Kind.MUNICIPALITY:
        return Party.MUNICIPALITY
    if organisation.kind == Organisation.Kind.POLICE_AREA:
        return Party.POLICE
    return Party.OTHERS
