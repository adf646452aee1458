"""Forms of the account pages."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import User
from django.template.loader import render_to_string

from loften.accounts.models import Membership
from loften.accounts.permissions import ROLE_ORDER, inviting_memberships, roles_up_to
from loften.accounts.services import email_later
from loften.registry.models import Organisation


class InviteForm(forms.Form):
    email = forms.EmailField(label="E-postadress", max_length=150)
    first_name = forms.CharField(label="Förnamn", max_length=150)
    last_name = forms.CharField(label="Efternamn", max_length=150)
    organisation = forms.ModelChoiceField(
        label="Organisation",
        queryset=Organisation.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": "Du kan bara bjuda in till dina egna organisationer."},
    )
    role = forms.ChoiceField(label="Roll")

    def __init__(self, *args: Any, inviter: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.memberships = {m.organisation_id: m for m in inviting_memberships(inviter)}
        organisations = cast(forms.ModelChoiceField[Organisation], self.fields["organisation"])
        organisations.queryset = Organisation.objects.filter(pk__in=self.memberships).order_by(
            "name"
        )
        highest = min(
            (ROLE_ORDER.index(Membership.Role(m.role)) for m in self.memberships.values()),
            default=len(ROLE_ORDER) - 1,
        )
        roles = cast(forms.ChoiceField, self.fields["role"])
        roles.choices = [(role.value, role.label) for role in ROLE_ORDER[highest:]]
        roles.initial = Membership.Role.EDITOR

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        organisation, role = cleaned.get("organisation"), cleaned.get("role")
        if organisation is not None and role:
            own = self.memberships[organisation.pk]
            if role not in roles_up_to(own.role):
                self.add_error(
                    "role",
                    f"Du kan bjuda in till högst rollen {own.get_role_display()} "
                    f"i {organisation.name}.",
                )
        return cleaned


class PasswordResetByWorkerForm(PasswordResetForm):
    """Django's form for a forgotten password, whose e-mail the worker sends."""

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        email_later(subject=subject, body=body, to=[to_email])
