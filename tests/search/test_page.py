"""The search page at /sok, as a visitor reads it without JavaScript."""

import re
from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from loften.promises.models import Commitment
from tests.search.conftest import Publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def sets(publish: Publish) -> None:
    publish(
        "2560",
        date(2023, 1, 1),
        date(2025, 12, 31),
        [
            {"text": "Polisen lovar att varna äldre för bedrägerier.", "themes": ["fraud"]},
            {"text": "Polisen lovar <b>hundsök</b> i skolan.", "themes": ["drugs"]},
        ],
    )
    publish(
        "2480",
        date(2023, 1, 1),
        date(2025, 12, 31),
        [{"text": "Kommunen lovar information om bedrägeri.", "parties": ["municipality"]}],
    )


def page(client: Client, **params: str) -> str:
    response = client.get("/sok", params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_counts_promises_and_kommuner(client: Client, sets: None) -> None:
    assert "3 löften i 2 kommuner" in page(client, q="bedrägerier or hundsök")
    assert "1 löfte i 1 kommun" in page(client, q="hundsök")


def test_a_hit_links_to_its_promise_set_and_kommun(client: Client, sets: None) -> None:
    html = page(client, q="information")
    assert 'href="/kommun/umea/lofte/' in html
    assert 'href="/kommun/umea/"' in html
    assert "Västerbottens län" in html
    assert "2023–2025" in html
    assert "I kraft nu" in html
    assert "Kommunen lovar <mark>information</mark> om bedrägeri." in html


def test_html_in_a_promise_is_shown_as_text(client: Client, sets: None) -> None:
    html = page(client, q="hundsök")
    assert "Polisen lovar &lt;b&gt;<mark>hundsök</mark>&lt;/b&gt; i skolan." in html
    assert "<b>hundsök" not in html


def test_no_hits_suggests_what_to_do(client: Client, sets: None) -> None:
    html = page(client, q="cykelstöld", lan="25")
    assert "Inga träffar" in html
    assert "Inga publicerade löften matchar ”cykelstöld” med de valda avgränsningarna." in html
    assert "Kontrollera stavningen." in html
    assert 'href="?q=cykelst%C3%B6ld">Sök utan avgränsningar</a>' in html


def test_common_words_alone_are_explained(client: Client, sets: None) -> None:
    html = page(client, q="och att")
    assert "Inga träffar" in html
    assert "Mycket vanliga ord som ”och”, ”att” och ”för” söks det inte på." in html


def test_filters_are_labelled_selects_that_keep_their_choice(client: Client, sets: None) -> None:
    html = page(client, q="bedrägeri", lan="24", tema="bedragerier", part="municipality")
    for name, label in [
        ("lan", "Län"),
        ("kommun", "Kommun"),
        ("tema", "Tema"),
        ("part", "Vem lovar"),
        ("ar", "Gäller år"),
        ("status", "Status"),
    ]:
        assert f'<label for="id_{name}">{label}</label>' in html
    assert '<option value="24" selected>Västerbottens län</option>' in html
    assert '<option value="municipality" selected>Kommunen</option>' in html
    assert '<option value="bedragerier" selected>Bedrägerier</option>' in html
    assert "Inga träffar" in html  # the promise in Umeå has no theme


def test_a_bad_filter_value_is_explained_and_left_out(client: Client, sets: None) -> None:
    html = page(client, q="bedrägeri", lan="99", ar="ett")
    assert "Välj ett giltigt alternativ. 99 finns inte bland tillgängliga alternativ." in html
    assert "2 löften i 2 kommuner" in html


def test_a_too_long_query_is_explained(client: Client, sets: None) -> None:
    html = page(client, q="bedrägeri " * 30)
    assert "Skriv högst 200 tecken." in html
    assert 'aria-invalid="true"' in html


def test_counts_per_lan_link_to_the_same_search_in_that_lan(client: Client, sets: None) -> None:
    html = page(client, q="bedrägeri")
    assert '<a href="?q=bedr%C3%A4geri&amp;lan=24">Västerbottens län</a>' in html
    assert '<span class="count">(1)</span>' in html


def test_pages_link_to_each_other(client: Client, publish: Publish) -> None:
    publish(
        "2560",
        date(2023, 1, 1),
        date(2025, 12, 31),
        [{"text": f"Polisen lovar kontroll {n}."} for n in range(130)],
    )
    html = page(client, q="kontroll", sida="4")
    assert "130 löften i 1 kommun" in html
    assert "Sida 4 av 7" in html
    assert '<a href="?q=kontroll&amp;sida=3" rel="prev">Föregående</a>' in html
    assert '<a href="?q=kontroll&amp;sida=5" rel="next">Nästa</a>' in html
    assert '<a href="?q=kontroll&amp;sida=4" aria-current="page">4</a>' in html
    assert '<a href="?q=kontroll" aria-label="Sida 1">1</a>' in html
    assert "Polisen lovar <mark>kontroll</mark> 60." in html
    assert "<mark>kontroll</mark> 59." not in html


def test_every_page_has_a_search_box_and_the_start_page_one_big_one(
    client: Client, sets: None
) -> None:
    start = client.get("/").content.decode()
    assert start.count('role="search"') == 1
    assert '<label for="sok-startsida">Sök bland alla kommuners löften</label>' in start
    themes = client.get("/tema/").content.decode()
    assert (
        '<form class="site-search" role="search" aria-label="Sök" method="get" action="/sok">'
        in themes
    )
    assert 'action="/sok"' in page(client)


def test_the_help_is_in_swedish_and_eller_finds_either(client: Client, sets: None) -> None:
    html = page(client, q="hundsök eller information")
    assert "och eller mellan två ord för att hitta något av dem" in html
    assert " or mellan" not in html
    assert "2 löften i 2 kommuner" in html


def test_a_hit_shows_its_promises_progress_as_the_theme_page_does(
    client: Client, publish: Publish
) -> None:
    publish(
        "2560",
        date(2023, 1, 1),
        date(2025, 12, 31),
        [
            {
                "text": "Polisen lovar hundsök i skolan.",
                "themes": ["drugs"],
                "commitments": ["Hundsök", "Föräldramöte"],
            },
            {"text": "Polisen lovar samtal om narkotika.", "themes": ["drugs"]},
        ],
    )
    Commitment.objects.filter(what="Föräldramöte").update(count=None, per="")
    theme = re.sub(r"\s+", " ", client.get("/tema/narkotika/").content.decode())
    progress = re.findall(
        r'<div class="tally tally-small">.*?</div>|<p class="promise-state">.*?</p>', theme
    )
    assert len(progress) == 2
    html = re.sub(r"\s+", " ", page(client, q="polisen"))
    for shown in progress:
        assert shown in html


def test_the_progress_costs_the_same_queries_for_one_hit_or_many(
    client: Client, publish: Publish
) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            page(client, q="hundsök")
        return len(captured)

    def promises(count: int) -> list[dict[str, object]]:
        return [
            {"text": f"Polisen lovar hundsök {n}.", "commitments": ["Hundsök", "Samtal"]}
            for n in range(count)
        ]

    publish("2560", date(2023, 1, 1), date(2025, 12, 31), promises(1))
    one = queries()
    publish("2480", date(2023, 1, 1), date(2025, 12, 31), promises(5))
    assert queries() == one


def test_a_link_naming_a_theme_by_its_old_code_is_sent_to_the_swedish_one(client: Client) -> None:
    response = client.get("/sok", {"q": "hundsök", "tema": "drugs"})
    assert response.status_code == 301
    assert response["Location"] == "/sok?q=hunds%C3%B6k&tema=narkotika"
