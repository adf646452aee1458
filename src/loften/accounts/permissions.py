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

from collections.abc import Callable

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet

from loften.accounts.models import Membership
from loften.accounts.selectors import municipalities_of
from loften.followup.models import Activity
from loften.promises.models import (
    Commitment,
    Contact,
    FocusArea,
    Party,
    Promise,
    PromiseSet,
    Target,
)
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
    return can_edit_promises(user, promise.promise_set)(promise)


def can_edit_promises(
    user: User | AnonymousUser, promise_set: PromiseSet
) -> Callable[[Promise], bool]:
    """can_edit_promise for every promise of one set, decided once."""
    if can_edit_set(user, promise_set):
        return lambda promise: True
    parties = {
        _party_of(membership.organisation)
        for membership in memberships_in(user, promise_set)
        .filter(role=Role.EDITOR)
        .select_related("organisation")
    }
    return lambda promise: bool(parties & set(promise.parties))


def can_change_part(
    user: User | AnonymousUser,
    part: FocusArea | Promise | Commitment | Target | Contact,
    *,
    removing: bool = False,
    stored: Promise | None = None,
) -> bool:
    """Write one part of a set: what the set holds as a whole (focus areas, contacts,
    set-wide targets, new or removed promises) as coordinator; a promise, its
    commitments and targets also as editor of a party to the promise as it is stored
    (`stored`, when the caller has read the promise already).
    """
    if isinstance(part, Commitment):
        return can_edit_promise(user, Promise.objects.get(pk=part.promise_id))
    if isinstance(part, Target) and (promise_id := part.promise_id) is not None:
        return can_edit_promise(user, Promise.objects.get(pk=promise_id))
    if isinstance(part, Promise) and not part._state.adding and not removing:
        return can_edit_promise(user, stored or Promise.objects.get(pk=part.pk))
    return can_edit_set(user, part.promise_set)


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


def logging_organisations(
    user: User | AnonymousUser, promise_set: PromiseSet
) -> list[Organisation]:
    """The organisations the user logs activities for in this set, by name."""
    return [
        membership.organisation
        for membership in memberships_in(user, promise_set)
        .filter(role__in=LOGGING_ROLES)
        .select_related("organisation")
        .order_by("organisation__name")
    ]


def can_change_activities(
    user: User | AnonymousUser, promise_set: PromiseSet
) -> Callable[[Activity], bool]:
    """Which of the set's activities the user may edit or delete, decided in two queries.

    People change the activities of their own organisation (and those they
    logged themselves without one); admins change every activity.
    """
    if is_installation_admin(user):
        return lambda activity: True
    own = {organisation.pk for organisation in logging_organisations(user, promise_set)}
    if not own:
        return lambda activity: False
    return lambda activity: (
        activity.organisation_id in own
        or (activity.organisation_id is None and activity.created_by_id == user.pk)
    )


def can_edit_targets(
    user: User | AnonymousUser, promise_set: PromiseSet
) -> Callable[[Target], bool]:
    """Who enters measured values: as for the target's promise, or the set's for a set-wide one."""
    promises = can_edit_promises(user, promise_set)
    whole_set = can_edit_set(user, promise_set)
    return lambda target: promises(target.promise) if target.promise else whole_set


def party_for(user: User | AnonymousUser, promise_set: PromiseSet) -> Party | None:
    """The party the user works for in this set (their first logging organisation's), if any."""
    organisations = logging_organisations(user, promise_set)
    return _party_of(organisations[0]) if organisations else None


INVITING_ROLES = (Role.ADMIN, Role.COORDINATOR)
# Highest first: nobody hands out a role above their own.
ROLE_ORDER = (Role.ADMIN, Role.COORDINATOR, Role.EDITOR, Role.REPORTER, Role.VIEWER)


def inviting_memberships(user: User | AnonymousUser) -> QuerySet[Membership]:
    """The user's memberships in which they invite people to that organisation."""
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user=user, role__in=INVITING_ROLES).select_related(
        "organisation"
    )


def roles_up_to(role: str) -> list[Role]:
    """The roles someone holding `role` may hand out: the own and every lower one."""
    return list(ROLE_ORDER[ROLE_ORDER.index(Role(role)) :])


def can_invite(user: User | AnonymousUser, organisation: Organisation, role: str) -> bool:
    """Coordinators and admins invite to their own organisation, in a role no higher than theirs."""
    return any(
        role in roles_up_to(membership.role)
        for membership in inviting_memberships(user).filter(organisation=organisation)
    )


def coordinates(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """Whether the user coordinates the kommun's joint work: as coordinator of the kommun
    or of a police area that covers it (or as admin)."""
    return municipalities_to_edit(user).filter(pk=municipality.pk).exists()


def can_manage_surveys(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """Start a kommun's safety surveys, import their responses, hand out their codes."""
    return coordinates(user, municipality)


def can_edit_assessments(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """Draft the kommun's lägesbild, write its analysis, start promises from it."""
    return coordinates(user, municipality)


def assessment_approving_organisations(
    user: User | AnonymousUser, municipality: Municipality
) -> list[Organisation]:
    """The parties the user approves the kommun's lägesbild for, as for a promise set: the
    kommun, as its coordinator or editor, and each police area covering it, as theirs."""
    if not user.is_authenticated:
        return []
    return [
        membership.organisation
        for membership in Membership.objects.filter(user=user, role__in=PROMISE_EDITING_ROLES)
        .filter(
            Q(organisation__municipality=municipality)
            | Q(organisation__police_area__municipalities=municipality)
        )
        .select_related("organisation")
        .distinct()
    ]


def municipalities_to_read(user: User | AnonymousUser) -> QuerySet[Municipality]:
    """The kommuner whose unpublished work (drafts, running surveys) the user may see."""
    if is_installation_admin(user):
        return Municipality.objects.all()
    return municipalities_of(user, READING_ROLES)


def can_read_surveys(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """See a kommun's surveys while they run and their full results: anyone who works on
    the kommun's promise sets, in any role."""
    return municipalities_to_read(user).filter(pk=municipality.pk).exists()


def can_import_statistics(user: User | AnonymousUser) -> bool:
    """Public statistics cover every kommun: the installation's admins import them."""
    return is_installation_admin(user)


def municipalities_to_write_dialogue(user: User | AnonymousUser) -> QuerySet[Municipality]:
    """The kommuner whose dialogue notes the user writes and whose comments the user
    tags: as editor (or coordinator) of the kommun or of a police area covering it."""
    if is_installation_admin(user):
        return Municipality.objects.all()
    return municipalities_of(user, PROMISE_EDITING_ROLES)


def can_edit_dialogue(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """Write the kommun's dialogue notes, correct the themes of its comments and read what
    was written before masking, while it is kept."""
    return municipalities_to_write_dialogue(user).filter(pk=municipality.pk).exists()


def can_read_dialogue(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """Read the kommun's dialogue notes and comments, masked: anyone who works on the
    kommun's promise sets, in any role."""
    return municipalities_to_read(user).filter(pk=municipality.pk).exists()


# EST (effektiv samordning för trygghet). The kommun and the police areas covering it
# run the kommun's EST: their people, in any role, see every incident of the kommun with
# its description and place. Another actor the kommun has let in (an EstActor: a housing
# company, a school) sees its own organisation's incidents in full and only counts of
# the rest. Anyone who may log activities reports for their organisation; the kommun's
# coordinators also draw its areas, let actors in and edit every incident.


def est_organisations(user: User | AnonymousUser, municipality: Municipality) -> list[Organisation]:
    """The organisations the user reports the kommun's incidents for, by name."""
    if not user.is_authenticated:
        return []
    return [
        membership.organisation
        for membership in Membership.objects.filter(user=user, role__in=LOGGING_ROLES)
        .filter(
            Q(organisation__municipality=municipality)
            | Q(organisation__police_area__municipalities=municipality)
            | Q(organisation__est_memberships__municipality=municipality)
        )
        .select_related("organisation")
        .distinct()
        .order_by("organisation__name")
    ]


def can_read_all_incidents(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """Every incident of the kommun in full: the kommun's and the police's own people."""
    return can_read_surveys(user, municipality)


def incident_organisations_to_read(
    user: User | AnonymousUser, municipality: Municipality
) -> list[Organisation] | None:
    """Whose incidents the user reads in full: None for all of the kommun's, else the
    user's own organisations that take part (empty: counts only, or nothing)."""
    if can_read_all_incidents(user, municipality):
        return None
    if not user.is_authenticated:
        return []
    return [
        membership.organisation
        for membership in Membership.objects.filter(
            user=user,
            role__in=READING_ROLES,
            organisation__est_memberships__municipality=municipality,
        ).select_related("organisation")
    ]


def can_see_incident_counts(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """The weekly counts per area: everyone in the kommun's EST."""
    return incident_organisations_to_read(user, municipality) != []


def can_manage_est(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """Upload the kommun's areas, let actors in, correct any incident."""
    return coordinates(user, municipality)


def can_edit_incident(
    user: User | AnonymousUser, municipality: Municipality, organisation: Organisation
) -> bool:
    """Change or remove an incident of this organisation: its reporters, or a coordinator."""
    return can_manage_est(user, municipality) or organisation in est_organisations(
        user, municipality
    )


# Safety walks. The kommun's editors and coordinators (of the kommun or of a police area
# covering it) record its walks and see and update every finding; the organisation
# responsible for a finding sees it and updates it (anyone there who logs activities).
# Everyone else, another organisation's people too, learns nothing: not even that it exists.


def can_record_walks(user: User | AnonymousUser, municipality: Municipality) -> bool:
    """Record the kommun's walks and their findings, and handle every finding."""
    if is_installation_admin(user):
        return True
    return municipalities_of(user, PROMISE_EDITING_ROLES).filter(pk=municipality.pk).exists()


def can_handle_finding(
    user: User | AnonymousUser, municipality: Municipality, responsible: Organisation
) -> bool:
    """See and update a finding (and its photo): the kommun's editors, or the responsible
    organisation's people."""
    if not user.is_authenticated:
        return False
    return Membership.objects.filter(
        user=user, organisation=responsible, role__in=LOGGING_ROLES
    ).exists() or can_record_walks(user, municipality)
