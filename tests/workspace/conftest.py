"""A draft of Älvsbyn with one of every part, and the people around it."""

from datetime import date
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from loften.promises.models import Commitment, Contact, FocusArea, Promise, PromiseSet, Target
from tests.factories import (
    CommitmentFactory,
    PromiseFactory,
    PromiseSetFactory,
    member,
    municipality,
)

ALVSBYN = "Älvsbyns kommun"
PITEA_POLICE = "Lokalpolisområde Piteå älvdal"
UMEA = "Umeå kommun"


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    """Every persona has a password; hashing it properly costs a second each on a busy machine."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def draft() -> PromiseSet:
    """Two promises under one focus area: the police's, with a commitment and a target, and the
    kommun's; and a target for the whole set."""
    promise_set = PromiseSetFactory(
        title="Medborgarlöften Älvsbyn 2026–2028",
        period_start=date(2026, 1, 1),
        period_end=date(2028, 12, 31),
    )
    promise_set.police_areas.set(municipality("2560").police_areas.filter(level="local"))
    area = FocusArea.objects.create(promise_set=promise_set, title="Trygg skolväg")
    police = PromiseFactory(
        promise_set=promise_set,
        focus_area=area,
        text="Polisen övervakar trafiken vid skolorna.",
        position=0,
    )
    PromiseFactory(
        promise_set=promise_set,
        focus_area=area,
        text="Kommunen bygger belysning längs skolvägen.",
        by_police=False,
        by_municipality=True,
        position=1,
    )
    CommitmentFactory(promise=police, what="Hastighetskontroll", count=4, per="year")
    Target.objects.create(
        promise_set=promise_set, promise=police, indicator="Hastighetsöverträdelser"
    )
    Target.objects.create(promise_set=promise_set, indicator="Andel som känner sig trygga")
    Contact.objects.create(
        promise_set=promise_set, organisation_name=ALVSBYN, title="Växel", phone="0929-170 00"
    )
    return promise_set


def police_promise(promise_set: PromiseSet) -> Promise:
    return promise_set.promises.get(by_police=True)


def kommun_promise(promise_set: PromiseSet) -> Promise:
    return promise_set.promises.get(by_police=False)


def commitment_of(promise_set: PromiseSet) -> Commitment:
    return Commitment.objects.get(promise__promise_set=promise_set)


def signed_in(client: Client, organisation: str, role: str) -> User:
    user = member(organisation, role)
    client.force_login(user)
    return user


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()
