"""Reasons for what was not done, and measured values of targets, from the dashboard."""

from datetime import date
from decimal import Decimal

import pytest
from django.test import Client

from loften.followup.models import Measurement, Outcome
from tests.factories import member

from .conftest import ALVSBYN, PITEA_POLICE, UMEA, Alvsbyn

pytestmark = pytest.mark.django_db

BASE = "/arbetsyta/uppfoljning/alvsbyn/"


def reason_url(alvsbyn: Alvsbyn) -> str:
    return f"{BASE}atagande/{alvsbyn.dog_search.pk}/skal/"


def test_a_reason_is_recorded_for_this_round_and_shown(client: Client, alvsbyn: Alvsbyn) -> None:
    client.force_login(member(PITEA_POLICE, "editor"))
    form = client.get(reason_url(alvsbyn)).content.decode()
    assert 'value="Hundsök i skolan"' in form, "what was promised is the starting text"
    assert "Gäller uppföljning 3 (1 januari 2024–30 juni 2024)." in form

    response = client.post(
        reason_url(alvsbyn),
        {"text": "Hundsöket i våras", "reason": "på grund av pandemin"},
    )

    assert response.status_code == 302
    outcome = Outcome.objects.get()
    assert (outcome.kind, outcome.promise, outcome.commitment) == (
        Outcome.Kind.NOT_DONE,
        alvsbyn.youth,
        alvsbyn.dog_search,
    )
    assert outcome.follow_up_round is not None and outcome.follow_up_round.number == 3
    assert "<strong>Skäl:</strong> på grund av pandemin" in client.get(BASE).content.decode()


def test_a_second_reason_replaces_the_first_and_can_be_removed(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    client.force_login(member(ALVSBYN, "coordinator"))
    client.post(reason_url(alvsbyn), {"text": "Hundsöket", "reason": "pandemin"})
    client.post(reason_url(alvsbyn), {"text": "Hundsöket", "reason": "hunden var sjuk"})

    assert list(Outcome.objects.values_list("reason", flat=True)) == ["hunden var sjuk"]
    client.post(reason_url(alvsbyn) + "ta-bort/")
    assert not Outcome.objects.exists()


def test_a_reason_needs_a_why(client: Client, alvsbyn: Alvsbyn) -> None:
    client.force_login(member(PITEA_POLICE, "editor"))

    response = client.post(reason_url(alvsbyn), {"text": "Hundsöket", "reason": ""})

    assert response.status_code == 400
    assert not Outcome.objects.exists()


def test_reasons_are_given_by_those_who_edit_the_promise(client: Client, alvsbyn: Alvsbyn) -> None:
    """The kommun's editor does not speak for the police's promise; reporters only log."""
    for user in (
        member(ALVSBYN, "editor"),
        member(PITEA_POLICE, "reporter"),
        member(UMEA, "coordinator"),
    ):
        client.force_login(user)
        assert client.get(reason_url(alvsbyn)).status_code == 404
        assert client.post(reason_url(alvsbyn), {"text": "x", "reason": "y"}).status_code == 404
    assert not Outcome.objects.exists()


def measurement_url(alvsbyn: Alvsbyn) -> str:
    return f"{BASE}mal/{alvsbyn.target.pk}/varde/"


def test_a_measured_value_is_entered_the_swedish_way_and_shown(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    coordinator = member(ALVSBYN, "coordinator")
    client.force_login(coordinator)
    form = client.get(measurement_url(alvsbyn)).content.decode()
    assert 'value="Polisens öppna statistik"' in form, "the target's data source is suggested"

    response = client.post(
        measurement_url(alvsbyn),
        {"value": "36,5", "measured_on": "2024-06-01", "source": "BRÅ", "note": ""},
    )

    assert response.status_code == 302
    measurement = Measurement.objects.get()
    assert (measurement.value, measurement.measured_on, measurement.source) == (
        Decimal("36.5"),
        date(2024, 6, 1),
        "BRÅ",
    )
    assert measurement.entered_by == coordinator
    assert "<dd>36,50 den 1 juni 2024, källa: BRÅ</dd>" in client.get(BASE).content.decode()


def test_a_value_measured_in_the_future_is_refused(client: Client, alvsbyn: Alvsbyn) -> None:
    client.force_login(member(ALVSBYN, "coordinator"))

    response = client.post(
        measurement_url(alvsbyn), {"value": "30", "measured_on": "2024-12-31", "source": "BRÅ"}
    )

    assert response.status_code == 400
    assert "Datumet ligger i framtiden." in response.content.decode()
    assert not Measurement.objects.exists()


def test_values_are_entered_by_those_who_edit_the_targets_promise(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    client.force_login(member(PITEA_POLICE, "editor"))
    assert client.get(measurement_url(alvsbyn)).status_code == 200
    for user in (member(ALVSBYN, "editor"), member(UMEA, "coordinator")):
        client.force_login(user)
        assert client.get(measurement_url(alvsbyn)).status_code == 404
