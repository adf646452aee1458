"""Uploaded files kept between an import's preview and its confirmation.

An import shows what a file holds before anything is stored, and the person then
confirms without choosing the file again. Between the two requests the file waits in
the shared database cache (any app server may answer the confirmation) under a random
token, for `KEPT_SECONDS`, tied to the person who uploaded it and to what it is for
(`purpose`: the promise set, or the kommun and the reporting organisation). Taking it
back needs all three and works once: another person's token, a token for something
else, an expired one or a second click (a double click) finds nothing.
"""

from __future__ import annotations

import secrets
import zlib

from django.contrib.auth.models import User
from django.core.cache import cache

KEPT_SECONDS = 60 * 60


def _cache_key(token: str) -> str:
    return f"keptfiles:{token}"


def keep_file(*, content: bytes, user: User, purpose: str) -> str:
    """Keep an uploaded file for its confirmation; the token the confirmation sends back."""
    token = secrets.token_urlsafe(24)
    kept = {"user": user.pk, "purpose": purpose, "content": zlib.compress(content)}
    cache.set(_cache_key(token), kept, KEPT_SECONDS)
    return token


def take_file(*, token: str, user: User, purpose: str) -> bytes | None:
    """The kept file, once, if this person kept it for this purpose; otherwise None."""
    kept = cache.get(_cache_key(token))
    if (
        not isinstance(kept, dict)
        or kept.get("user") != user.pk
        or kept.get("purpose") != purpose
        or not cache.delete(_cache_key(token))
    ):
        return None
    return zlib.decompress(kept["content"])
