"""Anyone may follow a published promise set by e-mail: confirmed by a link, left by a link."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from loften.followup.models import Subscription
from loften.followup.services import follow_up_round_publish
from loften.notifications.models import SubscriptionRequest
from loften.promises.models import PromiseSet
from loften.promises.publishing import promise_set_publish
from tests.conftest import Jobs
from tests.factories import PromiseSetFactory, member

pytestmark = pytest.mark.django_db

KOMMUN_PAGE = "/kommun/alvsbyn/"


def follow(client: Client, promise_set: PromiseSet, email: str = "anna@example.se") -> object:
    return client.post(f"/folj/lofte/{promise_set.pk}/", {"email": email, "website": ""})


def link(message: mail.EmailMessage, path: str) -> str:
    found = re.search(rf"https://loften.example.org(/folj/{path}/[^/\s]+/)", message.body)
    assert found, message.body
    return found.group(1)


@pytest.fixture
def in_force(promise_set: PromiseSet) -> PromiseSet:
    return promise_set


@time_machine.travel(date(2024, 5, 1))
def test_the_kommun_page_offers_to_follow_its_promise_set(
    client: Client, in_force: PromiseSet
) -> None:
    page = client.get(KOMMUN_PAGE).content.decode()
    assert f'action="/folj/lofte/{in_force.pk}/"' in page
    assert "Följ medborgarlöftet" in page


@time_machine.travel(date(2024, 5, 1))
def test_every_reader_of_the_shared_kommun_page_can_follow_from_it(
    in_force: PromiseSet, jobs: Jobs
) -> None:
    """The page comes from the shared cache: its form cannot carry one reader's token."""
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get("/konto/logga-in/")  # a reader who already has a CSRF cookie
    assert first.get(KOMMUN_PAGE).content == second.get(KOMMUN_PAGE).content
    with jobs():
        answers = [follow(first, in_force, "a@example.se"), follow(second, in_force, "b@e.se")]
    assert [answer.status_code for answer in answers] == [200, 200]
    assert len(mail.outbox) == 2


def test_following_takes_a_confirmed_link(client: Client, in_force: PromiseSet, jobs: Jobs) -> None:
    with jobs():
        response = follow(client, in_force, "Anna@Example.se ")
    assert response.status_code == 200
    assert "Titta i din e-post" in response.content.decode()
    assert not Subscription.objects.exists()
    (message,) = mail.outbox
    assert message.to == ["anna@example.se"]
    assert message.subject == "Bekräfta att du vill följa medborgarlöftet i Älvsbyn"
    assert '"Medborgarlöfte Älvsbyn 2024–2026"' in message.body

    confirm_page = client.get(link(message, "bekrafta"))
    assert confirm_page.status_code == 200
    assert not Subscription.objects.exists(), "opening the link alone must not confirm"
    done = client.post(link(message, "bekrafta"))

    assert "Du följer nu" in done.content.decode()
    assert Subscription.objects.get().email == "anna@example.se"
    assert not SubscriptionRequest.objects.exists()
    assert client.post(link(message, "bekrafta")).status_code == 404


def test_the_request_only_queues_the_e_mail(
    client: Client, in_force: PromiseSet, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        follow(client, in_force)
    assert mail.outbox == []
    (queued,) = [job.task_result for job in DBTaskResult.objects.all()]
    assert queued.task.name == "send_confirmation"

    queued.task.call(*queued.args, **queued.kwargs)  # what `loften worker` does

    assert len(mail.outbox) == 1


def test_asking_again_at_once_sends_no_second_e_mail(
    client: Client, in_force: PromiseSet, jobs: Jobs
) -> None:
    with jobs():
        follow(client, in_force)
        follow(client, in_force)
    assert len(mail.outbox) == 1
    with time_machine.travel(timezone.now() + timedelta(minutes=20)), jobs():
        follow(client, in_force)
    assert len(mail.outbox) == 2
    assert link(mail.outbox[0], "bekrafta") != link(mail.outbox[1], "bekrafta")
    assert client.get(link(mail.outbox[0], "bekrafta")).status_code == 404


def test_an_address_that_already_follows_gets_the_same_answer_and_no_mail(
    client: Client, in_force: PromiseSet, jobs: Jobs
) -> None:
    Subscription.objects.create(promise_set=in_force, email="anna@example.se", token="t" * 40)
    with jobs():
        response = follow(client, in_force)
    assert "Titta i din e-post" in response.content.decode()
    assert mail.outbox == []


def test_a_confirmation_link_expires_after_a_week(
    client: Client, in_force: PromiseSet, jobs: Jobs
) -> None:
    with jobs():
        follow(client, in_force)
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        assert client.post(link(mail.outbox[0], "bekrafta")).status_code == 404
    assert not Subscription.objects.exists()


def test_robots_and_bad_addresses_are_not_sent_anything(
    client: Client, in_force: PromiseSet, jobs: Jobs
) -> None:
    with jobs():
        robot = client.post(
            f"/folj/lofte/{in_force.pk}/", {"email": "bot@example.se", "website": "x"}
        )
        bad = follow(client, in_force, "inte-en-adress")
    assert robot.status_code == 200
    assert bad.status_code == 400
    assert "Fyll i en giltig e-postadress." in bad.content.decode()
    assert mail.outbox == []
    assert not SubscriptionRequest.objects.exists()


def test_drafts_cannot_be_followed(client: Client) -> None:
    draft = PromiseSetFactory()
    assert follow(client, draft).status_code == 404


def test_nothing_personal_reaches_the_public_pages(
    client: Client, in_force: PromiseSet, jobs: Jobs
) -> None:
    with jobs():
        follow(client, in_force)
    client.post(link(mail.outbox[0], "bekrafta"))
    with time_machine.travel(date(2024, 5, 1)):
        pages = [client.get(KOMMUN_PAGE), client.get(f"{KOMMUN_PAGE}lofte/{in_force.pk}/")]
    for page in pages:
        assert "anna@example.se" not in page.content.decode()


# Being told


def follower(promise_set: PromiseSet, email: str = "anna@example.se") -> Subscription:
    return Subscription.objects.create(promise_set=promise_set, email=email, token=f"token-{email}")


def test_followers_hear_of_the_set_that_replaces_theirs_and_follow_it(
    in_force: PromiseSet, jobs: Jobs
) -> None:
    follower(in_force)
    follower(in_force, "bo@example.se")
    successor = PromiseSetFactory(
        title="Medborgarlöfte Älvsbyn 2027–2029",
        period_start=date(2027, 1, 1),
        period_end=date(2029, 12, 31),
    )

    with jobs():
        promise_set_publish(promise_set=successor, acting_user=None)

    in_force.refresh_from_db()
    assert in_force.status == PromiseSet.Status.SUPERSEDED
    assert sorted(m.to[0] for m in mail.outbox) == ["anna@example.se", "bo@example.se"]
    message = next(m for m in mail.outbox if m.to == ["anna@example.se"])
    assert message.subject == "Nytt medborgarlöfte i Älvsbyn: Medborgarlöfte Älvsbyn 2027–2029"
    assert "Polisen och Älvsbyns kommun har publicerat ett nytt medborgarlöfte" in message.body
    assert f"https://loften.example.org/kommun/alvsbyn/lofte/{successor.pk}/" in message.body
    assert (
        message.extra_headers["List-Unsubscribe"]
        == "<https://loften.example.org/folj/avsluta/token-anna@example.se/>"
    )
    assert set(
        Subscription.objects.filter(promise_set=successor).values_list("email", flat=True)
    ) == {
        "anna@example.se",
        "bo@example.se",
    }


def test_publishing_an_older_period_tells_nobody(in_force: PromiseSet, jobs: Jobs) -> None:
    follower(in_force)
    history = PromiseSetFactory(period_start=date(2019, 1, 1), period_end=date(2021, 12, 31))
    with jobs():
        promise_set_publish(promise_set=history, acting_user=None)
    assert mail.outbox == []


def test_a_published_follow_up_round_is_told_once(in_force: PromiseSet, jobs: Jobs) -> None:
    follower(in_force)
    follow_up_round = in_force.follow_up_rounds.get(number=1)
    assert mail.outbox == []
    coordinator = member("Älvsbyns kommun", "coordinator")
    with jobs():
        follow_up_round_publish(follow_up_round=follow_up_round, acting_user=coordinator)
    with jobs(), pytest.raises(ValidationError, match="Uppföljning 1 är redan publicerad"):
        follow_up_round_publish(follow_up_round=follow_up_round, acting_user=coordinator)
    with jobs():
        follow_up_round.summary = "Rättat stavfel."
        follow_up_round.save()

    (message,) = mail.outbox
    assert message.subject == "Så gick det: uppföljning av medborgarlöftet i Älvsbyn"
    assert "Uppföljning 1 av medborgarlöftet" in message.body
    assert "1 januari 2024–30 juni 2024" in message.body
    assert "https://loften.example.org/folj/avsluta/token-anna@example.se/" in message.body


# Leaving


def test_every_e_mail_carries_a_link_that_stops_them(
    client: Client, in_force: PromiseSet, jobs: Jobs
) -> None:
    follower(in_force)
    follow_up_round = in_force.follow_up_rounds.get(number=1)
    with jobs():
        follow_up_round_publish(
            follow_up_round=follow_up_round, acting_user=member("Älvsbyns kommun", "coordinator")
        )
    unfollow = link(mail.outbox[0], "avsluta")
    assert client.get(unfollow).status_code == 200
    assert Subscription.objects.exists(), "opening the link alone must not unsubscribe"
    response = client.post(unfollow, {"everything": "0"})
    assert "Du får inga fler e-brev om" in response.content.decode()
    assert not Subscription.objects.exists()
    assert client.post(unfollow).status_code == 404


def test_one_click_unsubscribe_needs_no_form(in_force: PromiseSet) -> None:
    follower(in_force)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/folj/avsluta/token-anna@example.se/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_leaving_everything_stops_every_set_for_that_address(
    client: Client, in_force: PromiseSet
) -> None:
    other = PromiseSetFactory(
        publish=True, period_start=date(2020, 1, 1), period_end=date(2022, 12, 31)
    )
    follower(in_force)
    Subscription.objects.create(promise_set=other, email="anna@example.se", token="other-token")
    follower(in_force, "bo@example.se")
    client.post("/folj/avsluta/token-anna@example.se/", {"everything": "1"})
    assert list(Subscription.objects.values_list("email", flat=True)) == ["bo@example.se"]
