"""How the public survey form keeps answers anonymous and still counts each person once.

- A sent form carries a one-time token (`loften.publicforms`): its hash is kept until the
  round closes, so the same form sent twice counts once.
- A round sent out by letter has one-time codes. Only their keyed hashes are stored,
  marked used when a form comes in with one, and never linked to that form's answers.
- Bots are kept out as on every public form: see `loften.publicforms`.

No IP address, cookie or session is used for any of it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.conf import settings

from loften.publicforms import FormGuard, FormRefused

__all__ = ["FormRefused", "code_digest", "form_token", "new_code", "token_digest"]

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on paper
CODE_LENGTH = 10

SURVEY_FORM = FormGuard("surveys")
form_token = SURVEY_FORM.token
token_digest = SURVEY_FORM.digest


def new_code() -> str:
    """A code for a letter: ten characters, easy to type from paper."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def code_digest(survey_id: int, code: str) -> str:
    """The keyed hash a code is stored as; typing may add spaces, dashes or small letters."""
    plain = "".join(c for c in code.upper() if c.isalnum())
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{survey_id}:{plain}".encode(), hashlib.sha256).hexdigest()
