"""Reminders: the person responsible hears when a commitment is due soon or overdue,
each coordinator gets a digest before a follow-up round is due, and the organisation
responsible for a safety-walk finding hears when it is still open past its due date.

`loften remind` runs this once a day (from cron, or as the worker's daily job).
What was sent is recorded with a unique constraint per commitment, state and
schedule window (per round and person for digests, per finding, due date and person
for findings), so running it again the
same day, or on two machines at once, sends nothing twice.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.contrib.auth.models import User
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Model
from django.utils import timezone

from loften.accounts.models import Membership
from loften.followup.bulk import commitments_by_number
from loften.followup.models import FollowUpRound
from loften.followup.selectors import CommitmentWithStatus, commitment_statuses
from loften.followup.status import State, Status
from loften.notifications.emails import absolute_url, email_message, municipality_names
from loften.notifications.models import CommitmentReminder, ReminderRun, RoundDigest
from loften.notifications.services import subscription_requests_expire
from loften.promises.models import Commitment, PromiseSet
from loften.walks.models import Finding, FindingReminder

logger = logging.getLogger(__name__)

DIGEST_DAYS_BEFORE = 14
REMINDED_STATES = {
    State.DUE_SOON: CommitmentReminder.Kind.DUE_SOON,
    State.OVERDUE: CommitmentReminder.Kind.OVERDUE,
}
# The digest's sections, in the order a coordinator acts on them.
DIGEST_STATES = (State.OVERDUE, State.NOT_MET, State.DUE_SOON, State.MET)


@dataclass
class Planned:
    """One e-mail to send, with the record that says it was sent."""

    record: CommitmentReminder | RoundDigest | FindingReminder
    message: EmailMessage


@dataclass
class Outcome:
    sent: list[Planned] = field(default_factory=list)
    failed: list[Planned] = field(default_factory=list)

    def __str__(self) -> str:
        reminders = sum(isinstance(p.record, CommitmentReminder) for p in self.sent)
        findings = sum(isinstance(p.record, FindingReminder) for p in self.sent)
        digests = len(self.sent) - reminders - findings
        text = (
            f"{reminders} reminder(s), {findings} finding reminder(s) and {digests} digest(s) sent"
        )
        return text + (f", {len(self.failed)} failed (tried again next run)" if self.failed else "")


def reminders_plan(on: date) -> list[Planned]:
    """Every reminder and digest due on this day that has not been sent before."""
    return _commitment_reminders(on) + _round_digests(on) + _finding_reminders(on)


def reminders_send(*, on: date) -> Outcome:
    """Send what is due; each e-mail once, even when several runs overlap."""
    outcome = Outcome()
    for planned in reminders_plan(on):
        try:
            sent = planned_send(planned)
        except Exception:
            logger.exception("Reminder to %s failed", planned.message.to)
            outcome.failed.append(planned)
            continue
        if sent:
            outcome.sent.append(planned)
    return outcome


def planned_send(planned: Planned) -> bool:
    """Record, then send, in one transaction; False when another run recorded it first.

    The unique constraint decides between runs; a failed send records nothing.
    """
    record: Model = planned.record
    try:
        with transaction.atomic():
            record.save(force_insert=True)
            planned.message.send()
    except IntegrityError:
        return False
    return True


# Commitments


def window_key(status: Status) -> str:
    """The schedule window a state belongs to, as an ISO 8601 interval ("2024-01-01/..")."""
    start, end = status.window_start, status.window_end
    return f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}"


def _commitment_reminders(on: date) -> list[Planned]:
    promise_sets = (
        PromiseSet.objects.filter(
            status=PromiseSet.Status.PUBLISHED,
            promises__commitments__responsible_user__isnull=False,
        )
        .distinct()
        .prefetch_related("municipalities")
        .order_by("pk")
    )
    planned = []
    for promise_set in promise_sets:
        candidates = [
            (entry, REMINDED_STATES[entry.status.state])
            for entry in commitment_statuses(promise_set, on)
            if entry.status.state in REMINDED_STATES and _address(entry.commitment.responsible_user)
        ]
        sent = set(
            CommitmentReminder.objects.filter(
                commitment__in=[entry.commitment for entry, _ in candidates]
            ).values_list("commitment_id", "kind", "window")
        )
        planned += [
            _commitment_reminder(promise_set, entry, kind, on)
            for entry, kind in candidates
            if (entry.commitment.pk, kind.value, window_key(entry.status)) not in sent
        ]
    return planned


def _commitment_reminder(
    promise_set: PromiseSet, entry: CommitmentWithStatus, kind: CommitmentReminder.Kind, on: date
) -> Planned:
    commitment, status = entry.commitment, entry.status
    user = commitment.responsible_user
    assert user is not None  # noqa: S101 - only commitments with someone responsible come here
    record = CommitmentReminder(
        commitment=commitment,
        kind=kind,
        window=window_key(status),
        recipient=_address(user),
        sent_on=on,
    )
    message = email_message(
        f"commitment_{kind.value}",
        {
            "name": user.get_full_name() or user.username,
            "commitment": commitment,
            "status": status,
            "promise_set": promise_set,
            "municipalities": municipality_names(promise_set),
            "dashboard_url": _dashboard_url(promise_set),
            "import_url": _import_url(promise_set),
        },
        record.recipient,
    )
    return Planned(record=record, message=message)


# Digests before a follow-up round


def _round_digests(on: date) -> list[Planned]:
    rounds = (
        FollowUpRound.objects.filter(
            due_date__gte=on,
            due_date__lte=on + timedelta(days=DIGEST_DAYS_BEFORE),
            published_at__isnull=True,
            promise_set__status__in=PromiseSet.DECIDED,
        )
        .select_related("promise_set")
        .prefetch_related("promise_set__municipalities")
        .order_by("due_date", "pk")
    )
    planned = []
    for follow_up_round in rounds:
        promise_set = follow_up_round.promise_set
        already = set(
            RoundDigest.objects.filter(follow_up_round=follow_up_round).values_list(
                "recipient_id", flat=True
            )
        )
        recipients = [u for u in _coordinators(promise_set) if u.pk not in already]
        if not recipients:
            continue
        sections = _digest_sections(promise_set, on)
        for user in recipients:
            record = RoundDigest(follow_up_round=follow_up_round, recipient=user, sent_on=on)
            message = email_message(
                "round_digest",
                {
                    "name": user.get_full_name() or user.username,
                    "round": follow_up_round,
                    "days_left": (follow_up_round.due_date - on).days,
                    "promise_set": promise_set,
                    "municipalities": municipality_names(promise_set),
                    "sections": sections,
                    "dashboard_url": _dashboard_url(promise_set),
                },
                _address(user),
            )
            planned.append(Planned(record=record, message=message))
    return planned


@dataclass(frozen=True)
class DigestLine:
    number: str
    commitment: Commitment
    label: str


def _digest_sections(promise_set: PromiseSet, on: date) -> list[tuple[str, list[DigestLine]]]:
    numbers = {c.pk: n for n, c in commitments_by_number(promise_set).items()}
    entries = commitment_statuses(promise_set, on)
    return [
        (
            state.label.capitalize(),
            [
                DigestLine(numbers.get(e.commitment.pk, ""), e.commitment, e.status.label)
                for e in entries
                if e.status.state == state
            ],
        )
        for state in DIGEST_STATES
    ]


def _coordinators(promise_set: PromiseSet) -> Iterable[User]:
    """The coordinators of the set's kommuner who have an e-mail address."""
    return (
        User.objects.filter(
            is_active=True,
            memberships__role=Membership.Role.COORDINATOR,
            memberships__organisation__municipality__in=promise_set.municipalities.all(),
        )
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


# Safety-walk findings past their due date

# Who in the responsible organisation hears of an overdue finding: those who act on it.
FINDING_ROLES = (Membership.Role.ADMIN, Membership.Role.COORDINATOR, Membership.Role.EDITOR)


def _finding_reminders(on: date) -> list[Planned]:
    findings = (
        Finding.objects.filter(status=Finding.Status.OPEN, due_date__lt=on)
        .select_related("walk__municipality", "responsible")
        .order_by("pk")
    )
    sent = set(
        FindingReminder.objects.filter(finding__in=findings).values_list(
            "finding_id", "due_date", "recipient"
        )
    )
    planned = []
    for finding in findings:
        assert finding.due_date is not None  # noqa: S101 - filtered on it above
        people = (
            User.objects.filter(
                is_active=True,
                memberships__organisation=finding.responsible,
                memberships__role__in=FINDING_ROLES,
            )
            .exclude(email="")
            .distinct()
            .order_by("pk")
        )
        for user in people:
            if (finding.pk, finding.due_date, _address(user)) in sent:
                continue
            record = FindingReminder(
                finding=finding, due_date=finding.due_date, recipient=_address(user), sent_on=on
            )
            message = email_message(
                "finding_overdue",
                {
                    "name": user.get_full_name() or user.username,
                    "finding": finding,
                    "organisation": finding.responsible,
                    "municipality": finding.walk.municipality.name,
                    "finding_url": absolute_url("walks-finding", finding.pk),
                },
                record.recipient,
            )
            planned.append(Planned(record=record, message=message))
    return planned


def _address(user: User | None) -> str:
    return user.email.strip() if user is not None and user.is_active else ""


def _dashboard_url(promise_set: PromiseSet) -> str:
    municipality = promise_set.municipalities.all()[0]
    return absolute_url("follow-up-dashboard", municipality.slug)


def _import_url(promise_set: PromiseSet) -> str:
    municipality = promise_set.municipalities.all()[0]
    return absolute_url("activities-import", municipality.slug) + f"?lofte={promise_set.pk}"


# The worker's daily run


def daily_run(*, at: time, now: datetime | None = None) -> str:
    """Today's reminders, run by the worker, which then queues tomorrow's run.

    Only the first run of a day goes ahead and queues the next one; a second
    chain of daily runs (say `--schedule` was given twice) ends there.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    try:
        with transaction.atomic():
            run = ReminderRun.objects.create(on=today)
    except IntegrityError:
        return f"{today.isoformat()} was already run; this chain of daily runs stops"
    try:
        outcome = reminders_send(on=today)
        subscription_requests_expire(now=now)
        run.summary = str(outcome)
        run.save(update_fields=["summary"])
    finally:
        daily_schedule(at=at, after=now)
    return run.summary


def daily_schedule(*, at: time, after: datetime | None = None) -> datetime:
    """Queue the daily run for the next time the clock shows `at` (local time)."""
    from loften.notifications.tasks import remind_daily

    after = timezone.localtime(after or timezone.now())
    run_after = timezone.make_aware(datetime.combine(after.date(), at))
    if run_after <= after:
        run_after = timezone.make_aware(datetime.combine(after.date() + timedelta(days=1), at))
    remind_daily.using(run_after=run_after).enqueue(at.isoformat(timespec="minutes"))
    return run_after
