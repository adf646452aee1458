"""A follow-up round saved as published is announced to its set's followers."""

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from loften.followup.models import FollowUpRound
from loften.notifications.services import followers_notify_round


@receiver(post_save, sender=FollowUpRound, dispatch_uid="notifications.round_published")
def round_saved(sender: type[FollowUpRound], instance: FollowUpRound, **kwargs: Any) -> None:
    followers_notify_round(instance)
