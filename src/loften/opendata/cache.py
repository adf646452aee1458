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

One entry per address and day holds the answer as it was sent, with the headers every
middleware added (security headers, CSP, Vary), and the version it was made under: one
query reads the current version and the entry together, and an entry made under another
version is not served. `PublicAnswerMiddleware` (loften.opendata.middleware) stores the
entry once the answer has passed every middleware, and answers a reader who sends no
session cookie and no query string straight from it, before sessions, CSRF, locale,
authentication and axes run; everyone else meets the entry here, behind the middleware.

A reverse proxy in front (the nginx configuration `loften nginx` writes) may keep
these answers, and only these, for at most `settings.FRONT_CACHE_SECONDS` (one
second by default, told in `X-Accel-Expires`, which nginx keeps to itself): most
reads then never reach Python, and a publication still shows within that second.
When the time is up the proxy asks again with the ETag, and an unchanged answer
costs a 304.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import pickle
import secrets
from collections.abc import Callable, Collection
from datetime import datetime, time
from typing import Any, Concatenate, ParamSpec, cast

from django.conf import settings
from django.core.cache import cache, caches
from django.db import DatabaseError, connection
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

# A cached answer: the publication version it was made under, body, headers, ETag,
# Last-Modified (seconds since the epoch). Plain values, so that an entry written by one
# release is read by the next.
Entry = tuple[str, bytes, list[tuple[str, str]], str, int]
# Headers made anew for every request rather than kept in the entry.
PER_REQUEST_HEADERS = frozenset({"x-accel-expires"})
# Headers of a 200 that a 304 does not repeat.
BODY_HEADERS = frozenset({"content-type", "content-length"})
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
                if set(request.GET) - set(params):
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
    key = _cache_key(request, query)
    entry = _current(key)
    if entry is not None:
        return _answer(request, entry)
    version = publication_version()
    response = answer()
    if isinstance(response, StreamingHttpResponse) and response.status_code == 200:
        # Too large to keep: the version names its content instead.
        etag = f'W/"{hashlib.sha256(f"{version.token}:{key}".encode()).hexdigest()[:32]}"'
        return _conditional(request, response, etag, _last_modified(version))
    if not isinstance(response, HttpResponse) or not _storable(request, response):
        return response
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    last_modified = _last_modified(version)
    answered = _conditional(request, response, etag, last_modified)
    if answered is response:
        # Kept by PublicAnswerMiddleware once every middleware has added its headers.
        response.public_answer = (key, version.token, etag, last_modified)  # type: ignore[attr-defined]
    return answered


def cached_answer(request: HttpRequest) -> HttpResponseBase | None:
    """The current cached answer to a GET of this address without a query string, if any.

    The one query is its own connection health check (`CONN_HEALTH_CHECKS` would
    send a `SELECT 1` first, a second round trip on PostgreSQL for every answer): if
    a kept connection broke while idle (the database restarted), the query fails, the
    connection is closed, and the request goes the ordinary way, which connects afresh.
    """
    connection.health_check_done = True  # type: ignore[attr-defined]  # Django's own flag
    try:
        entry = _current(_cache_key(request, QueryDict()))
    except DatabaseError:
        connection.close()
        return None
    return None if entry is None else _answer(request, entry)


def keep_answer(response: HttpResponseBase) -> None:
    """Store an answer the cache decorator made, as it leaves the last middleware."""
    made = getattr(response, "public_answer", None)
    if made is None or response.status_code != 200 or response.cookies:
        return
    key, token, etag, last_modified = made
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in PER_REQUEST_HEADERS
    ]
    content = cast(HttpResponse, response).content
    cache.set(key, (token, content, headers, etag, last_modified), settings.PUBLIC_CACHE_SECONDS)


def _answer(request: HttpRequest, entry: Entry) -> HttpResponseBase:
    _, content, headers, etag, last_modified = entry
    answer = _conditional(request, HttpResponse(content, headers=headers), etag, last_modified)
    if answer.status_code == 304:
        # What the middleware adds to a 304 on the ordinary way (security headers, CSP,
        # Content-Language): every header of the answer but those that describe its body.
        for name, value in headers:
            if name.lower() not in BODY_HEADERS and name not in answer:
                answer[name] = value
        answer["Content-Length"] = "0"
    return answer


def _current(key: str) -> Entry | None:
    """The entry cached under key if it was made under the current publication version.

    One query, written out rather than built by the ORM (which takes longer to build it
    than the database takes to answer): the version row joined with the entry, read from
    the database cache's own table as DatabaseCache stores it (pickled, in base64, with
    its expiry).
    """
    backend = caches["default"]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT v.{quote('token')}, e.{quote('value')}"  # noqa: S608
            f" FROM {quote(PublicationVersion._meta.db_table)} v"
            f" JOIN {quote(settings.CACHES['default']['LOCATION'])} e"
            f" ON e.{quote('cache_key')} = %s AND e.{quote('expires')} > %s"
            f" WHERE v.{quote('id')} = %s",
            (
                backend.make_and_validate_key(key),
                connection.ops.adapt_datetimefield_value(timezone.now()),
                PublicationVersion.ROW,
            ),
        )
        row = cursor.fetchone()
    if row is None:
        return None
    token, stored = row
    entry: Entry = pickle.loads(base64.b64decode(stored))  # noqa: S301 - our own cache table
    return entry if entry[0] == token else None


def _cache_key(request: HttpRequest, query: QueryDict) -> str:
    # The day is part of the key: which promises are in force depends on it. The
    # version is not: an entry made under an older one is replaced, not left behind.
    address = request.build_absolute_uri(request.path)
    if query:
        address += f"?{query.urlencode()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"public-answer:{timezone.localdate().isoformat()}:{digest}"


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
