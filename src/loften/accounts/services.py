"""Writes about people: inviting them to an organisation.

E-mail is never sent from a request: it is written here and handed to the
worker after the transaction commits (`email_later`), so a slow or absent mail
server neither holds up the page nor leaves half a write behind.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from loften.accounts.models import Membership
from loften.accounts.permissions import can_invite
from loften.registry.models import Organisation


class InviteError(ValueError):
    """The invitation cannot be made; the message is for the person inviting."""


class InviteOutcome(enum.Enum):
    NEW_PERSON = "new_person"  # a new account, with a link to choose a password
    ADDED = "added"  # an existing account, now also in this organisation
    SENT_AGAIN = "sent_again"  # invited before and no password chosen yet: a new link


@dataclass(frozen=True)
class Invitation:
    membership: Membership
    outcome: InviteOutcome


@transaction.atomic
def person_invite(
    *,
    inviter: User,
    email: str,
    first_name: str,
    last_name: str,
    organisation: Organisation,
    role: str,
    site_url: str,
) -> Invitation:
    """Give a person a role in the inviter's organisation and tell them by e-mail.

    A new person gets an account without a password and a link to choose one;
    the e-mail address is their user name. Someone who already has an account
    is added to the organisation. The e-mail goes out from the worker; if it is
    lost, inviting again sends a new link.
    """
    if not can_invite(inviter, organisation, role):
        raise PermissionDenied("Du kan inte bjuda in någon i den rollen till den organisationen.")
    email = email.strip()
    user, created = _person(email, first_name=first_name, last_name=last_name)
    membership, joined = Membership.objects.get_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    if created:
        outcome = InviteOutcome.NEW_PERSON
    elif joined:
        outcome = InviteOutcome.ADDED
    elif not user.has_usable_password():
        outcome = InviteOutcome.SENT_AGAIN
    else:
        raise InviteError(
            f"{email} är redan {membership.get_role_display()} i {organisation.name}."
        )
    _send_invitation(inviter, membership, outcome, site_url.rstrip("/"))
    return Invitation(membership=membership, outcome=outcome)


def _person(email: str, *, first_name: str, last_name: str) -> tuple[User, bool]:
    """The account with this e-mail address (or user name), or a new one without a password."""
    found = list(User.objects.filter(Q(email__iexact=email) | Q(username__iexact=email))[:2])
    if len(found) > 1:
        raise InviteError(
            f"Flera konton har adressen {email}. Be en administratör att lägga till personen."
        )
    if found:
        return found[0], False
    user = User(username=email.lower(), email=email, first_name=first_name, last_name=last_name)
    user.set_unusable_password()
    user.save()
    return user, True


def _send_invitation(
    inviter: User, membership: Membership, outcome: InviteOutcome, site_url: str
) -> None:
    user = membership.user
    context = {
        "inviter": inviter.get_full_name() or inviter.get_username(),
        "person": user,
        "organisation": membership.organisation,
        "role": membership.get_role_display(),
        "outcome": outcome.value,
        "login_url": site_url + reverse("login"),
        "set_password_url": None,
        "valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60),
    }
    if not user.has_usable_password():
        context["set_password_url"] = site_url + reverse(
            "password_set",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    email_later(
        subject=f"Inbjudan till Löften: {membership.organisation.name}",
        body=render_to_string("accounts/email/invitation.txt", context),
        to=[user.email or user.get_username()],
    )


def email_later(*, subject: str, body: str, to: list[str]) -> None:
    """Queue an e-mail for the worker, once the transaction that wrote it has committed."""
    from loften.accounts.tasks import send_email

    transaction.on_commit(partial(send_email.enqueue, subject, body, to))
