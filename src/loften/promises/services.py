"""Writes to promise sets."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from django.contrib.auth.models import User
from django.db import transaction

from loften.accounts.acting import acts
from loften.accounts.permissions import municipalities_to_edit
from loften.promises.drafting import NOT_ALLOWED, require_set
from loften.promises.errors import PromiseSetError
from loften.promises.models import (
    Attachment,
    Commitment,
    Contact,
    FocusArea,
    Promise,
    PromiseSet,
    PromiseTheme,
    Target,
)
from loften.registry.models import Municipality, PoliceArea


@acts
@transaction.atomic
def promise_set_create(
    *,
    acting_user: User | None,
    title: str,
    municipality: Municipality,
    period_start: date | None,
    period_end: date | None,
    until_replaced: bool,
    follow_up_cadence: str,
    report_to: list[str],
) -> PromiseSet:
    """A new, empty draft for one kommun, with the lokalpolisområden that cover it as parties."""
    if acting_user is not None and not municipalities_to_edit(acting_user).contains(municipality):
        raise PromiseSetError(NOT_ALLOWED)
    promise_set = PromiseSet.objects.create(
        title=title,
        period_start=period_start,
        period_end=period_end,
        until_replaced=until_replaced,
        follow_up_cadence=follow_up_cadence,
        report_to=report_to,
    )
    promise_set.municipalities.set([municipality])
    promise_set.police_areas.set(
        PoliceArea.objects.filter(level=PoliceArea.Level.LOCAL, municipalities=municipality)
    )
    return promise_set


@acts
@transaction.atomic
def promise_set_copy(
    *,
    acting_user: User | None,
    source: PromiseSet,
    title: str,
    period_start: date,
    period_end: date | None,
    until_replaced: bool,
) -> PromiseSet:
    """A draft for a new period with everything the source promised, to be written further.

    Focus areas, promises with their themes, commitments, targets and
    contacts are copied; signing, publication and the link to an imported document are
    not. Due dates and deadlines move on by as many years as the period does.
    """
    require_set(acting_user, source)
    if source.period_start is not None and period_start <= source.period_start:
        raise PromiseSetError(
            f"Den nya perioden måste börja efter den som kopieras "
            f"({source.period_start.isoformat()})."
        )
    years = period_start.year - source.period_start.year if source.period_start else 0
    return _deep_copy(
        source,
        years=years,
        title=title,
        period_start=period_start,
        period_end=period_end,
        until_replaced=until_replaced,
    )


@acts
@transaction.atomic
def promise_set_new_version(*, promise_set: PromiseSet, acting_user: User | None) -> PromiseSet:
    """A draft that changes a published set; publishing it supersedes the published one.

    An unfinished version for the same period is reused rather than doubled.
    """
    require_set(acting_user, promise_set)
    if promise_set.status != PromiseSet.Status.PUBLISHED:
        raise PromiseSetError(_NO_NEW_VERSION[promise_set.status])
    unfinished = (
        promise_set.later_versions.undecided()
        .filter(period_start=promise_set.period_start, period_end=promise_set.period_end)
        .order_by("-pk")
        .first()
    )
    if unfinished is not None:
        return unfinished
    version = _deep_copy(promise_set, years=0, signed_place=promise_set.signed_place)
    for attachment in promise_set.attachments.all():
        _clone(attachment, promise_set=version)
    return version


@acts
@transaction.atomic
def promise_set_delete_draft(*, promise_set: PromiseSet, acting_user: User | None) -> None:
    """Throw away a draft nobody has sent for signing; decided sets are history and stay."""
    locked = PromiseSet.objects.select_for_update().get(pk=promise_set.pk)
    require_set(acting_user, locked)
    if locked.status != PromiseSet.Status.DRAFT:
        raise PromiseSetError("Bara ett utkast kan tas bort.")
    locked.delete()


_NO_NEW_VERSION: dict[str, str] = {
    PromiseSet.Status.DRAFT: "Utkastet ändras direkt; det behövs ingen ny version.",
    PromiseSet.Status.FOR_SIGNING: (
        "Medborgarlöftet väntar på underskrift. "
        "Dra tillbaka det från underskrift för att ändra det."
    ),
    PromiseSet.Status.SUPERSEDED: (
        "Ett ersatt medborgarlöfte ändras inte. Kopiera det till en ny period i stället."
    ),
}


def _deep_copy(source: PromiseSet, *, years: int, **own: Any) -> PromiseSet:
    """A draft based on `source` with all it promises; `own` overrides its title and period."""
    copy = PromiseSet.objects.create(
        **{
            "title": source.title,
            "period_start": source.period_start,
            "period_end": source.period_end,
            "until_replaced": source.until_replaced,
            **own,
        },
        extends_indefinitely=source.extends_indefinitely,
        agreement=source.agreement,
        follow_up_cadence=source.follow_up_cadence,
        report_to=list(source.report_to),
        published_on=list(source.published_on),
        based_on=source,
    )
    copy.municipalities.set(source.municipalities.all())
    copy.police_areas.set(source.police_areas.all())
    areas = {area.pk: _clone(area, promise_set=copy) for area in source.focus_areas.all()}
    promises: dict[int, Promise] = {}
    for promise in source.promises.prefetch_related("themes", "commitments"):
        themes, commitments = list(promise.themes.all()), list(promise.commitments.all())
        old_pk = promise.pk
        promises[old_pk] = _clone(
            promise, promise_set=copy, focus_area=areas.get(promise.focus_area_id or 0)
        )
        for theme in themes:
            _clone(theme, promise=promises[old_pk])
        for commitment in commitments:
            _clone(
                commitment,
                promise=promises[old_pk],
                due_date=_years_later(commitment.due_date, years),
            )
    for contact in source.contacts.all():
        _clone(contact, promise_set=copy)
    for target in source.targets.all():
        _clone(
            target,
            promise_set=copy,
            promise=promises.get(target.promise_id or 0),
            deadline=_years_later(target.deadline, years),
        )
    return copy


Part = TypeVar("Part", FocusArea, Promise, PromiseTheme, Commitment, Target, Contact, Attachment)


def _clone(part: Part, **changes: Any) -> Part:
    """Store a copy of a part under a new owner; where it was read from stays with the original."""
    part.pk = None
    part._state.adding = True
    for name, value in changes.items():
        setattr(part, name, value)
    for name in ("source_start", "source_end"):
        if hasattr(part, name):
            setattr(part, name, None)
    part.save()
    return part


def _years_later(day: date | None, years: int) -> date | None:
    if day is None or years == 0:
        return day
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without one
        return day.replace(year=day.year + years, day=28)
