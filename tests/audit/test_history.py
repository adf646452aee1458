"""Every change to a promise set and what is in it is kept: who, when, before and after."""

from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from simple_history.utils import get_history_model_for_model

from loften.audit.services import history_paused
from loften.followup.models import Activity, Measurement
from loften.promises.models import Commitment, Promise, PromiseSet, Target
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory, member

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"
ALVSBYN = "Älvsbyns kommun"


def history_page(client: Client, promise_set: PromiseSet, query: str = "") -> str:
    response = client.get(f"/arbetsyta/historik/{promise_set.pk}/{query}")
    assert response.status_code == 200
    return response.content.decode()


def every_page(client: Client, promise_set: PromiseSet) -> list[str]:
    pages = [history_page(client, promise_set)]
    while 'rel="next"' in pages[-1]:
        pages.append(history_page(client, promise_set, f"?sida={len(pages) + 1}"))
    return pages


@pytest.fixture
def imported() -> PromiseSet:
    call_command("import", str(SEEDS / "002_307e26fc5e31ffd9.txt"), stdout=StringIO())
    return PromiseSet.objects.get()


def test_a_change_made_in_the_back_office_shows_who_and_what_it_was_before(
    client: Client, imported: PromiseSet
) -> None:
    coordinator = member(ALVSBYN, "coordinator", username="anna.samordnare")
    client.force_login(coordinator)
    promise = Promise.objects.get(text__startswith="Samverka med")
    client.post(
        f"/arbetsyta/inlasning/utkast/{imported.pk}/lofte/{promise.pk}/",
        {  # it was also the others' promise
            "text": "Polis och kommun samverkar med stödorganisationer.",
            "focus_area": promise.focus_area.title if promise.focus_area else "",
            "parties": ["police", "municipality"],
            "action": "save",
        },
    )
    page = history_page(client, imported)
    newest = page.split("<tbody>")[1].split("</tr>")[0]
    assert "anna.samordnare" in newest
    assert "Ändrat: löfte" in newest
    assert "<dt>Löftet</dt><dd><del>Samverka med stödorganisationer.</del> → " in newest
    assert "<ins>Polis och kommun samverkar med stödorganisationer.</ins>" in newest
    assert "<dt>Tillsammans med andra aktörer</dt><dd><del>ja</del> → <ins>nej</ins>" in newest


def test_an_import_is_recorded_as_made_by_the_system(client: Client, imported: PromiseSet) -> None:
    commitment = Commitment.objects.get(what="Hundsök i skolan")
    history = get_history_model_for_model(Commitment).objects.filter(id=commitment.pk)
    assert history.get().history_user is None
    client.force_login(member(ALVSBYN, "viewer"))
    rows = [row for page in every_page(client, imported) for row in page.split("</tr>")]
    created = [row for row in rows if "Skapat: åtagande" in row and "Hundsök i skolan" in row]
    assert len(created) == 1
    assert "<td>systemet</td>" in created[0]
    assert "<dt>Part</dt><dd><ins>Polisen</ins></dd>" in created[0]


def test_a_change_in_the_admin_is_recorded_with_the_person_and_the_admin(
    client: Client, imported: PromiseSet
) -> None:
    admin = User.objects.create_superuser("drift", "drift@example.org", "pw")
    client.force_login(admin)
    commitment = Commitment.objects.get(what="Hundsök i skolan")
    response = client.post(f"/admin/promises/commitment/{commitment.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    removed = get_history_model_for_model(Commitment).objects.get(
        id=commitment.pk, history_type="-"
    )
    assert (removed.history_user, removed.history_change_reason) == (admin, "admin")


def test_the_history_is_hidden_from_another_kommun(client: Client) -> None:
    promise_set = PromiseSetFactory()
    client.force_login(member("Umeå kommun", "coordinator"))
    assert client.get(f"/arbetsyta/historik/{promise_set.pk}/").status_code == 404
    client.logout()
    assert client.get(f"/arbetsyta/historik/{promise_set.pk}/").status_code == 302


def test_activities_record_the_commitments_they_fulfil_and_removals_are_kept(
    client: Client,
) -> None:
    commitment = CommitmentFactory(what="Trygghetsvandring i centrum")
    promise_set = commitment.promise.promise_set
    activity = Activity.objects.create(
        promise_set=promise_set, party="police", date=date(2024, 5, 2), description="Vandring"
    )
    activity.commitments.add(commitment, through_defaults={"date": activity.date})
    doomed = PromiseFactory(promise_set=promise_set, text="Ett löfte som ångrades.")
    doomed.delete()
    client.force_login(member(ALVSBYN, "viewer"))
    page = history_page(client, promise_set)
    assert "Borttaget: löfte" in page
    assert "Ett löfte som ångrades." in page
    assert "<dt>Uppfyller åtaganden</dt><dd><del>–</del> → <ins>Trygghetsvandring i centrum" in page
    assert "<dt>Datum</dt><dd><ins>2 maj 2024</ins></dd>" in page


def test_a_save_that_changes_nothing_adds_no_history(client: Client) -> None:
    promise = PromiseFactory()
    promise.save()
    promise.text = "Ny lydelse."
    promise.save()
    promise.save()
    kinds = list(
        get_history_model_for_model(Promise)
        .objects.filter(id=promise.pk)
        .values_list("history_type", flat=True)
    )
    assert kinds == ["~", "+"]


def test_synthetic_data_writes_no_history_and_real_changes_still_do() -> None:
    call_command(
        "generate", "--municipalities", "1", "--years", "2", "--heavy", "", stdout=StringIO()
    )
    promise = Promise.objects.filter(promise_set__provenance__has_key="generated").first()
    assert promise is not None
    history = get_history_model_for_model(Promise).objects
    assert not history.exists()
    promise.text = "En verklig ändring."
    promise.save()
    assert history.get().text == "En verklig ändring."


def test_changes_to_what_was_there_before_the_history_began_are_shown(client: Client) -> None:
    with history_paused():
        commitment = CommitmentFactory(what="Hundsök i skolan", count=2)
        target = Target.objects.create(
            promise_set=commitment.promise.promise_set, indicator="Anmälda narkotikabrott"
        )
    commitment.count = 3
    commitment.save()
    Measurement.objects.create(
        target=target, value=Decimal("12.5"), measured_on=date(2024, 12, 31), source="BRÅ"
    )
    client.force_login(member(ALVSBYN, "viewer"))
    page = history_page(client, commitment.promise.promise_set)
    # The value before is unknown: only what it became is shown.
    assert "Ändrat: åtagande" in page
    assert "<dt>Antal</dt><dd><ins>3</ins></dd>" in page
    assert "Skapat: mätvärde" in page
    assert "<dt>Värde</dt><dd><ins>12,50</ins></dd>" in page


def test_a_set_superseded_by_a_newer_one_keeps_that_in_its_history() -> None:
    older = PromiseSetFactory(
        period_start=date(2021, 1, 1), period_end=date(2022, 12, 31), publish=True
    )
    PromiseSetFactory(publish=True)
    history = get_history_model_for_model(PromiseSet)
    statuses = list(
        history.objects.filter(id=older.pk)
        .order_by("history_date")
        .values_list("status", flat=True)
    )
    assert statuses[-1] == PromiseSet.Status.SUPERSEDED
    assert PromiseSet.Status.PUBLISHED in statuses
