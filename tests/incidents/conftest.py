import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from loften.incidents.models import Area
from loften.incidents.services import areas_upload, est_actor_add
from loften.registry.models import Municipality, Organisation
from tests.factories import municipality

ALVSBYN = "Älvsbyns kommun"
POLICE = "Lokalpolisområde Piteå älvdal"
HOUSING = "Älvsbyhus AB"
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def square(name: str, west: float, south: float, size: float = 0.02) -> dict[str, object]:
    ring = [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
    ]
    return {
        "type": "Feature",
        "properties": {"namn": name},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def geojson(*features: dict[str, object]) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}).encode()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=STOCKHOLM)


# Centrum covers 21.00-21.02 E, 65.67-65.69 N; Vidsel lies north-west of it.
CENTRUM_POINT = (65.68, 21.01)


@pytest.fixture
def alvsbyn() -> Municipality:
    kommun = municipality("2560")
    areas_upload(
        municipality=kommun,
        data=geojson(square("Centrum", 21.0, 65.67), square("Vidsel", 20.5, 65.8)),
        acting_user=None,
    )
    return kommun


@pytest.fixture
def housing(alvsbyn: Municipality) -> Organisation:
    organisation = Organisation.objects.create(name=HOUSING, kind=Organisation.Kind.OTHER)
    est_actor_add(municipality=alvsbyn, organisation=organisation, acting_user=None)
    return organisation


@pytest.fixture
def centrum(alvsbyn: Municipality) -> Area:
    return Area.objects.get(municipality=alvsbyn, name="Centrum")
