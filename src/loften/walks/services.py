"""Every write to safety walks: one function each, with the acting user.

`acting_user=None` is a command at the operator's prompt, which the history records as
that command's.
"""

from __future__ import annotations

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


@acts
@transaction.atomic
def walk_record(
    *,
    municipality: Municipality,
    organiser: Organisation,
    title: str,
    walked_on: date,
    route: str,
    participants: Mapping[str, int],
    acting_user: User | None,
    area: Area | None = None,
) -> Walk:
    """A walk the kommun's editors record, with its route as drawn on the map."""
    if acting_user is not None and not can_record_walks(acting_user, municipality):
        raise WalkError(f"Du kan inte registrera trygghetsvandringar i {municipality.name}.")
    if area is not None and area.municipality_id != municipality.pk:
        raise WalkError("Området hör till en annan kommun.")
    if not title.strip():
        raise WalkError("Ange var vandringen gick.")
    try:
        line = read_route(route)
    except RouteError as exc:
        raise WalkError(str(exc)) from exc
    return Walk.objects.create(
        municipality=municipality,
        organiser=organiser,
        title=title.strip()[:200],
        walked_on=walked_on,
        area=area,
        route=line,
        participants=_participants(participants),
    )


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
