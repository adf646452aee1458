"""Every write to EST: one function each, with the acting user.

`acting_user=None` is a command at the operator's prompt (`loften incidents ...`), which
the history records as that command's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import User
from django.db import transaction

from loften.accounts.acting import acts
from loften.accounts.permissions import can_edit_incident, can_manage_est, est_organisations
from loften.dialogue.masking import mask
from loften.incidents.categories import Category
from loften.incidents.geo import (
    GeoJSONError,
    area_at,
    in_sweden,
    polygons_of,
    read_areas,
    regions,
)
from loften.incidents.incidentfile import IncidentRow, read_incident_file
from loften.incidents.models import Area, EstActor, Incident
from loften.registry.models import Municipality, Organisation


class IncidentError(ValueError):
    """A write refused, with the reason in Swedish."""


@dataclass(frozen=True)
class Place:
    """Where: a point (WGS 84), an address, an area of the kommun; at least one."""

    latitude: float | None = None
    longitude: float | None = None
    address: str = ""
    area: Area | None = None


def _reporter(
    acting_user: User | None, municipality: Municipality, organisation: Organisation
) -> None:
    if not takes_part(municipality, organisation):
        raise IncidentError(f"{organisation} deltar inte i {municipality.name}s EST.")
    if acting_user is None:
        return
    if organisation not in est_organisations(acting_user, municipality) and not can_manage_est(
        acting_user, municipality
    ):
        raise IncidentError(
            f"Du kan inte rapportera händelser i {municipality.name} för {organisation}."
        )


def takes_part(municipality: Municipality, organisation: Organisation) -> bool:
    """The kommun itself, a police area covering it, or an actor the kommun let in."""
    return (
        organisation.municipality_id == municipality.pk
        or (
            organisation.police_area_id is not None
            and municipality.police_areas.filter(pk=organisation.police_area_id).exists()
        )
        or EstActor.objects.filter(municipality=municipality, organisation=organisation).exists()
    )


def _placed(municipality: Municipality, place: Place) -> Place:
    point = place.latitude is not None and place.longitude is not None
    if (place.latitude is None) != (place.longitude is None):
        raise IncidentError("Ange både latitud och longitud, eller ingen av dem.")
    if point and not in_sweden(place.longitude, place.latitude):  # type: ignore[arg-type]
        raise IncidentError("Punkten ligger inte i Sverige.")
    if place.area is not None and place.area.municipality_id != municipality.pk:
        raise IncidentError("Området hör till en annan kommun.")
    if not point and not place.address.strip() and place.area is None:
        raise IncidentError("Ange var det hände: en punkt på kartan, en adress eller ett område.")
    area = place.area
    if area is None and point:
        area = area_at(
            regions(
                (a, polygons_of(a.geometry)) for a in Area.objects.filter(municipality=municipality)
            ),
            place.longitude,  # type: ignore[arg-type]
            place.latitude,  # type: ignore[arg-type]
        )
    return Place(place.latitude, place.longitude, place.address.strip()[:200], area)


@acts
@transaction.atomic
def incident_report(
    *,
    municipality: Municipality,
    organisation: Organisation,
    category: Category,
    occurred_at: datetime,
    place: Place,
    description: str,
    acting_user: User | None,
    source_key: str = "",
) -> Incident:
    """A new incident, placed in the kommun's area its point lies in when none is named."""
    _reporter(acting_user, municipality, organisation)
    where = _placed(municipality, place)
    return Incident.objects.create(
        municipality=municipality,
        organisation=organisation,
        category=category,
        occurred_at=occurred_at,
        area=where.area,
        address=where.address,
        latitude=where.latitude,
        longitude=where.longitude,
        description=mask(description.strip()),
        source_key=source_key,
        reported_by=acting_user,
    )


@acts
@transaction.atomic
def incident_edit(
    *,
    incident: Incident,
    category: Category,
    occurred_at: datetime,
    place: Place,
    description: str,
    acting_user: User | None,
) -> Incident:
    """Correct an incident: its organisation's reporters, or the kommun's coordinators."""
    if acting_user is not None and not can_edit_incident(
        acting_user, incident.municipality, incident.organisation
    ):
        raise IncidentError("Du kan inte ändra den här händelsen.")
    where = _placed(incident.municipality, place)
    incident.category, incident.occurred_at = category, occurred_at
    incident.area, incident.address = where.area, where.address
    incident.latitude, incident.longitude = where.latitude, where.longitude
    incident.description = mask(description.strip())
    incident.full_clean()
    incident.save()
    return incident


@acts
@transaction.atomic
def incident_delete(*, incident: Incident, acting_user: User | None) -> None:
    if acting_user is not None and not can_edit_incident(
        acting_user, incident.municipality, incident.organisation
    ):
        raise IncidentError("Du kan inte ta bort den här händelsen.")
    incident.delete()


@acts
@transaction.atomic
def areas_upload(*, municipality: Municipality, data: bytes, acting_user: User | None) -> int:
    """Replace the kommun's areas with those of a GeoJSON file: an area of the same name
    keeps its incidents (and gets the new outline); incidents with a point are placed
    again. All or nothing: a file with any problem changes nothing."""
    if acting_user is not None and not can_manage_est(acting_user, municipality):
        raise IncidentError("Du har inte rätt att ändra kommunens områden.")
    try:
        shapes = read_areas(data)
    except GeoJSONError as exc:
        raise IncidentError(str(exc)) from exc
    existing = {
        area.name.casefold(): area for area in Area.objects.filter(municipality=municipality)
    }
    kept = []
    for shape in shapes:
        area = existing.pop(shape.name.casefold(), None) or Area(municipality=municipality)
        area.name, area.geometry = shape.name, shape.geometry
        area.save()
        kept.append((area, shape.polygons))
    for gone in existing.values():
        gone.delete()
    placed = regions(kept)
    for incident in Incident.objects.filter(municipality=municipality, latitude__isnull=False):
        area = area_at(placed, incident.longitude, incident.latitude)  # type: ignore[arg-type]
        if area is not None and area.pk != incident.area_id:
            incident.area = area
            incident.save(update_fields=["area"])
    return len(kept)


@acts
@transaction.atomic
def est_actor_add(
    *, municipality: Municipality, organisation: Organisation, acting_user: User | None
) -> EstActor:
    """Let another organisation (a housing company, a school) take part in the kommun's EST."""
    if acting_user is not None and not can_manage_est(acting_user, municipality):
        raise IncidentError("Du har inte rätt att ändra vilka som deltar i kommunens EST.")
    if organisation.kind != Organisation.Kind.OTHER:
        raise IncidentError("Kommunen och polisen deltar redan; lägg till andra aktörer här.")
    actor, _ = EstActor.objects.get_or_create(municipality=municipality, organisation=organisation)
    return actor


@dataclass(frozen=True)
class ImportResult:
    added: int
    already: int

    @property
    def summary(self) -> str:
        return f"{self.added} nya händelser lästes in; {self.already} fanns redan."


def incidents_preview(*, municipality: Municipality, data: bytes) -> list[IncidentRow]:
    """The rows a file would import, checked; nothing stored."""
    return read_incident_file(
        data,
        area_names=list(
            Area.objects.filter(municipality=municipality).values_list("name", flat=True)
        ),
    )


@acts
@transaction.atomic
def incidents_import(
    *,
    municipality: Municipality,
    organisation: Organisation,
    data: bytes,
    acting_user: User | None,
) -> ImportResult:
    """Every incident of a file, for one organisation, or none: a row imported before
    (the same id, or without one the same content) is not stored again."""
    _reporter(acting_user, municipality, organisation)
    rows = incidents_preview(municipality=municipality, data=data)
    areas = {area.name: area for area in Area.objects.filter(municipality=municipality)}
    seen = set(
        Incident.objects.filter(
            organisation=organisation, source_key__in=[row.source_key for row in rows]
        ).values_list("source_key", flat=True)
    )
    added = 0
    for row in rows:
        if row.source_key in seen:
            continue
        seen.add(row.source_key)
        try:
            incident_report(
                municipality=municipality,
                organisation=organisation,
                category=row.category,
                occurred_at=row.occurred_at,
                place=Place(row.latitude, row.longitude, row.address, areas.get(row.area)),
                description=row.description,
                source_key=row.source_key,
                acting_user=acting_user,
            )
        except IncidentError as exc:
            raise IncidentError(f"Rad {row.line}: {exc} Inget lästes in.") from exc
        added += 1
    return ImportResult(added, len(rows) - added)
