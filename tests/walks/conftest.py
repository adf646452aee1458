from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from PIL import Image

from loften.registry.models import Municipality, Organisation
from loften.walks.categories import FindingCategory
from loften.walks.models import Finding, Walk
from loften.walks.services import FindingFields, Photo, WalkFields, finding_add, walk_record
from tests.factories import member, municipality

ALVSBYN = "Älvsbyns kommun"
POLICE = "Lokalpolisområde Piteå älvdal"
ENERGY = "Älvsbyns Energi AB"
OTHER_COMPANY = "Piteå Bostäder AB"
ROUTE = '{"type": "LineString", "coordinates": [[21.0, 65.67], [21.01, 65.68], [21.02, 65.68]]}'


@pytest.fixture(autouse=True)
def _photos_in_tmp(photo_folder: Path) -> None:
    """Every walks test keeps its photos in its own folder."""


@pytest.fixture
def alvsbyn() -> Municipality:
    return municipality("2560")


@pytest.fixture
def energy() -> Organisation:
    return Organisation.objects.create(name=ENERGY, kind=Organisation.Kind.OTHER)


@pytest.fixture
def other_company() -> Organisation:
    return Organisation.objects.create(name=OTHER_COMPANY, kind=Organisation.Kind.OTHER)


@pytest.fixture
def editor(alvsbyn: Municipality) -> User:
    return member(ALVSBYN, "editor", "redaktor")


@pytest.fixture
def walk(alvsbyn: Municipality, editor: User) -> Walk:
    fields = WalkFields(
        organiser=Organisation.objects.get(name=ALVSBYN),
        title="Centrum till stationen",
        walked_on=date(2026, 10, 1),
        route=ROUTE,
        participants={"boende": 12, "polis": 2, "kommun": 3},
    )
    return walk_record(municipality=alvsbyn, fields=fields, acting_user=editor)


def jpeg(*, gps: bool = False, size: tuple[int, int] = (40, 30)) -> bytes:
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    if gps:
        exif[0x010F] = "Kameramärke"  # Make
        exif[0x0110] = "Modell 7"  # Model
        exif[0x8825] = {1: "N", 2: (65.0, 40.0, 48.0), 3: "E", 4: (21.0, 0.0, 36.0)}
    out = BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def add_finding(walk: Walk, user: User | None, responsible: Organisation, **extra: Any) -> Finding:
    fields = FindingFields(
        category=extra.pop("category", FindingCategory.LIGHTING),
        description=extra.pop("description", "Trasig gatubelysning i gångtunneln"),
        responsible=responsible,
        address=extra.pop("address", "Gångtunneln vid Storgatan"),
        latitude=extra.pop("latitude", None),
        longitude=extra.pop("longitude", None),
    )
    return finding_add(walk=walk, fields=fields, acting_user=user, **extra)


def photo(data: bytes, name: str = "bild.jpg") -> Photo:
    return Photo(name, data)
