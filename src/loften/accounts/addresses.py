"""The address a request comes from, behind the number of proxies the site names."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str | None:
    """The visitor's address: REMOTE_ADDR, or behind proxies what the first of them saw.

    Each proxy appends the address it was reached from to X-Forwarded-For, so with
    `settings.PROXY_COUNT` proxies the visitor is that many entries from the end;
    anything to the left of it was written by the visitor and is not believed.
    """
    proxies: int = settings.PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    address: str | None = request.META.get("REMOTE_ADDR")
    return address
