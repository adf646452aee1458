"""What a person may work on, decided once here for every back-office view."""

from __future__ import annotations

from typing import cast

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from loften.accounts.models import Membership
from loften.promises.models import PromiseSet
from loften.registry.models import Municipality

WORKING_ROLES = (
    Membership.Role.ADMIN,
    Membership.Role.COORDINATOR,
    Membership.Role.EDITOR,
    Membership.Role.REPORTER,
)
PUBLISHING_ROLES = (Membership.Role.ADMIN, Membership.Role.COORDINATOR)


def municipalities_of(
    user: User | AnonymousUser, roles: tuple[Membership.Role, ...] = WORKING_ROLES
) -> QuerySet[Municipality]:
    """The kommuner whose promise sets the user's organisations work on, in these roles.

    A kommun works on its own; a lokalpolisområde on every kommun it covers.
    """
    if not user.is_authenticated:
        return Municipality.objects.none()
    memberships = Membership.objects.filter(user=user, role__in=roles)
    return (
        Municipality.objects.filter(
            Q(organisation__memberships__in=memberships)
            | Q(police_areas__organisation__memberships__in=memberships)
        )
        .distinct()
        .order_by("name")
    )


def access_draft_promise_set(
    user: User | AnonymousUser,
    promise_set_id: int,
    roles: tuple[Membership.Role, ...] = WORKING_ROLES,
) -> PromiseSet:
    """The back office's one way to a draft: only drafts of the user's own kommuner, else 404."""
    drafts = PromiseSet.objects.filter(
        status=PromiseSet.Status.DRAFT, municipalities__in=municipalities_of(user, roles)
    ).distinct()
    return get_object_or_404(drafts, pk=promise_set_id)


def signed_in(request: HttpRequest) -> User:
    """The user of a request that passed login_required."""
    return cast(User, request.user)
