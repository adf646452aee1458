"""`loften status`: every commitment of the set in force, with its status, as JSON."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from loften.followup.models import Activity
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory

pytestmark = pytest.mark.django_db


def run(*args: str) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command("status", *args, stdout=out, stderr=err)
    except SystemExit as exc:
        return int(exc.code or 0), out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def test_status_prints_each_commitment_with_its_state_on_the_day() -> None:
    promise_set = PromiseSetFactory(title="Medborgarlöften Älvsbyn 2023–2025", publish=True)
    promise = PromiseFactory(promise_set=promise_set, text="Polisen lovar hundsök i skolan.")
    commitment = CommitmentFactory(
        promise=promise, count=2, at_least=True, per="year", seasons=["spring", "autumn"]
    )
    activity = Activity.objects.create(
        promise_set=promise_set, party="police", date=date(2024, 4, 2), description="Hundsök"
    )
    activity.commitments.add(commitment, through_defaults={"date": activity.date})

    code, out, _ = run("--municipality", "2560", "--on", "2024-06-30")

    assert code == 0
    document = json.loads(out)
    assert document["municipality"] == {"code": "2560", "name": "Älvsbyn"}
    assert document["promise_set"]["title"] == "Medborgarlöften Älvsbyn 2023–2025"
    assert document["on"] == "2024-06-30"
    assert document["commitments"] == [
        {
            "id": commitment.pk,
            "promise": {"id": promise.pk, "text": "Polisen lovar hundsök i skolan."},
            "party": "police",
            "party_label": "Polisen",
            "what": "Hundsök i skolan",
            "schedule": "minst 2 gånger per år (vår, höst)",
            "state": "on_track",
            "label": "Enligt plan: 1 av 2 tillfällen (vår klar, höst återstår)",
            "done": 1,
            "required": 2,
            "window": {"start": "2024-01-01", "end": "2024-12-31"},
        }
    ]


def test_status_finds_the_kommun_by_its_slug_too() -> None:
    PromiseSetFactory(publish=True)

    code, out, _ = run("--municipality", "alvsbyn", "--on", "2024-06-30")

    assert code == 0
    assert json.loads(out)["municipality"]["code"] == "2560"


def test_status_of_an_unknown_kommun_fails_clearly() -> None:
    code, out, err = run("--municipality", "9999")

    assert (code, out) == (1, "")
    assert "Det finns ingen kommun med koden 9999." in err


def test_status_without_a_set_in_force_fails_clearly() -> None:
    PromiseSetFactory(publish=True)

    code, out, err = run("--municipality", "2560", "--on", "2022-06-30")

    assert (code, out) == (1, "")
    assert "Inget medborgarlöfte gäller i Älvsbyn den 2022-06-30." in err
