"""Following promises up: activities logged, outcomes told, targets measured, rounds held."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.promises.models import Commitment, Party, Promise, PromiseSet, Target
from loften.registry.models import Organisation


class FollowUpRound(models.Model):
    """One follow-up of a promise set, as its cadence asks ("två gånger per år")."""

    promise_set = models.ForeignKey(
        PromiseSet,
        on_delete=models.CASCADE,
        related_name="follow_up_rounds",
        verbose_name=_("löfte"),
    )
    number = models.PositiveSmallIntegerField(_("nummer"))
    covers_from = models.DateField(_("avser från"))
    covers_until = models.DateField(_("avser till"))
    due_date = models.DateField(_("ska vara klar"))
    summary = models.TextField(_("sammanfattning"), blank=True)
    published_at = models.DateTimeField(_("publicerad"), null=True, blank=True)

    class Meta:
        db_table = "followup_round"
        ordering = ["promise_set", "number"]
        verbose_name = _("uppföljningsomgång")
        verbose_name_plural = _("uppföljningsomgångar")
        constraints = [
            models.UniqueConstraint(fields=["promise_set", "number"], name="round_number_unique"),
            models.CheckConstraint(
                condition=models.Q(covers_until__gte=models.F("covers_from")),
                name="round_covers_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"Uppföljning {self.number}: {self.promise_set}"


class Activity(models.Model):
    """Something a party did to keep a promise: a walk, a visit, a meeting, a campaign."""

    promise_set = models.ForeignKey(
        PromiseSet, on_delete=models.CASCADE, related_name="activities", verbose_name=_("löfte")
    )
    commitments: models.ManyToManyField[Commitment, ActivityCommitment] = models.ManyToManyField(
        Commitment,
        through="ActivityCommitment",
        related_name="activities",
        blank=True,
        verbose_name=_("uppfyller åtaganden"),
    )
    party = models.CharField(_("part"), max_length=20, choices=Party.choices)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("organisation"),
    )
    date = models.DateField(_("datum"))
    description = models.TextField(_("vad gjordes"))
    quantity = models.PositiveIntegerField(
        _("antal"), null=True, blank=True, help_text=_("Till exempel antal besökta skolor.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("registrerad av"),
    )
    created_at = models.DateTimeField(_("registrerad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    class Meta:
        db_table = "followup_activity"
        ordering = ["-date", "-pk"]
        verbose_name = _("aktivitet")
        verbose_name_plural = _("aktiviteter")
        indexes = [models.Index(fields=["promise_set", "date"], name="activity_set_date_idx")]

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.description[:60]}"


class ActivityCommitment(models.Model):
    """An activity counted towards one commitment, on the activity's date.

    The date is the activity's own, copied here so that a commitment's activities
    come newest first from one index: a page shows the latest few of a commitment
    that has thousands without reading them all. Only the follow-up services write
    links, and they keep the copy equal to the activity's date.
    """

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE)
    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE)
    date = models.DateField(_("datum"))

    class Meta:
        db_table = "followup_activity_commitments"
        unique_together = [("activity", "commitment")]
        indexes = [
            models.Index(
                fields=["commitment", "-date", "-activity"], name="activity_link_newest_idx"
            )
        ]

    def __str__(self) -> str:
        return f"{self.activity_id} → {self.commitment_id}"


class ActivityAttachment(models.Model):
    """A photo or document about an activity, kept in the database like every source file."""

    activity = models.ForeignKey(
        Activity, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("aktivitet")
    )
    filename = models.CharField(_("filnamn"), max_length=255)
    content_type = models.CharField(_("filtyp"), max_length=100)
    size = models.PositiveIntegerField(_("storlek"))
    content = models.BinaryField(_("innehåll"))

    class Meta:
        db_table = "followup_activity_attachment"
        ordering = ["activity", "pk"]
        verbose_name = _("bilaga")
        verbose_name_plural = _("bilagor")

    def __str__(self) -> str:
        return self.filename


class OutcomeQuerySet(models.QuerySet["Outcome"]):
    def public(self) -> OutcomeQuerySet:
        """What the public may read: outcomes of published documents and of published rounds.

        A reason written into a round that is not yet published stays in the back office
        until the round is published; every public page, report, feed and API reads
        outcomes through this.
        """
        return self.filter(
            models.Q(follow_up_round__isnull=True)
            | models.Q(follow_up_round__published_at__isnull=False)
        )


class Outcome(models.Model):
    """What a follow-up says about a promise: something done, or something not done and why."""

    class Kind(models.TextChoices):
        DONE = "done", _("genomfört")
        NOT_DONE = "not_done", _("inte genomfört")

    promise = models.ForeignKey(
        Promise, on_delete=models.CASCADE, related_name="outcomes", verbose_name=_("löfte")
    )
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="outcomes",
        verbose_name=_("åtagande"),
    )
    follow_up_round = models.ForeignKey(
        FollowUpRound,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="outcomes",
        verbose_name=_("uppföljningsomgång"),
    )
    kind = models.CharField(_("utfall"), max_length=10, choices=Kind.choices)
    text = models.TextField(_("vad"))
    reason = models.TextField(_("skäl"), blank=True, help_text=_("Varför det inte blev gjort."))
    position = models.PositiveIntegerField(_("ordning"), default=0)

    objects = OutcomeQuerySet.as_manager()

    class Meta:
        db_table = "followup_outcome"
        ordering = ["promise", "position", "pk"]
        verbose_name = _("utfall")
        verbose_name_plural = _("utfall")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"


class Measurement(models.Model):
    """A measured value of a target's indicator, with where and when it was measured."""

    target = models.ForeignKey(
        Target, on_delete=models.CASCADE, related_name="measurements", verbose_name=_("mål")
    )
    value = models.DecimalField(_("värde"), max_digits=12, decimal_places=2)
    measured_on = models.DateField(_("mätt den"))
    source = models.CharField(_("källa"), max_length=300)
    note = models.TextField(_("kommentar"), blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="measurements",
        verbose_name=_("inlagt av"),
    )
    created_at = models.DateTimeField(_("inlagt"), auto_now_add=True)

    class Meta:
        db_table = "followup_measurement"
        ordering = ["target", "-measured_on", "-pk"]
        verbose_name = _("mätvärde")
        verbose_name_plural = _("mätvärden")

    def __str__(self) -> str:
        return f"{self.value} ({self.measured_on.isoformat()})"


class Subscription(models.Model):
    """Someone who wants to hear when a promise set's status or a follow-up is published."""

    promise_set = models.ForeignKey(
        PromiseSet,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("löfte"),
    )
    email = models.EmailField(_("e-post"))
    token = models.CharField(_("avregistreringsnyckel"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("anmäld"), auto_now_add=True)

    class Meta:
        db_table = "followup_subscription"
        ordering = ["promise_set", "email"]
        verbose_name = _("prenumeration")
        verbose_name_plural = _("prenumerationer")
        constraints = [
            models.UniqueConstraint(
                fields=["promise_set", "email"], name="subscription_one_per_address"
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} – {self.promise_set}"
