"""What keeps the anonymous public forms (the safety survey, the dialogue comment) honest.

- A sent form carries a one-time token: a random number, signed with the form it belongs
  to and the time it was handed out. The app keeps the hash of a sent token for as long
  as the form could be sent again, so the same form sent twice (a double click, the back
  button) counts once; the number says nothing of who sent it.
- Bots are kept out without a third party: a field people do not see (`TRAP`) must stay
  empty, and a form sent within `LOFTEN_SURVEY_MIN_SECONDS` of being handed out is refused.

No IP address, cookie or session is used for any of it.
"""

from __future__ import annotations

import hashlib
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing

MAX_FORM_AGE = 12 * 60 * 60
# The field that people never see and bots fill in.
TRAP = "webbplats"


class FormRefused(ValueError):
    """The form cannot be taken, with the reason in Swedish."""


class FormGuard:
    """Tokens for the public form of one kind (`scope`): a token of one kind, or for
    another survey or kommun (`key`), is refused by the others."""

    def __init__(self, scope: str) -> None:
        self.salt = f"loften.{scope}.form"

    def token(self, key: int, *, now: float | None = None) -> str:
        """A new token for one filling-in of the form of `key`."""
        issued = int(time.time() if now is None else now)
        return signing.dumps({"s": key, "n": secrets.token_hex(16), "t": issued}, salt=self.salt)

    def digest(self, token: str, key: int, *, now: float | None = None) -> str:
        """The hash kept for a sent token, if the token is genuine, for this form, and
        was handed out long enough ago that a person could have filled the form in."""
        try:
            payload = signing.loads(token, salt=self.salt)
        except signing.BadSignature as exc:
            raise FormRefused(
                "Formuläret kunde inte tas emot. Ladda om sidan och försök igen."
            ) from exc
        age = (time.time() if now is None else now) - payload["t"]
        if payload["s"] != key or age > MAX_FORM_AGE:
            raise FormRefused("Formuläret har gått ut. Dina svar står kvar; skicka dem igen.")
        if age < settings.LOFTEN_SURVEY_MIN_SECONDS:
            raise FormRefused(
                "Formuläret skickades för snabbt. Kontrollera svaren och skicka igen."
            )
        return hashlib.sha256(payload["n"].encode()).hexdigest()


class GuardedForm(forms.Form):
    """A public form with its one-time token and the trap field bots fill in."""

    token = forms.CharField(widget=forms.HiddenInput)
    webbplats = forms.CharField(
        label="Lämna det här fältet tomt", required=False, max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )  # fmt: skip

    def is_trapped(self) -> bool:
        """Whether a bot filled in the field people do not see."""
        return bool(self.cleaned_data.get(TRAP))
