"""Public pages stay the same size, in the same queries, however many activities a kommun logs."""

import re
from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.test import Client
from time_machine import TimeMachineFixture

from loften.followup.selectors import ACTIVITIES_PER_PAGE, LATEST_SHOWN
from loften.publicsite.selectors import THEME_MUNICIPALITIES_PER_PAGE
from loften.registry.models import Municipality
from tests.scale import MANY, SLACK, Kommun, kommun, log_in_bulk, read, read_few_and_many

pytestmark = pytest.mark.django_db


@pytest.fixture
def place(time_machine: TimeMachineFixture) -> Kommun:
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC))
    return kommun()


def test_public_pages_and_feeds_do_not_grow_with_activities(client: Client, place: Kommun) -> None:
    urls = [
        "/",
        f"/kommun/{place.slug}/",
        f"/kommun/{place.slug}/lofte/{place.promise_set.pk}/",
        place.promise_url,
        "/tema/",
        "/tema/narkotika/",
        "/flode.atom",
        f"/kommun/{place.slug}/flode.atom",
    ]
    few, many = read_few_and_many(client, place, urls)

    for url in urls:
        assert len(many[url].content) <= len(few[url].content) + SLACK, url


def test_the_promise_page_counts_every_activity_and_shows_the_latest_of_each_commitment(
    client: Client, place: Kommun
) -> None:
    log_in_bulk(place, MANY)

    html = read(client, place.promise_url).content.decode()

    assert f"{MANY} aktiviteter har registrerats." in html
    assert f"Alla {MANY} aktiviteter</a>" in html
    assert html.count('class="event event-activity"') == LATEST_SHOWN * len(place.commitments)
    # The newest of each commitment: activities 179 and 178, on the last days logged.
    assert "Aktivitet nummer 179 " in html
    assert "Aktivitet nummer 178 " in html
    assert "Aktivitet nummer 0 " not in html


def test_the_list_of_a_promises_activities_reaches_every_one_a_page_at_a_time(
    client: Client, place: Kommun
) -> None:
    log_in_bulk(place, MANY)
    url = f"{place.promise_url}aktiviteter/"
    pages = -(-MANY // ACTIVITIES_PER_PAGE)

    first = read(client, url)
    html = first.content.decode()
    assert f"{MANY} aktiviteter, nyast först." in html
    assert f"Sida 1 av {pages}" in html
    assert '<a href="?sida=2" rel="next">Nästa</a>' in html
    assert "Föregående" not in html

    seen = set(re.findall(r"Aktivitet nummer (\d+)", html))
    queries = set()
    for number in range(2, pages + 1):
        answer = read(client, f"{url}?sida={number}")
        assert answer.status == 200
        queries.add(answer.queries)
        assert len(answer.content) <= len(first.content) + SLACK
        seen |= set(re.findall(r"Aktivitet nummer (\d+)", answer.content.decode()))
    assert len(queries) == 1, "a later page took more queries than another"
    last = answer.content.decode()
    assert f'<a href="?sida={pages - 1}" rel="prev">Föregående</a>' in last
    assert "Nästa" not in last
    assert seen == {str(n) for n in range(MANY)}


def test_the_theme_page_shows_the_kommuner_a_page_at_a_time(client: Client, place: Kommun) -> None:
    log_in_bulk(place, MANY)
    others = Municipality.objects.exclude(code="2560").order_by("code")
    for code in others.values_list("code", flat=True)[:THEME_MUNICIPALITIES_PER_PAGE]:
        kommun(code)
    one_page_full = read(client, "/tema/narkotika/")
    for code in others.values_list("code", flat=True)[
        THEME_MUNICIPALITIES_PER_PAGE : 3 * THEME_MUNICIPALITIES_PER_PAGE
    ]:
        kommun(code)
    cache.clear()
    everyone = 3 * THEME_MUNICIPALITIES_PER_PAGE + 1

    first = read(client, "/tema/narkotika/")
    html = first.content.decode()
    assert f"{everyone} kommuner har {everyone} löften om narkotika som gäller i dag." in html
    assert "Sida 1 av 4" in html
    assert first.queries == one_page_full.queries
    assert len(first.content) <= len(one_page_full.content) + SLACK
    seen = set(re.findall(r'<h3><a href="/kommun/([^/]+)/">', html))
    assert len(seen) == THEME_MUNICIPALITIES_PER_PAGE
    for number in range(2, 5):
        answer = read(client, f"/tema/narkotika/?sida={number}")
        assert answer.status == 200
        assert answer.queries <= first.queries
        seen |= set(re.findall(r'<h3><a href="/kommun/([^/]+)/">', answer.content.decode()))
    assert seen == set(
        Municipality.objects.filter(promise_sets__isnull=False).values_list("slug", flat=True)
    )
    assert client.get("/tema/narkotika/", {"sida": "5"}).status_code == 404


@pytest.mark.parametrize("page", ["0", "8", "två", "1.5"])
def test_a_page_that_does_not_exist_is_the_swedish_404(
    client: Client, place: Kommun, page: str
) -> None:
    log_in_bulk(place, MANY)

    response = client.get(f"{place.promise_url}aktiviteter/", {"sida": page})

    assert response.status_code == 404
    assert "Det finns ingen sida på den här adressen." in response.content.decode()


def test_the_list_keeps_only_its_page_parameter(client: Client, place: Kommun) -> None:
    url = f"{place.promise_url}aktiviteter/"

    response = client.get(url, {"sida": "1", "utm_source": "nyhetsbrev"})

    assert response.status_code == 301
    assert response["Location"] == f"{url}?sida=1"
