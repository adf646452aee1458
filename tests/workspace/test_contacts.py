"""The coordinator writes how the public reaches the parties: checked, audited, copied on."""

from datetime import date

import pytest
from django.test import Client

from loften.promises.models import Contact, PromiseSet
from loften.promises.publishing import promise_set_publish
from loften.promises.services import promise_set_copy
from tests.workspace.conftest import ALVSBYN, PITEA_POLICE, UMEA, page, signed_in

pytestmark = pytest.mark.django_db

POLICE = {
    "organisation_name": "Lokalpolisområde Piteå älvdal",
    "title": "Kommunpolis",
    "name": "Anna Berg",
    "phone": "010-564 00 00",
    "email": "anna.berg@polisen.se",
    "website": "",
    "address": "",
}


@pytest.fixture
def coordinator(client: Client) -> Client:
    signed_in(client, ALVSBYN, "coordinator")
    return client


def contact_of(promise_set: PromiseSet, **fields: str) -> Contact:
    return Contact.objects.create(
        promise_set=promise_set,
        organisation_name=fields.pop("organisation_name", "Älvsbyns kommun"),
        **fields,
    )


def test_a_new_contact_suggests_the_kommun_and_is_shown_on_the_set(
    coordinator: Client, draft: PromiseSet
) -> None:
    form = page(coordinator, f"/arbetsyta/{draft.pk}/kontakter/ny/")
    assert 'value="Älvsbyns kommun"' in form
    response = coordinator.post(f"/arbetsyta/{draft.pk}/kontakter/ny/", POLICE)
    assert response["Location"] == f"/arbetsyta/{draft.pk}/#kontakter"
    contact = draft.contacts.get(name="Anna Berg")
    assert (contact.name, contact.title, contact.phone) == (
        "Anna Berg",
        "Kommunpolis",
        POLICE["phone"],
    )
    shown = page(coordinator, f"/arbetsyta/{draft.pk}/")
    assert "Anna Berg, Kommunpolis" in shown
    assert '<a href="tel:+46105640000">010-564 00 00</a>' in shown
    assert '<a href="mailto:anna.berg@polisen.se">anna.berg@polisen.se</a>' in shown


@pytest.mark.parametrize(
    "changes, field_message",
    [
        ({"phone": "ring oss", "email": ""}, "Ange telefonnumret med siffror"),
        ({"phone": "0929-17"}, "Telefonnumret har fel antal siffror"),
        ({"email": "anna.berg(at)polisen.se"}, "Ange en e-postadress, till exempel"),
        ({"website": "inte en adress"}, "Ange en webbadress, till exempel www.alvsbyn.se."),
        ({"title": ""}, "En person visas bara som kontakt för sin roll."),
        ({"phone": "", "email": ""}, "Ange minst ett sätt att nå kontakten"),
        ({"organisation_name": ""}, "Detta fält måste fyllas i."),
    ],
)
def test_bad_contact_details_get_a_swedish_message_and_nothing_is_stored(
    coordinator: Client, draft: PromiseSet, changes: dict[str, str], field_message: str
) -> None:
    response = coordinator.post(f"/arbetsyta/{draft.pk}/kontakter/ny/", POLICE | changes)
    assert response.status_code == 400
    assert field_message in response.content.decode()
    assert list(draft.contacts.values_list("title", flat=True)) == ["Växel"]


def test_a_contact_is_changed_moved_and_removed(coordinator: Client, draft: PromiseSet) -> None:
    first = draft.contacts.get()  # the kommun's växel
    second = contact_of(draft, organisation_name="Polisen", phone="114 14", position=1)
    edited = POLICE | {"organisation_name": "Älvsbyns kommun", "name": "", "title": "Kundtjänst"}
    coordinator.post(f"/arbetsyta/{draft.pk}/kontakter/{first.pk}/", edited)
    first.refresh_from_db()
    assert (first.title, first.email) == ("Kundtjänst", POLICE["email"])
    coordinator.post(f"/arbetsyta/{draft.pk}/kontakter/{second.pk}/flytta/", {"direction": "up"})
    assert list(draft.contacts.values_list("organisation_name", flat=True)) == [
        "Polisen",
        "Älvsbyns kommun",
    ]
    assert "Ta bort kontakten?" in page(
        coordinator, f"/arbetsyta/{draft.pk}/kontakter/{second.pk}/ta-bort/"
    )
    coordinator.post(f"/arbetsyta/{draft.pk}/kontakter/{second.pk}/ta-bort/")
    assert list(draft.contacts.all()) == [first]


def test_each_change_is_in_the_history_with_who_made_it(client: Client, draft: PromiseSet) -> None:
    user = signed_in(client, ALVSBYN, "coordinator")
    client.post(f"/arbetsyta/{draft.pk}/kontakter/ny/", POLICE)
    history = page(client, f"/arbetsyta/historik/{draft.pk}/")
    newest = history.split("<tbody>")[1].split("</tr>")[0]
    assert user.username in newest
    assert "Skapat: kontakt" in newest
    assert "<dt>Telefon</dt><dd><ins>010-564 00 00</ins></dd>" in newest


@pytest.mark.parametrize(
    "organisation, role", [(UMEA, "coordinator"), (ALVSBYN, "editor"), (PITEA_POLICE, "editor")]
)
def test_only_the_kommuns_coordinators_reach_its_contacts(
    client: Client, draft: PromiseSet, organisation: str, role: str
) -> None:
    contact = draft.contacts.get()
    signed_in(client, organisation, role)
    for address in ("ny/", f"{contact.pk}/", f"{contact.pk}/ta-bort/", f"{contact.pk}/flytta/"):
        url = f"/arbetsyta/{draft.pk}/kontakter/{address}"
        assert client.get(url).status_code == 404, url
        assert client.post(url, POLICE).status_code == 404, url
    contact.refresh_from_db()
    assert contact.phone == "0929-170 00"


def test_the_contacts_of_a_published_set_change_through_a_new_version(
    coordinator: Client, draft: PromiseSet
) -> None:
    contact = draft.contacts.get()
    promise_set_publish(promise_set=draft, acting_user=None)
    response = coordinator.post(f"/arbetsyta/{draft.pk}/kontakter/{contact.pk}/", POLICE)
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.phone == "0929-170 00"


def test_copying_a_set_to_a_new_period_copies_its_contacts(draft: PromiseSet) -> None:
    contact_of(draft, organisation_name="Polisen", phone="114 14", position=1)
    copy = promise_set_copy(
        source=draft,
        title="Medborgarlöften Älvsbyn 2029–2031",
        period_start=date(2029, 1, 1),
        period_end=date(2031, 12, 31),
        until_replaced=False,
        acting_user=None,
    )
    assert [(c.organisation_name, c.phone) for c in copy.contacts.all()] == [
        ("Älvsbyns kommun", "0929-170 00"),
        ("Polisen", "114 14"),
    ]
    assert draft.contacts.count() == 2
