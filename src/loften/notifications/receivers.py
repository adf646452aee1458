"""What is told when a promise set or a follow-up round is published (connected in apps.py)."""

from typing import Any

from django.contrib.auth.models import User

from loften.followup.models import FollowUpRound
from loften.notifications.services import (
    followers_notify_published,
    followers_notify_round,
    parties_notify_paper_signed,
)
from loften.promises.models import PromiseSet


def promise_set_published(
    sender: type[PromiseSet],
    promise_set: PromiseSet,
    superseded: list[int],
    acting_user: User | None,
    **kwargs: Any,
) -> None:
    """Followers of the replaced sets hear of the new one; a set a coordinator published as
    signed on paper is told to the other parties, who did not approve it here."""
    followers_notify_published(promise_set, superseded=superseded)
    if acting_user is not None and promise_set.signing == PromiseSet.Signing.ON_PAPER:
        parties_notify_paper_signed(promise_set, acting_user=acting_user)


def round_published(
    sender: type[FollowUpRound], follow_up_round: FollowUpRound, **kwargs: Any
) -> None:
    followers_notify_round(follow_up_round)
