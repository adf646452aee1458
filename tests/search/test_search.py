"""National search, as a visitor uses it: the same answers on SQLite and on PostgreSQL."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loften.promises.models import PromiseSet
from loften.search.selectors import SearchFilters, SearchResults, Status, search
from loften.search.text import compound_parts
from tests.search.conftest import Publish

pytestmark = pytest.mark.django_db

FRAUD = "Polisen lovar att informera äldre om bedrägeri via telefon."
TRAFFIC = "Kommunen lovar att öka trafiksäkerhet kring skolorna."
DRUGS = "Polisen och kommunen lovar att tillsammans med föreningar arbeta mot narkotika bland unga."
WALKS_BEFORE = "Polisen lovar trygghetsvandringar i centrum varje höst."
WALKS_NOW = "Polisen lovar fler trygghetsvandringar i bostadsområdena."
SECRET = "Hemligt utkast om bedrägeri som ingen får se."


@pytest.fixture
def country(publish: Publish) -> dict[str, PromiseSet]:
    """Four kommuner in three län: published, superseded and unpublished sets."""
    return {
        "alvsbyn": publish(
            "2560",
            date(2023, 1, 1),
            date(2025, 12, 31),
            [
                {
                    "text": FRAUD,
                    "themes": ["fraud"],
                    "commitments": ["Informationsträffar på träffpunkterna"],
                    "focus_area": "Tryggt åldrande",
                }
            ],
        ),
        "umea": publish(
            "2480",
            date(2023, 1, 1),
            date(2025, 12, 31),
            [
                {"text": TRAFFIC, "parties": ["municipality"], "themes": ["traffic"]},
                {
                    "text": DRUGS,
                    "parties": ["police", "municipality", "others"],
                    "themes": ["drugs", "youth"],
                },
            ],
            title="Handslag för Umeå 2023–2025",
        ),
        "stromsund_before": publish(
            "2313", date(2019, 1, 1), date(2021, 12, 31), [{"text": WALKS_BEFORE}]
        ),
        "stromsund_now": publish(
            "2313", date(2022, 1, 1), date(2024, 12, 31), [{"text": WALKS_NOW}]
        ),
        "ostersund_draft": publish(
            "2380", date(2024, 1, 1), date(2026, 12, 31), [{"text": SECRET}], status="draft"
        ),
        "ostersund_signing": publish(
            "2380",
            date(2024, 1, 1),
            date(2026, 12, 31),
            [{"text": SECRET}],
            status="for_signing",
        ),
    }


def found(query: str, **filters: object) -> list[str]:
    results = search(query, SearchFilters(**filters))  # type: ignore[arg-type]
    assert results.total == len(results.hits), "the test expects one page"
    return sorted(hit.promise.text for hit in results.hits)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("bedrägerier", [FRAUD]),  # plural finds singular
        ("bedrägerierna", [FRAUD]),
        ("trafiksäkerheten", [TRAFFIC]),  # definite finds indefinite
        ("Trafiksäkerhet", [TRAFFIC]),
        ("NARKOTIKA", [DRUGS]),
        ("trygghetsvandring", [WALKS_BEFORE, WALKS_NOW]),
    ],
)
def test_a_word_finds_its_other_forms(country: object, query: str, expected: list[str]) -> None:
    assert found(query) == sorted(expected)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("informationsträff", [FRAUD]),  # a commitment
        ("åldrandet", [FRAUD]),  # the focus area's heading
        ("Umeå", [DRUGS, TRAFFIC]),  # the kommun's name, in the set's title too
        ("Älvsbyns", [FRAUD]),
        ("handslagen", [DRUGS, TRAFFIC]),  # the set's title
    ],
)
def test_search_reads_commitments_headings_kommun_and_title(
    country: object, query: str, expected: list[str]
) -> None:
    assert found(query) == sorted(expected)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("polisen narkotika", [DRUGS]),  # every word must occur
        ("narkotika or bedrägeri", [DRUGS, FRAUD]),
        ("narkotika OR bedrägeri", [DRUGS, FRAUD]),
        ('"trygghetsvandringar i centrum"', [WALKS_BEFORE]),  # a phrase, stop word kept
        ('"centrum trygghetsvandringar"', []),  # a phrase is in order
        ("trygghetsvandringar -centrum", [WALKS_NOW]),
        ('polisen -"i centrum" -narkotika', [FRAUD, WALKS_NOW]),
        ("-polisen", [TRAFFIC]),  # only excluding: everything without the word
        ("narkotika or -polisen", [DRUGS, TRAFFIC]),
    ],
)
def test_quotes_minus_and_or_work_as_on_the_web(
    country: object, query: str, expected: list[str]
) -> None:
    assert found(query) == sorted(expected)


CHECKS = "Polisen gör fler trafikkontroller vid skolorna."
DEALING = "Kommunen och polisen motverkar narkotikaförsäljning i centrum."
NIGHT_WALKS = "Föreningarna går trygghetsvandring varje fredag."
SPEED = "Lägre hastighet på gatorna kring förskolan."


def dictionary_not_read() -> None:
    raise AssertionError("a search read the Swedish dictionary")


@pytest.fixture
def compounds(publish: Publish) -> None:
    publish(
        "2480",
        date(2023, 1, 1),
        date(2025, 12, 31),
        [
            {"text": CHECKS},
            {"text": DEALING},
            {"text": NIGHT_WALKS},
            {"text": SPEED, "commitments": ["Trafikmätningar två gånger om året"]},
        ],
    )


@pytest.mark.parametrize(
    "query, expected",
    [
        ("trafik", [CHECKS, SPEED]),  # a compound in a promise, one in a commitment
        ("kontroll", [CHECKS]),
        ("narkotika", [DEALING]),
        ("försäljningen", [DEALING]),
        ("trygghet", [NIGHT_WALKS]),  # before a linking -s
        ("vandring", [NIGHT_WALKS]),
        ("vandringar", [NIGHT_WALKS]),
        ("trafikkontroll", [CHECKS]),  # the whole compound still finds it
        ("trafik -kontroll", [SPEED]),
        ("narkotika eller vandring", [DEALING, NIGHT_WALKS]),
        ('"trafik kontroller"', [CHECKS]),  # the parts stand together
        ('"kontroller skolorna"', []),  # but not next to the text's words
        ('"trafikkontroller vid skolorna"', [CHECKS]),  # the text's phrases are unchanged
        ('"kontroller narkotika"', []),
        ("mätning", [SPEED]),  # the last part of a compound in a commitment
    ],
)
def test_a_part_of_a_compound_finds_it(compounds: None, query: str, expected: list[str]) -> None:
    assert found(query) == sorted(expected)


def test_a_compound_is_highlighted_where_a_part_was_sought(
    compounds: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The parts were stored as the promises were indexed: a search reads no dictionary,
    # which would cost the web worker serving it some 240 MB.
    compound_parts.cache_clear()
    monkeypatch.setattr("loften.search.text.swedish_dictionary", dictionary_not_read)
    hits = {hit.promise.text: hit for hit in search("trafik", SearchFilters()).hits}
    assert hits[CHECKS].text == "Polisen gör fler <mark>trafikkontroller</mark> vid skolorna."
    assert hits[SPEED].commitments == ["<mark>Trafikmätningar</mark> två gånger om året"]


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"county": "25"}, [FRAUD]),
        ({"county": "24"}, [DRUGS, TRAFFIC]),
        ({"municipality": "stromsund"}, [WALKS_BEFORE, WALKS_NOW]),
        ({"theme": "drugs"}, [DRUGS]),
        ({"theme": "youth"}, [DRUGS]),
        ({"party": "police"}, [DRUGS, FRAUD, WALKS_BEFORE, WALKS_NOW]),
        ({"party": "municipality"}, [DRUGS, TRAFFIC]),
        ({"party": "others"}, [DRUGS]),
        ({"year": 2020}, [WALKS_BEFORE]),
        ({"year": 2022}, [WALKS_NOW]),
        ({"year": 2025}, [DRUGS, FRAUD, TRAFFIC]),
        ({"year": 2030}, []),
        ({"status": Status.CURRENT}, [DRUGS, FRAUD, TRAFFIC, WALKS_NOW]),
        ({"status": Status.EARLIER}, [WALKS_BEFORE]),
        ({"county": "23", "status": Status.EARLIER}, [WALKS_BEFORE]),
        ({"county": "25", "theme": "drugs"}, []),
    ],
)
def test_each_filter_narrows_browsing_and_searching(
    country: object, filters: dict[str, object], expected: list[str]
) -> None:
    assert found("", **filters) == sorted(expected)
    assert found("polisen or kommunen", **filters) == sorted(expected)


def test_drafts_and_sets_for_signing_are_never_found(country: object) -> None:
    assert found("hemligt") == []
    assert found("bedrägeri") == [FRAUD]
    assert SECRET not in found("")
    assert found("", municipality="ostersund") == []


def test_a_superseded_set_is_found_as_earlier(country: dict[str, PromiseSet]) -> None:
    country["stromsund_before"].refresh_from_db()
    assert country["stromsund_before"].status == PromiseSet.Status.SUPERSEDED
    hits = {hit.promise.text: hit for hit in search("trygghetsvandringar", SearchFilters()).hits}
    assert hits[WALKS_BEFORE].status == Status.EARLIER
    assert hits[WALKS_BEFORE].status_label == "Tidigare"
    assert hits[WALKS_NOW].status == Status.CURRENT


def test_publishing_a_new_set_moves_the_old_one_to_earlier(publish: Publish) -> None:
    publish("2560", date(2021, 1, 1), date(2026, 12, 31), [{"text": "Polisen lovar hundsök."}])
    assert found("hundsök", status=Status.CURRENT) == ["Polisen lovar hundsök."]

    publish("2560", date(2024, 1, 1), date(2026, 12, 31), [{"text": "Polisen lovar kontroller."}])

    assert found("hundsök", status=Status.EARLIER) == ["Polisen lovar hundsök."]
    assert found("", status=Status.CURRENT) == ["Polisen lovar kontroller."]


def test_a_hit_shows_its_kommun_lan_period_parties_themes_and_link(country: object) -> None:
    (hit,) = search("narkotika", SearchFilters()).hits
    assert [m.name for m in hit.municipalities] == ["Umeå"]
    assert [c.name for c in hit.counties] == ["Västerbottens län"]
    assert hit.promise_set.period_label == "2023–2025"
    assert [party.label for party in hit.promise.parties] == [
        "Polisen",
        "Kommunen",
        "Andra aktörer",
    ]
    assert [t.get_theme_display() for t in hit.promise.themes.all()] == [
        "Narkotika",
        "Barn och unga",
    ]
    assert hit.url == f"/kommun/umea/lofte/{hit.promise_set.pk}/"
    assert hit.text == (
        "Polisen och kommunen lovar att tillsammans med föreningar arbeta mot "
        "<mark>narkotika</mark> bland unga."
    )


def test_matching_commitments_are_shown_highlighted(country: object) -> None:
    (hit,) = search("informationsträffarna", SearchFilters()).hits
    assert hit.commitments == ["<mark>Informationsträffar</mark> på träffpunkterna"]
    (hit,) = search("bedrägeri", SearchFilters()).hits
    assert hit.commitments == []


def test_html_in_a_promise_is_escaped_around_the_highlight(publish: Publish) -> None:
    publish(
        "2560",
        date(2023, 1, 1),
        date(2025, 12, 31),
        [{"text": '<script>alert("x")</script> Polisen lovar <b>kameror</b> & ljus.'}],
    )
    (hit,) = search("kameror", SearchFilters()).hits
    assert hit.text == (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Polisen lovar "
        "&lt;b&gt;<mark>kameror</mark>&lt;/b&gt; &amp; ljus."
    )


def test_an_empty_query_browses_the_newest_sets_first(country: object) -> None:
    results = search("", SearchFilters())
    assert not results.searched
    assert results.total == 5
    assert results.municipality_count == 3
    assert [hit.promise.text for hit in results.hits][-1] == WALKS_BEFORE


def test_counts_per_lan_ignore_the_lan_filter(country: object) -> None:
    results = search("polisen", SearchFilters(county="25"))
    assert results.total == 1
    assert [(c.county.name, c.promises) for c in results.by_county] == [
        ("Jämtlands län", 2),
        ("Västerbottens län", 1),
        ("Norrbottens län", 1),
    ]


def test_only_stop_words_find_nothing_and_say_so(country: object) -> None:
    results = search("och att", SearchFilters())
    assert results.total == 0
    assert results.ignored_words


@pytest.mark.parametrize(
    "query", ['"', "-", "&", "'", '""', "- -", '"-"', "(", "!", ":*", "\\", "|", "<->", " "]
)
def test_a_query_of_only_punctuation_or_operators_browses(country: object, query: str) -> None:
    results = search(query, SearchFilters())
    assert not results.searched
    assert results.total == 5


OPERATORS = ['"', "-", "&", "'", "|", "!", "(", ")", ":", "*", "<->", "or", " ", "och", "\\", "%"]
WORDS = ["polisen", "narkotika", "bedrägerier", "2024", "e-post", "\x00", "ﬁ", "§"]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    query=st.text(max_size=60)
    | st.lists(
        st.sampled_from([*OPERATORS, *WORDS]),
        max_size=12,
    ).map("".join)
)
def test_no_query_is_an_error(country: object, query: str) -> None:
    results = search(query, SearchFilters(status=Status.CURRENT))
    assert 0 <= results.total <= 4
    assert len(results.hits) == results.total


def test_pages_hold_twenty_hits_each_and_never_overlap(publish: Publish) -> None:
    publish(
        "2560",
        date(2023, 1, 1),
        date(2025, 12, 31),
        [{"text": f"Polisen lovar kontroll nummer {n}."} for n in range(45)],
    )
    pages = [search("kontroll", SearchFilters(), page) for page in (1, 2, 3)]
    assert [len(p.hits) for p in pages] == [20, 20, 5]
    assert {p.page_count for p in pages} == {3}
    shown = [hit.promise.pk for p in pages for hit in p.hits]
    assert len(set(shown)) == 45
    assert [hit.promise.text for hit in pages[0].hits][:2] == [
        "Polisen lovar kontroll nummer 0.",
        "Polisen lovar kontroll nummer 1.",
    ]
    assert _texts(search("kontroll", SearchFilters(), 9)) == _texts(pages[2])
    assert _texts(search("kontroll", SearchFilters(), 0)) == _texts(pages[0])


def _texts(results: SearchResults) -> list[str]:
    return [hit.promise.text for hit in results.hits]
