"""Words, stems and queries, read as PostgreSQL's `swedish` configuration reads them.

The expected tsquery texts are what PostgreSQL 15 prints for
`websearch_to_tsquery('swedish', <the parsed query's websearch text>)`.
"""

import pytest
from django.db import connection

from loften.search.text import (
    Segment,
    Stemmer,
    compounds_of,
    highlight,
    parse_query,
    plain_text,
    words,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bedrägerier mot äldre", ["bedrägerier", "mot", "äldre"]),
        ("e-post, kvälls- och nattetid", ["e", "post", "kvälls", "och", "nattetid"]),
        ("2023–2025: 13 %", ["2023", "2025", "13"]),
        ("ﬁnansiering", ["finansiering"]),  # a ligature from a PDF
        ("va\u0308rd", ["värd"]),  # a decomposed ä
        ("x_y", ["x", "y"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_the_sqlite_index_holds_stems_and_a_gap_for_each_stop_word() -> None:
    assert Stemmer().index_text("Polisen och kommunen minskar bedrägerierna 2024") == (
        "polis § kommun minsk bedrägeri 2024"
    )
    assert plain_text("Polisen och kommunen!") == "polisen och kommunen"


def test_the_index_holds_the_parts_of_compounds_after_the_text() -> None:
    text = (
        "Trafikkontroller och trygghetsvandringar mot narkotikaförsäljning, fler trafikkontroller"
    )
    assert plain_text(text) == (
        "trafikkontroller och trygghetsvandringar mot narkotikaförsäljning fler trafikkontroller"
        " och trafik kontroller och trygghet vandringar och narkotika försäljning"
    )
    assert Stemmer().index_text("Trygghetsvandringar i parken") == (
        "trygghetsvandring § park § trygg vandring"
    )


QUERIES = pytest.mark.parametrize(
    "query, websearch, tsquery",
    [
        ("bedrägerier", "bedrägerier", "'bedrägeri'"),
        ("Polisen OCH kommunen", "polisen och kommunen", "'polis' & 'kommun'"),
        ("polis or narkotika", "polis or narkotika", "'polis' | 'narkotik'"),
        ("a b or c -d", "a b or c - d", "'a' & 'b' | 'c' & !'d'"),
        ('"polisen och kommunen"', '" polisen och kommunen "', "'polis' <2> 'kommun'"),
        ('"och polisen"', '" och polisen "', "'polis'"),
        ('-"polisen kommunen"', '- " polisen kommunen "', "!( 'polis' <-> 'kommun' )"),
        ("-polis", "- polis", "!'polis'"),
        ("--polis", "polis", "'polis'"),
        ("polis -", "polis", "'polis'"),
        ('polis "', "polis", "'polis'"),
        ('polis "" kommun', "polis kommun", "'polis' & 'kommun'"),
        ("e-post", "e post", "'e' & 'post'"),
        ("or polis", "or polis", "'or' & 'polis'"),
        ("polis or", "polis or", "'polis' & 'or'"),
        ("polis or or kommun", "polis or or kommun", "'polis' | 'or' & 'kommun'"),
        ('"polis or kommun"', '" polis or kommun "', "'polis' <-> 'or' <-> 'kommun'"),
        ('"polis -kommun"', '" polis kommun "', "'polis' <-> 'kommun'"),
        ("polis & (kommun | !skola)", "polis kommun skola", "'polis' & 'kommun' & 'skol'"),
        ("polis eller narkotika", "polis or narkotika", "'polis' | 'narkotik'"),
        ('"polis" eller "kommun"', '" polis " or " kommun "', "'polis' | 'kommun'"),
        ('"polis eller kommun"', '" polis eller kommun "', "'polis' <2> 'kommun'"),
        ("eller polis", "eller polis", "'polis'"),
        ("polis eller", "polis eller", "'polis'"),
        ("polis -eller kommun", "polis - eller kommun", "'polis' & 'kommun'"),
        ("och", "och", ""),
        ("&", "", ""),
    ],
)


@QUERIES
def test_a_query_reads_as_websearch_to_tsquery_reads_it(
    query: str, websearch: str, tsquery: str
) -> None:
    parsed = parse_query(query)
    assert parsed.websearch == websearch
    assert parsed.tsquery() == tsquery


@pytest.mark.django_db
@QUERIES
def test_postgresql_reads_each_query_as_we_do(query: str, websearch: str, tsquery: str) -> None:
    """The ground truth for the table above, on a PostgreSQL server (its stemmer, its parser)."""
    if connection.vendor != "postgresql":
        pytest.skip("compares with PostgreSQL's own websearch_to_tsquery")
    with connection.cursor() as cursor:
        cursor.execute("SELECT websearch_to_tsquery('swedish', %s)::text", [websearch])
        assert cursor.fetchone() == (tsquery,)


@pytest.mark.parametrize(
    "query, fts5",
    [
        ("bedrägerier mot äldre", '("bedrägeri" AND "äldr")'),
        ('"polisen och kommunen" or skola', '("polis § kommun") OR ("skol")'),
        ("polis -kommun -skola", '(("polis") NOT ("kommun" OR "skol"))'),
    ],
)
def test_a_query_for_sqlite(query: str, fts5: str) -> None:
    assert parse_query(query).fts5() == fts5


def test_a_query_that_only_excludes_needs_every_row() -> None:
    assert parse_query("-polis").needs_all_rows
    assert parse_query("skola or -polis").needs_all_rows
    assert not parse_query("skola -polis").needs_all_rows


def test_highlight_marks_every_form_of_a_sought_word() -> None:
    lexemes = parse_query("bedrägeri -polisen").lexemes
    text = "Bedrägerier mot äldre; polisen varnar för bedrägeri."
    assert highlight(text, lexemes, compounds_of(text)) == [
        Segment("Bedrägerier", True),
        Segment(" mot äldre; polisen varnar för ", False),
        Segment("bedrägeri", True),
        Segment(".", False),
    ]


def test_highlight_marks_a_compound_that_holds_a_sought_part() -> None:
    lexemes = parse_query("vandring trafik").lexemes
    text = "Trygghetsvandringar och trafikkontroller i vandrarhemmet."
    assert compounds_of(text)["trygghetsvandringar"] == ["trygghet", "vandringar"]
    assert highlight(text, lexemes, compounds_of(text)) == [
        Segment("Trygghetsvandringar", True),
        Segment(" och ", False),
        Segment("trafikkontroller", True),
        Segment(" i vandrarhemmet.", False),
    ]
