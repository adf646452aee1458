"""Following a promise set: asking, confirming, leaving, and telling followers the news.

Every e-mail goes out from a background job (tasks.py), queued after the
transaction that caused it commits; a request never waits for a mail server.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import partial

from django.contrib.auth.models import User
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from loften.accounts.models import Membership
from loften.followup.models import FollowUpRound, Subscription
from loften.notifications.emails import absolute_url, email_message, municipality_names
from loften.notifications.models import Announcement, SubscriptionRequest
from loften.promises.models import PromiseSet
from loften.registry.models import Organisation

Role = Membership.Role

logger = logging.getLogger(__name__)

# How long a confirmation link works; unconfirmed addresses are forgotten after that.
CONFIRMATION_VALID = timedelta(days=7)
# A second request for the same address within this time sends no second e-mail,
# so the form cannot be used to flood someone's inbox.
CONFIRMATION_RESEND_AFTER = timedelta(minutes=15)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def _token() -> str:
    return secrets.token_urlsafe(32)


# Following


def subscription_request(*, promise_set: PromiseSet, email: str) -> None:
    """Ask to follow a published set: a confirmation link is e-mailed to the address.

    The answer is the same whether or not the address already follows the set,
    so the form tells nobody who follows what.
    """
    from loften.notifications.tasks import send_confirmation

    if promise_set.status not in PromiseSet.DECIDED:
        raise ValueError("Only a published promise set can be followed.")
    address = normalise_email(email)
    now = timezone.now()
    with transaction.atomic():
        if Subscription.objects.filter(promise_set=promise_set, email=address).exists():
            return
        request = (
            SubscriptionRequest.objects.select_for_update()
            .filter(promise_set=promise_set, email=address)
            .first()
        )
        if request is not None and now - request.requested_at < CONFIRMATION_RESEND_AFTER:
            return
        if request is None:
            request = SubscriptionRequest(promise_set=promise_set, email=address)
        request.token, request.requested_at = _token(), now
        request.save()
        transaction.on_commit(partial(send_confirmation.enqueue, request.pk))


def subscription_confirm(*, token: str, now: datetime | None = None) -> Subscription | None:
    """Turn a confirmed request into a follower; None when the link is unknown or too old."""
    now = now or timezone.now()
    with transaction.atomic():
        request = (
            SubscriptionRequest.objects.select_for_update()
            .select_related("promise_set")
            .filter(token=token, requested_at__gte=now - CONFIRMATION_VALID)
            .first()
        )
        if request is None:
            return None
        subscription, _ = Subscription.objects.get_or_create(
            promise_set=request.promise_set, email=request.email, defaults={"token": _token()}
        )
        request.delete()
    return subscription


def subscription_cancel(*, token: str, everything: bool = False) -> list[PromiseSet]:
    """Stop following the set of this unsubscribe link, or every set, for its address.

    Returns the sets no longer followed (empty when the link is unknown).
    """
    with transaction.atomic():
        subscription = Subscription.objects.filter(token=token).first()
        if subscription is None:
            return []
        cancelled = (
            Subscription.objects.filter(email=subscription.email)
            if everything
            else Subscription.objects.filter(pk=subscription.pk)
        ).select_related("promise_set")
        sets = [s.promise_set for s in cancelled]
        cancelled.delete()
    return sets


def subscription_requests_expire(*, now: datetime | None = None) -> int:
    """Forget addresses that never confirmed; returns how many."""
    cutoff = (now or timezone.now()) - CONFIRMATION_VALID
    deleted, _ = SubscriptionRequest.objects.filter(requested_at__lt=cutoff).delete()
    return deleted


def confirmation_send(request_id: int) -> bool:
    request = (
        SubscriptionRequest.objects.select_related("promise_set")
        .prefetch_related("promise_set__municipalities")
        .filter(pk=request_id)
        .first()
    )
    if request is None:
        return False  # confirmed, expired or asked again since
    message = email_message(
        "confirm",
        {
            "promise_set": request.promise_set,
            "municipalities": municipality_names(request.promise_set),
            "confirm_url": absolute_url("follow-confirm", request.token),
            "valid_days": CONFIRMATION_VALID.days,
        },
        request.email,
    )
    message.send()
    return True


# Telling followers


def followers_notify_published(promise_set: PromiseSet, *, superseded: Iterable[int]) -> None:
    """Called when a set is published: followers of the sets it replaces hear of it."""
    from loften.notifications.tasks import announce_superseded

    if promise_set.status != PromiseSet.Status.PUBLISHED:
        return  # an older period loaded as history replaces nothing
    followed = (
        Subscription.objects.filter(promise_set__in=list(superseded))
        .values_list("promise_set", flat=True)
        .distinct()
        .order_by("promise_set")
    )
    for old in followed:
        transaction.on_commit(partial(announce_superseded.enqueue, old, promise_set.pk))


def followers_notify_round(follow_up_round: FollowUpRound) -> None:
    """Called when a round is saved published: its set's followers hear of it, once."""
    from loften.notifications.tasks import announce_round

    announced = Announcement.objects.filter(
        follow_up_round=follow_up_round, event=Announcement.Event.ROUND_PUBLISHED
    )
    if follow_up_round.published_at is not None and not announced.exists():
        transaction.on_commit(partial(announce_round.enqueue, follow_up_round.pk))


def superseded_announce(old_id: int, new_id: int) -> Announcement | None:
    """Tell the followers of a replaced set about its successor, which they now follow too.

    Following the kommun's promises means following the next set as well; each
    e-mail says so and has links to stop following either.
    """
    old = PromiseSet.objects.prefetch_related("municipalities").get(pk=old_id)
    new = PromiseSet.objects.get(pk=new_id)
    with transaction.atomic():
        announcement = _announcement(
            promise_set=old, event=Announcement.Event.SUPERSEDED, successor=new
        )
        if announcement is None:
            return None
        followers = list(Subscription.objects.filter(promise_set=old).order_by("pk"))
        Subscription.objects.bulk_create(
            [Subscription(promise_set=new, email=f.email, token=_token()) for f in followers],
            ignore_conflicts=True,
        )
        new_tokens = dict(
            Subscription.objects.filter(
                promise_set=new, email__in=[f.email for f in followers]
            ).values_list("email", "token")
        )
        messages = [
            email_message(
                "superseded",
                {
                    "old": old,
                    "new": new,
                    "municipalities": municipality_names(old),
                    "kommuner": " och ".join(m.official_name for m in old.municipalities.all()),
                    "new_url": _public_url(old, new),
                    "unsubscribe_new_url": absolute_url("unfollow", new_tokens[f.email]),
                },
                f.email,
                unsubscribe_url=absolute_url("unfollow", f.token),
            )
            for f in followers
        ]
        _deliver(announcement, messages)
    return announcement


def round_announce(round_id: int) -> Announcement | None:
    """Tell a set's followers that a follow-up round was published."""
    follow_up_round = FollowUpRound.objects.select_related("promise_set").get(pk=round_id)
    promise_set = follow_up_round.promise_set
    with transaction.atomic():
        announcement = _announcement(
            promise_set=promise_set,
            event=Announcement.Event.ROUND_PUBLISHED,
            follow_up_round=follow_up_round,
        )
        if announcement is None:
            return None
        messages = [
            email_message(
                "round_published",
                {
                    "round": follow_up_round,
                    "promise_set": promise_set,
                    "municipalities": municipality_names(promise_set),
                    "set_url": _public_url(promise_set, promise_set),
                },
                follower.email,
                unsubscribe_url=absolute_url("unfollow", follower.token),
            )
            for follower in Subscription.objects.filter(promise_set=promise_set).order_by("pk")
        ]
        _deliver(announcement, messages)
    return announcement


def _announcement(**fields: object) -> Announcement | None:
    """The announcement, created now; None when it was made before (by any worker)."""
    try:
        with transaction.atomic():
            return Announcement.objects.create(**fields)
    except IntegrityError:
        return None


def _deliver(announcement: Announcement, messages: list[EmailMessage]) -> None:
    """Send one by one, so one refused address does not stop the others."""
    sent = failed = 0
    with get_connection() as connection:
        for message in messages:
            try:
                sent += connection.send_messages([message]) or 0
            except Exception:
                logger.exception("E-mail about %s to a follower failed", announcement)
                failed += 1
    announcement.recipients, announcement.failures = sent, failed
    announcement.save(update_fields=["recipients", "failures"])


def _public_url(owner: PromiseSet, promise_set: PromiseSet) -> str:
    municipality = owner.municipalities.first()
    if municipality is None:
        return absolute_url("index")
    return absolute_url("promise-set", municipality.slug, promise_set.pk)


# The parties of a set published as signed on paper


def parties_notify_paper_signed(promise_set: PromiseSet, *, acting_user: User) -> None:
    """After commit, tell the other parties that a set was published as signed on paper."""
    from loften.notifications.tasks import tell_parties_paper_signed

    transaction.on_commit(
        partial(tell_parties_paper_signed.enqueue, promise_set.pk, acting_user.pk)
    )


def paper_signed_tell(promise_set_id: int, publisher_id: int) -> int:
    """E-mail the coordinators and editors of every party the publisher does not work for.

    They did not approve the set in Löften, so they hear that it is public and
    can check it against what they signed. Returns how many were told.
    """
    promise_set = PromiseSet.objects.prefetch_related("signatories").get(pk=promise_set_id)
    publisher = User.objects.get(pk=publisher_id)
    own = Membership.objects.filter(user=publisher).values("organisation")
    parties = Organisation.objects.filter(
        Q(municipality__promise_sets=promise_set) | Q(police_area__promise_sets=promise_set)
    ).exclude(pk__in=own)
    people = (
        User.objects.filter(
            memberships__organisation__in=parties,
            memberships__role__in=[Role.ADMIN, Role.COORDINATOR, Role.EDITOR],
            is_active=True,
        )
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )
    messages = [
        email_message(
            "published_on_paper",
            {
                "promise_set": promise_set,
                "municipalities": municipality_names(promise_set),
                "publisher": publisher.get_full_name() or publisher.get_username(),
                "set_url": absolute_url("workspace:promise_set", promise_set.pk),
            },
            person.email,
        )
        for person in people
    ]
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(messages) or 0
