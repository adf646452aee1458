"""Every write to safety walks: one function each, with the acting user.

`acting_user=None` is a command at the operator's prompt, which the history records as
that command's.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from loften.accounts.acting import acts
from loften.accounts.permissions import can_handle_finding, can_record_walks, coordinates
from loften.dialogue.masking import mask
from loften.incidents.geo import in_sweden
from loften.incidents.models import Area
from loften.promises.drafting import part_save, promise_save
from loften.promises.models import Commitment, Party, Promise, PromiseSet
from loften.registry.models import Municipality, Organisation
from loften.walks.categories import THEMES, FindingCategory, ParticipantGroup
from loften.walks.models import Finding, Walk
from loften.walks.photos import PhotoError, clean_photo
from loften.walks.route import RouteError, read_route


class WalkError(ValueError):
    """A write refused, with the reason in Swedish."""


@dataclass(frozen=True)
class Photo:
    """An uploaded photo as it came: its file name and its bytes."""

    name: str
    data: bytes


def _participants(counts: Mapping[str, int]) -> dict[str, int]:
    groups = set(ParticipantGroup.values)
    kept = {}
    for group, count in counts.items():
        if group not in groups:
            raise WalkError(f"Okänd deltagargrupp: {group}.")
        if count < 0:
            raise WalkError("Antalet deltagare kan inte vara negativt.")
        if count:
            kept[group] = count
    return kept


@dataclass(frozen=True)
class WalkFields:
    """What a walk is: where and when, who organised it, the route as drawn on the map and
    how many of each group took part, as the new-walk form gives it and the correct form
    changes it."""

    organiser: Organisation
    title: str
    walked_on: date
    route: str
    participants: Mapping[str, int]
    area: Area | None = None

    def write_to(self, walk: Walk) -> None:
        """Check the fields and set them on the walk, whose kommun is already set."""
        if self.area is not None and self.area.municipality_id != walk.municipality_id:
            raise WalkError("Området hör till en annan kommun.")
        if not self.title.strip():
            raise WalkError("Ange var vandringen gick.")
        try:
            line = read_route(self.route)
        except RouteError as exc:
            raise WalkError(str(exc)) from exc
        walk.organiser = self.organiser
        walk.title = self.title.strip()[:200]
        walk.walked_on = self.walked_on
        walk.area = self.area
        walk.route = line
        walk.participants = _participants(self.participants)


@acts
@transaction.atomic
def walk_record(
    *, municipality: Municipality, fields: WalkFields, acting_user: User | None
) -> Walk:
    """A walk the kommun's editors record."""
    if acting_user is not None and not can_record_walks(acting_user, municipality):
        raise WalkError(f"Du kan inte registrera trygghetsvandringar i {municipality.name}.")
    walk = Walk(municipality=municipality)
    fields.write_to(walk)
    walk.save()
    return walk


@acts
@transaction.atomic
def walk_correct(*, walk: Walk, fields: WalkFields, acting_user: User | None) -> Walk:
    """Correct what was recorded about a walk, as the kommun's editors may."""
    if acting_user is not None and not can_record_walks(acting_user, walk.municipality):
        raise WalkError("Du kan inte rätta den här vandringen.")
    fields.write_to(walk)
    walk.save()
    return walk


@acts
@transaction.atomic
def walk_delete(*, walk: Walk, acting_user: User | None) -> None:
    """Remove a walk recorded by mistake, with its findings and their photos; not one whose
    findings have become commitments of a promise, which would lose where they came from."""
    if acting_user is not None and not can_record_walks(acting_user, walk.municipality):
        raise WalkError("Du kan inte ta bort den här vandringen.")
    if walk.findings.filter(commitment__isnull=False).exists():
        raise WalkError(
            "Vandringen har iakttagelser som blivit åtaganden i ett medborgarlöfte och kan "
            "inte tas bort."
        )
    photos = [f.photo for f in walk.findings.exclude(photo="")]
    walk.delete()
    for photo in photos:
        # Once the rows are gone for good; a rollback keeps the photos with them.
        transaction.on_commit(functools.partial(photo.storage.delete, photo.name))


@dataclass(frozen=True)
class FindingFields:
    """What a walk noted about a finding: what, where, the description and who is to fix
    it, as the add form gives it and the correct form changes it."""

    category: FindingCategory
    description: str
    responsible: Organisation
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None

    def write_to(self, finding: Finding) -> None:
        """Check the fields and set them on the finding, its description masked (names,
        personal numbers) before it is stored."""
        if (self.latitude is None) != (self.longitude is None):
            raise WalkError("Ange både latitud och longitud, eller ingen av dem.")
        if self.latitude is not None and not in_sweden(self.longitude, self.latitude):  # type: ignore[arg-type]
            raise WalkError("Punkten ligger inte i Sverige.")
        if self.latitude is None and not self.address.strip():
            raise WalkError("Ange var: en punkt på kartan eller en adress.")
        if not self.description.strip():
            raise WalkError("Beskriv vad ni såg.")
        finding.category = self.category
        finding.description = mask(self.description.strip())
        finding.responsible = self.responsible
        finding.address = self.address.strip()[:200]
        finding.latitude, finding.longitude = self.latitude, self.longitude


@acts
@transaction.atomic
def finding_add(
    *,
    walk: Walk,
    fields: FindingFields,
    acting_user: User | None,
    due_date: date | None = None,
    photo: Photo | None = None,
) -> Finding:
    """What the walk found, where, and who should fix it; the photo is stripped of its
    metadata."""
    if acting_user is not None and not can_record_walks(acting_user, walk.municipality):
        raise WalkError("Du kan inte lägga till iakttagelser i den här vandringen.")
    finding = Finding(walk=walk, due_date=due_date)
    fields.write_to(finding)
    if photo is not None:
        try:
            cleaned = clean_photo(photo.name, photo.data)
        except PhotoError as exc:
            raise WalkError(str(exc)) from exc
        finding.photo.save(cleaned.name or "foto.jpg", cleaned, save=False)
    finding.save()
    return finding


@acts
@transaction.atomic
def finding_correct(
    *, finding: Finding, fields: FindingFields, acting_user: User | None
) -> Finding:
    """Correct what was noted about a finding, as the kommun's editors may; the description
    is masked again. Its status and photo change elsewhere."""
    if acting_user is not None and not can_record_walks(acting_user, finding.walk.municipality):
        raise WalkError("Du kan inte rätta den här iakttagelsen.")
    fields.write_to(finding)
    finding.save()
    return finding


@acts
@transaction.atomic
def finding_update(
    *,
    finding: Finding,
    status: Finding.Status,
    due_date: date | None,
    acting_user: User | None,
) -> Finding:
    """Set a finding's status and due date; closing it (fixed, or closed without a fix)
    records the day and who closed it, opening it again clears them."""
    if acting_user is not None and not can_handle_finding(
        acting_user, finding.walk.municipality, finding.responsible
    ):
        raise WalkError("Du kan inte ändra den här iakttagelsen.")
    if status != finding.status:
        closing = status != Finding.Status.OPEN
        finding.closed_on = timezone.localdate() if closing else None
        finding.closed_by = acting_user if closing else None
    finding.status, finding.due_date = status, due_date
    finding.save()
    return finding


def draft_promise_set(municipality: Municipality) -> PromiseSet | None:
    """The kommun's draft promise set a finding's promise starts in: its newest."""
    return (
        PromiseSet.objects.filter(municipalities=municipality, status=PromiseSet.Status.DRAFT)
        .order_by("-pk")
        .first()
    )


@acts
@transaction.atomic
def finding_to_commitment(*, finding: Finding, acting_user: User | None) -> Commitment:
    """Start a promise with a commitment of the kommun's from a finding, in the kommun's
    draft promise set, worded for the coordinator to finish; the finding links to it."""
    municipality = finding.walk.municipality
    if acting_user is not None and not coordinates(acting_user, municipality):
        raise WalkError("Bara kommunens samordnare kan göra löften av iakttagelser.")
    if finding.commitment_id is not None:
        raise WalkError("Iakttagelsen har redan blivit ett åtagande.")
    promise_set = draft_promise_set(municipality)
    if promise_set is None:
        raise WalkError(f"{municipality.name} har inget utkast till löften att lägga det i.")
    what = f"{finding.get_category_display().lower()} vid {finding.place}"
    promise = Promise(
        promise_set=promise_set,
        text=f"Kommunen lovar att åtgärda {what}.",
        by_municipality=True,
    )
    promise_save(
        promise=promise,
        fields=[],
        themes=[THEMES[FindingCategory(finding.category)]],
        acting_user=acting_user,
    )
    commitment = Commitment(
        promise=promise,
        party=Party.MUNICIPALITY,
        what=f"Åtgärda {what} (från trygghetsvandringen {finding.walk}).",
        responsible=finding.responsible.name[:200],
        due_date=finding.due_date,
    )
    part_save(commitment, fields=[], acting_user=acting_user)
    finding.commitment = commitment
    finding.save(update_fields=["commitment"])
    return commitment
