"""Stamps each historical row with the acting user's name."""

from typing import Any

from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record


@receiver(pre_create_historical_record)
def keep_username(sender: Any, history_instance: Any, history_user: Any, **kwargs: Any) -> None:
    if history_user is not None:
        history_instance.history_username = history_user.get_username()
