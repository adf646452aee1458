"""Writing a draft: its own fields, focus areas, promises, commitments, targets and contacts.

Only a draft changes in place. A set sent for signing is first withdrawn; a
published set changes through a new version (`promise_set_new_version`).
Every write locks the set's row, so a change cannot slip in while another
request sends the set for signing, and every write asks `accounts.permissions`
whether its acting user may make it (None: a command, which may): the pages
that reach a draft (the workspace, the review of an imported document) find
their objects with a 404 for outsiders, and these checks hold whatever page
calls them.

Promises are kept in reading order: the promises without a focus area first,
then each focus area's promises in the order of the focus areas, so the
public page (which groups consecutive promises by focus area) reads the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max

from loften.accounts.acting import acts
from loften.accounts.permissions import can_change_part, can_edit_set
from loften.promises.errors import PromiseSetError
from loften.promises.models import (
    Commitment,
    Contact,
    FocusArea,
    Promise,
    PromiseSet,
    PromiseTheme,
    Target,
)
from loften.registry.models import PoliceArea

_NOT_A_DRAFT: dict[str, str] = {
    PromiseSet.Status.FOR_SIGNING: (
        "Medborgarlöftet väntar på underskrift och kan inte ändras. "
        "Dra tillbaka det från underskrift först."
    ),
    PromiseSet.Status.PUBLISHED: (
        "Ett publicerat medborgarlöfte ändras inte direkt. Välj ”Ändra” för att göra en ny version."
    ),
    PromiseSet.Status.SUPERSEDED: "Ett ersatt medborgarlöfte kan inte ändras.",
}

Part = FocusArea | Promise | Commitment | Target | Contact
Ordered = TypeVar("Ordered", FocusArea, Promise, Commitment, Contact)


NOT_ALLOWED = "Du har inte rätt att ändra det här i medborgarlöftet."
PARTIES_FIXED = "Bara kommunens samordnare kan ändra vilka parter som står bakom ett löfte."


def require_set(acting_user: User | None, promise_set: PromiseSet) -> None:
    """Refuse unless the acting user may change the set as a whole."""
    if acting_user is not None and not can_edit_set(acting_user, promise_set):
        raise PromiseSetError(NOT_ALLOWED)


def require_part(
    acting_user: User | None,
    part: Part,
    *,
    removing: bool = False,
    stored: Promise | None = None,
) -> None:
    """Refuse unless the acting user may write (or remove) this part; `stored` is the
    promise as stored, when the caller has read it."""
    if acting_user is not None and not can_change_part(
        acting_user, part, removing=removing, stored=stored
    ):
        raise PromiseSetError(NOT_ALLOWED)


def lock_promise_set(promise_set: PromiseSet, status: str, refusal: str) -> PromiseSet:
    """The set's row, locked until the transaction ends, if it has this status."""
    locked = PromiseSet.objects.select_for_update().get(pk=promise_set.pk)
    if locked.status != status:
        raise PromiseSetError(refusal)
    return locked


def lock_draft(promise_set: PromiseSet) -> PromiseSet:
    """The set's row, locked, if it is still a draft; otherwise says how it can change."""
    locked = PromiseSet.objects.select_for_update().get(pk=promise_set.pk)
    refusal = not_a_draft(locked)
    if refusal:
        raise PromiseSetError(refusal)
    return locked


def not_a_draft(promise_set: PromiseSet) -> str:
    """Why the set cannot change in place, in Swedish; empty for a draft."""
    return _NOT_A_DRAFT.get(promise_set.status, "")


@acts
@transaction.atomic
def promise_set_update(
    *,
    promise_set: PromiseSet,
    fields: Sequence[str],
    police_areas: Iterable[PoliceArea],
    acting_user: User | None,
) -> PromiseSet:
    """Store the draft's own fields (title, period, follow-up, parties) as changed in memory."""
    require_set(acting_user, lock_draft(promise_set))
    promise_set.save(update_fields=[*fields, "updated_at"])
    promise_set.police_areas.set(police_areas)
    return promise_set


@acts
@transaction.atomic
def part_save(part: Part, *, fields: Sequence[str], acting_user: User | None) -> Part:
    """Store a new or changed focus area, promise, commitment, target or contact of a draft.

    A new part goes last among its siblings; an existing one stores only `fields`.
    Only a coordinator changes which parties stand behind a promise.
    """
    promise_set = lock_draft(promise_set_of(part))
    stored, parties_changed = None, False
    if isinstance(part, Promise) and acting_user is not None and not part._state.adding:
        stored = Promise.objects.get(pk=part.pk)  # read once, for both checks
        parties_changed = stored.parties != part.parties
    require_part(acting_user, part, stored=stored)
    if parties_changed and acting_user is not None and not can_edit_set(acting_user, promise_set):
        raise PromiseSetError(PARTIES_FIXED)
    if part._state.adding:
        if not isinstance(part, Target):
            part.position = _next_position(part)
        part.save()
    else:
        part.save(update_fields=fields)
    if isinstance(part, Promise):
        _renumber_promises(promise_set)
    return part


@acts
@transaction.atomic
def promise_save(
    *, promise: Promise, fields: Sequence[str], themes: Sequence[str], acting_user: User | None
) -> Promise:
    """Store a promise of a draft with its themes, in the order given."""
    part_save(promise, fields=fields, acting_user=acting_user)
    if [t.theme for t in promise.themes.all()] != list(themes):
        promise.themes.all().delete()
        for position, theme in enumerate(themes):
            PromiseTheme.objects.create(promise=promise, theme=theme, position=position)
    return promise


@acts
@transaction.atomic
def part_delete(part: Part, *, acting_user: User | None) -> None:
    """Remove a part of a draft; promises under a removed focus area stay, without one."""
    promise_set = lock_draft(promise_set_of(part))
    require_part(acting_user, part, removing=True)
    part.delete()
    if isinstance(part, FocusArea | Promise):
        _renumber_promises(promise_set)


@acts
@transaction.atomic
def part_move(
    part: FocusArea | Promise | Commitment | Contact, *, up: bool, acting_user: User | None
) -> None:
    """Move a part one step up or down among its siblings; at either end nothing moves."""
    promise_set = lock_draft(promise_set_of(part))
    require_part(acting_user, part)
    if isinstance(part, Contact):
        _swap(list(promise_set.contacts.order_by("position", "pk")), part, up)
    elif isinstance(part, FocusArea):
        _swap(list(promise_set.focus_areas.order_by("position", "pk")), part, up)
        _renumber_promises(promise_set)
    elif isinstance(part, Promise):
        _swap(_promises_in_order(promise_set), part, up, same_group=_same_focus_area)
    else:
        _swap(list(part.promise.commitments.order_by("position", "pk")), part, up)


def promise_set_of(part: Part) -> PromiseSet:
    """The set a part belongs to."""
    if isinstance(part, Commitment):
        return part.promise.promise_set
    return part.promise_set


def _next_position(part: FocusArea | Promise | Commitment | Contact) -> int:
    if isinstance(part, Contact):
        siblings = Contact.objects.filter(promise_set=part.promise_set)
    elif isinstance(part, FocusArea):
        siblings = FocusArea.objects.filter(promise_set=part.promise_set)  # type: ignore[assignment]
    elif isinstance(part, Promise):
        siblings = Promise.objects.filter(promise_set=part.promise_set)  # type: ignore[assignment]
    else:
        siblings = Commitment.objects.filter(promise=part.promise)  # type: ignore[assignment]
    last = siblings.aggregate(last=Max("position"))["last"]
    return 0 if last is None else last + 1


def _same_focus_area(a: Promise, b: Promise) -> bool:
    return a.focus_area_id == b.focus_area_id


def _swap(
    items: list[Ordered],
    part: Ordered,
    up: bool,
    same_group: Callable[[Ordered, Ordered], bool] = lambda a, b: True,
) -> None:
    index = next(i for i, item in enumerate(items) if item.pk == part.pk)
    other = index - 1 if up else index + 1
    if 0 <= other < len(items) and same_group(items[index], items[other]):
        items[index], items[other] = items[other], items[index]
    _store_positions(items)


def _promises_in_order(promise_set: PromiseSet) -> list[Promise]:
    areas = {
        pk: rank
        for rank, pk in enumerate(
            promise_set.focus_areas.order_by("position", "pk").values_list("pk", flat=True)
        )
    }
    promises = list(promise_set.promises.order_by("position", "pk"))
    return sorted(promises, key=lambda p: -1 if p.focus_area_id is None else areas[p.focus_area_id])


def _renumber_promises(promise_set: PromiseSet) -> None:
    _store_positions(_promises_in_order(promise_set))


def _store_positions(items: Sequence[FocusArea | Promise | Commitment | Contact]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position
            item.save(update_fields=["position"])
