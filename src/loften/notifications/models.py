"""What Löften has e-mailed, so nothing is sent twice, and who asked to follow a promise set.

Confirmed followers are `followup.Subscription`; an address becomes one only
after it confirms a link sent to it (double opt-in).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.followup.models import FollowUpRound
from loften.promises.models import Commitment, PromiseSet


class SubscriptionRequest(models.Model):
    """An address that asked to follow a promise set and has not confirmed it yet."""

    promise_set = models.ForeignKey(
        PromiseSet,
        on_delete=models.CASCADE,
        related_name="subscription_requests",
        verbose_name=_("löfte"),
    )
    email = models.EmailField(_("e-post"))
    token = models.CharField(_("bekräftelsenyckel"), max_length=64, unique=True)
    requested_at = models.DateTimeField(_("begärd"))

    class Meta:
        db_table = "notifications_subscription_request"
        ordering = ["-requested_at"]
        verbose_name = _("obekräftad prenumeration")
        verbose_name_plural = _("obekräftade prenumerationer")
        constraints = [
            models.UniqueConstraint(
                fields=["promise_set", "email"], name="subscription_request_one_per_address"
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} – {self.promise_set}"


class Announcement(models.Model):
    """News told to a promise set's followers: it was replaced, or a follow-up was published."""

    class Event(models.TextChoices):
        SUPERSEDED = "superseded", _("ersatt av ett nytt löfte")
        ROUND_PUBLISHED = "round_published", _("uppföljning publicerad")

    promise_set = models.ForeignKey(
        PromiseSet, on_delete=models.CASCADE, related_name="announcements", verbose_name=_("löfte")
    )
    event = models.CharField(_("händelse"), max_length=20, choices=Event.choices)
    successor = models.ForeignKey(
        PromiseSet,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ersatt av"),
    )
    follow_up_round = models.ForeignKey(
        FollowUpRound,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="announcements",
        verbose_name=_("uppföljningsomgång"),
    )
    recipients = models.PositiveIntegerField(_("mottagare"), default=0)
    failures = models.PositiveIntegerField(_("misslyckade"), default=0)
    created_at = models.DateTimeField(_("skickat"), auto_now_add=True)

    class Meta:
        db_table = "notifications_announcement"
        ordering = ["-created_at"]
        verbose_name = _("meddelande till följare")
        verbose_name_plural = _("meddelanden till följare")
        constraints = [
            models.UniqueConstraint(
                fields=["promise_set"],
                condition=models.Q(event="superseded"),
                name="announcement_superseded_once",
            ),
            models.UniqueConstraint(
                fields=["follow_up_round"],
                condition=models.Q(event="round_published"),
                name="announcement_round_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_event_display()}: {self.promise_set}"


class CommitmentReminder(models.Model):
    """That the person responsible for a commitment was told it is due soon or overdue.

    One per commitment, state and schedule window: the unique constraint is
    what keeps two `loften remind` runs, on one machine or two, from sending
    the same reminder twice.
    """

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("snart dags")
        OVERDUE = "overdue", _("försenat")

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("åtagande")
    )
    kind = models.CharField(_("påminnelse"), max_length=10, choices=Kind.choices)
    window = models.CharField(
        _("tidsfönster"),
        max_length=21,
        help_text=_('Schemats tidsfönster, till exempel "2024-01-01/2024-12-31" (".." = öppet).'),
    )
    recipient = models.EmailField(_("mottagare"))
    sent_on = models.DateField(_("gäller dagen"))
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        db_table = "notifications_commitment_reminder"
        ordering = ["-sent_at"]
        verbose_name = _("påminnelse om åtagande")
        verbose_name_plural = _("påminnelser om åtaganden")
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "kind", "window"], name="commitment_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.commitment} ({self.window})"


class RoundDigest(models.Model):
    """That a coordinator got the digest before a follow-up round's due date."""

    follow_up_round = models.ForeignKey(
        FollowUpRound,
        on_delete=models.CASCADE,
        related_name="digests",
        verbose_name=_("uppföljningsomgång"),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="round_digests",
        verbose_name=_("mottagare"),
    )
    sent_on = models.DateField(_("gäller dagen"))
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        db_table = "notifications_round_digest"
        ordering = ["-sent_at"]
        verbose_name = _("sammanställning inför uppföljning")
        verbose_name_plural = _("sammanställningar inför uppföljning")
        constraints = [
            models.UniqueConstraint(
                fields=["follow_up_round", "recipient"], name="round_digest_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.follow_up_round} → {self.recipient}"


class ReminderRun(models.Model):
    """A day the background worker's daily run of the reminders was started."""

    on = models.DateField(_("dag"), unique=True)
    started_at = models.DateTimeField(_("startad"), auto_now_add=True)
    summary = models.CharField(_("resultat"), max_length=300, blank=True)

    class Meta:
        db_table = "notifications_reminder_run"
        ordering = ["-on"]
        verbose_name = _("daglig körning")
        verbose_name_plural = _("dagliga körningar")

    def __str__(self) -> str:
        return self.on.isoformat()
