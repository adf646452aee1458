"""Someone who forgot the password gets a one-time link by e-mail and chooses a new one."""

import pytest
from django.core import mail
from django.test import Client

from tests.accounts.mail_links import choose_password, log_in, password_link
from tests.conftest import Jobs
from tests.factories import member

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Höstens cykelkontroll 2024"


def test_a_forgotten_password_is_replaced_through_the_link_the_worker_emails(
    client: Client, jobs: Jobs
) -> None:
    user = member("Älvsbyns kommun", "coordinator", username="samordnare")
    user.email = "samordnare@alvsbyn.se"
    user.save()
    assert "Glömt lösenordet?" in client.get("/konto/logga-in/").content.decode()
    with jobs():  # the queued jobs run when the block ends, as a worker runs them
        sent = client.post(
            "/konto/losenord/glomt/", {"email": "Samordnare@alvsbyn.se"}, follow=True
        )
        assert mail.outbox == [], "the request only queues the e-mail"
    assert "Kolla din e-post" in sent.content.decode()

    [message] = mail.outbox
    assert message.subject == "Nytt lösenord till Löften"
    assert "Ditt användarnamn är samordnare." in message.body
    assert "Lösenordet är sparat" in choose_password(
        client, password_link(message.body), NEW_PASSWORD
    )
    assert not log_in(client, "samordnare", "ett långt lösenord")
    assert log_in(client, "samordnare", NEW_PASSWORD)


def test_an_unknown_address_is_not_revealed(client: Client) -> None:
    sent = client.post("/konto/losenord/glomt/", {"email": "okand@example.org"}, follow=True)
    assert "Kolla din e-post" in sent.content.decode()
    assert mail.outbox == []
