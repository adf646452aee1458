"""A followed-up promise set like Strömsund's "Så gick det med medborgarlöftena 2019–2021"."""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client
from django_tasks_db.management.commands import db_worker
from time_machine import TimeMachineFixture

from loften.followup.models import FollowUpRound
from loften.promises.models import Commitment, Promise, PromiseSet, Target
from loften.registry.models import Organisation
from tests.factories import (
    ActivityFactory,
    CommitmentFactory,
    FocusAreaFactory,
    MeasurementFactory,
    OutcomeFactory,
    PromiseFactory,
    PromiseSetFactory,
    TargetFactory,
    municipality,
)


@dataclass
class FollowedUp:
    promise_set: PromiseSet
    traffic: Promise
    youth: Promise
    fraud: Promise
    information: Commitment
    dog_search: Commitment
    fraud_target: Target
    first_round: FollowUpRound
    second_round: FollowUpRound


@pytest.fixture(autouse=True)
def _after_the_period(time_machine: TimeMachineFixture) -> None:
    time_machine.move_to(datetime(2022, 3, 1, 12, tzinfo=UTC))


@pytest.fixture
def stromsund() -> FollowedUp:
    promise_set = PromiseSetFactory(
        title="Medborgarlöften 2019–2021",
        municipalities=[municipality("2313")],
        period_start=date(2019, 1, 1),
        period_end=date(2021, 12, 31),
        publish=True,
    )
    police = Organisation.objects.get(name="Lokalpolisområde Jämtland Härjedalen")
    kommun = Organisation.objects.get(name="Strömsunds kommun")

    def joint_promise(focus_area: str, text: str) -> Promise:
        area = FocusAreaFactory(promise_set=promise_set, title=focus_area)
        return PromiseFactory(
            promise_set=promise_set, focus_area=area, text=text, by_municipality=True
        )

    traffic = joint_promise(
        "Trafiksäkerhet",
        "Polisen och kommunen lovar att arbeta för ökad trafiksäkerhet i kommunen.",
    )
    youth = joint_promise(
        "Ungdomar och ANDTS",
        "Polisen och kommunen lovar att arbeta för att minska användandet av alkohol, "
        "narkotika, droger och tobak bland ungdomar i kommunen.",
    )
    fraud = joint_promise(
        "Bedrägerier",
        "Polisen och kommunen lovar att arbeta förebyggande för att minska antalet "
        "bedrägerier i kommunen.",
    )
    information = CommitmentFactory(
        promise=traffic, what="Informationskampanj om trafiksäkerhet", count=1
    )
    dog_search = CommitmentFactory(
        promise=youth, what="Hundsök i skolan", count=2, at_least=True, seasons=["spring", "autumn"]
    )
    fraud_target = TargetFactory(
        promise=fraud,
        indicator="Anmälda bedrägeribrott",
        baseline_value=163,
        baseline_year=2019,
        change_percent=-10,
        deadline=date(2021, 12, 31),
        data_source="Polisens statistik",
    )
    MeasurementFactory(
        target=fraud_target, value=150, measured_on=date(2020, 6, 30), source="BRÅ 2020"
    )
    MeasurementFactory(
        target=fraud_target, value=139, measured_on=date(2021, 6, 30), source="BRÅ 2021"
    )

    # Publishing gave the set a follow-up round per year: 2019, 2020 and 2021.
    rounds = {r.covers_from.year: r for r in promise_set.follow_up_rounds.all()}
    first_round, second_round = rounds[2020], rounds[2021]
    first_round.summary = "Ett år präglat av pandemin."
    first_round.published_at = datetime(2021, 2, 1, tzinfo=UTC)
    first_round.save(update_fields=["summary", "published_at"])

    ActivityFactory(
        promise_set=promise_set,
        organisation=police,
        date=date(2020, 3, 10),
        description="Narkotikahund i högstadieskolorna",
        quantity=3,
        commitments=[dog_search],
    )
    ActivityFactory(
        promise_set=promise_set,
        party="municipality",
        organisation=kommun,
        date=date(2021, 9, 15),
        description="Informationskampanj inför riskhelg",
        commitments=[information],
        created_by=User.objects.create_user(
            "kalle.anka", email="kalle.anka@example.org", password="ett långt lösenord"
        ),
    )
    ActivityFactory(
        promise_set=promise_set,
        party="joint",
        date=date(2021, 10, 5),
        description="Utbildningsdag för chefer och politiker om brottsförebyggande arbete",
    )

    OutcomeFactory(
        promise=traffic,
        text="Polisen har genomfört informationskampanjer om trafiksäkerhet.",
    )
    OutcomeFactory(
        promise=traffic,
        follow_up_round=second_round,
        kind="not_done",
        text="Informationsinsatsen om A-traktorer på föräldramöten har inte genomförts.",
        reason="pandemin",
    )
    OutcomeFactory(
        promise=youth,
        follow_up_round=first_round,
        text="Alla högstadieskolor har kontrakt om narkotikahund i skolan.",
    )
    OutcomeFactory(
        promise=youth,
        follow_up_round=first_round,
        kind="not_done",
        text="Blås Grönt-kampanjen har inte genomförts.",
        reason="pandemin",
    )
    return FollowedUp(
        promise_set=promise_set,
        traffic=traffic,
        youth=youth,
        fraud=fraud,
        information=information,
        dog_search=dog_search,
        fraud_target=fraud_target,
        first_round=first_round,
        second_round=second_round,
    )


def work() -> None:
    """Run the background jobs queued so far with `loften worker --batch`, inside the test's
    transaction: the worker's check for stale connections would close it (on PostgreSQL)."""
    with mock.patch.object(db_worker, "close_old_connections"):
        call_command("worker", "--batch", "--no-startup-delay", verbosity=0)


def fetched(client: Client, address: str) -> HttpResponse:
    """A report file as a reader gets it: asked for, made by the worker, then served."""
    response = client.get(address)
    if response.status_code == 202:
        work()
        response = client.get(address)
    assert isinstance(response, HttpResponse)
    return response
