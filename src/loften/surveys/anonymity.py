"""How the public form keeps answers anonymous and still counts each person once.

- A sent form carries a one-time token: a random number, signed with the time it was
  handed out. Its hash is kept until the round closes, so the same form sent twice
  (a double click, the back button) counts once; the number says nothing of who sent it.
- A round sent out by letter has one-time codes. Only their keyed hashes are stored,
  marked used when a form comes in with one, and never linked to that form's answers.
- Bots are kept out without a third party: a field people do not see must stay empty,
  and a form sent within seconds of being handed out is refused.

No IP address, cookie or session is used for any of it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from django.conf import settings
from django.core import signing

SALT = "loften.surveys.form"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on paper
CODE_LENGTH = 10
MAX_FORM_AGE = 12 * 60 * 60


class FormRefused(ValueError):
    """The form cannot be taken, with the reason in Swedish."""


def form_token(survey_id: int, *, now: float | None = None) -> str:
    """A new token for one filling-in of the survey's form."""
    issued = int(time.time() if now is None else now)
    return signing.dumps({"s": survey_id, "n": secrets.token_hex(16), "t": issued}, salt=SALT)


def token_digest(token: str, survey_id: int, *, now: float | None = None) -> str:
    """The hash kept for a sent token, if the token is genuine, for this survey, and
    was handed out long enough ago that a person could have filled the form in."""
    try:
        payload = signing.loads(token, salt=SALT)
    except signing.BadSignature as exc:
        raise FormRefused(
            "Formuläret kunde inte tas emot. Ladda om sidan och försök igen."
        ) from exc
    age = (time.time() if now is None else now) - payload["t"]
    if payload["s"] != survey_id or age > MAX_FORM_AGE:
        raise FormRefused("Formuläret har gått ut. Dina svar står kvar; skicka dem igen.")
    if age < settings.LOFTEN_SURVEY_MIN_SECONDS:
        raise FormRefused("Formuläret skickades för snabbt. Kontrollera svaren och skicka igen.")
    return hashlib.sha256(payload["n"].encode()).hexdigest()


def new_code() -> str:
    """A code for a letter: ten characters, easy to type from paper."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def code_digest(survey_id: int, code: str) -> str:
    """The keyed hash a code is stored as; typing may add spaces, dashes or small letters."""
    plain = "".join(c for c in code.upper() if c.isalnum())
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{survey_id}:{plain}".encode(), hashlib.sha256).hexdigest()
