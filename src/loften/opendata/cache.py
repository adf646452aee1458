"""Public answers from the shared cache, until the next publication.

Every public page, API answer, CSV file and feed that an anonymous reader asks
for is kept in Django's cache (the database cache every app server shares),
under a key that names the current publication version. Publishing a promise
set or a follow-up round writes a new version to the database, in the same
transaction as the publication, so the first request after the commit misses
the cache and reads the new data, whichever app server answers it.

Edits that are not publications (a text corrected in the admin, an activity
logged) reach readers when the cached answer expires, after
`settings.PUBLIC_CACHE_SECONDS`.

Each page has one address: a query parameter the page does not use (`?a=2`, a
newsletter's `utm_source`) is dropped by a permanent redirect before anything is read,
so that random query strings cannot make the server render a page again and again; the
parameters a page uses (`public_cache_using("round")`) are bounded in length and count
and name its cache entry in a fixed order. The API checks its own parameters (an unknown
filter is an error there), so its routes keep whatever they are given.

Every answer carries an ETag and a Last-Modified date, and a request that
names them (If-None-Match, If-Modified-Since) is answered 304 Not Modified.
Logged-in users see their own name on pages, so their requests bypass all this.

A reverse proxy in front (the nginx configuration `loften nginx` writes) may keep
these answers, and only these, for at most `settings.FRONT_CACHE_SECONDS` (one
second by default, told in `X-Accel-Expires`, which nginx keeps to itself): most
reads then never reach Python, and a publication still shows within that second.
When the time is up the proxy asks again with the ETag, and an unchanged answer
costs a 304.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from collections.abc import Callable, Collection
from datetime import datetime, time
from typing import Any, Concatenate, ParamSpec, cast

from django.conf import settings
from django.core.cache import cache
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    HttpResponsePermanentRedirect,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from loften.opendata.models import PublicationVersion

P = ParamSpec("P")
View = Callable[Concatenate[HttpRequest, P], HttpResponseBase]

# A cached answer: body, headers, ETag, Last-Modified (seconds since the epoch).
# Plain values, so that an entry written by one release is read by the next.
Entry = tuple[bytes, list[tuple[str, str]], str, int]
# The longest value a page's own query parameter may have.
MAX_PARAMETER_LENGTH = 100


def publication_changed() -> None:
    """Make every cached public answer stale; call it in the transaction that publishes."""
    PublicationVersion.objects.update_or_create(
        pk=PublicationVersion.ROW,
        defaults={"token": secrets.token_hex(16), "changed_at": timezone.now()},
    )


def publication_version() -> PublicationVersion:
    version = PublicationVersion.objects.filter(pk=PublicationVersion.ROW).first()
    if version is None:
        # An emptied database: whatever the cache holds belongs to other data.
        version, _ = PublicationVersion.objects.get_or_create(
            pk=PublicationVersion.ROW,
            defaults={"token": secrets.token_hex(16), "changed_at": timezone.now()},
        )
    return version


def public_cache(view: View[P]) -> View[P]:
    """Serve a public page that takes no query parameters from the shared cache."""
    return public_cache_using()(view)


def public_cache_using(*params: str) -> Callable[[View[P]], View[P]]:
    """Serve a public page that reads these query parameters from the shared cache."""
    return _cached(frozenset(params))


def api_public_cache(view: View[P]) -> View[P]:
    """Serve an API route from the shared cache; the API refuses parameters it does not know."""
    return _cached(None)(view)


def _cached(params: Collection[str] | None) -> Callable[[View[P]], View[P]]:
    def decorate(view: View[P]) -> View[P]:
        @functools.wraps(view)
        def cached_view(
            request: HttpRequest, *args: P.args, **kwargs: P.kwargs
        ) -> HttpResponseBase:
            if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
                return view(request, *args, **kwargs)
            query: QueryDict = request.GET
            if params is not None:
                if len(request.GET) > len(params) or set(request.GET) - set(params):
                    return HttpResponsePermanentRedirect(_canonical(request, params))
                if any(
                    len(values) > 1 or len(values[0]) > MAX_PARAMETER_LENGTH
                    for _, values in request.GET.lists()
                ):
                    return render(request, "400.html", status=400)
                query = _sorted(request.GET, params)
            return _from_cache(request, query, lambda: view(request, *args, **kwargs))

        return cached_view

    return decorate


def _sorted(query: QueryDict, params: Collection[str]) -> QueryDict:
    kept = QueryDict(mutable=True)
    for name in sorted(params):
        if name in query:
            kept.setlist(name, query.getlist(name))
    return kept


def _canonical(request: HttpRequest, params: Collection[str]) -> str:
    kept = _sorted(request.GET, params)
    return f"{request.path}?{kept.urlencode()}" if kept else request.path


def _from_cache(
    request: HttpRequest, query: QueryDict, answer: Callable[[], HttpResponseBase]
) -> HttpResponseBase:
    version = publication_version()
    key = _cache_key(request, query, version)
    entry: Entry | None = cache.get(key)
    if entry is None:
        response = answer()
        if isinstance(response, StreamingHttpResponse) and response.status_code == 200:
            # Too large to keep: the version names its content instead.
            etag = f'W/"{hashlib.sha256(key.encode()).hexdigest()[:32]}"'
            return _conditional(request, response, etag, _last_modified(version))
        if not isinstance(response, HttpResponse) or not _storable(request, response):
            return response
        entry = (
            response.content,
            list(response.items()),
            f'"{hashlib.sha256(response.content).hexdigest()[:32]}"',
            _last_modified(version),
        )
        cache.set(key, entry, settings.PUBLIC_CACHE_SECONDS)
    content, headers, etag, last_modified = entry
    return _conditional(request, HttpResponse(content, headers=headers), etag, last_modified)


def _cache_key(request: HttpRequest, query: QueryDict, version: PublicationVersion) -> str:
    # The day is part of the key: which promises are in force depends on it.
    address = request.build_absolute_uri(request.path)
    if query:
        address += f"?{query.urlencode()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"public:{version.token}:{timezone.localdate().isoformat()}:{digest}"


def _last_modified(version: PublicationVersion) -> int:
    midnight = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
    return int(max(version.changed_at, midnight).timestamp())


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    # A page with a CSRF token belongs to one visitor: the token is theirs, and
    # Django sets the cookie it matches only after this view has returned.
    personal = response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    return response.status_code == 200 and not personal


def _conditional(
    request: HttpRequest, response: HttpResponseBase, etag: str, last_modified: int
) -> HttpResponseBase:
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    # Browsers may keep the answer but must ask again: the next publication shows at once.
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Expires"] = _front_expiry()
    # Django reads only the status and headers, which streamed answers have too.
    answer = get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=cast(HttpResponse, response)
    )
    if answer is None:
        return response
    # A proxy revalidating its copy keeps it for as long again.
    answer["X-Accel-Expires"] = response["X-Accel-Expires"]
    return answer


def _front_expiry() -> str:
    """Until when a front proxy may keep the answer: at most FRONT_CACHE_SECONDS from now.

    nginx counts in whole seconds and keeps an answer through the last second it
    was told, so "1" would mean up to two seconds; an absolute time ("@" and the
    last whole second it may be served in) holds the promise, on synchronised clocks.
    """
    if settings.FRONT_CACHE_SECONDS <= 0:
        return "0"
    return f"@{int(timezone.now().timestamp()) + settings.FRONT_CACHE_SECONDS - 1}"


def published(**kwargs: Any) -> None:
    """A promise set or a follow-up round was published (see opendata/apps.py)."""
    publication_changed()
