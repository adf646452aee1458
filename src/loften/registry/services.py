"""Writes to the registry."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from loften.registry.models import (
    County,
    Municipality,
    Organisation,
    PoliceArea,
    PoliceAreaCoverage,
)
from loften.registry.reference import (
    CoverageRow,
    MunicipalityRow,
    municipality_organisation_name,
    municipality_slugs,
    read_municipalities,
    read_police_coverage,
)


@dataclass(frozen=True)
class RegistryLoadReport:
    counties: int
    municipalities: int
    police_areas: int
    coverage: int
    inferred_coverage: int
    created: int


def registry_load(
    *,
    municipalities: list[MunicipalityRow] | None = None,
    coverage: list[CoverageRow] | None = None,
) -> RegistryLoadReport:
    """Bring the registry in line with the reference files; safe to run again.

    Rows are matched on their natural keys (länskod, kommunkod, police area
    name within its parent), so a second run changes nothing and a corrected
    file updates names in place. Coverage pairs missing from the file are
    removed: the police geography does change.
    """
    municipality_rows = read_municipalities() if municipalities is None else municipalities
    coverage_rows = read_police_coverage() if coverage is None else coverage
    created = 0
    with transaction.atomic():
        counties = {county.code: county for county in County.objects.all()}
        for row in municipality_rows:
            county = counties.get(row.county_code)
            if county is None:
                counties[row.county_code] = County.objects.create(
                    code=row.county_code, name=row.county_name
                )
                created += 1
            elif county.name != row.county_name:
                county.name = row.county_name
                county.save(update_fields=["name"])

        by_code = {m.code: m for m in Municipality.objects.all()}
        slugs = municipality_slugs(municipality_rows)
        for row in municipality_rows:
            slug = slugs[row.code]
            county = counties[row.county_code]
            existing = by_code.get(row.code)
            if existing is None:
                by_code[row.code] = Municipality.objects.create(
                    code=row.code, name=row.name, slug=slug, county=county
                )
                created += 1
            elif (existing.name, existing.slug, existing.county_id) != (
                row.name,
                slug,
                county.pk,
            ):
                existing.name, existing.slug, existing.county = row.name, slug, county
                existing.save(update_fields=["name", "slug", "county"])

        areas = {(area.level, area.parent_id, area.name): area for area in PoliceArea.objects.all()}

        def area(level: PoliceArea.Level, name: str, parent: PoliceArea | None) -> PoliceArea:
            nonlocal created
            key = (level.value, parent.pk if parent else None, name)
            if key not in areas:
                areas[key] = PoliceArea.objects.create(level=level, name=name, parent=parent)
                created += 1
            return areas[key]

        wanted: dict[tuple[int, int], CoverageRow] = {}
        for pair in coverage_rows:
            municipality = by_code.get(pair.municipality_code)
            if municipality is None:
                raise ValueError(f"polisen.csv names unknown kommunkod {pair.municipality_code}")
            region = area(PoliceArea.Level.REGION, pair.region, None)
            district = area(PoliceArea.Level.DISTRICT, pair.district, region)
            local = area(PoliceArea.Level.LOCAL, pair.local_area, district)
            wanted[(local.pk, municipality.pk)] = pair

        existing_coverage = {
            (c.police_area_id, c.municipality_id): c for c in PoliceAreaCoverage.objects.all()
        }
        stale = [c.pk for key, c in existing_coverage.items() if key not in wanted]
        PoliceAreaCoverage.objects.filter(pk__in=stale).delete()
        for (area_id, municipality_id), pair in wanted.items():
            current = existing_coverage.get((area_id, municipality_id))
            if current is None:
                PoliceAreaCoverage.objects.create(
                    police_area_id=area_id,
                    municipality_id=municipality_id,
                    verified=pair.verified,
                    note=pair.note,
                )
                created += 1
            elif (current.verified, current.note) != (pair.verified, pair.note):
                current.verified, current.note = pair.verified, pair.note
                current.save(update_fields=["verified", "note"])

        created += _ensure_organisations(
            list(by_code.values()),
            [a for a in areas.values() if a.level == PoliceArea.Level.LOCAL],
        )

    return RegistryLoadReport(
        counties=len(counties),
        municipalities=len(by_code),
        police_areas=len(areas),
        coverage=len(wanted),
        inferred_coverage=sum(1 for pair in wanted.values() if not pair.verified),
        created=created,
    )


def _ensure_organisations(municipalities: list[Municipality], local_areas: list[PoliceArea]) -> int:
    """Every kommun and every lokalpolisområde is an organisation that can edit."""
    have_municipality = set(
        Organisation.objects.filter(municipality__isnull=False).values_list(
            "municipality_id", flat=True
        )
    )
    have_area = set(
        Organisation.objects.filter(police_area__isnull=False).values_list(
            "police_area_id", flat=True
        )
    )
    new = [
        Organisation(
            name=municipality_organisation_name(m.name),
            kind=Organisation.Kind.MUNICIPALITY,
            municipality=m,
        )
        for m in municipalities
        if m.pk not in have_municipality
    ] + [
        Organisation(name=str(a), kind=Organisation.Kind.POLICE_AREA, police_area=a)
        for a in local_areas
        if a.pk not in have_area
    ]
    Organisation.objects.bulk_create(new)
    return len(new)
