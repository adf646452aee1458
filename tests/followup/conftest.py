from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from time_machine import TimeMachineFixture

from loften.followup.models import Activity, Measurement
from loften.promises.models import Commitment, Promise, PromiseSet, Target
from loften.registry.models import Organisation
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory

ALVSBYN = "Älvsbyns kommun"
PITEA_POLICE = "Lokalpolisområde Piteå älvdal"
UMEA = "Umeå kommun"
TODAY = date(2024, 6, 30)


@pytest.fixture
def today(time_machine: TimeMachineFixture) -> date:
    time_machine.move_to(datetime(2024, 6, 30, 10, tzinfo=UTC), tick=False)
    return TODAY


@dataclass
class Alvsbyn:
    promise_set: PromiseSet
    dog_search: Commitment
    walks: Commitment
    youth: Promise
    safety: Promise
    target: Target


@pytest.fixture
def alvsbyn(today: date) -> Alvsbyn:
    """Älvsbyn's set in force, twice-yearly rounds, two promises and a target."""
    promise_set = PromiseSetFactory(
        title="Medborgarlöften Älvsbyn 2023–2025", follow_up_cadence="twice_yearly", publish=True
    )
    youth = PromiseFactory(
        promise_set=promise_set, position=1, by_police=True, by_municipality=False,
        text="Polisen lovar att arbeta mot narkotika bland unga.",
    )  # fmt: skip
    safety = PromiseFactory(
        promise_set=promise_set, position=2, by_police=False, by_municipality=True,
        text="Kommunen lovar trygghetsvandringar i centrum.",
    )  # fmt: skip
    dog_search = CommitmentFactory(
        promise=youth, what="Hundsök i skolan", count=2, at_least=True, per="year",
        seasons=["spring", "autumn"],
    )  # fmt: skip
    walks = CommitmentFactory(
        promise=safety, party="municipality", what="Trygghetsvandring", count=1, per="half_year"
    )
    target = Target.objects.create(
        promise_set=promise_set, promise=youth, indicator="Anmälda narkotikabrott bland unga",
        direction="decrease", baseline_value=Decimal(40), baseline_year=2022,
        change_percent=Decimal(-10), data_source="Polisens öppna statistik",
    )  # fmt: skip
    return Alvsbyn(promise_set, dog_search, walks, youth, safety, target)


def logged(
    promise_set: PromiseSet,
    day: date,
    *commitments: Commitment,
    organisation: str | None = PITEA_POLICE,
    description: str = "Hundsök på Älvåkraskolan",
) -> Activity:
    activity = Activity.objects.create(
        promise_set=promise_set,
        party="police",
        date=day,
        description=description,
        organisation=Organisation.objects.get(name=organisation) if organisation else None,
    )
    activity.commitments.set(commitments, through_defaults={"date": activity.date})
    return activity


def measured(target: Target, value: str, day: date, source: str = "BRÅ") -> Measurement:
    return Measurement.objects.create(
        target=target, value=Decimal(value), measured_on=day, source=source
    )
