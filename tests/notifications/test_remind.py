"""`loften remind`: the person responsible hears once when a commitment is due soon and once
when it is overdue; coordinators get a digest 14 days before a follow-up round is due."""

from __future__ import annotations

import io
from datetime import date, datetime, time
from smtplib import SMTPException
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from loften.followup.models import Activity, FollowUpRound
from loften.notifications.models import CommitmentReminder, ReminderRun, RoundDigest
from loften.notifications.reminders import daily_run, planned_send, reminders_plan
from loften.promises.models import Commitment, PromiseSet
from tests.factories import CommitmentFactory, PromiseFactory, member

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")


class RefusingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages: Any) -> int:
        raise SMTPException("421 try again later")


def person(organisation: str, role: str, email: str, first_name: str = "") -> User:
    user = member(organisation, role)
    user.email, user.first_name = email, first_name
    user.save()
    return user


@pytest.fixture
def spring_and_autumn(promise_set: PromiseSet) -> Commitment:
    """Polisen: two times a year, spring and autumn; Anna is responsible."""
    return CommitmentFactory(
        promise=PromiseFactory(promise_set=promise_set),
        what="Hundsök i skolan",
        count=2,
        at_least=True,
        per="year",
        seasons=["spring", "autumn"],
        responsible_user=person(
            "Lokalpolisområde Piteå älvdal", "editor", "anna@polisen.se", "Anna"
        ),
    )


def remind(*args: str) -> str:
    out = io.StringIO()
    call_command("remind", *args, stdout=out)
    return out.getvalue()


# Commitment reminders


def test_due_soon_then_overdue_each_send_one_mail(spring_and_autumn: Commitment) -> None:
    with time_machine.travel(datetime(2024, 5, 10, 6, 15, tzinfo=STOCKHOLM)):
        remind()
    (due_soon,) = mail.outbox
    assert due_soon.to == ["anna@polisen.se"]
    assert due_soon.subject == "Snart dags: Hundsök i skolan"
    assert "Hej Anna!" in due_soon.body
    assert "Polisen: Hundsök i skolan\n  Schema: minst 2 gånger per år (vår, höst)" in due_soon.body
    assert "Snart dags: 0 av 2 tillfällen, senast 2024-05-31 (vår återstår, höst återstår)" in (
        due_soon.body
    )
    assert "https://loften.example.org/arbetsyta/uppfoljning/alvsbyn/" in due_soon.body

    with time_machine.travel(datetime(2024, 5, 10, 18, 0, tzinfo=STOCKHOLM)):
        remind()
    with time_machine.travel(datetime(2024, 5, 20, 6, 15, tzinfo=STOCKHOLM)):
        remind()
    assert len(mail.outbox) == 1, "due soon is told once per window"

    with time_machine.travel(datetime(2024, 6, 3, 6, 15, tzinfo=STOCKHOLM)):
        remind()
        remind()
    assert len(mail.outbox) == 2
    overdue = mail.outbox[1]
    assert overdue.subject == "Försenat: Hundsök i skolan"
    assert "Försenat: 0 av 2 tillfällen (vår missad, höst återstår)" in overdue.body
    assert list(CommitmentReminder.objects.values_list("kind", "window")) == [
        ("overdue", "2024-01-01/2024-12-31"),
        ("due_soon", "2024-01-01/2024-12-31"),
    ]


def test_a_new_window_is_reminded_again(spring_and_autumn: Commitment) -> None:
    remind("--on", "2024-05-10")
    remind("--on", "2025-05-10")
    assert [m.subject for m in mail.outbox] == ["Snart dags: Hundsök i skolan"] * 2


def test_logged_activities_stop_the_reminders(
    promise_set: PromiseSet, spring_and_autumn: Commitment
) -> None:
    activity = Activity.objects.create(
        promise_set=promise_set, party="police", date=date(2024, 4, 2), description="Sök"
    )
    activity.commitments.add(spring_and_autumn, through_defaults={"date": activity.date})
    remind("--on", "2024-05-10")
    remind("--on", "2024-06-03")
    assert mail.outbox == []


def test_nobody_to_tell_means_no_mail(promise_set: PromiseSet) -> None:
    without_address = member("Älvsbyns kommun", "editor")
    left = person("Älvsbyns kommun", "editor", "slutat@alvsbyn.se")
    left.is_active = False
    left.save()
    for user in (None, without_address, left):
        CommitmentFactory(
            promise=PromiseFactory(promise_set=promise_set),
            count=1,
            per="year",
            seasons=["spring"],
            responsible_user=user,
        )
    remind("--on", "2024-05-10")
    assert mail.outbox == []


def test_superseded_sets_are_not_reminded_of(spring_and_autumn: Commitment) -> None:
    PromiseSet.objects.filter(pk=spring_and_autumn.promise.promise_set_id).update(
        status=PromiseSet.Status.SUPERSEDED
    )
    remind("--on", "2024-05-10")
    assert mail.outbox == []


def test_two_runs_at_once_send_each_mail_once(spring_and_autumn: Commitment) -> None:
    first, second = reminders_plan(date(2024, 5, 10)), reminders_plan(date(2024, 5, 10))
    assert [planned_send(p) for p in [*first, *second]] == [True, False]
    assert len(mail.outbox) == 1


def test_a_mail_the_server_refuses_is_tried_again_next_run(
    spring_and_autumn: Commitment, settings: Any
) -> None:
    settings.EMAIL_BACKEND = "tests.notifications.test_remind.RefusingBackend"
    with pytest.raises(SystemExit) as exit_code:
        remind("--on", "2024-05-10")
    assert exit_code.value.code == 1
    assert not CommitmentReminder.objects.exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    remind("--on", "2024-05-11")
    assert len(mail.outbox) == 1


def test_a_dry_run_lists_and_sends_nothing(spring_and_autumn: Commitment) -> None:
    output = remind("--on", "2024-05-10", "--dry-run")
    assert "would send to anna@polisen.se: Snart dags: Hundsök i skolan" in output
    assert "1 e-mails for 2024-05-10 (dry run: nothing sent)." in output
    assert mail.outbox == []
    assert not CommitmentReminder.objects.exists()


def test_a_bad_date_is_refused() -> None:
    with pytest.raises(Exception, match="give a date like 2024-06-30"):
        remind("--on", "30/6")


# Digests before a follow-up round


@pytest.fixture
def follow_up_round(promise_set: PromiseSet) -> FollowUpRound:
    """The first round: January to June 2024, due 30 July."""
    follow_up_round = promise_set.follow_up_rounds.get(number=1)
    assert follow_up_round.due_date == date(2024, 7, 30)
    return follow_up_round


def test_coordinators_get_a_digest_14_days_before_the_round_is_due(
    promise_set: PromiseSet, spring_and_autumn: Commitment, follow_up_round: FollowUpRound
) -> None:
    done = CommitmentFactory(promise=spring_and_autumn.promise, what="Föräldravandring", count=1)
    logged = Activity.objects.create(
        promise_set=promise_set, party="municipality", date=date(2024, 3, 1), description="x"
    )
    logged.commitments.add(done, through_defaults={"date": logged.date})
    person("Älvsbyns kommun", "coordinator", "samordnare@alvsbyn.se", "Sara")
    person("Älvsbyns kommun", "coordinator", "bitr@alvsbyn.se")
    person("Älvsbyns kommun", "editor", "redaktor@alvsbyn.se")
    person("Lokalpolisområde Piteå älvdal", "coordinator", "polis@polisen.se")
    person("Umeå kommun", "coordinator", "samordnare@umea.se")

    def digests_on(day: date) -> list[mail.EmailMessage]:
        mail.outbox.clear()
        with time_machine.travel(datetime.combine(day, time(6, 15), tzinfo=STOCKHOLM)):
            remind()
        return [m for m in mail.outbox if m.subject.startswith("Uppföljning")]

    assert digests_on(date(2024, 7, 15)) == []
    digests = digests_on(date(2024, 7, 16))
    assert sorted(m.to[0] for m in digests) == ["bitr@alvsbyn.se", "samordnare@alvsbyn.se"]
    digest = next(m for m in digests if m.to == ["samordnare@alvsbyn.se"])
    assert digest.subject == "Uppföljning 1 ska vara klar 30 juli: Medborgarlöfte Älvsbyn 2024–2026"
    assert "Hej Sara!" in digest.body
    assert "ska vara klar 30 juli 2024, om 14 dagar" in digest.body
    assert "Försenat (1)\n  1.1 Polisen: Hundsök i skolan" in digest.body
    assert "Uppfyllt (1)\n  1.2 Polisen: Föräldravandring" in digest.body
    assert "Snart dags (0)\n  Inga." in digest.body
    assert digests_on(date(2024, 7, 17)) == []
    assert RoundDigest.objects.count() == 2


def test_a_round_first_seen_late_is_still_announced_before_its_due_date(
    follow_up_round: FollowUpRound,
) -> None:
    person("Älvsbyns kommun", "coordinator", "samordnare@alvsbyn.se")
    remind("--on", "2024-07-31")
    assert mail.outbox == []
    remind("--on", "2024-07-25")
    assert [m.to for m in mail.outbox] == [["samordnare@alvsbyn.se"]]


def test_a_published_round_needs_no_digest(follow_up_round: FollowUpRound) -> None:
    person("Älvsbyns kommun", "coordinator", "samordnare@alvsbyn.se")
    follow_up_round.published_at = timezone.now()
    follow_up_round.save()
    remind("--on", "2024-07-16")
    assert mail.outbox == []


# The worker's daily run


def queued_runs() -> list[DBTaskResult]:
    return list(
        DBTaskResult.objects.filter(task_path__endswith=".remind_daily").order_by("run_after")
    )


def test_scheduled_reminders_run_every_day_on_the_worker(spring_and_autumn: Commitment) -> None:
    with time_machine.travel(datetime(2024, 5, 9, 14, 0, tzinfo=STOCKHOLM)):
        output = remind("--schedule", "--at", "06:30")
    assert "first run 2024-05-10 06:30" in output
    (first,) = queued_runs()
    assert first.run_after == datetime(2024, 5, 10, 6, 30, tzinfo=STOCKHOLM)

    with time_machine.travel(datetime(2024, 5, 10, 6, 30, 5, tzinfo=STOCKHOLM)):
        daily_run(at=time(6, 30))
    assert len(mail.outbox) == 1
    assert ReminderRun.objects.get().on == date(2024, 5, 10)
    assert queued_runs()[-1].run_after == datetime(2024, 5, 11, 6, 30, tzinfo=STOCKHOLM)


def test_a_second_chain_of_daily_runs_stops_after_one_day(spring_and_autumn: Commitment) -> None:
    with time_machine.travel(datetime(2024, 5, 10, 6, 30, tzinfo=STOCKHOLM)):
        daily_run(at=time(6, 30))
        result = daily_run(at=time(6, 30))
    assert result == "2024-05-10 was already run; this chain of daily runs stops"
    assert len(queued_runs()) == 1
    assert len(mail.outbox) == 1
