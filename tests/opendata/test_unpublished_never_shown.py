"""Drafts, sets out for signing and unpublished rounds never reach any public answer.

Every route of the API is taken from its OpenAPI document, so a route added
later is checked too: each list and CSV file, each detail route with the ids of
what is hidden, the feeds and the public pages.
"""

from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.test import Client
from time_machine import TimeMachineFixture

from loften.followup.models import FollowUpRound, Outcome
from tests.factories import PromiseFactory
from tests.opendata.conftest import (
    ATTACHMENT_NAME,
    EDITOR_EMAIL,
    EDITOR_NAME,
    SECRET,
    HiddenData,
    PublicData,
)

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/kommun/alvsbyn/",
    "/kommun/umea/",
    "/tema/narkotika/",
    "/flode.atom",
    "/kommun/alvsbyn/flode.atom",
    "/kommun/umea/flode.atom",
]
NEVER = [SECRET, EDITOR_NAME, EDITOR_EMAIL, ATTACHMENT_NAME, "Per Persson"]


def body(response: object) -> str:
    content = getattr(response, "streaming_content", None)
    raw = b"".join(content) if content is not None else response.content  # type: ignore[attr-defined]
    return raw.decode("utf-8-sig")


def assert_nothing_hidden(text: str, where: str) -> None:
    for word in NEVER:
        assert word not in text, f"{word!r} in {where}"


@pytest.fixture
def routes(client: Client) -> tuple[list[str], list[str]]:
    """The API's list routes (JSON and CSV) and its detail routes, from its OpenAPI document."""
    paths = list(client.get("/api/v1/openapi.json").json()["paths"])
    details = [path for path in paths if path.endswith("/{id}")]
    lists = [path for path in paths if path not in details]
    assert len(lists) == 14
    assert len(details) == 7
    return lists, details


def test_no_list_or_csv_file_holds_anything_unpublished(
    client: Client, hidden_data: HiddenData, routes: tuple[list[str], list[str]]
) -> None:
    lists, _ = routes
    for path in lists:
        response = client.get(path, {} if path.endswith(".csv") else {"limit": 1000})
        assert response.status_code == 200, path
        assert_nothing_hidden(body(response), path)
        if not path.endswith(".csv"):
            found = {item.get("id") for item in response.json()["results"]}
            hidden = hidden_data.ids.get(path.removeprefix("/api/v1/"), [])
            assert not found & set(hidden), path


def test_lists_filtered_to_a_hidden_set_are_empty(
    client: Client, hidden_data: HiddenData, routes: tuple[list[str], list[str]]
) -> None:
    lists, _ = routes
    filtered = set()
    for path in lists:
        for promise_set in (hidden_data.draft, hidden_data.for_signing):
            response = client.get(path, {"promise_set": promise_set.pk})
            where = f"{path}?promise_set={promise_set.pk}"
            if response.status_code == 422:
                assert response.json()["errors"] == [
                    {"parameter": "promise_set", "message": "Listan har ingen sådan parameter."}
                ], where
                continue
            assert response.status_code == 200, where
            filtered.add(path)
            if path.endswith(".csv"):
                assert len(body(response).strip().splitlines()) == 1, where  # the header only
            else:
                assert response.json()["count"] == 0, where
                assert response.json()["results"] == [], where
    assert filtered == {
        f"/api/v1/{name}{suffix}"
        for name in ("promises", "commitments", "activities", "follow-up-rounds")
        for suffix in ("", ".csv")
    }


def test_no_detail_route_finds_anything_unpublished(
    client: Client, hidden_data: HiddenData, routes: tuple[list[str], list[str]]
) -> None:
    _, details = routes
    checked = 0
    for path in details:
        name = path.removeprefix("/api/v1/").removesuffix("/{id}")
        for hidden_id in hidden_data.ids.get(name, []):
            response = client.get(path.replace("{id}", str(hidden_id)))
            assert response.status_code == 404, f"{path} {hidden_id}"
            checked += 1
    assert checked == 12
    umea = client.get("/api/v1/municipalities/2480")
    assert umea.json()["promise_sets"] == []
    assert_nothing_hidden(body(client.get("/api/v1/municipalities/2560")), "municipalities/2560")


def test_published_details_show_nothing_unpublished_or_personal(
    client: Client, public_data: PublicData, hidden_data: HiddenData
) -> None:
    urls = [
        f"/api/v1/promise-sets/{public_data.promise_set.pk}",
        f"/api/v1/promises/{public_data.promise.pk}",
        f"/api/v1/activities/{public_data.activity.pk}",
        f"/api/v1/follow-up-rounds/{public_data.round.pk}",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_nothing_hidden(body(response), url)


def test_feeds_and_pages_hold_nothing_unpublished(
    client: Client,
    public_data: PublicData,
    hidden_data: HiddenData,
    time_machine: TimeMachineFixture,
) -> None:
    # The unpublished round (July-December 2024) is over and due, and still not published.
    time_machine.move_to(datetime(2025, 3, 15, 12, tzinfo=UTC))
    published = f"/kommun/alvsbyn/lofte/{public_data.promise_set.pk}"
    story = f"{published}/{public_data.promise.pk}/"
    reports = [f"{published}/sa-gick-det/"]
    for url in [*PAGES, story, *reports]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_nothing_hidden(body(response), url)
    draft = hidden_data.draft
    assert client.get(f"/kommun/alvsbyn/lofte/{draft.pk}/").status_code == 404
    assert client.get(f"/kommun/umea/lofte/{hidden_data.for_signing.pk}/").status_code == 404


def test_the_progress_summary_tells_nothing_of_an_unpublished_round(
    client: Client,
    public_data: PublicData,
    hidden_data: HiddenData,
    time_machine: TimeMachineFixture,
) -> None:
    time_machine.move_to(datetime(2025, 3, 15, 12, tzinfo=UTC))
    unpublished = FollowUpRound.objects.get(promise_set=public_data.promise_set, number=2)
    quiet = PromiseFactory(
        promise_set=public_data.promise_set, text="Kommunen lovar att samverka med föreningar."
    )
    Outcome.objects.create(
        promise=quiet,
        follow_up_round=unpublished,
        kind=Outcome.Kind.NOT_DONE,
        text=f"{SECRET} inget möte",
    )
    cache.clear()
    page = body(client.get("/kommun/alvsbyn/"))
    summary = page[page.index('class="summary"') : page.index("Gäller nu:")]
    assert "uppföljning 1, publicerad" in summary
    assert "uppföljning 2" not in summary
    assert "Ingen tidsplan angiven. Inga aktiviteter registrerade." in page
    assert "inte genomfört" not in page
    assert_nothing_hidden(page, "the kommun page's summary")
