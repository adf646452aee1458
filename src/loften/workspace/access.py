"""The workspace's only ways to a promise set and its parts: 404 for anyone without the right.

Coordinators and admins reach every part of their kommun's sets; editors
reach the sets too (to read them and approve for their organisation) but
change only the promises their organisation is party to. Everyone else,
and anyone of another kommun, finds nothing.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.http import Http404
from django.shortcuts import get_object_or_404

from loften.accounts.permissions import (
    PROMISE_EDITING_ROLES,
    can_edit_promise,
    can_edit_set,
    promise_sets_of,
)
from loften.promises.models import Commitment, Contact, FocusArea, Promise, PromiseSet, Target


def access_promise_set(user: User | AnonymousUser, promise_set_id: int) -> PromiseSet:
    """A set the user writes on: as coordinator or admin, or as editor of one of its parties."""
    return get_object_or_404(promise_sets_of(user, PROMISE_EDITING_ROLES), pk=promise_set_id)


def access_promise_set_as_a_whole(user: User | AnonymousUser, promise_set_id: int) -> PromiseSet:
    """A set the user may change as a whole: period, focus areas, signing, publishing."""
    promise_set = access_promise_set(user, promise_set_id)
    if not can_edit_set(user, promise_set):
        raise Http404
    return promise_set


def access_focus_area(
    user: User | AnonymousUser, promise_set_id: int, focus_area_id: int
) -> FocusArea:
    promise_set = access_promise_set_as_a_whole(user, promise_set_id)
    return get_object_or_404(promise_set.focus_areas, pk=focus_area_id)


def access_promise(user: User | AnonymousUser, promise_set_id: int, promise_id: int) -> Promise:
    """A promise the user may change: any of the set for coordinators, their party's for editors."""
    promise_set = access_promise_set(user, promise_set_id)
    promise = get_object_or_404(promise_set.promises.select_related("promise_set"), pk=promise_id)
    if not can_edit_promise(user, promise):
        raise Http404
    return promise


def access_commitment(
    user: User | AnonymousUser, promise_set_id: int, promise_id: int, commitment_id: int
) -> Commitment:
    promise = access_promise(user, promise_set_id, promise_id)
    return get_object_or_404(promise.commitments.select_related("promise"), pk=commitment_id)


def access_target(
    user: User | AnonymousUser, promise_set_id: int, promise_id: int | None, target_id: int
) -> Target:
    """A target of one promise (as that promise), or of the whole set (as the set)."""
    if promise_id is None:
        promise_set = access_promise_set_as_a_whole(user, promise_set_id)
        return get_object_or_404(promise_set.targets.filter(promise__isnull=True), pk=target_id)
    promise = access_promise(user, promise_set_id, promise_id)
    return get_object_or_404(promise.targets, pk=target_id)


def access_contact(user: User | AnonymousUser, promise_set_id: int, contact_id: int) -> Contact:
    """A contact of a set the user may change as a whole."""
    promise_set = access_promise_set_as_a_whole(user, promise_set_id)
    return get_object_or_404(promise_set.contacts, pk=contact_id)
