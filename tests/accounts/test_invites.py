"""Coordinators invite people to their own organisation; the invited choose a password."""

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from loften.accounts.models import Membership
from loften.registry.models import Organisation
from tests.accounts.mail_links import choose_password, log_in, password_link
from tests.conftest import Jobs
from tests.factories import member

pytestmark = pytest.mark.django_db

ALVSBYN = "Älvsbyns kommun"
NEW_PASSWORD = "Vårens trygghetsvandring 2024"


def invite(client: Client, organisation: str = ALVSBYN, **fields: str) -> str:
    response = client.post(
        "/konto/bjud-in/",
        {
            "email": "Karin.Lind@alvsbyn.se",
            "first_name": "Karin",
            "last_name": "Lind",
            "organisation": Organisation.objects.get(name=organisation).pk,
            "role": "editor",
            **fields,
        },
        follow=True,
    )
    return f"{response.status_code} {response.content.decode()}"


def test_an_invited_person_chooses_a_password_from_the_email_and_logs_in(
    client: Client, jobs: Jobs
) -> None:
    client.force_login(member(ALVSBYN, "coordinator"))
    with jobs():  # the queued jobs run when the block ends, as a worker runs them
        assert "En inbjudan har skickats till Karin.Lind@alvsbyn.se." in invite(client)
        assert mail.outbox == [], "the request only queues the e-mail"
    client.logout()

    [message] = mail.outbox
    assert message.to == ["Karin.Lind@alvsbyn.se"]
    assert message.subject == "Inbjudan till Löften: Älvsbyns kommun"
    assert "har bjudit in dig till Löften som redaktör för Älvsbyns kommun" in message.body
    assert "Ditt användarnamn är karin.lind@alvsbyn.se." in message.body
    link = password_link(message.body)
    assert "Lösenordet är sparat" in choose_password(client, link, NEW_PASSWORD)
    assert "Länken fungerar inte" in client.get(link, follow=True).content.decode()
    assert log_in(client, "karin.lind@alvsbyn.se", NEW_PASSWORD)
    karin = User.objects.get(username="karin.lind@alvsbyn.se")
    assert karin.get_full_name() == "Karin Lind"
    assert karin.memberships.get().role == "editor"


def test_inviting_someone_with_an_account_adds_the_organisation(client: Client, jobs: Jobs) -> None:
    police = member("Lokalpolisområde Piteå älvdal", "editor", username="kommunpolis")
    police.email = "kommunpolis@polisen.se"
    police.save()
    client.force_login(member(ALVSBYN, "coordinator"))
    with jobs():
        page = invite(client, email="kommunpolis@polisen.se", role="viewer")
    assert "kommunpolis@polisen.se hade redan ett konto och är nu läsare i Älvsbyns kommun" in page
    assert set(police.memberships.values_list("organisation__name", "role")) == {
        ("Lokalpolisområde Piteå älvdal", "editor"),
        (ALVSBYN, "viewer"),
    }
    assert "har lagt till dig i Älvsbyns kommun som läsare" in mail.outbox[0].body
    assert "/konto/losenord/" not in mail.outbox[0].body
    assert "redan läsare i Älvsbyns kommun" in invite(client, email="kommunpolis@polisen.se")
    assert len(mail.outbox) == 1


def test_an_editor_cannot_invite(client: Client) -> None:
    client.force_login(member(ALVSBYN, "editor"))
    assert client.get("/konto/bjud-in/").status_code == 403
    page = invite(client)
    assert page.startswith("403 ") and "Du kan inte bjuda in andra" in page
    assert not User.objects.filter(email__iexact="karin.lind@alvsbyn.se").exists()
    assert mail.outbox == []


def test_nobody_invites_into_another_organisation_or_above_the_own_role(
    client: Client,
) -> None:
    client.force_login(member(ALVSBYN, "coordinator"))
    other = invite(client, organisation="Umeå kommun")
    assert other.startswith("400 ") and "bara bjuda in till dina egna organisationer" in other
    higher = invite(client, role="admin")
    assert higher.startswith("400 ") and "Välj ett giltigt alternativ" in higher
    assert not User.objects.filter(email__iexact="karin.lind@alvsbyn.se").exists()
    assert not Membership.objects.filter(organisation__name="Umeå kommun").exists()
    assert mail.outbox == []
