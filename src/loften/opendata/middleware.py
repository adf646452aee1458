"""Cached public answers without the work of a whole request.

`PublicAnswerMiddleware` sits near the top of settings.MIDDLEWARE, below the request
size limit and HEAD handling: a GET or HEAD without a query string from a reader who
sends no session cookie (so no one is logged in) and no Authorization header is answered
straight from the shared cache when the address has a current entry, with the headers the
whole stack gave it (see loften.opendata.cache). Sessions, CSRF, locale, authentication,
messages and axes do not run for it; everything else takes the ordinary way, and an
answer made on that way is stored here once every middleware has added its headers.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

from loften.http import GetResponse
from loften.opendata.cache import cached_answer, keep_answer


class PublicAnswerMiddleware:
    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if _plain_read(request):
            answer = cached_answer(request)
            if answer is not None:
                return answer
        response = self.get_response(request)
        keep_answer(response)
        return response


def _plain_read(request: HttpRequest) -> bool:
    """A read that names no one and asks for the address as it is."""
    return (
        request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )
