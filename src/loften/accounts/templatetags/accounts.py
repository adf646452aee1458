from datetime import timedelta

from django import template
from django.contrib.auth.models import AnonymousUser, User

from loften.accounts.permissions import inviting_memberships

register = template.Library()


@register.filter
def may_invite(user: User | AnonymousUser) -> bool:
    """Whether the account menu offers "Bjud in"."""
    return inviting_memberships(user).exists()


@register.filter
def minutes(duration: timedelta) -> int:
    return max(1, round(duration.total_seconds() / 60))
