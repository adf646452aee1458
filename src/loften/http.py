"""HTTP behaviour every route shares: bounded requests, HEAD, private back-office pages,
Swedish error pages.

- A request whose body is larger than LOFTEN_MAX_REQUEST_MB is refused with 413
  and a Swedish page before any of it is read (an upload of many files is
  bounded as a whole; each file also has its own limit, LOFTEN_MAX_UPLOAD_MB).
- HEAD is answered for every route that answers GET, with the same status and
  headers and no body: the request runs as a GET (views, the public cache and
  django-ninja's API only know GET) and the body is dropped on the way out.
- Back-office pages (the workspace, accounts, the admin) and the documents they
  serve, such as a draft's report, are `Cache-Control: no-store`: no browser or
  proxy keeps a copy of what is not public.
- A page that does not exist is answered in Swedish; under /api/ as JSON, as
  the API answers its own errors.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase, JsonResponse
from django.shortcuts import render

from loften.sizes import megabytes

BACK_OFFICE = ("/arbetsyta/", "/konto/", "/admin/")
API = "/api/"

GetResponse = Callable[[HttpRequest], HttpResponseBase]


class RequestSizeMiddleware:
    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            return render(
                request,
                "413.html",
                {"size_mb": megabytes(length), "limit_mb": megabytes(settings.MAX_REQUEST_BYTES)},
                status=413,
            )
        return self.get_response(request)


class HeadAsGetMiddleware:
    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method != "HEAD":
            return self.get_response(request)
        request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            request.method = "HEAD"
        if response.streaming:
            # The file or generator behind it is closed with the response, by Django.
            response.streaming_content = []  # type: ignore[attr-defined]
        else:
            length = len(response.content)  # type: ignore[attr-defined]
            response.content = b""  # type: ignore[attr-defined]
            response["Content-Length"] = str(length)
        return response


class BackOfficeNoStoreMiddleware:
    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if request.path_info.startswith(BACK_OFFICE):
            response["Cache-Control"] = "no-store"
        return response


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponseBase:
    """Django's 404 handler: Swedish, and JSON for the API."""
    if request.path.startswith(API):
        return JsonResponse({"detail": "Det finns inget på den här adressen i API:t."}, status=404)
    return render(request, "404.html", status=404)
