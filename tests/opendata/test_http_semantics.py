"""Every GET route answers HEAD alike; errors are Swedish (JSON under /api/); the back
office is never stored; /sok has an ETag; /favicon.ico is served."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.factories import member
from tests.opendata.conftest import PublicData

pytestmark = pytest.mark.django_db

COMPARED = ("Content-Type", "ETag", "Last-Modified", "Cache-Control", "Content-Length")
# A logged-in page carries a fresh CSRF token and may show a message the request before
# left, so its length and a content hash (ETag) differ from one request to the next.
COMPARED_LOGGED_IN = ("Content-Type", "Last-Modified", "Cache-Control")


def routes(
    patterns: list[URLPattern | URLResolver] | None = None, prefix: str = ""
) -> Iterator[str]:
    """Every route of the site but the admin's (Django's own), as written."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith("admin/"):
            continue
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, route)
        else:
            yield route


def addresses(data: PublicData) -> list[str]:
    """Each route with arguments of the public data filled in."""
    values = {
        "slug": "alvsbyn",
        "code": "2560",
        "theme": "drugs",
        "promise_set_id": data.promise_set.pk,
        "promise_id": data.promise.pk,
        "round_id": data.round.pk,
        "activity_id": data.activity.pk,
        "file_format": "pdf",
    }

    def fill(match: re.Match[str]) -> str:
        return str(values.get(match.group(1), 1))

    return ["/" + re.sub(r"<(?:\w+:)?(\w+)>", fill, route).lstrip("^") for route in routes()]


def compare_head_with_get(client: Client, path: str, compared: tuple[str, ...] = COMPARED) -> int:
    cache.clear()  # a fresh server: nothing answered from the public cache
    head = client.head(path)
    get = client.get(path)
    assert head.status_code == get.status_code, path
    for header in compared:
        assert head.get(header) == get.get(header), f"{path}: {header}"
    assert body(head) == b"", path
    if head.status_code == 200:
        body(get)  # a streamed answer is read to its end
    return head.status_code


def body(response: object) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)  # type: ignore[attr-defined]
    return bytes(response.content)  # type: ignore[attr-defined]


def test_head_answers_like_get_on_every_route_for_the_public(
    client: Client, public_data: PublicData
) -> None:
    statuses = {path: compare_head_with_get(client, path) for path in addresses(public_data)}
    for public in (
        "/api/v1/municipalities",
        "/api/v1/promise-sets",
        "/api/v1/promises.csv",
        "/api/v1/follow-up-rounds.csv",
        "/kommun/alvsbyn/",
        "/sok",
        "/flode.atom",
    ):
        assert statuses[public] == 200, public


def test_head_answers_like_get_on_every_route_for_a_coordinator(
    client: Client, public_data: PublicData
) -> None:
    client.force_login(member("Älvsbyns kommun", "coordinator"))
    statuses = {
        path: compare_head_with_get(client, path, COMPARED_LOGGED_IN)
        for path in addresses(public_data)
    }
    assert statuses["/arbetsyta/"] == 200
    # The worker has not made the file yet: both say it is being made.
    assert statuses[f"/arbetsyta/rapport/{public_data.promise_set.pk}.pdf"] == 202


def test_back_office_pages_and_draft_documents_are_never_stored(
    client: Client, public_data: PublicData
) -> None:
    client.force_login(member("Älvsbyns kommun", "coordinator"))
    for path in (
        "/arbetsyta/",
        f"/arbetsyta/{public_data.promise_set.pk}/",
        f"/arbetsyta/rapport/{public_data.promise_set.pk}.docx",
        "/arbetsyta/uppfoljning/alvsbyn/aktiviteter/export.csv",
        "/konto/bjud-in/",
    ):
        response = client.get(path)
        assert response.status_code in (200, 202), path  # 202: a report file being made
        assert response["Cache-Control"] == "no-store", path
    assert "no-store" not in client.get("/kommun/alvsbyn/").get("Cache-Control", "")


def test_an_unknown_api_address_answers_json_in_swedish(client: Client) -> None:
    response = client.get("/api/v1/finns-inte")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Det finns inget på den här adressen i API:t."}


def test_an_unknown_page_answers_in_swedish(client: Client) -> None:
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    page = response.content.decode()
    assert '<html lang="sv">' in page
    assert "<h1>Sidan finns inte</h1>" in page


def test_a_server_error_answers_in_swedish(public_data: PublicData, settings: object) -> None:
    from django.template.loader import render_to_string

    page = render_to_string("500.html")  # as Django's handler renders it: no request, no context
    assert '<html lang="sv">' in page
    assert "<h1>Något gick fel</h1>" in page


def test_search_answers_with_an_etag_and_304_when_unchanged(
    client: Client, public_data: PublicData
) -> None:
    first = client.get("/sok", {"q": "narkotika"})
    assert first.status_code == 200
    assert first["ETag"]
    again = client.get("/sok", {"q": "narkotika"}, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304


def test_the_favicon_is_served(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/vnd.microsoft.icon", "image/x-icon")
    assert body(response).startswith(b"\x00\x00\x01\x00")
