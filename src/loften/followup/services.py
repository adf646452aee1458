"""Writes for following promises up: rounds, activities, reasons and measured values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from loften.accounts.acting import acts
from loften.accounts.permissions import can_edit_set
from loften.followup.models import (
    Activity,
    ActivityAttachment,
    ActivityCommitment,
    FollowUpRound,
    Measurement,
    Outcome,
)
from loften.followup.rounds import ROUND_DUE_DAYS, planned_rounds
from loften.followup.signals import follow_up_round_published
from loften.promises.models import Commitment, PromiseSet, Target
from loften.registry.models import Organisation


def rounds_until(promise_set: PromiseSet, today: date) -> date | None:
    """The last day the set's rounds should cover now; None for a set without a start.

    A set with a fixed period is followed up to its end. A set that stays in
    force until it is replaced is followed up to the end of the current year
    (run `loften rounds` again later to add the next ones). Either way it is
    followed up only until the day before a later set of its kommun took over.
    """
    validity = promise_set.validity
    if validity.start is None:
        return None
    end = validity.end
    if end is None or validity.open_ended:
        end = max(end or validity.start, date(today.year, 12, 31))
    successor = _successor_start(promise_set, validity.start)
    return end if successor is None else min(end, successor - timedelta(days=1))


def _successor_start(promise_set: PromiseSet, start: date) -> date | None:
    later = (
        PromiseSet.objects.decided()
        .filter(municipalities__in=promise_set.municipalities.all())
        .exclude(pk=promise_set.pk)
        .distinct()
    )
    starts = [s for other in later if (s := other.validity.start) is not None and s > start]
    return min(starts, default=None)


@transaction.atomic
def follow_up_rounds_sync(promise_set: PromiseSet, *, today: date) -> list[FollowUpRound]:
    """Give the set the rounds its cadence asks for; safe to repeat. Returns the new rounds.

    Rounds are numbered from the start of the period, so running this again
    later only adds the missing ones. Rounds a later set took over are cut
    at its start, or removed if nothing was published or told about them yet.
    """
    PromiseSet.objects.select_for_update().filter(pk=promise_set.pk).first()
    until = rounds_until(promise_set, today)
    start = promise_set.validity.start
    if until is None or start is None:
        return []
    rounds = promise_set.follow_up_rounds.filter(published_at__isnull=True)
    rounds.filter(covers_from__gt=until, outcomes__isnull=True).delete()
    rounds.filter(covers_from__lte=until, covers_until__gt=until).update(
        covers_until=until, due_date=until + timedelta(days=ROUND_DUE_DAYS)
    )
    existing = set(promise_set.follow_up_rounds.values_list("number", flat=True))
    return FollowUpRound.objects.bulk_create(
        FollowUpRound(
            promise_set=promise_set,
            number=planned.number,
            covers_from=planned.covers_from,
            covers_until=planned.covers_until,
            due_date=planned.due_date,
        )
        for planned in planned_rounds(promise_set.follow_up_cadence, start, until)
        if planned.number not in existing
    )


@acts
@transaction.atomic
def follow_up_round_publish(
    *, follow_up_round: FollowUpRound, acting_user: User, at: datetime | None = None
) -> FollowUpRound:
    """Make a round's outcomes public; its set's followers are told, the public cache renewed.

    Only a coordinator (or admin) of the set's kommun publishes, once, and only a
    round of a published set.
    """
    locked = (
        FollowUpRound.objects.select_for_update()
        .select_related("promise_set")
        .get(pk=follow_up_round.pk)
    )
    if not can_edit_set(acting_user, locked.promise_set):
        raise ValidationError("Bara kommunens samordnare kan publicera uppföljningen.")
    if locked.published_at is not None:
        raise ValidationError(f"Uppföljning {locked.number} är redan publicerad.")
    if locked.promise_set.status not in PromiseSet.DECIDED:
        raise ValidationError(
            "Medborgarlöftet är inte publicerat; dess uppföljning kan inte heller publiceras."
        )
    locked.published_at = at or timezone.now()
    locked.save(update_fields=["published_at"])
    follow_up_round_published.send(
        sender=FollowUpRound, follow_up_round=locked, acting_user=acting_user
    )
    return locked


@dataclass(frozen=True)
class AttachmentFile:
    """An uploaded file that was read and checked: its name, its real type and its bytes."""

    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class ActivityFields:
    """What a person writes about an activity, in the log form and when they correct it."""

    day: date
    party: str
    organisation: Organisation | None
    commitments: Sequence[Commitment]
    description: str
    quantity: int | None


def _check_commitments(promise_set: PromiseSet, commitments: Sequence[Commitment]) -> None:
    if any(c.promise.promise_set_id != promise_set.pk for c in commitments):
        raise ValidationError("Åtagandet hör inte till det här medborgarlöftet.")


@acts
@transaction.atomic
def activity_log(
    *,
    promise_set: PromiseSet,
    fields: ActivityFields,
    attachment: AttachmentFile | None,
    acting_user: User,
) -> Activity:
    """Record something a party did, with the commitments it fulfils and an optional file."""
    _check_commitments(promise_set, fields.commitments)
    activity = Activity.objects.create(
        promise_set=promise_set,
        party=fields.party,
        organisation=fields.organisation,
        date=fields.day,
        description=fields.description,
        quantity=fields.quantity,
        created_by=acting_user,
    )
    activity.commitments.set(fields.commitments, through_defaults={"date": activity.date})
    if attachment is not None:
        _attach(activity, attachment)
    return activity


@acts
@transaction.atomic
def activity_update(
    *,
    activity: Activity,
    fields: ActivityFields,
    attachment: AttachmentFile | None,
    remove_attachments: Sequence[int],
    acting_user: User,
) -> Activity:
    """Correct an activity: its fields, its commitments, files added or removed."""
    _check_commitments(activity.promise_set, fields.commitments)
    activity.date = fields.day
    activity.party = fields.party
    activity.organisation = fields.organisation
    activity.description = fields.description
    activity.quantity = fields.quantity
    activity.save(
        update_fields=["date", "party", "organisation", "description", "quantity", "updated_at"]
    )
    activity.commitments.set(fields.commitments, through_defaults={"date": activity.date})
    ActivityCommitment.objects.filter(activity=activity).update(date=activity.date)
    activity.attachments.filter(pk__in=remove_attachments).delete()
    if attachment is not None:
        _attach(activity, attachment)
    return activity


@acts
@transaction.atomic
def activity_delete(*, activity: Activity, acting_user: User) -> None:
    """Remove an activity that should not have been logged, with its files."""
    activity.delete()


def _attach(activity: Activity, attachment: AttachmentFile) -> ActivityAttachment:
    return ActivityAttachment.objects.create(
        activity=activity,
        filename=attachment.filename,
        content_type=attachment.content_type,
        size=len(attachment.content),
        content=attachment.content,
    )


@acts
@transaction.atomic
def reason_record(
    *,
    commitment: Commitment,
    follow_up_round: FollowUpRound | None,
    text: str,
    reason: str,
    acting_user: User,
) -> Outcome:
    """Say what of a commitment was not done this round, and why; a second time replaces it."""
    outcome = Outcome.objects.filter(
        commitment=commitment, follow_up_round=follow_up_round, kind=Outcome.Kind.NOT_DONE
    ).first()
    if outcome is None:
        return Outcome.objects.create(
            promise=commitment.promise,
            commitment=commitment,
            follow_up_round=follow_up_round,
            kind=Outcome.Kind.NOT_DONE,
            text=text,
            reason=reason,
        )
    outcome.text, outcome.reason = text, reason
    outcome.save(update_fields=["text", "reason"])
    return outcome


@acts
@transaction.atomic
def reason_remove(
    *, commitment: Commitment, follow_up_round: FollowUpRound | None, acting_user: User
) -> None:
    Outcome.objects.filter(
        commitment=commitment, follow_up_round=follow_up_round, kind=Outcome.Kind.NOT_DONE
    ).delete()


@acts
@transaction.atomic
def measurement_record(
    *,
    target: Target,
    value: Decimal,
    measured_on: date,
    source: str,
    note: str,
    acting_user: User,
) -> Measurement:
    """A value of the target's indicator, measured on a day, with where it comes from."""
    return Measurement.objects.create(
        target=target,
        value=value,
        measured_on=measured_on,
        source=source,
        note=note,
        entered_by=acting_user,
    )


@transaction.atomic
def measurements_from_statistics(
    *, target: Target, values: Mapping[date, Decimal], source: str
) -> int:
    """The measured values a statistics import brings a target tied to its series: one per
    year's end, added or corrected, with their source; values typed by people stay as
    they are. Returns how many were added or changed."""
    note = f"Hämtat från statistiken ({target.indicator_key}) när den lästes in."
    kept = {
        m.measured_on: m
        for m in Measurement.objects.filter(
            target=target, entered_by=None, note=note, measured_on__in=values
        )
    }
    written = 0
    for day, value in values.items():
        measurement = kept.get(day)
        if measurement is None:
            Measurement.objects.create(
                target=target, value=value, measured_on=day, source=source, note=note
            )
        elif measurement.value != value or measurement.source != source:
            measurement.value, measurement.source = value, source
            measurement.save(update_fields=["value", "source"])
        else:
            continue
        written += 1
    return written
