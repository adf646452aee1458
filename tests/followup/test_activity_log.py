"""Logging an activity from a phone, and changing only one's own organisation's activities."""

from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from loften.followup.models import Activity, ActivityAttachment, Outcome
from loften.followup.selectors import commitment_statuses, latest_logged
from tests.factories import (
    CommitmentFactory,
    PromiseFactory,
    PromiseSetFactory,
    member,
    municipality,
)

from .conftest import ALVSBYN, PITEA_POLICE, UMEA, Alvsbyn, logged

pytestmark = pytest.mark.django_db

BASE = "/arbetsyta/uppfoljning/alvsbyn/"
NEW = BASE + "aktivitet/ny/"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def post_activity(client: Client, alvsbyn: Alvsbyn, **changes: Any) -> Any:
    data = {
        "day": "2024-06-12",
        "party": "police",
        "commitments": [str(alvsbyn.dog_search.pk)],
        "description": "Hundsök på Vidselskolan",
        "quantity": "3",
        **changes,
    }
    for value in data.values():
        if isinstance(value, SimpleUploadedFile):
            value.seek(0)  # a parameter's file is read again when the test is run again
    return client.post(NEW, {k: v for k, v in data.items() if v is not None})


def test_the_form_starts_with_today_and_the_own_party(client: Client, alvsbyn: Alvsbyn) -> None:
    client.force_login(member(PITEA_POLICE, "reporter"))

    html = client.get(NEW).content.decode()

    assert 'type="date" name="day" value="2024-06-30"' in html
    assert 'value="police" required id="id_party_0" checked' in html


def test_the_form_opened_for_a_commitment_starts_with_its_party(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    """The police logging a kommun commitment: Kommunen did it, unless they change it."""
    client.force_login(member(PITEA_POLICE, "reporter"))

    html = client.get(NEW + f"?atagande={alvsbyn.walks.pk}").content.decode()

    assert 'value="municipality" required id="id_party_1" checked' in html
    assert 'id="id_party_0" checked' not in html
    assert "1. Polisen lovar att arbeta mot narkotika bland unga." in html
    assert "1.1 Polisen: Hundsök i skolan (minst 2 gånger per år (vår, höst))" in html
    assert "2.1 Kommunen: Trygghetsvandring" in html
    assert f'value="{alvsbyn.walks.pk}" id="id_commitments_1_0" checked' in html
    assert 'accept="image/*,application/pdf"' in html


def test_a_logged_activity_is_kept_and_changes_the_status(client: Client, alvsbyn: Alvsbyn) -> None:
    reporter = member(PITEA_POLICE, "reporter")
    client.force_login(reporter)
    before = client.get(BASE).content.decode()
    assert "Försenat: 0 av 2 tillfällen (vår missad, höst återstår)" in before

    response = post_activity(
        client, alvsbyn, day="2024-04-15", attachment=SimpleUploadedFile("bild.png", PNG)
    )

    assert response.status_code == 302
    activity = Activity.objects.get()
    assert (activity.date, activity.party, activity.quantity) == (date(2024, 4, 15), "police", 3)
    assert {r.history_user for r in activity.history.all()} == {reporter}  # type: ignore[attr-defined]
    assert activity.organisation is not None and activity.organisation.name == PITEA_POLICE
    assert activity.created_by == reporter
    assert list(activity.commitments.all()) == [alvsbyn.dog_search]
    (attachment,) = activity.attachments.all()
    assert (attachment.filename, attachment.content_type, attachment.size) == (
        "bild.png",
        "image/png",
        len(PNG),
    )
    after = client.get(BASE).content.decode()
    assert "Aktiviteten är sparad." in after
    assert "Enligt plan: 1 av 2 tillfällen (vår klar, höst återstår)" in after


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param(
            {"day": "2024-07-01"},
            "Datumet ligger i framtiden. Logga en aktivitet när den är gjord.",
            id="a day in the future",
        ),
        pytest.param(
            {"day": "2022-12-31"},
            "Datumet ligger före medborgarlöftets period, som börjar 2023-01-01.",
            id="a day before the period",
        ),
        pytest.param(
            {"commitments": None},
            "Välj minst ett åtagande som aktiviteten hör till.",
            id="no commitment",
        ),
        pytest.param(
            {"description": ""}, "Detta fält måste fyllas i.", id="nothing said about what was done"
        ),
        pytest.param(
            {"description": "x" * 5001},
            "Beskrivningen är 5 001 tecken lång. Den får vara högst 5 000 tecken.",
            id="a description longer than the import allows too",
        ),
        pytest.param(
            {"quantity": "2147483648"},
            "2 147 483 648 är för stort för ett antal.",
            id="a number the database cannot keep",
        ),
        pytest.param(
            {"attachment": SimpleUploadedFile("virus.png", b"MZ\x90\x00 not an image")},
            "Bilagan måste vara en bild (JPEG, PNG, GIF, WebP eller HEIC) eller en PDF.",
            id="a file that is no image or PDF",
        ),
    ],
)
def test_bad_input_is_explained_and_nothing_is_stored(
    client: Client, alvsbyn: Alvsbyn, changes: dict[str, Any], message: str
) -> None:
    client.force_login(member(PITEA_POLICE, "reporter"))

    response = post_activity(client, alvsbyn, **changes)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Activity.objects.exists()


def test_an_attachment_over_the_size_limit_is_refused(
    client: Client, alvsbyn: Alvsbyn, settings: Any
) -> None:
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    client.force_login(member(PITEA_POLICE, "reporter"))
    big = SimpleUploadedFile("stor.pdf", b"%PDF-1.7\n" + b"0" * (1024 * 1024))

    response = post_activity(client, alvsbyn, attachment=big)

    assert response.status_code == 400
    assert "Filen är för stor. Största tillåtna storlek är 1 MB." in response.content.decode()
    assert not ActivityAttachment.objects.exists()


def test_a_commitment_of_another_set_cannot_be_ticked(client: Client, alvsbyn: Alvsbyn) -> None:
    elsewhere = CommitmentFactory(
        promise__promise_set=PromiseSetFactory(municipalities=[municipality("2480")])
    )
    client.force_login(member(PITEA_POLICE, "reporter"))

    response = post_activity(client, alvsbyn, commitments=[str(elsewhere.pk)])

    assert response.status_code == 400
    assert not Activity.objects.exists()


def test_someone_with_several_organisations_chooses_which_one(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    user = member(PITEA_POLICE, "editor")
    user.memberships.create(organisation_id=_organisation_id(ALVSBYN), role="reporter")
    client.force_login(user)

    response = post_activity(client, alvsbyn, organisation=str(_organisation_id(ALVSBYN)))

    assert response.status_code == 302
    assert Activity.objects.get().organisation_id == _organisation_id(ALVSBYN)


def _organisation_id(name: str) -> int:
    from loften.registry.models import Organisation

    return Organisation.objects.get(name=name).pk


def test_viewers_and_other_kommuner_cannot_log(client: Client, alvsbyn: Alvsbyn) -> None:
    for user in (member(ALVSBYN, "viewer"), member(UMEA, "coordinator")):
        client.force_login(user)
        assert client.get(NEW).status_code == 404
        assert post_activity(client, alvsbyn).status_code == 404
    assert not Activity.objects.exists()


def test_the_list_offers_changes_only_for_the_own_organisations_activities(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    police = logged(alvsbyn.promise_set, date(2024, 5, 2), alvsbyn.dog_search)
    kommun = logged(
        alvsbyn.promise_set, date(2024, 5, 3), alvsbyn.walks,
        organisation=ALVSBYN, description="Trygghetsvandring i centrum",
    )  # fmt: skip
    client.force_login(member(PITEA_POLICE, "reporter"))

    html = client.get(BASE + "aktiviteter/").content.decode()

    assert "Hundsök på Älvåkraskolan" in html and "Trygghetsvandring i centrum" in html
    assert "Uppfyller: 1.1 Hundsök i skolan" in html and "Uppfyller: 2.1 Trygghetsvandring" in html
    assert f'href="{BASE}aktiviteter/export.csv?lofte={alvsbyn.promise_set.pk}"' in html
    assert f"{BASE}aktivitet/{police.pk}/" in html
    assert f"{BASE}aktivitet/{kommun.pk}/" not in html
    assert client.get(f"{BASE}aktivitet/{kommun.pk}/").status_code == 404
    assert client.post(f"{BASE}aktivitet/{kommun.pk}/ta-bort/").status_code == 404
    assert Activity.objects.filter(pk=kommun.pk).exists()


def test_an_own_activity_is_corrected_and_its_attachment_removed(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    activity = logged(alvsbyn.promise_set, date(2024, 5, 2), alvsbyn.dog_search)
    attachment = ActivityAttachment.objects.create(
        activity=activity, filename="a.png", content_type="image/png", size=len(PNG), content=PNG
    )
    client.force_login(member(PITEA_POLICE, "editor"))

    response = client.post(
        f"{BASE}aktivitet/{activity.pk}/",
        {
            "day": "2024-05-03",
            "party": "joint",
            "commitments": [str(alvsbyn.dog_search.pk), str(alvsbyn.walks.pk)],
            "description": "Hundsök och trygghetsvandring",
            "quantity": "",
            "remove_attachments": [str(attachment.pk)],
        },
    )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert (activity.date, activity.party, activity.quantity) == (date(2024, 5, 3), "joint", None)
    assert activity.description == "Hundsök och trygghetsvandring"
    assert set(activity.commitments.all()) == {alvsbyn.dog_search, alvsbyn.walks}
    assert not activity.attachments.exists()


def test_a_corrected_date_moves_the_activity_for_its_commitments_too(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    """A commitment's latest activities are read from its links, which carry the date."""
    activity = logged(alvsbyn.promise_set, date(2023, 5, 2), alvsbyn.dog_search)
    client.force_login(member(PITEA_POLICE, "editor"))

    client.post(
        f"{BASE}aktivitet/{activity.pk}/",
        {
            "day": "2024-05-03",
            "party": "police",
            "commitments": [str(alvsbyn.dog_search.pk)],
            "description": "Hundsök på Älvåkraskolan",
        },
    )

    this_year = latest_logged({alvsbyn.dog_search.pk: date(2024, 1, 1)})[alvsbyn.dog_search.pk]
    assert (this_year.count, this_year.latest) == (1, [activity])
    (status,) = [
        row.status
        for row in commitment_statuses(alvsbyn.promise_set, date(2024, 6, 30))
        if row.commitment == alvsbyn.dog_search
    ]
    assert status.done == 1


def test_an_own_activity_is_removed_after_asking(client: Client, alvsbyn: Alvsbyn) -> None:
    activity = logged(alvsbyn.promise_set, date(2024, 5, 2), alvsbyn.dog_search)
    client.force_login(member(PITEA_POLICE, "reporter"))
    url = f"{BASE}aktivitet/{activity.pk}/ta-bort/"

    assert "Ta bort aktiviteten?" in client.get(url).content.decode()
    assert Activity.objects.exists()
    assert client.post(url).status_code == 302
    assert not Activity.objects.exists()


def test_an_attachment_is_served_to_the_kommun_and_never_run(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    activity = logged(alvsbyn.promise_set, date(2024, 5, 2), alvsbyn.dog_search)
    pdf = ActivityAttachment.objects.create(
        activity=activity, filename="protokoll.pdf", content_type="application/pdf",
        size=9, content=b"%PDF-1.7\n",
    )  # fmt: skip
    url = f"{BASE}aktivitet/{activity.pk}/bilaga/{pdf.pk}/"
    client.force_login(member(ALVSBYN, "viewer"))

    response = client.get(url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7\n"  # type: ignore[attr-defined]
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"].startswith("sandbox")
    client.force_login(member(UMEA, "coordinator"))
    assert client.get(url).status_code == 404


def test_the_police_area_neither_sees_nor_logs_for_a_kommun_it_does_not_cover(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    umea = PromiseSetFactory(municipalities=[municipality("2480")], publish=True)
    commitment = CommitmentFactory(promise=PromiseFactory(promise_set=umea, by_police=True))
    client.force_login(member(PITEA_POLICE, "editor"))
    base = "/arbetsyta/uppfoljning/umea/"
    assert client.get(base).status_code == 404
    assert client.get(f"{base}aktivitet/ny/").status_code == 404
    logged = client.post(
        f"{base}aktivitet/ny/",
        {"day": "2024-06-12", "party": "police", "commitments": [str(commitment.pk)],
         "description": "Hundsök", "quantity": "1"},
    )  # fmt: skip
    assert logged.status_code == 404
    reason = client.post(f"{base}atagande/{commitment.pk}/skal/", {"text": "Hann inte."})
    assert reason.status_code == 404
    assert not Activity.objects.exists()
    assert not Outcome.objects.exists()
