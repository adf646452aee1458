"""The pages, attacked: another organisation's login, guessed ids, the photo's address."""

from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.testcases import TestCase
from django.urls import reverse

from loften.registry.models import Municipality, Organisation
from loften.walks.models import Finding, Walk
from loften.walks.services import finding_to_commitment
from tests.factories import PromiseSetFactory, member
from tests.walks.conftest import ENERGY, OTHER_COMPANY, ROUTE, add_finding, jpeg, photo

pytestmark = pytest.mark.django_db


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def finding(walk: Walk, editor: User, energy: Organisation) -> Finding:
    return add_finding(walk, editor, energy, photo=photo(jpeg(gps=True)))


def test_the_responsible_organisation_sees_and_closes_its_finding(finding: Finding) -> None:
    client = client_for(member(ENERGY, "reporter"))
    page = client.get(reverse("walks-finding", args=[finding.pk]))
    assert page.status_code == 200
    assert "Trasig gatubelysning" in page.content.decode()
    photo_response = client.get(reverse("walks-photo", args=[finding.pk]))
    assert photo_response.status_code == 200
    assert photo_response["Content-Type"] == "image/jpeg"
    assert "no-store" in photo_response["Cache-Control"]
    closed = client.post(
        reverse("walks-finding", args=[finding.pk]), {"status": "fixed", "due_date": ""}
    )
    assert closed.status_code == 302
    finding.refresh_from_db()
    assert finding.status == Finding.Status.FIXED


@pytest.mark.parametrize("name", ["walks-finding", "walks-photo"])
def test_another_organisation_gets_404_for_the_finding_and_its_photo(
    finding: Finding, other_company: Organisation, name: str
) -> None:
    client = client_for(member(OTHER_COMPANY, "coordinator"))
    assert client.get(reverse(name, args=[finding.pk])).status_code == 404
    assert (
        client.post(reverse("walks-finding", args=[finding.pk]), {"status": "fixed"}).status_code
        == 404
    )
    finding.refresh_from_db()
    assert finding.status == Finding.Status.OPEN


def test_anonymous_visitors_get_nothing(finding: Finding) -> None:
    for url in (
        reverse("walks-finding", args=[finding.pk]),
        reverse("walks-photo", args=[finding.pk]),
        reverse("walks-list", args=["2560"]),
    ):
        response = Client().get(url)
        assert response.status_code == 302
        assert "/login" in response["Location"] or "logga-in" in response["Location"]


def test_a_guessed_id_is_404_like_one_that_is_not_there(
    finding: Finding, other_company: Organisation
) -> None:
    client = client_for(member(OTHER_COMPANY, "coordinator"))
    assert client.get(reverse("walks-finding", args=[finding.pk + 1000])).status_code == 404
    assert client.get(reverse("walks-list", args=["2560"])).status_code == 404
    walk_url = reverse("walks-walk", args=["2560", finding.walk_id])
    assert client.get(walk_url).status_code == 404


def test_an_editor_records_a_walk_and_logs_a_finding_with_a_photo(
    alvsbyn: Municipality, editor: User, energy: Organisation
) -> None:
    client = client_for(editor)
    organiser = Organisation.objects.get(name="Älvsbyns kommun")
    response = client.post(
        reverse("walks-new", args=["2560"]),
        {"title": "Skolvägen", "walked_on": "2026-10-05", "organiser": organiser.pk,
         "route": ROUTE, "antal_boende": "8", "antal_polis": "1"},
    )  # fmt: skip
    assert response.status_code == 302
    walk = Walk.objects.get(title="Skolvägen")
    assert walk.participants == {"boende": 8, "polis": 1}
    response = client.post(
        reverse("walks-walk", args=["2560", walk.pk]),
        {"category": "belysning", "address": "Skolvägen 3", "description": "Mörkt vid övergången",
         "responsible": energy.pk, "due_date": "2026-11-01",
         "photo": SimpleUploadedFile("lampa.jpg", jpeg(gps=True), "image/jpeg")},
    )  # fmt: skip
    assert response.status_code == 302
    assert walk.findings.get().photo


def test_a_route_outside_sweden_is_shown_as_an_error(alvsbyn: Municipality, editor: User) -> None:
    organiser = Organisation.objects.get(name="Älvsbyns kommun")
    response = client_for(editor).post(
        reverse("walks-new", args=["2560"]),
        {"title": "Fel", "walked_on": "2026-10-05", "organiser": organiser.pk,
         "route": '{"type": "LineString", "coordinates": [[2.3, 48.8], [2.4, 48.9]]}'},
    )  # fmt: skip
    assert response.status_code == 400
    assert "ligger inte i Sverige" in response.content.decode()
    assert not Walk.objects.filter(walked_on=date(2026, 10, 5)).exists()


def test_the_start_page_lists_the_kommun_for_its_editor_and_the_responsible_only(
    finding: Finding, editor: User, other_company: Organisation
) -> None:
    list_url = reverse("walks-list", args=["2560"])
    assert list_url in client_for(editor).get(reverse("walks-home")).content.decode()
    responsible = client_for(member(ENERGY, "reporter"))
    assert list_url in responsible.get(reverse("walks-home")).content.decode()
    listed = responsible.get(list_url).content.decode()
    assert "Gångtunneln vid Storgatan" in listed
    assert "Registrera en vandring" not in listed
    outsider = client_for(member(OTHER_COMPANY, "coordinator"))
    assert list_url not in outsider.get(reverse("walks-home")).content.decode()


def correction(responsible: Organisation, **changes: str) -> dict[str, str]:
    return {
        "category": "belysning",
        "latitude": "65.6801",
        "longitude": "21.0102",
        "address": "",
        "description": "Trasig lampa vid cykelbanan, Anna Svensson såg den",
        "responsible": str(responsible.pk),
        **changes,
    }


def test_an_editor_corrects_a_finding_masked_and_recorded_in_its_history(
    finding: Finding, editor: User, energy: Organisation
) -> None:
    client = client_for(editor)
    page = client.get(reverse("walks-finding", args=[finding.pk])).content.decode()
    url = reverse("walks-correct", args=[finding.pk])
    assert f'href="{url}"' in page
    assert 'value="Gångtunneln vid Storgatan"' in client.get(url).content.decode()

    corrected = client.post(url, correction(energy, category="vegetation"))

    assert corrected.status_code == 302
    finding.refresh_from_db()
    assert finding.category == "vegetation"
    assert (finding.latitude, finding.longitude, finding.address) == (65.6801, 21.0102, "")
    assert finding.description == "Trasig lampa vid cykelbanan, [namn] såg den"
    assert finding.photo  # the photo stays
    latest = finding.history.first()  # type: ignore[attr-defined]
    assert (latest.history_user, latest.category) == (editor, "vegetation")


def test_a_correction_without_a_place_is_explained_and_nothing_changes(
    finding: Finding, editor: User, energy: Organisation
) -> None:
    response = client_for(editor).post(
        reverse("walks-correct", args=[finding.pk]),
        correction(energy, latitude="", longitude="", address=""),
    )

    assert response.status_code == 400
    assert "Ange var: en punkt på kartan eller en adress." in response.content.decode()
    finding.refresh_from_db()
    assert finding.address == "Gångtunneln vid Storgatan"


@pytest.mark.parametrize("who", [ENERGY, OTHER_COMPANY])
def test_only_the_kommuns_editors_correct_a_finding(
    finding: Finding, other_company: Organisation, energy: Organisation, who: str
) -> None:
    """The responsible organisation closes its finding but does not rewrite it."""
    client = client_for(member(who, "coordinator"))
    url = reverse("walks-correct", args=[finding.pk])

    assert client.get(url).status_code == 404
    assert client.post(url, correction(energy, address="Annanstans")).status_code == 404
    assert (
        'href="' + url
        not in client.get(reverse("walks-finding", args=[finding.pk])).content.decode()
    )
    finding.refresh_from_db()
    assert finding.address == "Gångtunneln vid Storgatan"


def walk_form(organiser: Organisation, **changes: str) -> dict[str, object]:
    return {
        "title": "Centrum till stationen", "walked_on": "2026-10-01", "organiser": organiser.pk,
        "route": ROUTE, "antal_boende": "12", "antal_polis": "2", "antal_kommun": "3",
        **changes,
    }  # fmt: skip


def test_an_editor_corrects_a_walk_and_the_history_says_who(walk: Walk, editor: User) -> None:
    client = client_for(editor)
    url = reverse("walks-correct-walk", args=["2560", walk.pk])
    assert (
        f'href="{url}"'
        in client.get(reverse("walks-walk", args=["2560", walk.pk])).content.decode()
    )
    form = client.get(url).content.decode()
    assert 'value="Centrum till stationen"' in form and 'value="12"' in form

    response = client.post(
        url, walk_form(walk.organiser, title="Centrum och hamnen", antal_boende="14")
    )

    assert response.status_code == 302
    walk.refresh_from_db()
    assert (walk.title, walk.participants) == (
        "Centrum och hamnen",
        {"boende": 14, "polis": 2, "kommun": 3},
    )
    latest = walk.history.first()  # type: ignore[attr-defined]
    assert (latest.history_user, latest.title) == (editor, "Centrum och hamnen")


def test_a_walk_correction_without_a_title_changes_nothing(walk: Walk, editor: User) -> None:
    response = client_for(editor).post(
        reverse("walks-correct-walk", args=["2560", walk.pk]), walk_form(walk.organiser, title=" ")
    )

    assert response.status_code == 400
    walk.refresh_from_db()
    assert walk.title == "Centrum till stationen"


@pytest.mark.parametrize("who", [ENERGY, OTHER_COMPANY])
def test_only_the_kommuns_editors_correct_or_remove_a_walk(
    finding: Finding, energy: Organisation, other_company: Organisation, who: str
) -> None:
    """The organisation responsible for a finding on the walk sees the finding, not the walk."""
    walk = finding.walk
    client = client_for(member(who, "coordinator"))
    correct = reverse("walks-correct-walk", args=["2560", walk.pk])
    remove = reverse("walks-delete-walk", args=["2560", walk.pk])

    assert client.get(correct).status_code == 404
    assert client.post(correct, walk_form(walk.organiser, title="Annat")).status_code == 404
    assert client.post(remove, {"bekrafta": "ja"}).status_code == 404
    walk.refresh_from_db()
    assert walk.title == "Centrum till stationen"


def test_an_editor_removes_a_walk_with_its_findings_and_photos(
    finding: Finding, editor: User, photo_folder: Path
) -> None:
    walk = finding.walk
    client = client_for(editor)
    remove = reverse("walks-delete-walk", args=["2560", walk.pk])
    stored = photo_folder / finding.photo.name
    assert stored.exists()

    unconfirmed = client.post(remove, {}, follow=True)
    assert "Kryssa i att du vill ta bort vandringen." in unconfirmed.content.decode()
    assert Walk.objects.filter(pk=walk.pk).exists()

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(remove, {"bekrafta": "ja"})

    assert response.status_code == 302
    assert not Walk.objects.filter(pk=walk.pk).exists()
    assert not Finding.objects.filter(pk=finding.pk).exists()
    assert not stored.exists()
    removed = Walk.history.filter(id=walk.pk).first()  # type: ignore[attr-defined]
    assert (removed.history_type, removed.history_user) == ("-", editor)


def test_a_walk_whose_finding_became_a_commitment_is_kept(
    finding: Finding, editor: User, photo_folder: Path
) -> None:
    PromiseSetFactory(municipalities=[finding.walk.municipality])
    finding_to_commitment(finding=finding, acting_user=None)

    response = client_for(editor).post(
        reverse("walks-delete-walk", args=["2560", finding.walk.pk]),
        {"bekrafta": "ja"},
        follow=True,
    )

    assert "blivit åtaganden i ett medborgarlöfte" in response.content.decode()
    assert Walk.objects.filter(pk=finding.walk.pk).exists()
    assert (photo_folder / finding.photo.name).exists()
