"""The extractor read against the hand-checked extracts of the seeds: they are the spec."""

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loften.ingest import readers
from loften.ingest.extract import Reference, extract
from loften.ingest.normalise import normalise
from loften.promises.models import Theme
from loften.promises.titles import promise_title

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"
REFERENCE = Reference.from_shipped_files()
PROMISE_SETS = [
    "000_2d4a401379370ee3",
    "002_307e26fc5e31ffd9",
    "003_55caf2bb7bed1e8d",
    "004_a34657226f142e30",
]


def read(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    text = normalise((SEEDS / f"{name}.txt").read_text(encoding="utf-8"))
    expected = json.loads((SEEDS / f"{name}.json").read_text(encoding="utf-8"))
    return extract(text, REFERENCE), expected


@pytest.mark.parametrize("name", [*PROMISE_SETS, "001_fdd24d6d2ed0ef15"])
def test_document_facts(name: str) -> None:
    found, expected = read(name)
    assert found["kind"] == expected["kind"]
    assert found["municipalities"] == expected["municipalities"]
    assert found["period"] == expected["period"]
    assert found["signed"]["date"] == expected["signed"]["date"]
    assert found["follow_up"] == expected["follow_up"]


@pytest.mark.parametrize(
    "name, police_areas",
    [
        ("001_fdd24d6d2ed0ef15", ["Lokalpolisområde Umeå"]),
        ("002_307e26fc5e31ffd9", ["Lokalpolisområde Piteå älvdal"]),
        # Named only in the merged signature columns.
        ("004_a34657226f142e30", ["Lokalpolisområde Östersund"]),
    ],
)
def test_police_areas_named_in_the_text(name: str, police_areas: list[str]) -> None:
    found, _ = read(name)
    assert found["police_areas"] == police_areas


@pytest.mark.parametrize("name", PROMISE_SETS)
def test_every_promise_and_nothing_else(name: str) -> None:
    found, expected = read(name)
    assert [(p["focus_area"], p["parties"]) for p in found["promises"]] == [
        (p["focus_area"], p["parties"]) for p in expected["promises"]
    ]
    assert [p["text"] for p in found["promises"]] == [p["text"] for p in expected["promises"]]


# Where the theme words alone cannot make the seeds' judgement call (seeds/README.md).
THEMES_NOT_YET = {
    # Organised crime is implied by the heading "Arbetslivskriminalitet", not named.
    ("002_307e26fc5e31ffd9", 1),
    # The sub-bullet "Förebyggande arbete i skolan" it stands under is not read as a heading.
    ("002_307e26fc5e31ffd9", 4),
    # The heading "Trygghet i det offentliga rummet" makes public space safety a theme of
    # the volunteers too, while the spec gives it to the weekend patrols only.
    ("004_a34657226f142e30", 4),
}


@pytest.mark.parametrize(
    "name, number",
    [
        pytest.param(
            name,
            number,
            marks=pytest.mark.xfail(strict=True, reason="judgement call of the spec")
            if (name, number) in THEMES_NOT_YET
            else (),
        )
        for name in PROMISE_SETS
        for number in range(
            1,
            len(json.loads((SEEDS / f"{name}.json").read_text(encoding="utf-8"))["promises"]) + 1,
        )
    ],
)
def test_every_theme_of_every_promise(name: str, number: int) -> None:
    """The spec lists a promise's themes without ranking them: they are compared as sets."""
    found, expected = read(name)
    got, want = found["promises"][number - 1], expected["promises"][number - 1]
    assert set(got["themes"]) == set(want["themes"])


@pytest.mark.parametrize("name", [*PROMISE_SETS, "001_fdd24d6d2ed0ef15"])
def test_signatories_also_from_merged_signature_columns(name: str) -> None:
    found, expected = read(name)
    assert [(s["name"], s["organisation"]) for s in found["signatories"]] == [
        (s["name"], s["organisation"]) for s in expected["signatories"]
    ]
    assert [s["title"] for s in found["signatories"]] == [
        s["title"] for s in expected["signatories"]
    ]


def test_an_agreement_makes_no_promises() -> None:
    found, _ = read("001_fdd24d6d2ed0ef15")
    assert found["promises"] == []


# Where the extractor still reads a commitment differently from a careful
# reader, each for a stated reason: (what the reader found, what the extractor
# found instead). Anything else missing, extra or different fails the test below.
NOT_READ_YET: dict[str, tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]] = {
    # "Kommun: Anordnar samverkansmöte ..." names no schedule: the reader took it as once.
    "002_307e26fc5e31ffd9": ([("municipality", 1, False, "period", [])], []),
    # "erbjuda varje elev i årskurs 4 trafikutbildning": every year, read from context.
    "000_2d4a401379370ee3": (
        [("municipality", None, False, "year", [])],
        [("municipality", None, False, None, [])],
    ),
}


@pytest.mark.parametrize("name", PROMISE_SETS)
def test_every_commitment_with_its_party_count_and_seasons(name: str) -> None:
    """Schedules in the promise's own words, one-off undertakings ("ta fram", "starta
    upp": once in the period) and schedules inherited from the section's introduction
    ("Kontroller ska genomföras minst en gång per år" above "Kommun: Deltagande vid
    kontroll")."""
    found, expected = read(name)

    def schedules(promises: list[dict[str, Any]]) -> Counter[tuple[Any, ...]]:
        return Counter(
            (c["party"], c["count"], c["at_least"], c["per"], tuple(c["seasons"]))
            for p in promises
            for c in p["commitments"]
        )

    got, want = schedules(found["promises"]), schedules(expected["promises"])
    missing, extra = NOT_READ_YET.get(name, ([], []))
    assert (want - got, got - want) == (
        Counter((*c[:4], tuple(c[4])) for c in missing),
        Counter((*c[:4], tuple(c[4])) for c in extra),
    )


def test_a_commitment_says_what_is_done_without_its_schedule() -> None:
    found, _ = read("002_307e26fc5e31ffd9")
    whats = [c["what"] for p in found["promises"] for c in p["commitments"]]
    assert "Hundsök i skolan" in whats
    assert "Deltagande vid kontroll" in whats


def test_a_place_and_date_glued_to_the_last_promise_are_not_part_of_it() -> None:
    found, expected = read("000_2d4a401379370ee3")
    assert found["promises"][-1]["text"] == expected["promises"][-1]["text"]


def test_a_goal_for_the_whole_document_is_a_target_of_the_set() -> None:
    found, expected = read("004_a34657226f142e30")
    assert found["targets"] == expected["targets"]


def test_percent_targets_and_their_year() -> None:
    found, expected = read("003_55caf2bb7bed1e8d")

    def percent(promises: list[dict[str, Any]]) -> list[tuple[str, float, str]]:
        return [
            (t["what"], t["change_percent"], t["by"])
            for p in promises
            for t in p["targets"]
            if t.get("change_percent") is not None
        ]

    assert percent(found["promises"]) == percent(expected["promises"]) != []


def test_a_target_gets_the_baseline_the_text_reports() -> None:
    found, expected = read("003_55caf2bb7bed1e8d")

    def baselines(promises: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return [
            (t["what"], t.get("baseline_value"), t.get("baseline_year"))
            for p in promises
            for t in p["targets"]
            if t.get("change_percent") is not None
        ]

    assert baselines(found["promises"]) == baselines(expected["promises"])


def test_so_gick_det_lists_what_was_done_and_what_was_not_with_its_reason() -> None:
    found, expected = read("003_55caf2bb7bed1e8d")
    assert found["outcomes_title"] == expected["outcomes_title"]
    assert [
        (o["focus_area"], o["promise"], len(o["done"]), o["not_done"]) for o in found["outcomes"]
    ] == [
        (o["focus_area"], o["promise"], len(o["done"]), o["not_done"]) for o in expected["outcomes"]
    ]


@pytest.mark.parametrize("name", PROMISE_SETS)
def test_source_offsets_point_at_the_promise_in_the_text(name: str) -> None:
    found, _ = read(name)
    for promise in found["promises"]:
        start, end = promise["source"]["start"], promise["source"]["end"]
        assert 0 <= start < end <= len(found["text"])
        assert found["text"][start : start + 20].split()[0] == promise["text"].split()[0]


def test_a_text_that_promises_nothing_gives_an_empty_list() -> None:
    found = extract("Välkommen till kommunens webbplats.\n\nHär finns information.", REFERENCE)
    assert found["promises"] == []
    assert found["municipalities"] == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["• ", "- ", "o ", "Polis: ", "Kommun: ", "lovar att ", "två gånger per år", "\n",
             "\n\n", "Narkotika", "Så gick det med medborgarlöftena 2019–2021", "Umeå kommun ",
             "har inte genomförts på grund av pandemin.", "Exempel på genomförda insatser:", ". "]
        )
        | st.text(max_size=20),
        max_size=40,
    ).map("".join)
)  # fmt: skip
def test_any_text_gives_a_contract_shaped_result_with_offsets_inside_it(text: str) -> None:
    found = extract(text, REFERENCE)
    for promise in found["promises"]:
        assert 0 <= promise["source"]["start"] <= promise["source"]["end"] <= len(text)
        assert set(promise["themes"]) <= set(Theme.values)
        assert set(promise["parties"]) <= {"police", "municipality", "others"}
    for span in found["sources"].values():
        assert 0 <= span["start"] < span["end"] <= len(text)


@pytest.mark.parametrize("name", PROMISE_SETS)
def test_every_commitment_and_signatory_points_at_its_words(name: str) -> None:
    found, _ = read(name)
    text, sources = found["text"], found["sources"]
    for index, signatory in enumerate(found["signatories"]):
        span = sources[f"signatories.{index}"]
        assert text[span["start"] : span["end"]] == signatory["name"]
    for index, promise in enumerate(found["promises"]):
        for number, _commitment in enumerate(promise["commitments"]):
            span = sources[f"promises.{index}.commitments.{number}"]
            assert promise["source"]["start"] <= span["start"] < span["end"]
            assert span["end"] <= promise["source"]["end"]


def test_a_follow_up_titled_with_its_kommun_reads_what_each_party_was_to_do() -> None:
    text = (
        "Mora: så har det gått med medborgarlöftet 2026\n\n"
        "Löfte 1 – Lugnare hamn\n"
        "Polisen skulle kontrollera båtar i hamnen varje helg.\n"
        "Status: Genomfört\n\n"
        "Löfte 2 – Ljusare gångvägar\n"
        "Kommunen skulle byta lampor längs Vasaloppsleden.\n"
        "Status: Inte påbörjat\n"
    )

    extracted = extract(text, REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen skulle kontrollera båtar i hamnen varje helg.",
        "Kommunen skulle byta lampor längs Vasaloppsleden.",
    ]
    assert extracted["outcomes"][0]["done"] == ["Genomfört"]
    assert extracted["outcomes"][1]["done"] == []
    assert [n["what"] for n in extracted["outcomes"][1]["not_done"]] == [
        "Kommunen skulle byta lampor längs Vasaloppsleden."
    ]


def test_a_row_of_a_table_of_activities_is_done_by_the_party_its_cell_names() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n"
        "Vad\tVem\tNär\n"
        "Kontroller av mopeder vid torget\tPolisen\tVarje vecka\n"
        "Ny belysning vid badplatsen\tKommunen\tFöre sommaren\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["parties"] for p in promises] == [["police"], ["municipality"]]
    assert [c["what"] for c in promises[1]["commitments"]] == [
        "Ny belysning vid badplatsen Före sommaren"
    ]


def test_a_follow_up_titled_uppfoljning_medborgarlofte_reads_what_was_promised() -> None:
    text = (
        "Uppföljning medborgarlöfte Mora 2026\n\n"
        "Under 2026 lovade Polisen och Mora kommun att rensa klotter vid Zornparken.\n\n"
        "Kommunen har sanerat klotter vid tolv tillfällen.\n"
    )

    extracted = extract(text, REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Under 2026 lovade Polisen och Mora kommun att rensa klotter vid Zornparken."
    ]


def test_a_line_of_the_promise_part_not_taken_is_offered_but_a_purpose_is_not() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n"
        "Det här blir bättre:\n"
        "• Lugnare kvällar vid badplatsen i sommar\n\n"
        "Syfte\n"
        "• Ökad trygghet för alla som bor i centrum\n"
    )

    extracted = extract(text, REFERENCE)

    assert extracted["promises"] == []
    assert [c["text"] for c in extracted["candidates"]] == [
        "Lugnare kvällar vid badplatsen i sommar"
    ]


def test_a_short_promise_line_read_as_a_heading_is_offered_but_a_focus_heading_is_not() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n"
        "Våra löften\n\n"
        "Fler vuxna ute vid badplatsen i sommar\n\n"
        "Ökad trygghet kring skolorna\n"
        "• Polisen ska besöka skolgårdarna varje vecka.\n\n"
        "Sida 1 av 1\n"
    )

    extracted = extract(text, REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen ska besöka skolgårdarna varje vecka."
    ]
    assert [(c["text"], c["reason"]) for c in extracted["candidates"]] == [
        ("Fler vuxna ute vid badplatsen i sommar", "rad i löftesdelen som liknar en rubrik")
    ]


def test_rows_under_a_who_and_what_head_are_promises_of_the_party_in_their_row() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n"
        "Vem        Vad                                  När\n"
        "Polisen    Besöka skolorna om narkotika         Varje månad\n"
        "Kommunen   Ordna fritidsgård på fredagar        Varje fredag\n\n"
        "Mora i maj 2027\n"
    )

    extracted = extract(normalise(text), REFERENCE)  # as the importer reads it

    assert [(p["text"], p["parties"]) for p in extracted["promises"]] == [
        ("Polisen | Besöka skolorna om narkotika | Varje månad", ["police"]),
        ("Kommunen | Ordna fritidsgård på fredagar | Varje fredag", ["municipality"]),
    ]


def test_a_short_line_over_who_is_responsible_is_a_promise_of_that_party() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n"
        "Fler vuxna ute vid badplatsen\n"
        "Ansvar: Kommunen\n"
        "Tidplan: Juni–augusti\n"
    )

    extracted = extract(text, REFERENCE)

    assert [(p["text"], p["parties"]) for p in extracted["promises"]] == [
        ("Fler vuxna ute vid badplatsen", ["municipality"])
    ]


def test_a_follow_up_of_numbered_promises_with_a_result_each() -> None:
    text = (
        "Uppföljning av medborgarlöftet i Mora 2027\n\n"
        "Löfte 1: Polisen ska kontrollera mopeder vid skolorna.\n"
        "Resultat: Genomfört. Tolv kontroller.\n\n"
        "Löfte 2: Kommunen ska starta grannsamverkan i Noret.\n"
        "Resultat: Ej genomfört.\n"
    )

    extracted = extract(text, REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [(o["promise"], o["done"], o["not_done"]) for o in extracted["outcomes"]] == [
        ("Polisen ska kontrollera mopeder vid skolorna.", ["Genomfört. Tolv kontroller."], []),
        (
            "Kommunen ska starta grannsamverkan i Noret.",
            [],
            [{"what": "Kommunen ska starta grannsamverkan i Noret.", "reason": None}],
        ),
    ]


def test_a_follow_ups_table_of_figures_per_quarter_is_what_came_of_the_promise() -> None:
    text = (
        "Uppföljning av medborgarlöftet i Mora 2027, kvartal för kvartal\n\n"
        "Löfte 1\n"
        "Kommunpolisen skulle besöka alla pensionärsföreningar och tala om bedrägerier.\n"
        "            Q1    Q2    Q3    Q4    Helår\n"
        "Besök        3     2     0     4    9 av 9 föreningar\n"
        "Bedömning: Uppfyllt.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [(o["promise"], o["parties"]) for o in extracted["outcomes"]] == [
        (
            "Kommunpolisen skulle besöka alla pensionärsföreningar och tala om bedrägerier.",
            ["police"],
        )
    ]
    assert "Besök | 3 | 2 | 0 | 4 | 9 av 9 föreningar" in extracted["outcomes"][0]["done"]


def test_a_follow_ups_table_of_figures_by_year_under_a_heading_holds_no_promise() -> None:
    text = (
        "Så gick det med medborgarlöftet i Mora 2027\n\n"
        "Polisen lovade att göra kontroller vid skolorna. Det blev tolv.\n\n"
        "Kommunen lovade att ta bort klotter inom två dagar. Det gjorde vi.\n\n"
        "Tre år i siffror\n"
        "                                    2025    2026    2027\n"
        "Anmälningar om klotter vid skolor    412     380     301\n"
        "Trafikolyckor vid skolorna           12      9       7\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen lovade att göra kontroller vid skolorna.",
        "Kommunen lovade att ta bort klotter inom två dagar.",
    ]


def test_a_half_year_follow_up_under_its_background_reads_each_promise() -> None:
    text = (
        "ÅSELE KOMMUN\n\nHalvårsuppföljning av medborgarlöfte 2027\nLäge per den 30 juni 2027\n\n"
        "Bakgrund\nLöftet undertecknades i februari.\n\n"
        "Löfte 1: Polisen ska göra nykterhetskontroller vid Åsele marknad.\n"
        "Läge 30 juni: Kontrollerna görs i juli.\n\n"
        "Löfte 2: Kommunen ska ordna träffar om bedrägerier för seniorer.\n"
        "Läge 30 juni: En träff hölls i april.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [(o["promise"], o["focus_area"]) for o in extracted["outcomes"]] == [
        ("Polisen ska göra nykterhetskontroller vid Åsele marknad.", None),  # not "Bakgrund"
        ("Kommunen ska ordna träffar om bedrägerier för seniorer.", None),
    ]


def test_numbered_results_under_so_gick_det_belong_to_the_promises_quoted_above() -> None:
    text = (
        "Så gick det med medborgarlöftet 2027\n\nLöftet löd:\n”Under 2027 lovar vi att\n"
        "1. polisen har en sommarpolis i Borgholm under juli,\n"
        "2. kommunen förbättrar belysningen på strandpromenaden.”\n\n"
        "Så gick det\n1. Sommarpolisen var på plats från den 19 juni.\n"
        "2. Ny belysning sattes upp längs strandpromenaden i juni.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [o["done"] for o in extracted["outcomes"]] == [
        ["Sommarpolisen var på plats från den 19 juni."],
        ["Ny belysning sattes upp längs strandpromenaden i juni."],
    ]


def test_a_follow_up_that_quotes_the_promise_party_by_party_follows_up_each_line() -> None:
    text = (
        "Medborgarlöftet 2026–2027: så har det gått första året\n\n"
        "Bakgrund\nLöftet bygger på lägesbilden från 2025.\n\n"
        "Så här lyder löftet\n”Polisen lovar att\n– vara på plats vid resecentrum på fredagar\n"
        "Hässleholms kommun lovar att\n– förbättra belysningen i Stationsparken”\n\n"
        "Så långt har vi kommit\n\nResecentrum\nPolisen har varit på plats 40 av 52 fredagar.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "vara på plats vid resecentrum på fredagar",
        "förbättra belysningen i Stationsparken”",
    ]
    assert extracted["promises"] == []


def test_a_reports_papers_and_its_legend_of_status_words_are_not_what_was_promised() -> None:
    text = (
        "Uppföljning av medborgarlöfte 2027 mellan Borås Stad och Polisen\n\n"
        "Status:\nGenomfört = det vi lovade har gjorts\nEj genomfört = har inte gjorts\n\n"
        "Åtagande 1\nPolisen skulle göra hastighetskontroller i bostadsområdena Norrby, "
        "Hässleholmen och Sjöbo.\nUtfall: 22 kontroller.\n\n"
        "Åtagande 2\nBorås Stad skulle ordna ett dialogmöte i Sjöbo.\nUtfall: Genomfört.\n\n"
        "Beslutsunderlag\n1. Uppföljning medborgarlöfte 2027, stadsledningskansliet\n"
        "2. Medborgarlöfte 2027, Borås Stad och Polisen\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen skulle göra hastighetskontroller i bostadsområdena Norrby, Hässleholmen och "
        "Sjöbo.",
        "Borås Stad skulle ordna ett dialogmöte i Sjöbo.",
    ]
    assert [m["name"] for m in extracted["municipalities"]] == ["Borås"]


def test_a_councils_report_is_signed_by_its_chair_not_by_those_who_signed_the_promise() -> None:
    text = (
        "Verksamhetsberättelse 2027 för Solna BRÅ\n\n"
        "Löfte 1 – Polisen skulle patrullera i Hagalund varje fredag.\nUtfall: 40 av 52.\n\n"
        "Solna den 15 februari 2028\n\nEva Lindqvist\nOrdförande, Solna BRÅ\n"
    )

    assert extract(normalise(text), REFERENCE)["signatories"] == []


def test_a_table_of_promises_after_the_background_and_a_legend_of_colours_is_followed_up() -> None:
    text = (
        "Uppföljning av medborgarlöftet för Ljungby 2027\n\n"
        "Bakgrund\nLöftet togs fram utifrån lägesbilden hösten 2026.\n\n"
        "Nedan redovisas varje åtagande med en färg:\nGRÖNT = genomfört\nRÖTT = inte genomfört\n\n"
        "Nr\tÅtagande\tAnsvarig\tFärg\tKommentar\n"
        "1\tNykterhetskontroller vid infarterna varje månad\tPolisen\tGRÖNT\t16 kontroller.\n"
        "2\tUtbildning för föräldrar som vill nattvandra\tKommunen\tRÖTT\tIngen kursledare.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [(o["promise"], bool(o["not_done"])) for o in extracted["outcomes"]] == [
        ("Nykterhetskontroller vid infarterna varje månad", False),
        ("Utbildning för föräldrar som vill nattvandra", True),
    ]


def test_a_letter_that_tells_promise_after_promise_with_what_came_of_each() -> None:
    text = (
        "Till dig som bor på Hammarö\n\nHej alla!\n\n"
        "Vi i polisen lovade att göra hastighetskontroller längs Hammarövägen varje månad.\n"
        "Det klarade vi nästan. Totalt blev det elva kontrollpass.\n\n"
        "Kommunen lovade att märka upp förråd i flerfamiljshusen.\n"
        "Drygt 600 förråd har fått ny märkning.\n\n"
        "Tillsammans lovade vi att göra en trygghetsvandring i september.\n"
        "Den blev av den 17 september.\n\nMed vänlig hälsning\n\nNiklas Berg\nKommunpolis\n"
    )

    assert [o["promise"] for o in extract(normalise(text), REFERENCE)["outcomes"]] == [
        "Vi i polisen lovade att göra hastighetskontroller längs Hammarövägen varje månad.",
        "Kommunen lovade att märka upp förråd i flerfamiljshusen.",
        "Tillsammans lovade vi att göra en trygghetsvandring i september.",
    ]


def test_questions_that_restate_a_promise_over_their_answers_follow_it_up() -> None:
    text = (
        "Frågor och svar om medborgarlöftet i Kalix\n\n"
        "Polisen lovade att kontrollera snöskotertrafiken på älven. Har det blivit av?\n"
        "Ja. Polisen gjorde sju kontroller i februari och mars.\n\n"
        "Löftet säger att polisen och kommunen ska hålla ett möte i Sangis. När blir det?\n"
        "Mötet är bokat till den 14 november.\n\n"
        "Jag har båt i hamnen. Lovade inte polisen att märka båtmotorer i hamnarna?\n"
        "Jo. 140 motorer märktes i maj.\n\n"
        "Lovade vi ett möte om inbrottsskydd i Sangis?\nJa. Det hölls den 12 april.\n\n"
        "Och trygghetsvandringen i Nyborg, som ni skulle göra tillsammans?\n"
        "– Den genomförde vi i september, med ett trettiotal boende.\n\n"
        "Vad händer nu?\n– Nu skriver vi ett nytt löfte för 2028. Trafiken är med igen.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [(o["promise"], o["done"]) for o in extracted["outcomes"]] == [
        (
            "Polisen lovade att kontrollera snöskotertrafiken på älven.",
            ["Ja. Polisen gjorde sju kontroller i februari och mars."],
        ),
        (
            "Löftet säger att polisen och kommunen ska hålla ett möte i Sangis.",
            ["Mötet är bokat till den 14 november."],
        ),
        (
            "Lovade inte polisen att märka båtmotorer i hamnarna?",
            ["Jo. 140 motorer märktes i maj."],
        ),
        ("Lovade vi ett möte om inbrottsskydd i Sangis?", ["Ja. Det hölls den 12 april."]),
        (
            "Och trygghetsvandringen i Nyborg, som ni skulle göra tillsammans?",
            ["Den genomförde vi i september, med ett trettiotal boende."],
        ),
    ]


def test_a_deck_with_a_slide_per_promise_its_status_and_figures_follows_each_up() -> None:
    slides = [
        "Bild 1\nMedborgarlöfte Mora 2026\nRedovisning för trygghetsrådet",
        "Bild 3\nPolisen ska gå fotpatrull i Noret två kvällar i veckan\n"
        "Status: Till största delen genomfört\n• 92 kvällar av 104 planerade\n"
        "• Flest pass september–november",
        "Bild 4\nPolisen ska göra trafikkontroller vid skolorna i Noret\n"
        "Status: Genomfört\n• 14 kontroller\n• 11 förare rapporterade",
        "Bild 5\nKommunen ska sätta upp ny belysning på gångvägen genom parken\n"
        "Status: Delvis genomfört\n• Halva sträckan klar i november",
        "Bild 6\nHur vi följt upp\n• Läget redovisat för rådet i juni",
        "Bild 7\nTrygghetsmätningen hösten 2026\n• Oroliga för bostadsinbrott: 24 % (2025: 29 %)",
    ]

    outcomes = extract(normalise("\n\n".join(slides) + "\n"), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"][0]) for o in outcomes] == [
        ("Polisen ska gå fotpatrull i Noret två kvällar i veckan", "Till största delen genomfört"),
        ("Polisen ska göra trafikkontroller vid skolorna i Noret", "Genomfört"),
        ("Kommunen ska sätta upp ny belysning på gångvägen genom parken", "Delvis genomfört"),
    ]


def test_a_slide_decks_agenda_survey_and_party_names_are_not_what_was_promised() -> None:
    text = (
        "Medborgarlöftet 2027 – uppföljning\n\nDagens dragning\n• Löftena – hur gick det?\n"
        "• Trygghetsmätningen 2027\n\nLöfte 1 – Polisen\n"
        '"Polisen gör trafikkontroller vid stationen."\nStatus: GENOMFÖRT\n• 18 kontrollpass\n\n'
        "Trygghetsmätningen 2027\n• 71 % känner sig trygga ute kvällstid\n"
    )

    assert [o["promise"] for o in extract(normalise(text), REFERENCE)["outcomes"]] == [
        "Polisen gör trafikkontroller vid stationen."
    ]


def test_a_follow_up_titled_under_a_menu_a_search_box_and_a_breadcrumb_says_so() -> None:
    text = (
        "Svedala kommun\nUppleva och göra   Bo och bygga   Omsorg och stöd   Sök på svedala.se\n\n"
        "Startsida / Kommun och politik / Trygghet / Medborgarlöfte\n\n"
        "Medborgarlöftet 2027 – så gick det\n\n"
        "Det här lovade vi för 2027\n"
        "Polisen lovade att finnas vid Bara centrum på fredagskvällar.\nSå blev det: 39 av 52.\n"
        "Kommunen lovade att hålla fritidsgården öppen på lördagar.\nSå blev det: Ja.\n"
        "Polisen lovade att kontrollera mopeder i Klågerup.\nSå blev det: Fem kontroller.\n\n"
        "Nya löften för 2028\n"
        "Polisen ska göra nykterhetskontroller vid infarterna varje månad.\n"
        "Kommunen ska sätta upp belysning längs cykelvägen.\n"
    )

    assert extract(normalise(text), REFERENCE)["kind"] == "follow_up"


def test_a_report_with_decimal_section_numbers_reads_each_promise_it_followed_up() -> None:
    text = (
        "Mora kommun                     Rapport\n"
        "Dnr KS 2028/4\n\n"
        "Uppföljning av medborgarlöfte 2027\n\n"
        "1 Genomförda löften\n\n"
        "1.1 Polisen har fast närvaro vid Noret lördagskvällar\n"
        "Polisen var på plats 40 av årets 52 lördagar, och ordningsstörningarna vid "
        "busstorget minskade enligt centrumföreningen under hösten.\n\n"
        "1.2 Kommunen förlänger öppettiderna på fritidsgården i Våmhus\n"
        "Från mars hade gården öppet till klockan 23 på fredagar och lördagar, och "
        "omkring 300 ungdomar besökte den under året.\n\n"
        "2 Löfte som ströks\n\n"
        "2.1 Kommunen sätter upp kameror vid Zornparken\n"
        "Styrgruppen strök löftet i april, sedan skadegörelsen i parken hade upphört "
        "och resurserna behövdes till fler trygghetsvandringar.\n"
    )

    extracted = extract(text, REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [(o["promise"], o["not_done"]) for o in extracted["outcomes"]] == [
        ("Polisen har fast närvaro vid Noret lördagskvällar", []),
        ("Kommunen förlänger öppettiderna på fritidsgården i Våmhus", []),
        (
            "Kommunen sätter upp kameror vid Zornparken",
            [{"what": "Kommunen sätter upp kameror vid Zornparken", "reason": "Löfte som ströks"}],
        ),
    ]


def test_a_report_back_titled_aterrapport_is_a_follow_up_of_what_was_promised() -> None:
    text = (
        "Återrapport: medborgarlöftet 2025–2026\n\n"
        "Löftet för Mora är avslutat, och ett nytt gäller från januari.\n\n"
        "Polisen lovade att kontrollera hastigheten i Våmhus sex gånger per år.\n"
        "Det blev fjorton kontroller under de två åren.\n\n"
        "Kommunen lovade att hålla fritidsgården öppen på fredagskvällar.\n"
        "Gården hade öppet varannan fredag och besöken ökade.\n"
    )

    extracted = extract(text, REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen lovade att kontrollera hastigheten i Våmhus sex gånger per år.",
        "Kommunen lovade att hålla fritidsgården öppen på fredagskvällar.",
    ]
    assert extracted["outcomes_period"]["end"] == "2026-12-31"


def test_following_up_the_action_plan_is_neither_an_activity_nor_a_follow_up() -> None:
    text = (
        "Handlingsplan – medborgarlöfte Mora 2027\n\n"
        "3. Aktiviteter\n\n"
        "Aktivitet | Ansvarig | När\n"
        "Fotpatrullering vid Noret på fredagar | Polisen | Jan–dec\n"
        "Uppföljning av handlingsplanen i BRÅ-rådet | Samordnaren | Maj och nov\n"
        "Belysning i Zornparken | Kommunen | April\n"
    )

    extracted = extract(text, REFERENCE)

    assert extracted["kind"] == "promise_set"
    assert extracted["outcomes"] == []
    assert [p["text"].split(" | ")[0] for p in extracted["promises"]] == [
        "Fotpatrullering vid Noret på fredagar",
        "Belysning i Zornparken",
    ]


def test_lettered_items_a_line_ending_with_its_party_and_an_intro_without_colon() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n"
        "1. Lugnare hamn\n"
        "   a. Polisen kontrollerar båtarna varje lördag.\n"
        "   b. Kommunen sätter upp lampor vid bryggorna.\n\n"
        "Aktiviteter\n"
        "Städning av Zornparken varje vecka – kommunen\n\n"
        "Polisen ska\n"
        "- hålla öppet hus på stationen i maj\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [(p["text"], p["parties"]) for p in promises] == [
        ("Polisen kontrollerar båtarna varje lördag.", ["police"]),
        ("Kommunen sätter upp lampor vid bryggorna.", ["municipality"]),
        ("Städning av Zornparken varje vecka – kommunen", ["municipality"]),
        ("hålla öppet hus på stationen i maj", ["police"]),
    ]


def test_a_follow_up_with_what_was_promised_and_what_was_done_in_two_lists() -> None:
    text = (
        "Mora: resultat av medborgarlöftet 2026\n\n"
        "Det här lovade vi:\n"
        "- att rensa klotter vid Zornparken\n\n"
        "Det här har vi gjort:\n"
        "- Klottret sanerades inom ett dygn varje gång.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"]) for o in outcomes] == [
        ("att rensa klotter vid Zornparken", ["Klottret sanerades inom ett dygn varje gång."])
    ]


def test_a_paragraph_that_commits_one_party_is_that_partys_alone() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n"
        "Polisen ska hålla öppet hus på stationen i maj.\n\n"
        "Under hösten kommer kommunen att måla om gångtunneln vid Zornparken.\n"
    )

    promises = extract(text, REFERENCE)["promises"]

    assert [p["parties"] for p in promises] == [["police"], ["municipality"]]


def test_action_points_over_owner_fields_even_after_a_long_line() -> None:
    text = (
        "Medborgarlöfte Orsa 2027\n\nÅtgärdslista\n\n"
        "P1 Cykelpatrullering längs älvpromenaden på sommarkvällarna i centrum\n"
        "Owner: Polisen och kommunens fritidsenhet\nDeadline: juni\n\n"
        "P2 Åtgärd 4.1\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [(p["text"], p["parties"]) for p in extracted["promises"]] == [
        (
            "P1 Cykelpatrullering längs älvpromenaden på sommarkvällarna i centrum",
            ["police", "municipality"],
        )
    ]


def test_a_filled_in_form_takes_each_description_with_the_party_beside_it() -> None:
    text = (
        "MEDBORGARLÖFTE – MALL FÖR ÖVERENSKOMMELSE\n\nKommun: Orsa\n\n"
        "Åtgärd 1\nAnsvarig part: Orsa kommun\n"
        "Beskrivning: Nattvandring med föräldrar varje fredag.\n\n"
        "Åtgärd 2\nAnsvarig part: Polisen\nBeskrivning: Kontroller av mopeder vid skolan.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "promise_set"
    assert [(p["text"], p["parties"]) for p in extracted["promises"]] == [
        ("Nattvandring med föräldrar varje fredag.", ["municipality"]),
        ("Kontroller av mopeder vid skolan.", ["police"]),
    ]
    first = extracted["promises"][0]
    assert text_at(extracted, first["source"]) == first["text"]


def text_at(extracted: dict[str, Any], source: dict[str, int]) -> str:
    return str(extracted["text"][source["start"] : source["end"]])


def test_an_agreement_titled_so_keeps_what_the_parties_undertake() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE\nmellan Orsa kommun och Polismyndigheten\n\n"
        "§ 3 Åtaganden\n"
        "3.1 Kommunen åtar sig att anställa en fältsekreterare.\n"
        "3.2 Parterna ska varje år ta fram ett medborgarlöfte.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "agreement"
    assert [p["text"] for p in extracted["promises"]] == [
        "Kommunen åtar sig att anställa en fältsekreterare."
    ]


def test_an_interview_about_how_it_went_is_a_follow_up() -> None:
    text = (
        "Hur gick det med medborgarlöftet 2026? Vi frågade kommunpolisen\n\n"
        "Ni lovade att patrullera vid sjön. Blev det så?\n"
        "– Ja, varje helg i juli, säger Kim Ek.\n\n"
        "Det andra löftet var att starta grannsamverkan i byn. Kom det igång?\n"
        "– Inte än, säger Kim Ek.\n\n"
        "Vad händer nu?\n– Vi frågar invånarna igen i vår, säger Kim Ek.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [(o["promise"], o["done"]) for o in extracted["outcomes"]] == [
        ("Ni lovade att patrullera vid sjön.", ["Ja, varje helg i juli, säger Kim Ek."]),
        ("Det andra löftet var att starta grannsamverkan i byn.", ["Inte än, säger Kim Ek."]),
    ]


def test_party_labels_on_slides_and_signatures_in_cells() -> None:
    text = (
        "Medborgarlöfte Orsa 2027\n\nBild 4\nVåra löften 2027\n"
        "• Polisen: kontroller av mopeder varje vecka\n"
        "• Kommunen: bättre belysning vid stationen\n\n"
        "Kommun: Orsa\n\n"
        "Anna Berg          Per Ek\nKommunalråd        Lokalpolisområdeschef\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen: kontroller av mopeder varje vecka",
        "Kommunen: bättre belysning vid stationen",
    ]
    assert [s["name"] for s in extracted["signatories"]] == ["Anna Berg", "Per Ek"]


def test_a_lone_line_where_a_party_does_something_is_offered_for_review() -> None:
    text = (
        "Trygghet i Orsa\n\n"
        "Många besökare kommer till slussarna på sommaren.\n\n"
        "Kommunen ordnar sommarvärdar vid slussarna i centrum.\n\n"
        "Alla är välkomna att höra av sig.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["promises"] == []
    assert [c["text"] for c in extracted["candidates"]] == [
        "Kommunen ordnar sommarvärdar vid slussarna i centrum."
    ]


def test_a_title_wrapped_before_its_years_still_opens_the_promises() -> None:
    text = (
        "Medborgarlöfte för Orsa kommun\n2025–2027\n\n"
        "Polisen\n"
        "- Genomför kontroller vid skolorna varje termin.\n"
        "- Besöker varje mellanstadieklass en gång per läsår.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Genomför kontroller vid skolorna varje termin.",
        "Besöker varje mellanstadieklass en gång per läsår.",
    ]


def test_a_paragraph_of_several_parties_undertakings_is_one_promise_each() -> None:
    text = (
        "Medborgarlöfte Orsa 2026\n\n"
        "Under våren ska kommunen sätta upp ny belysning i parken. Den ska tändas "
        "klockan sex. I sommar gör polisen kontroller av mopeder i centrum. Till hösten "
        "bjuder vi in er till ett möte för att berätta hur det har gått.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [(p["text"], p["parties"]) for p in extracted["promises"]] == [
        (
            "Under våren ska kommunen sätta upp ny belysning i parken. Den ska tändas klockan sex.",
            ["municipality"],
        ),
        ("I sommar gör polisen kontroller av mopeder i centrum.", ["police"]),
    ]
    second = extracted["promises"][1]
    assert text_at(extracted, second["source"]) == second["text"]


def test_only_the_new_promise_beside_the_one_it_replaces_is_taken() -> None:
    text = (
        "Medborgarlöfte Orsa 2026\n\nSenast uppdaterad 2026-01-10\n\nTema 1: Centrum\n\n"
        "Tidigare löfte (2025, avslutat): Polisen patrullerar torget varje fredag.\n"
        "Nytt löfte 2026: Polisen gör kvällsrundor med fältassistenterna i centrum.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen gör kvällsrundor med fältassistenterna i centrum."
    ]
    joined = text.replace("fredag.\nNytt", "fredag. Nytt")  # as a PDF may join the lines
    assert [p["text"] for p in extract(normalise(joined), REFERENCE)["promises"]] == [
        "Polisen gör kvällsrundor med fältassistenterna i centrum."
    ]


def test_a_follow_up_with_checkboxes_reports_on_every_item() -> None:
    text = (
        "Så gick det – medborgarlöftet i Orsa 2025\n\nKommunens löften\n"
        "☑ Ny belysning i gångtunneln under järnvägen\nKlart i mars.\n"
        "☐ Öppen fritidsgård i byn två kvällar i veckan\nVi hittade ingen lokal.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Ny belysning i gångtunneln under järnvägen",
        "Öppen fritidsgård i byn två kvällar i veckan",
    ]


def test_two_signatures_under_two_places_and_dates_side_by_side_and_a_third_later() -> None:
    text = (
        "Samverkansöverenskommelse Mora och Orsa 2027–2030\n\n"
        "Parterna ska samverka mot brott.\n\n"
        "Underskrifter\n\n"
        "Ort och datum                       Ort och datum\n"
        "Mora 2026-12-01                     Orsa 2026-12-01\n\n"
        "________________________            ________________________\n"
        "Lena Maria Bäck                     Olle Sjödin\n"
        "Kommunstyrelsens ordförande         Kommunstyrelsens ordförande\n\n"
        "Ort och datum\n"
        "Mora 2026-12-03\n\n"
        "Petra Lindh\n"
        "Lokalpolisområdeschef\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [s["name"] for s in found["signatories"]] == [
        "Lena Maria Bäck",
        "Olle Sjödin",
        "Petra Lindh",
    ]


@pytest.mark.parametrize(
    ("dated", "signatures"),
    [
        (
            "Orsa den 15 december 2025",
            "För Orsa kommun\nIngrid Halvarsson\nKommunstyrelsens ordförande\n\n"
            "För Polisen\nMats Rosendahl\nLokalpolisområdeschef",
        ),
        (
            "Orsa 2025-12-15",
            "För Orsa kommun        För Polisen\n\nIngrid Halvarsson         Mats Rosendahl\n"
            "Kommunstyrelsens ordförande        Lokalpolisområdeschef",
        ),
    ],
)
def test_an_agreement_signed_before_its_annex_of_promises(dated: str, signatures: str) -> None:
    text = (
        "Samverkansöverenskommelse mellan Orsa kommun och Polisen\n\n"
        "1. Syfte\nSyftet är att öka tryggheten.\n\n"
        f"{dated}\n\n{signatures}\n\n"
        "Bilaga 2: Medborgarlöfte\n\n"
        "Med utgångspunkt i lägesbilden lovar parterna följande under 2026.\n\n"
        "Polisen åtar sig att\n• göra nykterhetskontroller vid infarterna,\n"
        "• söka efter narkotika med hund på gymnasiet.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "agreement"
    assert [p["text"] for p in extracted["promises"]] == [
        "göra nykterhetskontroller vid infarterna,",
        "söka efter narkotika med hund på gymnasiet.",
    ]
    assert [s["name"] for s in extracted["signatories"]] == ["Ingrid Halvarsson", "Mats Rosendahl"]


def _promise_texts(text: str) -> list[str]:
    return [p["text"] for p in extract(normalise(text), REFERENCE)["promises"]]


def test_a_text_without_blank_lines_keeps_its_headings_apart_from_its_items() -> None:
    # As a PDF viewer copies it: no blank lines, and short lines that were not wrapped.
    text = (
        "Medborgarlöfte för Tidaholm 2026\n"
        "Problembild\n"
        "• Fortkörning genom Ekedalen och förbi skolorna\n"
        "• Nedskräpning och krossat glas vid busstationerna\n"
        "Åtgärder\n"
        "• Hastighetskontroller på Ekedalsvägen varje vecka under terminerna\n"
        "• Städning av busstationen varje måndag morgon\n"
        "Så här följer vi upp:\n"
        "• Brottsförebyggande rådet får en rapport i december.\n"
    )

    assert _promise_texts(text) == [
        "Hastighetskontroller på Ekedalsvägen varje vecka under terminerna",
        "Städning av busstationen varje måndag morgon",
    ]


def test_a_hard_wrapped_item_is_read_whole_also_where_a_capital_starts_its_last_line() -> None:
    text = (
        "Medborgarlöfte för Tidaholm 2026\n\n"
        "Det här ska vi göra:\n\n"
        "• Polisen lovar att göra hastighetskontroller på vägen mellan\n"
        "  Ekedalen och centrum minst en gång varje vecka\n"
        "  Ekedalsskolans terminer.\n"
        "• Kommunen lovar att städa busstationen varje måndag.\n"
    )

    assert _promise_texts(text)[0].endswith("varje vecka Ekedalsskolans terminer.")


def test_a_table_head_after_a_title_is_read_as_the_head_of_its_rows() -> None:
    text = (
        "Bilaga – aktiviteter i medborgarlöftet för Tidaholm 2026\n"
        "Aktivitet | Ansvarig | När\n"
        "Hastighetskontroller vid skolorna | Polisen | Varje vecka\n"
        "Städning av busstationen | Kommunen | Måndagar\n"
    )

    assert [t.split(" | ")[0] for t in _promise_texts(text)] == [
        "Hastighetskontroller vid skolorna",
        "Städning av busstationen",
    ]


def test_a_numbered_list_of_short_items_is_a_list_not_numbered_headings() -> None:
    text = (
        "Medborgarlöfte för Tidaholm 2026\n\n"
        "Vi lovar:\n"
        "1. Fler vuxna ute på fredagskvällarna\n"
        "2. Snabbare sanering av klotter på skolorna\n"
        "3. Kontroller av mopeder vid torget\n\n"
        "Med vi menas kommunen och polisen.\n"
    )

    assert _promise_texts(text) == [
        "Fler vuxna ute på fredagskvällarna",
        "Snabbare sanering av klotter på skolorna",
        "Kontroller av mopeder vid torget",
    ]
    # Numbered focus areas, each over its own text, stay headings.
    areas = (
        "Medborgarlöfte för Tidaholm 2026\n\n"
        "1. Trafiken vid skolorna\n"
        "Polisen lovar att kontrollera hastigheten varje vecka.\n\n"
        "2. Klotter\n"
        "Kommunen lovar att sanera klotter inom två dagar.\n"
    )
    extracted = extract(normalise(areas), REFERENCE)
    assert [p["focus_area"] for p in extracted["promises"]] == [
        "Trafiken vid skolorna",
        "Klotter",
    ]


def test_a_sentence_that_says_who_signed_is_read_across_its_wrapped_lines() -> None:
    text = (
        "Nytt medborgarlöfte i Tidaholm\n\n"
        "I går undertecknade kommunstyrelsens ordförande Karin Ekholm och\n"
        "lokalpolisområdeschefen Johan Berglund medborgarlöftet för 2026.\n\n"
        "Polisen lovar att kontrollera hastigheten vid skolorna varje vecka.\n"
    )

    signatories = extract(normalise(text), REFERENCE)["signatories"]

    assert [s["name"] for s in signatories] == ["Karin Ekholm", "Johan Berglund"]


def test_a_form_with_tick_boxes_gives_its_descriptions_not_its_boxes() -> None:
    text = (
        "Medborgarlöfte Sävsjö 2026 – blankett\n\n"
        "Löfte nr 1\n"
        "Beskrivning: Kommunen lagar belysningen i gångtunneln vid stationen.\n"
        "Polisen ansvarar          ☐ Ja   ☒ Nej\n"
        "Kommunen ansvarar         ☒ Ja   ☐ Nej\n"
        "Löfte nr 2\n"
        "Beskrivning:\n"
        "Polisen ansvarar          ☐ Ja   ☐ Nej\n"
        "Kommunen ansvarar         ☐ Ja   ☐ Nej\n"
    )

    assert _promise_texts(text) == ["Kommunen lagar belysningen i gångtunneln vid stationen."]


def test_under_a_promise_heading_the_why_before_the_undertaking_is_left_out() -> None:
    text = (
        "Medborgarlöfte 2026\n\n"
        "Löfte 1: Lugnare centrum\n"
        "Många känner sig otrygga på torget sent på kvällen. Därför patrullerar "
        "polisen där varje lördag.\n\n"
        "Om löftet\n"
        "Det här är en text om löftet. Under varje löfte beskriver vi vad vi gör.\n"
    )

    assert _promise_texts(text) == ["Därför patrullerar polisen där varje lördag."]


def test_goals_with_how_we_get_there_and_how_we_know() -> None:
    text = (
        "Medborgarlöfte Alingsås 2026\n\n"
        "Mål 1: Färre cykelstölder\n"
        "Så här gör vi:\n"
        "– Polisen märker cyklar vid stationen i maj.\n\n"
        "Så vet vi att vi har lyckats\n"
        "– Färre cyklar anmäls stulna än 2025.\n\n"
        "Det här kan du göra:\n"
        "• Lås cykeln i ett fast föremål.\n\n"
        "Ordlista\n"
        "Kommunpolis – en polis som ska vara kommunens kontakt.\n"
    )

    assert _promise_texts(text) == ["Polisen märker cyklar vid stationen i maj."]


def test_a_mid_year_report_follows_up_its_numbered_promises() -> None:
    text = (
        "Halvtidsrapport\nMedborgarlöfte Bräcke 2026\n\n"
        "Om rapporten\nHalvvägs in i året stämmer vi av.\n\n"
        "Löfte 1 – Polisen kontrollerar farten på E14 varje månad.\n"
        "Genomfört hittills: 50 %\n"
        "Kommentar: Kontroller i januari och mars.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen kontrollerar farten på E14 varje månad."
    ]
    assert extracted["outcomes"][0]["done"] == ["50 %", "Kontroller i januari och mars."]


def test_a_follow_up_table_in_a_section_of_an_annual_report() -> None:
    text = (
        "Bräcke kommun\nÅrsredovisning 2025\n\n"
        "Medborgarlöfte 2025 – uppföljning\n"
        "Tabellen visar vad vi planerade och vad som blev utfört.\n\n"
        "Löfte                                            Planerat   Utfört\n"
        "Kontroller av farten på E14 varje månad                12         9\n"
        "Öppen fritidsgård på fredagar                          40        40\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert extracted["promises"] == []
    assert [o["promise"].split(" | ")[0] for o in extracted["outcomes"]] == [
        "Kontroller av farten på E14 varje månad",
        "Öppen fritidsgård på fredagar",
    ]


def test_an_agreements_lettered_clauses_are_its_undertakings() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE\nmellan Bräcke kommun och Polisen\n\n"
        "5. Insatser\n"
        "Parterna är överens om att\n"
        "a) polisen varje månad kontrollerar farten på E14,\n"
        "b) kommunen anställer en fältassistent,\n"
        "c) parterna varje år tar fram ett medborgarlöfte.\n\n"
        "6. Ändringar\n"
        "Ändringar i överenskommelsen ska göras skriftligen.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "agreement"
    assert [p["text"] for p in extracted["promises"]] == [
        "polisen varje månad kontrollerar farten på E14,",
        "kommunen anställer en fältassistent,",
    ]


def test_an_agreements_table_with_a_column_for_the_party_holds_its_undertakings() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE\nmellan Bräcke kommun och Polisen 2026–2028\n\n"
        "5. Åtaganden\n"
        "Parterna åtar sig det som anges i tabellen nedan.\n\n"
        "Nr | Åtagande | Ansvarig part | Tidsram\n"
        "5.1 | Hastighetskontroller på E14 vid skolan | Polisen | Varje månad\n"
        "5.2 | Ny belysning vid busstationen | Bräcke kommun | Hösten 2026\n"
        "5.3 | Gemensam lägesbild som underlag för ett årligt medborgarlöfte | Parterna "
        "gemensamt | Varje oktober\n"
        "5.4 | Redovisning av åtagandena i Folkhälso- och trygghetsrådet | Parterna "
        "gemensamt | Juni\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "agreement"
    assert [p["text"].split(" | ")[1] for p in extracted["promises"]] == [
        "Hastighetskontroller på E14 vid skolan",
        "Ny belysning vid busstationen",
    ]


def test_a_matrix_with_a_column_for_each_party_marks_who_keeps_each_promise() -> None:
    text = (
        "Medborgarlöfte Bräcke 2026\n\n"
        "3.1 Så läser du matrisen\n"
        "En fylld cirkel betyder att parten ansvarar för raden.\n\n"
        "3.2 Ansvarsmatris\n"
        "Nr | Löfte | Polisen | Kommunen\n"
        "1 | Fotpatrull vid stationen på fredagar | ● |\n"
        "2 | Fritidsgården i Kälarne öppen på söndagar | | ●\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"].split(" | ")[1] for p in extracted["promises"]] == [
        "Fotpatrull vid stationen på fredagar",
        "Fritidsgården i Kälarne öppen på söndagar",
    ]


def test_an_agreements_lists_of_what_each_party_answers_for_are_its_undertakings() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE\nmellan Bräcke kommun och Polisen 2026–2028\n\n"
        "5. Ansvarsfördelning\n\n"
        "Bräcke kommun ansvarar för att\n\n"
        "• anställa två fältassistenter,\n"
        "• byta belysningen i tunneln.\n\n"
        "Polisen ansvarar för att\n\n"
        "• göra trafikkontroller vid skolan varje månad,\n"
        "• kontrollera crossar vid Kälarne om resurserna räcker.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "anställa två fältassistenter,",
        "byta belysningen i tunneln.",
        "göra trafikkontroller vid skolan varje månad,",
    ]


def test_a_promise_written_as_rules_numbers_its_paragraphs_and_moments() -> None:
    text = (
        "MEDBORGARLÖFTE för Bräcke kommun 2026\n\n"
        "§ 2 Lägesbild\n\n"
        "Punkterna i denna paragraf beskriver läget och är inte löften.\n\n"
        "§ 3 Åtaganden\n\n"
        "Parterna åtar sig att genomföra det som anges i denna paragraf.\n\n"
        "Mom. 1 Polisen ska göra nykterhetskontroller vid Kälarne varje månad.\n\n"
        "Mom. 2 Kommunen ska hålla fritidsgården öppen på fredagar.\n\n"
        "§ 4 Förbehåll\n\n"
        "Om Polisen har resurser över kommer Polisen även att kontrollera mopeder.\n\n"
        "§ 8 Underskrifter\n\n"
        "Bräcke den 28 april 2026\n\n"
        "För Bräcke kommun:\n______________\nSture Wennerholm\nKommunstyrelsens ordförande\n\n"
        "För Polisen:\n______________\nMadeleine Krantz\n"
        "Lokalpolisområdeschef, lokalpolisområde Jämtland\n\n"
        "Medborgarlöfte Bräcke 2026 Sida 4 av 4\n\n"
        "Kontakt: Trygghetssamordnare Anders Kjellgren, Bräcke kommun,\n"
        "0693-161 00. Kommunpolis Hanna Lindvall, Polisen, 114 14.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen ska göra nykterhetskontroller vid Kälarne varje månad.",
        "Kommunen ska hålla fritidsgården öppen på fredagar.",
    ]
    assert [s["name"] for s in extracted["signatories"]] == ["Sture Wennerholm", "Madeleine Krantz"]


def test_a_plan_by_month_with_a_column_for_each_party_holds_a_promise_in_each_cell() -> None:
    text = (
        "MEDBORGARLÖFTE BRÄCKE 2026\n\n"
        "| Månad | Polisen | Bräcke kommun | Tillsammans | Uppföljning |\n"
        "|---|---|---|---|---|\n"
        "| Januari | – | – | – | Löftet skrivs under och publiceras |\n"
        "| Mars | Hastighetskontroller genom Kälarne | – | Trygghetsvandring längs "
        "älvstråket | Rådet fastställer planen |\n"
        "| Juni | Fotpatrull vid badplatsen i Gimdalen | Sommarvärdar vid badplatsen | – | – |\n"
        "| Juli | Fotpatrullen vid badplatsen fortsätter | Sommarvärdarna slutar den 16 juli "
        "| – | – |\n"
        "| September | Hastighetskontrollerna i Kälarne upprepas | – | Ny trygghetsvandring "
        "längs älvstråket | – |\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [(p["text"], p["parties"]) for p in extracted["promises"]] == [
        ("Hastighetskontroller genom Kälarne", ["police"]),
        ("Trygghetsvandring längs älvstråket", ["police", "municipality"]),
        ("Fotpatrull vid badplatsen i Gimdalen", ["police"]),
        ("Sommarvärdar vid badplatsen", ["municipality"]),
    ]


def test_a_timeline_under_months_in_lower_case_holds_the_promises() -> None:
    text = (
        "Medborgarlöftet i Bräcke: april 2026 → mars 2027\n\n"
        "Vad bygger löftet på?\n\n"
        "Samtalen i byarna och polisens statistik gav en bild med två delar:\n\n"
        "- Mopeder kör för fort på Storgatan på kvällarna.\n"
        "- Äldre får samtal från falska banktjänstemän.\n\n"
        "Så läser du tidslinjen\n\n"
        "Varje pil är en insats.\n\n"
        "Tidslinje\n\n"
        "april 2026\n"
        "   → Polisen börjar kontrollera mopeder på Storgatan två kvällar i månaden.\n"
        "        ↓\n"
        "september 2026\n"
        "   → Polisen håller en informationskväll om bedrägerier i Kälarne.\n"
        "        ↓\n"
        "december 2026\n"
        "   → Kontrollerna på Storgatan fortsätter under jul- och nyårshelgerna.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen börjar kontrollera mopeder på Storgatan två kvällar i månaden.",
        "Polisen håller en informationskväll om bedrägerier i Kälarne.",
    ]


def test_an_agreements_items_marked_with_their_party_in_brackets_are_undertakings() -> None:
    text = (
        "ÖVERENSKOMMELSE OM SKOLMILJÖ\nBräcke kommun, Polisen och JGY 2025–2028\n\n"
        "4 ÅTAGANDEN\n\n"
        "[Polisen]       Polisen gör hundsök i skolans lokaler minst två\n"
        "                gånger per läsår.\n\n"
        "[JGY]           Elevhälsan kontaktar vårdnadshavare samma dag som en\n"
        "                elev har ogiltig frånvaro.\n\n"
        "[Alla parter]   SSPF-möten hålls varje vecka med skola och socialtjänst.\n\n"
        "[Alla parter]   Parterna delar information med varandra om risker för eleverna.\n\n"
        "[Polisen]       Polisen kommer, när resurserna tillåter, även att finnas\n"
        "                på plats vid skolans fester.\n\n"
        "7 UNDERSKRIFTER\n\nBräcke den 17 juni 2025\n\n"
        "För Bräcke kommun         För Polisen                  För JGY\n\n"
        "Kristina Bergman          Anders Malmkvist             Sara Kärnström\n"
        "Kommunstyrelsens          Lokalpolisområdes-           Förbundschef\n"
        "ordförande                chef                         Jämtlands gymnasium\n"
    )

    extracted = extract(normalise(readers.read_document(text.encode(), "x.txt").text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen gör hundsök i skolans lokaler minst två gånger per läsår.",
        "Elevhälsan kontaktar vårdnadshavare samma dag som en elev har ogiltig frånvaro.",
        "SSPF-möten hålls varje vecka med skola och socialtjänst.",
    ]
    assert [(s["name"], s["title"]) for s in extracted["signatories"]] == [
        ("Kristina Bergman", "Kommunstyrelsens ordförande"),
        ("Anders Malmkvist", "Lokalpolisområdeschef"),
        ("Sara Kärnström", "Förbundschef Jämtlands gymnasium"),
    ]


def test_an_agreements_deliverables_each_over_its_owner_are_undertakings() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE\nBräcke kommun och Polisen 2026–2029\n\n"
        "6. LEVERANSER (DELIVERABLES)\n\n"
        "D1 Trygg skolväg\n"
        "Polisen gör hastighetskontroller vid skolan i Kälarne varje månad.\n"
        "Leveransägare: Polisen\n\n"
        "D2 Fältarbete\n"
        "Bräcke kommun utökar fältgruppen med två fältsekreterare.\n"
        "Leveransägare: Bräcke kommun, socialförvaltningen\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen gör hastighetskontroller vid skolan i Kälarne varje månad.",
        "Bräcke kommun utökar fältgruppen med två fältsekreterare.",
    ]


def test_a_programme_theorys_activities_are_the_promises_not_its_effects_or_glossary() -> None:
    text = (
        "MEDBORGARLÖFTE 2027 · BRÄCKE KOMMUN OCH POLISEN\n\n"
        "4 Löftet, område för område\n\n"
        "OMRÅDE 1 – TRAFIKEN\n\n"
        "Problem: Höga hastigheter genom Kälarne.\n\n"
        "Aktivitet 1.1: Polisen gör hastighetskontroller genom Kälarne varje månad.\n"
        "Kortsiktigt resultat: Lägre hastigheter.\n"
        "Långsiktig effekt: Färre olyckor.\n"
        "Indikator: Antal kontroller.\n\n"
        "Aktivitet 1.2: Bräcke kommun sätter upp fartdisplayer vid skolan.\n\n"
        "Polisen kommer att prioritera anmälningar om båtmotorer. Det räknas inte som en "
        "aktivitet i löftet.\n\n"
        "Bilaga: Ordlista\n\n"
        "Aktivitet | Det som kommunen eller Polisen lovar att göra.\n"
        "Indikator | Det vi mäter för att se om vi är på rätt väg.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Aktivitet 1.1: Polisen gör hastighetskontroller genom Kälarne varje månad.",
        "Aktivitet 1.2: Bräcke kommun sätter upp fartdisplayer vid skolan.",
    ]


def test_what_parties_agree_on_under_a_part_on_purpose_or_follow_up_is_no_undertaking() -> None:
    text = (
        "ÖVERENSKOMMELSE OM SAMVERKAN\nBräcke kommun och Polisen 2026–2029\n\n"
        "2. PARTERNA ÄR ÖVERENS OM FÖLJANDE\n\n"
        "2.1 Om syftet\n\nParterna är överens om att\n\n"
        "  –  brottsligheten i kommunen ska minska och tryggheten öka.\n\n"
        "2.3 Om insatserna\n\nParterna är överens om att\n\n"
        "  –  kommunen anställer två fältassistenter i Kälarne,\n"
        "  –  Polisen gör trafikkontroller på E14 varje månad.\n\n"
        "2.5 Om uppföljningen\n\nParterna är överens om att\n\n"
        "  –  en samlad uppföljning av hela överenskommelsen görs under hösten 2029.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "kommunen anställer två fältassistenter i Kälarne,",
        "Polisen gör trafikkontroller på E14 varje månad.",
    ]


def test_a_plan_place_by_place_under_seasons_holds_each_promise_once() -> None:
    text = (
        "Medborgarlöfte i Bräcke 2026–2027\n\n"
        "KÄLARNE\n"
        "  April–maj 2026:      Polisen och kommunen håller en båtmotorträff i hamnen.\n"
        "  Sommaren 2026:       Polisen har fotpatrull vid badplatsen fredag och lördag.\n"
        "  Sommaren 2027:       Fotpatrullen vid badplatsen fortsätter som 2026.\n\n"
        "HELA KOMMUNEN\n"
        "  Hela perioden:       Polisen gör nykterhetskontroller på E14 under midsommar.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "April–maj 2026: Polisen och kommunen håller en båtmotorträff i hamnen.",
        "Sommaren 2026: Polisen har fotpatrull vid badplatsen fredag och lördag.",
        "Hela perioden: Polisen gör nykterhetskontroller på E14 under midsommar.",
    ]


def test_a_weekly_schedule_and_the_years_dates_hold_what_is_done_at_each_time() -> None:
    text = (
        "Medborgarlöfte Bräcke 2028\nEn vanlig vecka – och årets hållpunkter\n\n"
        "1. EN VANLIG VECKA\n\n"
        "ONSDAG\n  Skolpolisen äter lunch och finns på rasterna på Kälarne skola.\n\n"
        "FREDAG\n  Fritidsgården i Kälarne håller öppet till kl. 24.\n\n"
        "2. ÅRETS HÅLLPUNKTER\n\n"
        "tisdag 14 mars\n  Föräldramöte om narkotika för alla vårdnadshavare i årskurs 8.\n\n"
        "torsdag 5 oktober\n  Trygghetsvandring runt torget med polisen och kommunen.\n\n"
        "september\n  I september har det brottsförebyggande rådet en halvårsuppföljning.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Skolpolisen äter lunch och finns på rasterna på Kälarne skola.",
        "Fritidsgården i Kälarne håller öppet till kl. 24.",
        "Föräldramöte om narkotika för alla vårdnadshavare i årskurs 8.",
        "Trygghetsvandring runt torget med polisen och kommunen.",
    ]


def test_an_events_list_under_weekday_dates_holds_each_event_named_first() -> None:
    text = (
        "På gång inom medborgarlöftet 2026\n\n"
        "Bräcke kommun och Polisen har lovat att göra en rad saker för att du ska känna dig "
        "tryggare.\n\n"
        "Datum för datum\n\n"
        "Lördag 21 mars, kl. 10–13\n"
        "Träffa polisen på Kälarne torg. Kommunpolisen tar emot frågor vid polisbilen.\n\n"
        "Onsdag 26 augusti\n"
        "Blåljusdag vid brandstationen. Den ingår inte i medborgarlöftet.\n\n"
        "Lördag 7 november, kl. 10.00\n"
        "Startträff för grannsamverkan i Gimdalen. Polisen och kommunen visar hur man "
        "kommer igång.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Träffa polisen på Kälarne torg. Kommunpolisen tar emot frågor vid polisbilen.",
        "Startträff för grannsamverkan i Gimdalen. Polisen och kommunen visar hur man kommer "
        "igång.",
    ]


def test_a_plans_activity_forms_hold_the_promises_but_not_its_findings_or_follow_up() -> None:
    text = (
        "Storumans kommun                                  Polisen\n\n"
        "MEDBORGARLÖFTE BRÄCKE 2027\n\n"
        "Vad vi har sett\n\n"
        "• Trafiken på E14 genom Kälarne går för fort, särskilt sommartid.\n\n"
        "Vad vi gör:\n\n"
        "Aktivitet 1\n"
        "  Vad:       Hastighetskontroller på E14 genom Kälarne\n"
        "  Ansvarig:  Polisen\n"
        "  Start:     2027-03-01\n\n"
        "Aktivitet 2\n"
        "  Vad:       Avstämning i brottsförebyggande rådet\n"
        "  Ansvarig:  Kommunen och Polisen\n"
        "  Start:     2027-06-08\n\n"
        "5. Uppföljning och giltighet\n\n"
        "Kommunens samordnare och kommunpolisen stämmer av löftet varje månad.\n"
    )

    extracted = extract(normalise(readers.read_document(text.encode(), "x.txt").text), REFERENCE)

    assert [promise_title(p["text"]) for p in extracted["promises"]] == [
        "Hastighetskontroller på E14 genom Kälarne"
    ]


def test_a_page_that_says_what_the_parties_promise_does_not_promise_by_saying_so() -> None:
    text = (
        "Medborgarlöfte Bräcke 2026\n\n"
        "Trygghet skapar vi tillsammans. Här står vad kommunen och polisen lovar att göra.\n\n"
        "Det här gör vi:\n• Polisen kontrollerar farten på E14 varje månad.\n"
    )

    assert _promise_texts(text) == ["Polisen kontrollerar farten på E14 varje månad."]


def test_an_item_under_an_item_is_a_promise_only_when_a_party_commits_in_it() -> None:
    text = (
        "Medborgarlöfte Bräcke 2026\n\nTrafik\n"
        "• Polisen lovar att kontrollera farten vid skolan.\n"
        "o främst på morgnarna\n"
        "o Kommunen lovar att sätta upp skyltar vid skolan.\n"
    )

    assert _promise_texts(text) == [
        "Polisen lovar att kontrollera farten vid skolan.",
        "Kommunen lovar att sätta upp skyltar vid skolan.",
    ]


def test_an_activity_named_by_its_noun_among_parties_doing_things_is_a_promise() -> None:
    text = (
        "Medborgarlöfte Eksjö 2026\n\n"
        "Maj\nPolisen kontrollerar mopeder vid torget varje fredag.\n"
        "Trygghetsvandring i Norrtullsområdet med de boende.\n\n"
        "Juni\nKommunen lagar belysningen vid busstationen.\n\n"
        "Bakgrund\nTrygghetsmätningen visade oro för mopeder.\n"
    )

    assert _promise_texts(text) == [
        "Polisen kontrollerar mopeder vid torget varje fredag.",
        "Trygghetsvandring i Norrtullsområdet med de boende.",
        "Kommunen lagar belysningen vid busstationen.",
    ]


def test_a_list_that_lost_its_markers_is_still_read_as_a_list() -> None:
    # Copied from a page whose style sheet draws the bullets: lines go on in lower case
    # from "... ska:", lines follow one another under "följande." (up to a question), one
    # line stands under a party's "aktiviteter:".
    lower = (
        "Medborgarlöfte Ydre 2026\n\nPolisen och kommunen ska tillsammans:\n\n"
        "kontrollera farten vid skolan i Österbymo.\n\n"
        "bjuda in till ett möte om bedrägerier.\n"
    )
    assert _promise_texts(lower) == [
        "kontrollera farten vid skolan i Österbymo.",
        "bjuda in till ett möte om bedrägerier.",
    ]
    phrases = (
        "Medborgarlöfte Ydre 2026\n\nPolisen och kommunen lovar följande.\n"
        "Fler vuxna ute på fredagskvällarna\nSnabbare sanering av klotter på skolorna\n"
        "Varför inte vid torget i Österbymo?\n\n"
        "Bakgrund\nTrygghetsmätningen visade oro för klotter.\n"
    )
    assert _promise_texts(phrases) == [
        "Fler vuxna ute på fredagskvällarna",
        "Snabbare sanering av klotter på skolorna",
    ]
    single = (
        "Medborgarlöfte Ydre 2026\n\nPolisens aktiviteter:\n\n"
        "Besöka skolorna i Österbymo varje termin.\n\nAnteckningar:\n"
        "Betona att inbrotten har ökat.\n"
    )
    assert _promise_texts(single) == ["Besöka skolorna i Österbymo varje termin."]


def test_a_heading_over_its_paragraph_after_an_introduction_stays_a_heading() -> None:
    text = (
        "Medborgarlöfte Ydre 2026\n\nDe områden där behoven är störst är:\n"
        "Trygghet i centrum\n"
        "I centrum är otryggheten störst på kvällen, och polisen lovar att patrullera där "
        "varje fredag.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["focus_area"] for p in extracted["promises"]] == ["Trygghet i centrum"]


def test_a_trygghetslöfte_is_read_as_a_medborgarlöfte() -> None:
    text = (
        "Trygghetslöfte för Ydre 2026–2027\n\n"
        "Våra trygghetslöften\n"
        "• Fler vuxna ute på fredagskvällarna i Österbymo\n\n"
        "Lokalpolisområdet ska\n"
        "• kontrollera farten vid skolan varje vecka\n\n"
        "Lokalpolisområdet: kvällspatruller vid badplatsen i juli\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["period"]["end"] == "2027-12-31"
    assert [p["text"] for p in extracted["promises"]] == [
        "Fler vuxna ute på fredagskvällarna i Österbymo",
        "kontrollera farten vid skolan varje vecka",
        "Lokalpolisområdet: kvällspatruller vid badplatsen i juli",
    ]
    assert [p["parties"] for p in extracted["promises"]][1:] == [["police"], ["police"]]


def test_what_an_agreement_holds_without_a_party_undertaking_it_is_offered() -> None:
    text = (
        "Samverkansöverenskommelse mellan Ydre kommun och Polisen\n\n"
        "Samverkan i vardagen\n• Kommunen anställer en fältassistent i Österbymo.\n"
        "• Polisen åtar sig att kontrollera farten vid skolan.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen åtar sig att kontrollera farten vid skolan."
    ]
    offered = {c["text"]: c["reason"] for c in extracted["candidates"]}
    assert "överenskommelse" in offered["Kommunen anställer en fältassistent i Österbymo."]


def test_an_agreements_annex_of_promises_under_a_file_number_broken_in_two_is_a_promise() -> None:
    text = (
        "YDRE KOMMUN                                   POLISEN\nDnr\nKS 2026/41\n\n"
        "Bilaga 2 Medborgarlöfte\n\n"
        "till Samverkansöverenskommelse mellan Ydre kommun och Polisen, 2026–2029\n\n"
        "Polisen åtar sig att\n– kontrollera farten genom Österbymo varje månad\n\n"
        "Ydre kommun åtar sig att\n– röja sly längs gångvägen till skolan\n"
    )

    assert extract(normalise(text), REFERENCE)["kind"] == "promise_set"


def test_what_an_agreement_says_the_parties_do_together_is_undertaken() -> None:
    text = (
        "Samverkansöverenskommelse mellan Ydre kommun och Polisen 2026–2028\n\n"
        "Det här åtar sig kommunen\n– att rusta upp belysningen vid Österbymo skola\n\n"
        "Det här gör vi gemensamt\n– att arbeta med effektiv samordning för trygghet i "
        "centrum\n"
    )

    assert _promise_texts(text) == [
        "att rusta upp belysningen vid Österbymo skola",
        "att arbeta med effektiv samordning för trygghet i centrum",
    ]


def test_a_table_row_that_governs_the_promise_is_no_promise() -> None:
    text = (
        "Medborgarlöfte för Tidaholm 2026\n"
        "När | Var | Ansvarig | Vad\n"
        "Maj | Torget | Polisen | Kontroller av mopeder varje fredag\n"
        "Hela året | Tidaholm | Kommunen | Läget stäms av i rådet varje månad\n"
    )

    assert [t.split(" | ")[-1] for t in _promise_texts(text)] == [
        "Kontroller av mopeder varje fredag"
    ]


def test_together_we_undertake_without_a_colon_opens_a_list() -> None:
    text = (
        "Medborgarlöfte för Tidaholm 2026\n\n"
        "Kommunen åtar sig att\n"
        "• städa busstationen varje måndag,\n"
        "Tillsammans åtar vi oss att\n"
        "• bjuda in till ett möte om grannsamverkan i maj.\n"
    )

    assert _promise_texts(text) == [
        "städa busstationen varje måndag,",
        "bjuda in till ett möte om grannsamverkan i maj.",
    ]


def _outcomes(text: str) -> list[tuple[str, list[str]]]:
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    return [(o["promise"], o["done"]) for o in extracted["outcomes"]]


def test_a_status_report_with_what_was_promised_and_what_happened() -> None:
    text = (
        "Statusrapport: medborgarlöfte Tidaholm 2025\n\n"
        "🟢 Klart = det är gjort\n🔴 Ej påbörjat = inget är gjort\n\n"
        "🟢 KLART\n"
        "Vad vi lovade: Polisen kontrollerar mopeder vid torget varje fredag.\n"
        "Vad som har hänt: Kontrollerna har gjorts varje vecka sedan mars.\n\n"
        "🔴 EJ PÅBÖRJAT\n"
        "Vad vi lovade: Kommunen håller en kväll om bedrägerier.\n"
        "Vad som har hänt: Kvällen är flyttad till nästa år.\n\n"
        "🟢 KLART\n"
        "Vad vi lovade efter ändringen: Kommunen skulle ha fältassistenter ute varje helg.\n"
        "Vad som har hänt: Två fältassistenter arbetade hela sommarlovet.\n\n"
        "Tillsammans skulle vi gå en trygghetsvandring i Noret i oktober. Den blev av.\n"
    )

    assert _outcomes(text) == [
        (
            "Polisen kontrollerar mopeder vid torget varje fredag.",
            ["Kontrollerna har gjorts varje vecka sedan mars."],
        ),
        ("Kommunen håller en kväll om bedrägerier.", ["Kvällen är flyttad till nästa år."]),
        (
            "Kommunen skulle ha fältassistenter ute varje helg.",
            ["Två fältassistenter arbetade hela sommarlovet."],
        ),
        ("Tillsammans skulle vi gå en trygghetsvandring i Noret i oktober.", ["Den blev av."]),
    ]


def test_a_report_quoting_each_promise_before_its_assessment() -> None:
    text = (
        "Tidaholms kommun\nKommunledningskontoret\nDnr 2026/7\n\n"
        "Uppföljning av medborgarlöfte 2025\n\n"
        "Löfte A – Trafik\n"
        "»Hastighetskontroller ska göras vid skolan varje månad.«\n"
        "Bedömning: Genomfört. Tolv kontroller gjordes.\n"
    )

    assert _outcomes(text) == [
        (
            "Hastighetskontroller ska göras vid skolan varje månad.",
            ["Genomfört. Tolv kontroller gjordes."],
        )
    ]


def test_a_follow_up_in_prose_reads_the_sentence_that_says_what_was_promised() -> None:
    text = (
        "Så gick det med medborgarlöftet i Tidaholm 2025\n\n"
        "Förra året lovade kommunen och polisen att göra mer för tryggheten.\n\n"
        "Många var oroliga för torget. Därför lovade polisen att patrullera där varje "
        "lördag. Det blev 40 patrullpass.\n\n"
        "Det andra löftet gällde trafiken. Polisen och kommunen skulle tillsammans mäta "
        "farten på Storgatan. Mätningen gjordes i april.\n\n"
        "Polisen skulle finnas på plats vid torget på nätterna. Det var polisen.\n"
    )

    assert _outcomes(text) == [
        ("Därför lovade polisen att patrullera där varje lördag.", ["Det blev 40 patrullpass."]),
        (
            "Polisen och kommunen skulle tillsammans mäta farten på Storgatan.",
            ["Mätningen gjordes i april."],
        ),
        ("Polisen skulle finnas på plats vid torget på nätterna.", ["Det var polisen."]),
    ]


def test_an_agreement_with_a_promise_in_its_title_keeps_what_each_party_does() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE MED MEDBORGARLÖFTE\n\n"
        "mellan Tidaholms kommun och Polisen\n\n"
        "3. Syfte\nSyftet är att samordna arbetet.\n\n"
        "4. Medborgarlöfte\nParterna lämnar följande löfte till invånarna:\n\n"
        "- Polisen ökar sin närvaro vid torget under juli.\n"
        "- Tidaholms kommun rustar upp belysningen vid busstationen.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "agreement"
    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen ökar sin närvaro vid torget under juli.",
        "Tidaholms kommun rustar upp belysningen vid busstationen.",
    ]


def test_each_promise_told_by_what_who_and_when_questions() -> None:
    text = (
        "Medborgarlöfte för Tidaholm 2026\n\n"
        "LÖFTE 1 – Lugnare trafik\n\n"
        "Vad?\nHastighetskontroller vid skolan på morgonen.\n"
        "Vem?\nPolisen.\n"
        "När?\nVarje vecka.\n\n"
        "LÖFTE 2 – Vuxna ute\n\n"
        "Vad?\nFältarbetare i centrum på fredagskvällar.\n"
        "Vem?\nKommunen.\n"
        "När?\nHela läsåret.\n"
    )

    assert _promise_texts(text) == [
        "Hastighetskontroller vid skolan på morgonen.",
        "Fältarbetare i centrum på fredagskvällar.",
    ]


def test_numbered_undertakings_over_their_owner_but_not_goals_in_figures() -> None:
    text = (
        "Medborgarlöfte Tidaholm 2026\n\n"
        "4. Åtaganden och målvärden\n\n"
        "4.1 Minst tio trygghetsvandringar under året i centrum.\n"
        "Ansvarig: Kommunen\n\n"
        "4.2 Hastighetskontroller vid skolorna varje månad.\n"
        "Ansvarig: Polisen\n\n"
        "4.3 Andelen som känner sig otrygga ska sjunka från 30 till 20 procent.\n"
        "Ansvarig: Polisen och kommunen\n"
    )

    assert _promise_texts(text) == [
        "Minst tio trygghetsvandringar under året i centrum.",
        "Hastighetskontroller vid skolorna varje månad.",
    ]


def test_a_numbered_thread_whose_posts_open_with_why() -> None:
    text = (
        "Polisen Skaraborg · 2 mars 2026\n\n"
        "1/3 🤝 I dag skrev vi under årets medborgarlöfte för Tidaholm. Tråd 👇\n\n"
        "2/3 🚗 Många klagar på farten på Storgatan. Vi gör därför kontroller där varje vecka.\n\n"
        "3/3 Hur det går berättar vi i höst. Frågor? Ring 114 14.\n"
    )

    assert _promise_texts(text) == [
        "Många klagar på farten på Storgatan. Vi gör därför kontroller där varje vecka."
    ]


def test_a_news_headline_over_its_date_line_is_no_promise() -> None:
    text = (
        "TIDAHOLMS TIDNING\n\n"
        "Polis och kommun lovar mer närvaro – men alla är inte nöjda\n\n"
        "Publicerad 2 mars 2026\n\n"
        "Polisen ska patrullera vid torget varje fredag under sommaren.\n"
    )

    assert _promise_texts(text) == [
        "Polisen ska patrullera vid torget varje fredag under sommaren."
    ]


def test_a_news_headline_under_the_papers_menu_is_no_promise() -> None:
    text = (
        "TIDAHOLMS TIDNING\nNyheter   Sport   Kultur   Logga in\n"
        "Prenumerera – första månaden för 1 kr\n\nNYHETER  TIDAHOLM\n\n"
        "Nya lagen styr – polis och kommun lovar mer på torget\n\n"
        "Polisen ska patrullera vid torget varje fredag under sommaren.\n\n"
        "Kommunen ska sätta upp ny belysning i parken före oktober.\n\n"
        "Dessutom ska fritidsgården hålla öppet på söndagar.\n"
    )

    assert "Nya lagen styr – polis och kommun lovar mer på torget" not in _promise_texts(text)


_AFTER_BACKGROUND = (
    "Medborgarlöfte för Ale 2027\n\nBakgrund\nDet som oroar flest är att allt fler äldre blir "
    "lurade i telefon och att bilar kör för fort genom byarna.\n\n"
)


def test_under_a_promises_heading_each_sentence_that_says_what_a_party_does_is_one() -> None:
    text = _AFTER_BACKGROUND + (
        "Löfte 3 – Skydda äldre mot bedrägerier\n"
        "Kommunens hemtjänst delar ut en broschyr om telefonbedrägerier till alla som har\n"
        "hemtjänst. Polisen och kommunen håller informationsträffar för seniorer fyra gånger\n"
        "under året.\n"
    )

    assert _promise_texts(text) == [
        "Kommunens hemtjänst delar ut en broschyr om telefonbedrägerier till alla som har "
        "hemtjänst.",
        "Polisen och kommunen håller informationsträffar för seniorer fyra gånger under året.",
    ]


def test_a_line_that_ends_on_genom_goes_on_on_the_next_even_with_a_name() -> None:
    text = _AFTER_BACKGROUND + (
        "Löfte 4 – Trafiken\n"
        "Polisen kommer att göra hastighetskontroller i Nödinge och Nol varje månad. Kommunen\n"
        "kommer att ansöka hos Trafikverket om sänkt hastighet genom\nSkepplanda.\n"
    )

    assert _promise_texts(text) == [
        "Polisen kommer att göra hastighetskontroller i Nödinge och Nol varje månad.",
        "Kommunen kommer att ansöka hos Trafikverket om sänkt hastighet genom Skepplanda.",
    ]


def test_a_party_that_has_a_reception_somewhere_each_week_does_something() -> None:
    text = _AFTER_BACKGROUND + (
        "Det här gör polisen\n+ Visa\n"
        "Polisen förstärker med extra personal i Nödinge under hela juli.\n"
        "Polisen har en sommarmottagning i hamnen i Nol varje onsdag i juli.\n"
    )

    assert "Polisen har en sommarmottagning i hamnen i Nol varje onsdag i juli." in (
        _promise_texts(text)
    )


def test_so_har_ska_vi_arbeta_opens_the_promises_after_a_background() -> None:
    text = _AFTER_BACKGROUND + (
        "Så här ska vi arbeta under 2027\n\nTrygg vinter i fjällen\n"
        "Under sportlovet förstärker polisen sin närvaro i Sälen. Polisen har också en "
        "mottagning på turistbyrån varje lördag.\n\nUnga i Malung\n"
        "Kommunens fritidsgård i Malung håller öppet till klockan 23 på fredagar. Polisen "
        "besöker högstadiet varje termin.\n"
    )

    assert _promise_texts(text) == [
        "Under sportlovet förstärker polisen sin närvaro i Sälen.",
        "Polisen har också en mottagning på turistbyrån varje lördag.",
        "Kommunens fritidsgård i Malung håller öppet till klockan 23 på fredagar.",
        "Polisen besöker högstadiet varje termin.",
    ]


def test_a_bare_intro_over_a_paragraph_is_no_promise_itself() -> None:
    text = (
        "Medborgarlöfte för Tidaholm 2026\n\n"
        "Polisen ska\n\n"
        "Patrullera vid torget varje fredag under sommaren.\n"
    )

    assert "Polisen ska" not in _promise_texts(text)


def test_topic_dash_lines_numbered_clauses_and_year_lines_under_the_promises() -> None:
    text = (
        "Medborgarlöfte Tidaholm\n\n"
        "Så här ser löftet ut\n\n"
        "Trafik – Polisen gör kontroller av farten på Storgatan varje vecka.\n\n"
        "Boende – Kommunen och Tidaholmshem håller trygghetsvandringar varje vår.\n\n"
        "4.2 Staden öppnar en mötesplats för unga i centrum under skolloven.\n\n"
        "2027: Kommunen rustar upp stråket mellan stationen och torget.\n\n"
        "Vi redovisar hur det går på kommunens webbplats i augusti.\n\n"
        "Löftet sträcker sig över tre år, 2026–2028.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in extracted["promises"]] == [
        "Trafik – Polisen gör kontroller av farten på Storgatan varje vecka.",
        "Boende – Kommunen och Tidaholmshem håller trygghetsvandringar varje vår.",
        "Staden öppnar en mötesplats för unga i centrum under skolloven.",
        "2027: Kommunen rustar upp stråket mellan stationen och torget.",
    ]
    assert extracted["period"]["end"] == "2028-12-31"


def test_slides_of_a_follow_up_with_results_lessons_and_next_steps() -> None:
    text = (
        "Medborgarlöfte Tidaholm 2025\nHur gick det?\n\n"
        "Vad är ett medborgarlöfte?\n- Polis och kommun lovar invånarna\n- Ett år i taget\n\n"
        "Löfte 1\nPolisen skulle kontrollera mopeder varannan helg\n\n"
        "Utfall\n- 19 helger av 26\n- 58 fordon kontrollerade\n\n"
        "Lärdomar\n- Sommaren kräver egen planering\n\n"
        "Nästa steg\n- Nytt löfte beslutas i april\n"
    )

    assert _outcomes(text) == [
        (
            "Polisen skulle kontrollera mopeder varannan helg",
            ["19 helger av 26", "58 fordon kontrollerade"],
        )
    ]


def test_a_slide_per_promise_with_its_figures_over_a_status_and_an_agenda_and_summary() -> None:
    text = (
        "Bild 1\nMedborgarlöftet 2027 – så gick det\n\n"
        "Bild 2\nDagens punkter\n• Löftet 2027\n• Sammanfattning\n\n"
        "Bild 3\nLöfte 1: Polisen kontrollerar mopeder vid Noret\n• 15 kontroller\n"
        "• 40 fordon\nStatus: Genomfört\n\n"
        "Bild 4\nLöfte 2: Kommunen röjer sly och byter belysning vid badplatsen i Orsa\n"
        "• Slyröjning i maj\n• Nya lampor i juni\nStatus: Genomfört\n\n"
        "Bild 5\nSammanfattning\n• 2 av 2 löften genomförda\n"
        "• Nytt löfte för 2028 skrivs under i mars\n"
    )

    assert [(promise.split(": ")[-1], done) for promise, done in _outcomes(text)] == [
        ("Polisen kontrollerar mopeder vid Noret", ["15 kontroller", "40 fordon", "Genomfört"]),
        (
            "Kommunen röjer sly och byter belysning vid badplatsen i Orsa",
            ["Slyröjning i maj", "Nya lampor i juni", "Genomfört"],
        ),
    ]


def test_a_mid_year_report_states_each_promise_over_its_state_on_a_day() -> None:
    text = (
        "Delårsuppföljning av medborgarlöftet 2027\n\n"
        "Åtagande 1 – Polisen\n"
        "Polisen ska ha synlig närvaro vid resecentrum fredag- och lördagskvällar.\n"
        "Läge 30 juni: Närvaro 37 av 52 planerade kvällar.\n"
        "Prognos helår: Delvis\n\n"
        "Åtagande 2 – Kommunen\n"
        "Kommunen ska förstärka belysningen på gångstråket vid Noret.\n"
        "Läge 30 juni: Upphandling klar.\n"
        "Prognos helår: Uppfylls\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Polisen ska ha synlig närvaro vid resecentrum fredag- och lördagskvällar.",
        "Kommunen ska förstärka belysningen på gångstråket vid Noret.",
    ]


def test_a_follow_up_with_a_changed_promise_and_a_line_per_promise_over_its_result() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2027\n\n"
        "Ett löfte ändrades\n"
        "Från början lovade kommunen att samordna föräldravandringar i Orsa. Det gick inte, "
        "och löftet ändrades. Det nya lydde: Kommunen ska ha fältassistenter ute i Orsa varje "
        "fredag.\n\n"
        "Så gick det med löftena\n\n"
        "Polisen kontrollerar tung trafik på E45 vid Orsa\n"
        "Det blev tio kontroller under året.\n"
        "Resultat: Genomfört\n\n"
        "Kommunen byter belysning i gångtunneln vid skolan\n"
        "Arbetet blev försenat till januari.\n"
        "Resultat: Ej genomfört under året\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Kommunen ska ha fältassistenter ute i Orsa varje fredag.",
        "Polisen kontrollerar tung trafik på E45 vid Orsa",
        "Kommunen byter belysning i gångtunneln vid skolan",
    ]


def test_an_agreements_table_with_a_column_per_party_under_a_drawn_rule() -> None:
    text = (
        "Samverkansöverenskommelse mellan Tidaholms kommun och Polisen 2026\n\n"
        "3. Åtgärder\n\n"
        "Åtgärd                                   Kommunen   Polisen\n"
        "--------------------------------------------------------------\n"
        "Fotpatrull vid torget på fredagar         Nej        Ja\n"
        "Ny belysning i stadsparken                Ja         Nej\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "agreement"
    assert [p["text"].split(" | ")[0] for p in extracted["promises"]] == [
        "Fotpatrull vid torget på fredagar",
        "Ny belysning i stadsparken",
    ]


def test_an_agreement_whose_part_for_each_kommun_holds_its_promises() -> None:
    text = (
        "Överenskommelse om samverkan och medborgarlöften\n"
        "Tidaholms kommun – Hjo kommun – Polismyndigheten\n"
        "Period: 2026–2027\n\n"
        "DEL A – TIDAHOLMS KOMMUN\n"
        "Löften till invånarna i Tidaholms kommun\n"
        "1. Polisen besöker Ekedalen med mobil polisstation sex gånger per år.\n"
        "2. Kommunen anställer en samordnare på halvtid.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "agreement"
    assert extracted["period"]["end"] == "2027-12-31"
    assert [p["text"] for p in extracted["promises"]] == [
        "Polisen besöker Ekedalen med mobil polisstation sex gånger per år.",
        "Kommunen anställer en samordnare på halvtid.",
    ]


def test_a_line_that_only_explains_is_no_item_of_a_list_that_lost_its_markers() -> None:
    text = (
        "Medborgarlöfte för Tidaholm 2026\n\n"
        "Det här gör polisen\n"
        "Polisen patrullerar vid torget varje fredag.\n"
        "Då blir det lugnare där på kvällarna.\n"
        "Polisen kontrollerar mopeder på Storgatan varje vecka.\n"
        "Många har klagat på bullret. Det har pågått länge. Nu vill vi ändra på det.\n"
    )

    assert _promise_texts(text) == [
        "Polisen patrullerar vid torget varje fredag.",
        "Polisen kontrollerar mopeder på Storgatan varje vecka.",
    ]


def test_each_part_signed_on_its_own_gives_all_its_signers() -> None:
    part = (
        "Löften till invånarna i {kommun}\n1. Polisen gör trafikkontroller vid skolorna.\n\n"
        "{ort} den {dag} mars 2026\n\n"
        "För {kommun}                För Polisen\n"
        "{namn}                      Lena Sjöberg\n"
        "Kommunstyrelsens ordförande   Lokalpolisområdeschef\n\n"
    )
    text = "Överenskommelse om samverkan 2026\n\n" + "".join(
        part.format(kommun=kommun, ort=ort, dag=dag, namn=namn)
        for kommun, ort, dag, namn in [
            ("Bräcke kommun", "Bräcke", 2, "Olof Berglund"),
            ("Ragunda kommun", "Hammarstrand", 9, "Karin Ek"),
        ]
    )
    found = extract(normalise(text), REFERENCE)
    assert [s["name"] for s in found["signatories"]] == [
        "Olof Berglund",
        "Lena Sjöberg",
        "Karin Ek",
    ]


def test_a_summary_table_then_a_paragraph_per_promise_reports_each_promise_once() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2025\n\nSå gick det\n\n"
        "Löfte                          Status        Utfall\n"
        "1. Cykelkontroller vid Kvarnbyskolan   Genomfört     12 kontroller\n"
        "2. Nattvandring på Storgatan           Delvis        6 av 10\n\n"
        "Löfte 1: Polisen lovade att göra cykelkontroller vid Kvarnbyskolan varje månad.\n"
        "Det blev tolv kontroller under året.\n\n"
        "Löfte 2: Kommunen lovade att ordna nattvandring på Storgatan varje fredag.\n"
        "Sex av tio planerade kvällar blev av.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [o["promise"] for o in outcomes] == [
        "Löfte 1: Polisen lovade att göra cykelkontroller vid Kvarnbyskolan varje månad.",
        "Löfte 2: Kommunen lovade att ordna nattvandring på Storgatan varje fredag.",
    ]


def test_an_agreement_undertakes_what_a_party_does_under_its_promise_or_undertakings() -> None:
    text = (
        "Samverkansöverenskommelse Tierps kommun och Polisen 2027\n\n"
        "1. Parter och syfte\nParterna ska samverka för att minska brottsligheten i kommunen.\n\n"
        "2. Medborgarlöfte\nUnder året startar kommunen läxhjälp på biblioteket i Tierp.\n\n"
        "Åtaganden\nPolisen bidrar med en kommunpolis på skolornas föräldramöten.\n"
    )
    found = extract(normalise(text), REFERENCE)
    assert found["kind"] == "agreement"
    assert [p["text"] for p in found["promises"]] == [
        "Under året startar kommunen läxhjälp på biblioteket i Tierp.",
        "Polisen bidrar med en kommunpolis på skolornas föräldramöten.",
    ]


def test_a_line_of_what_a_party_does_keeps_the_means_listed_under_it() -> None:
    text = (
        "Medborgarlöfte Tierp 2027\n\nVåra åtaganden\n\n"
        "Polisen verkar för att fler bedrägerier mot äldre anmäls\n"
        "  - genom träffar på seniorcentren\n  - med information i kommunens tidning\n\n"
        "Kommunen inför trygga skolvägar i Örbyhus\n  - genom nya övergångsställen\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert [p["text"] for p in promises] == [
        "Polisen verkar för att fler bedrägerier mot äldre anmäls genom träffar på "
        "seniorcentren med information i kommunens tidning",
        "Kommunen inför trygga skolvägar i Örbyhus genom nya övergångsställen",
    ]


def test_signatures_under_the_date_with_an_explainer_after_them() -> None:
    text = (
        "Medborgarlöfte Tierp 2027\n\nPolisen ska kontrollera mopeder vid Centralskolan.\n\n"
        "Tierp den 2 februari 2027\n\nKarin Alm, kommundirektör\n"
        "Lars Öberg, lokalpolisområdeschef\n\nOm medborgarlöften\n"
        "Ett medborgarlöfte bygger på vad invånarna har berättat i enkäter och möten.\n"
    )
    found = extract(normalise(text), REFERENCE)
    assert [s["name"] for s in found["signatories"]] == ["Karin Alm", "Lars Öberg"]


def test_a_byline_under_the_title_of_a_follow_up_reports_on_no_promise() -> None:
    text = (
        "Uppföljning av medborgarlöftet i Tierp 2026\n"
        "Tierps kommun | Nyheter | 20 december 2026\n\n"
        "Löfte 1: Polisen kontrollerar mopeder vid Centralskolan.\n"
        "Resultat: 30 kontroller genomfördes.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [o["promise"] for o in outcomes] == ["Polisen kontrollerar mopeder vid Centralskolan."]


def test_a_news_item_on_an_agreement_signed_today_keeps_what_each_party_undertook() -> None:
    text = (
        "Tierps kommun\nNyheter\n\n"
        "Kommun, polis och brandförsvar sluter avtal om en tryggare sommar vid kusten\n"
        "2027-05-02\n\n"
        "I dag skrev Tierps kommun, Polisen och Gästrike räddningstjänst under en "
        "samverkansöverenskommelse som gäller tills vidare.\n\n"
        "Det här har parterna åtagit sig\n"
        "Kommunen ställer ut grillgaller vid badplatsen i Skärplinge.\n"
        "Brandförsvaret skickar sms om eldningsförbud till alla fritidshusägare.\n"
        "Polisen och sjöpolisen kontrollerar båtförarnas nykterhet vid Lövstabruk.\n"
    )
    found = extract(normalise(text), REFERENCE)
    assert found["kind"] == "agreement"
    assert [p["text"] for p in found["promises"]] == [
        "Kommunen ställer ut grillgaller vid badplatsen i Skärplinge.",
        "Brandförsvaret skickar sms om eldningsförbud till alla fritidshusägare.",
        "Polisen och sjöpolisen kontrollerar båtförarnas nykterhet vid Lövstabruk.",
    ]


def test_a_news_item_on_how_it_went_with_a_word_on_next_year_is_a_follow_up() -> None:
    text = (
        "Medborgarlöftet 2026 – så blev det, och vad vi lovar härnäst\n\n"
        "Det är dags att stämma av löftet som Mora kommun och polisen gav i januari.\n\n"
        "Trafiken\n"
        "Polisen lovade kontroller av mopeder vid skolorna under våren. Det blev nio "
        "kontroller. Kommunen lovade att sätta upp farthinder på Vasagatan. De kom på "
        "plats i maj.\n\n"
        "Vi lovade också att kommunen bjuder in till trygghetsvandring i Noret. Fyrtio "
        "personer kom.\n\n"
        "Nästa år\n"
        "Efter önskemål från boende kommer kommunen att tända belysningen i Zornparken.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [(o["promise"], o["done"]) for o in found["outcomes"]] == [
        (
            "Polisen lovade kontroller av mopeder vid skolorna under våren.",
            ["Det blev nio kontroller."],
        ),
        ("Kommunen lovade att sätta upp farthinder på Vasagatan.", ["De kom på plats i maj."]),
        (
            "Vi lovade också att kommunen bjuder in till trygghetsvandring i Noret.",
            ["Fyrtio personer kom."],
        ),
    ]
    assert [p["text"] for p in found["promises"]] == [
        "Efter önskemål från boende kommer kommunen att tända belysningen i Zornparken."
    ]


def test_the_polices_own_follow_up_reads_each_promise_and_its_report() -> None:
    text = (
        "Polisens uppföljning av medborgarlöftet i Mora 2026\n"
        "Publicerad: 20 januari 2027\n\n"
        "Här redovisar polisen sina egna delar av löftet.\n\n"
        "Det här lovade polisen\n\n"
        "Löfte: Polisen kontrollerar hastigheten på Vasagatan varje månad.\n"
        "Redovisning: Vi gjorde elva kontroller under året.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert found["promises"] == []
    assert [(o["promise"], o["done"]) for o in found["outcomes"]] == [
        (
            "Polisen kontrollerar hastigheten på Vasagatan varje månad.",
            ["Vi gjorde elva kontroller under året."],
        )
    ]


def test_a_status_mail_answering_each_promise_is_a_follow_up() -> None:
    text = (
        "Från: Anna Berg <anna.berg@mora.se>\n"
        "Ämne: Läget för medborgarlöftet efter halva året\n\n"
        "Hej alla!\n\n"
        "Här kommer en kort lägesrapport om medborgarlöftet 2027.\n\n"
        "1) Polisen ska vara på plats vid Vasaloppsmålet under tävlingsveckan.\n"
        "Klart. Polisen fanns vid målet alla dagar, med förstärkning från Falun.\n\n"
        "2) Kommunen ska rusta upp belysningen i Zornparken.\n"
        "Inte påbörjat. Arbetet är flyttat till hösten.\n\n"
        "Hälsningar\nAnna\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert found["promises"] == []
    assert [
        (o["promise"], o["done"], [n["what"] for n in o["not_done"]]) for o in found["outcomes"]
    ] == [
        (
            "Polisen ska vara på plats vid Vasaloppsmålet under tävlingsveckan.",
            ["Klart. Polisen fanns vid målet alla dagar, med förstärkning från Falun."],
            [],
        ),
        (
            "Kommunen ska rusta upp belysningen i Zornparken.",
            [],
            ["Inte påbörjat. Arbetet är flyttat till hösten."],
        ),
    ]


def test_a_status_mail_with_the_state_under_each_promise_is_a_follow_up() -> None:
    text = (
        "Från: Anna Berg <anna.berg@mora.se>\n"
        "Ämne: Halvårsstatus inför BRÅ-mötet\n\n"
        "Hej alla!\n\n"
        "Här kommer en kort status för medborgarlöftet 2027, läget per sista juni.\n\n"
        "POLISEN\n"
        "1) Polisen ska finnas vid resecentrum en kväll i veckan.\n"
        "   Läget: 20 av 26 veckor hittills.\n"
        "KOMMUNEN\n"
        "2) Kommunen ska rusta upp belysningen i Zornparken.\n"
        "   Läget: Beställd, levereras i oktober.\n\n"
        "Hälsningar\nAnna\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [(o["promise"], o["done"]) for o in found["outcomes"]] == [
        ("Polisen ska finnas vid resecentrum en kväll i veckan.", ["20 av 26 veckor hittills."]),
        (
            "Kommunen ska rusta upp belysningen i Zornparken.",
            ["Beställd, levereras i oktober."],
        ),
    ]


def test_an_annual_reports_section_tells_the_promise_in_the_past_over_its_key_figures() -> None:
    text = (
        "Mora kommun   Årsredovisning 2027   41\n\n"
        "Medborgarlöfte 2027\n\n"
        "Kommunen och polisen undertecknade i februari ett gemensamt medborgarlöfte.\n\n"
        "I löftet åtog sig polisen att kontrollera mopeder på Noret. Kommunen åtog sig att "
        "tända belysningen i Zornparken.\n\n"
        "Tillsammans skulle kommunen och polisen ordna en föräldraträff under hösten.\n\n"
        "Polisen genomförde 30 kontroller på Noret. Föräldraträffen hölls i november.\n\n"
        "Nyckeltal | 2025 | 2026 | 2027\n"
        "Anmälda brott per 1 000 invånare | 89 | 84 | 81\n"
        "Andel som känner sig trygga (%) | 61 | 63 | 66\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert found["promises"] == []
    assert [o["promise"] for o in found["outcomes"]] == [
        "I löftet åtog sig polisen att kontrollera mopeder på Noret.",
        "Kommunen åtog sig att tända belysningen i Zornparken.",
        "Tillsammans skulle kommunen och polisen ordna en föräldraträff under hösten.",
    ]
    assert found["outcomes"][-1]["done"] == [
        "Polisen genomförde 30 kontroller på Noret. Föräldraträffen hölls i november."
    ]


def test_an_agreements_activities_under_its_goals_are_undertaken_and_its_goals_are_not() -> None:
    text = (
        "Överenskommelse om samverkan för ett tryggare Mora 2027–2028\n\n"
        "Övergripande mål\n"
        "Mål A: Andelen som känner sig trygga i centrum ska öka till 75 procent.\n"
        "Mål B: Kostnaden för skadegörelse på kommunala fastigheter ska halveras.\n\n"
        "Aktiviteter\n"
        "Till mål A\n"
        "1. Polisen har synlig närvaro vid Noret på lördagskvällar.\n"
        "Till mål B\n"
        "2. Kommunens fastighetsavdelning installerar larm vid Morkarlby skola.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "agreement"
    assert [p["text"] for p in found["promises"]] == [
        "Polisen har synlig närvaro vid Noret på lördagskvällar.",
        "Kommunens fastighetsavdelning installerar larm vid Morkarlby skola.",
    ]


def test_a_so_it_went_page_of_quoted_promises_figures_and_rules_between_them() -> None:
    text = (
        "Mora kommun\n\n"
        "SÅ GICK DET\n"
        "Medborgarlöftena 2026–2027\n\n"
        "Här kan du läsa om varje löfte för sig och vad siffrorna säger.\n\n"
        "---\n\n"
        "LÖFTE 1\n"
        '"Polisen genomför kontroller av mopeder vid skolorna i Mora."\n\n'
        "Vad gjordes?\n"
        "Kommunpolisen kontrollerade mopeder vid tre skolor under våren och hösten.\n\n"
        "I siffror:\n"
        "- 14 kontroller\n"
        "- 52 mopeder stoppade\n\n"
        "---\n\n"
        "LÖFTE 2\n"
        '"Kommunen håller fritidsgården i Våmhus öppen på fredagar."\n\n'
        "I siffror:\n"
        "- 61 kvällar med öppet\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert found["promises"] == []
    assert [(o["promise"], o["done"]) for o in found["outcomes"]] == [
        (
            "Polisen genomför kontroller av mopeder vid skolorna i Mora.",
            ["14 kontroller", "52 mopeder stoppade"],
        ),
        ("Kommunen håller fritidsgården i Våmhus öppen på fredagar.", ["61 kvällar med öppet"]),
    ]


def test_a_status_tables_numbered_rows_report_each_promise_and_the_page_tools_are_no_row() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2026\n"
        "Lyssna | Skriv ut | Dela\n\n"
        "Här redovisar vi hur det har gått för Mora under året.\n\n"
        "Nr | Löfte | Status | Kommentar\n"
        "1 | Polisen kontrollerar mopeder vid skolorna | Genomfört | Tolv kontroller.\n"
        "2 | Kommunen bjuder in till tre trygghetsvandringar | Ej genomfört | Bara en blev av.\n"
        "\nTillgänglighet | Om webbplatsen\n| Kakor | Personuppgifter\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"], o["not_done"]) for o in outcomes] == [
        ("Polisen kontrollerar mopeder vid skolorna", ["Genomfört | Tolv kontroller."], []),
        (
            "Kommunen bjuder in till tre trygghetsvandringar",
            [],
            [{"what": "Ej genomfört | Bara en blev av.", "reason": None}],
        ),
    ]


def test_a_follow_ups_captioned_table_is_followed_up_but_not_its_comments_or_key_figures() -> None:
    text = (
        "Bjurholms kommun\nUppföljning av medborgarlöfte 2027\n\n"
        "Om uppföljningen\nHär jämförs målen med utfallet.\n\n"
        "Tabell 1. Löften, mål och utfall 2027\n\n"
        "Nr | Löfte | Mål | Utfall\n"
        "1 | Polisen kontrollerar mopeder vid skolan | 10 | 12\n"
        "2 | Kommunen lagar belysningen i Agnäs | Maj | Juni\n\n"
        "Kommentarer till tabell 1\n"
        "Löfte 2: Armaturerna kom en månad för sent.\n\n"
        "Tabell 2. Nyckeltal för trygghet\n\n"
        "Nyckeltal | Mål | Utfall\n"
        "Andel som känner sig trygga | 80 % | 77 %\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen kontrollerar mopeder vid skolan",
        "Kommunen lagar belysningen i Agnäs",
    ]


def test_a_reports_numbered_follow_up_after_its_statistics_reads_each_promise_but_governance() -> (
    None
):
    text = (
        "Lägesbild och uppföljning Malå 2027\n\n"
        "2. Lägesbild 2027\n\n"
        "Brott | 2025 | 2026 | 2027\n"
        "Skadegörelse | 30 | 28 | 25\n"
        "Stöld | 41 | 39 | 44\n\n"
        "3. Uppföljning av medborgarlöftets åtaganden\n\n"
        "Nr | Åtagande | Status | Kommentar\n"
        "1 | Polisen kontrollerar skotrar på sjön Malån varje vintermånad | Klart | Elva.\n"
        "2 | Löftet och uppföljningen publiceras på kommunens webbplats | Klart | I januari.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"]) for o in outcomes] == [
        ("Polisen kontrollerar skotrar på sjön Malån varje vintermånad", ["Klart | Elva."])
    ]


def test_a_news_item_that_tells_what_was_promised_in_the_past_follows_it_up() -> None:
    text = (
        "Vad blev det av löftet i Dorotea?\n\n"
        "Publicerad 20 januari 2028\n\n"
        "Löftena var tre. Polisen lovade att kontrollera skotertrafiken på sjön två helger i "
        "mars. Kommunen lovade att hålla simhallen öppen på fredagskvällar. Tillsammans skulle "
        "polisen och kommunen bjuda in till ett möte om bedrägerier.\n\n"
        "Kontrollerna blev av. Simhallen har haft öppet sedan hösten.\n\n"
        "Ett nytt medborgarlöfte för 2028 ska enligt kommunen skrivas under i april.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert extracted["promises"] == []
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen lovade att kontrollera skotertrafiken på sjön två helger i mars.",
        "Kommunen lovade att hålla simhallen öppen på fredagskvällar.",
        "Tillsammans skulle polisen och kommunen bjuda in till ett möte om bedrägerier.",
    ]


def test_a_follow_up_under_a_menu_of_its_sections_pages_follows_up_only_its_promises() -> None:
    text = (
        "Hem > Kommun och politik > Trygghet > Medborgarlöfte > Så gick det 2027\n\n"
        "I den här delen\nTrygghet och säkerhet\nMedborgarlöfte\n– Så gick det 2027\n"
        "– Medborgarlöfte 2028\nKrisberedskap\n\n"
        "Så gick det med medborgarlöftet 2027\n\n"
        "Löfte 1\nLöfte: Polisen ska kontrollera mopeder vid Noret.\nStatus: Genomfört\n\n"
        "Löfte 2\nLöfte: Kommunen ska tända belysningen i Zornparken.\nStatus: Genomfört\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Polisen ska kontrollera mopeder vid Noret.",
        "Kommunen ska tända belysningen i Zornparken.",
    ]


def test_a_follow_up_with_a_tick_or_a_cross_under_each_promise_told_in_the_past() -> None:
    text = (
        "Medborgarlöftet 2027 – klart och inte klart\n\n"
        "Här är vad vi lovade och om det blev klart.\n\n"
        "Polisen skulle patrullera i gästhamnen under sommarens helgkvällar.\n✔ Klart\n\n"
        "Kommunen skulle byta ut belysningen i Zornparken.\n"
        "✖ Inte klart – stolparna levererades för sent.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [
        (o["promise"], o["done"], [n["reason"] for n in o["not_done"]])
        for o in extracted["outcomes"]
    ] == [
        ("Polisen skulle patrullera i gästhamnen under sommarens helgkvällar.", ["Klart"], []),
        (
            "Kommunen skulle byta ut belysningen i Zornparken.",
            [],
            ["Inte klart – stolparna levererades för sent."],
        ),
    ]


def test_a_table_of_measures_with_a_column_for_what_came_of_them_is_followed_up() -> None:
    text = (
        "Brottsförebyggande rådet i Mora   Verksamhetsberättelse 2027\n\n"
        "4. Medborgarlöftet 2027\n\n"
        "Tabell 3. Uppföljning av medborgarlöftet 2027\n"
        "Åtgärd | Ansvarig | Utfall\n"
        "Kvällspatrullering till fots i centrala Mora | Polisen | Genomfört. 71 kvällar.\n"
        "Ny belysning i gångtunneln vid Noret | Kommunen | Delvis genomfört.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Kvällspatrullering till fots i centrala Mora",
        "Ny belysning i gångtunneln vid Noret",
    ]


def test_a_report_of_each_promise_with_its_goal_and_outcome_and_a_follow_ups_new_promises() -> None:
    report = (
        "Medborgarlöftet 2027 – måluppfyllelse per löfte\n\n"
        "Löfte 1\nPolisen skulle genomföra 20 trafikkontroller på riksväg 45.\n"
        "Mål: 20 kontroller. Utfall: 17 kontroller.\n\n"
        "Löfte 2\nKommunen skulle sätta upp kameror vid busstationen.\n"
        "Mål: i drift 1 september. Utfall: i drift 14 oktober.\n\n"
        "Löfte 3\nPolisen skulle hålla öppet hus på polisstationen två gånger.\n"
        "Mål: 2 tillfällen. Utfall: 1 tillfälle.\n"
    )
    followed_up = (
        "Startsida » Trygghet » Medborgarlöfte\n\nUppföljning av medborgarlöftet 2027\n\n"
        "Löfte: Polisen gör sex trafikkontroller på Åbyvägen.\nSå gick det: Åtta kontroller.\n\n"
        "Löfte: Kommunen håller fritidsgården öppen varannan lördag.\n"
        "Så gick det: Genomfört från april.\n\n"
        "Nytt medborgarlöfte 2028\nLöftet skrivs under i mars och gäller under 2028.\n"
        "Polisen lovar att:\n- göra nykterhetskontroller vid infarterna\n"
        "- hålla föreläsningar om bedrägerier\nKommunen lovar att:\n"
        "- anställa två fältassistenter\n"
    )

    assert len(_outcomes(report)) == 3
    extracted = extract(normalise(followed_up), REFERENCE)
    assert (extracted["kind"], extracted["period"]["end"]) == ("follow_up", "2027-12-31")


def test_a_follow_up_lists_the_promises_then_the_results_in_the_same_order() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2027\n\n"
        "Det här lovade vi\n"
        "1. Polisen skulle göra minst tio hastighetskontroller på Östgötagatan.\n"
        "2. Kommunen skulle starta en grupp vuxna som nattvandrar i centrum.\n\n"
        "Det här blev resultatet\n"
        "1. Tolv kontroller gjordes, de flesta på morgonen.\n"
        "2. Gruppen kom i gång i april och har i dag femton vuxna.\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Polisen skulle göra minst tio hastighetskontroller på Östgötagatan.",
        "Kommunen skulle starta en grupp vuxna som nattvandrar i centrum.",
    ]


def test_a_news_item_on_how_the_year_went_with_the_promises_in_its_fact_box() -> None:
    text = (
        "Medborgarlöftet i Orsa – så blev 2027\n\n"
        "Polisen och kommunen har gått igenom året och ser att det mesta blev av.\n\n"
        "Polisen har haft patrull i centrum 41 kvällar.\n\n"
        "– Vi har märkt att folk hälsar på ett annat sätt nu, säger kommunpolis Eva Sund.\n\n"
        "FAKTA: Medborgarlöftet i Orsa 2027\n"
        "Polisen lovade att\n- synas i Orsa centrum kvällstid\n"
        "Orsa kommun lovade att\n- hålla fritidsgården öppen på fredagskvällar\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "synas i Orsa centrum kvällstid",
        "hålla fritidsgården öppen på fredagskvällar",
    ]


def test_a_final_report_on_each_undertaking_with_who_was_responsible_and_its_state() -> None:
    text = (
        "MORA KOMMUN   RAPPORT   2028-02-08\n\n"
        "Slutrapport till Brottsförebyggande rådet\n\n"
        "Åtagande 1\nPolisen ska genomföra riktade insatser mot narkotika vid Noret.\n"
        "Ansvar: Lokalpolisområde Mora\nLäge: Genomfört. 46 insatser.\n\n"
        "Åtagande 2\nKommunen ska anställa två fältassistenter som arbetar kvällstid.\n"
        "Ansvar: Socialförvaltningen\nLäge: Delvis genomfört. En anställdes i augusti.\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Polisen ska genomföra riktade insatser mot narkotika vid Noret.",
        "Kommunen ska anställa två fältassistenter som arbetar kvällstid.",
    ]


def test_a_follow_up_year_by_year_reads_each_promise_over_its_years() -> None:
    text = (
        "Medborgarlöftet 2026–2027: så gick det år för år\n\n"
        "Löfte: Polisen ska kontrollera mopeder vid skolorna i Mora vid varje terminsstart.\n"
        "2026: Kontroller i januari och augusti.\n"
        "2027: Kontroller i januari.\n\n"
        "Löfte: Kommunen ska tända belysningen i Zornparken.\n"
        "2026: Belysningen beställdes.\n"
        "2027: Belysningen tändes i mars.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert extracted["promises"] == []
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen ska kontrollera mopeder vid skolorna i Mora vid varje terminsstart.",
        "Kommunen ska tända belysningen i Zornparken.",
    ]


def test_what_a_party_would_also_do_is_what_was_promised() -> None:
    text = (
        "Medborgarlöftet 2027 – så har det gått\n\n"
        "Kommunen lovade att tända belysningen i Zornparken.\n"
        "Resultat: Belysningen tändes i mars.\n\n"
        "Kommunen skulle dessutom ha fältarbetare ute vid busstationen på fredagskvällar.\n"
        "Resultat: Fältarbetarna var ute de flesta fredagar.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Kommunen lovade att tända belysningen i Zornparken.",
        "Kommunen skulle dessutom ha fältarbetare ute vid busstationen på fredagskvällar.",
    ]


def test_a_follow_up_numbering_each_promise_with_its_party_and_summing_them_up_in_a_grid() -> None:
    text = (
        "Medborgarlöfte 2028 – uppföljning delår 1 och helår\n\n"
        "Löfte 1 (Polisen)\n"
        "Polisen kontrollerar mopeder vid Ockelbo centrum varje vecka.\n\n"
        "Helår: 30 kontroller.\n\n"
        "Löfte 2 (Polisen och kommunen tillsammans)\n"
        "Polisen och kommunen går en trygghetsvandring i Åmot under hösten.\n\n"
        "Helår: Vandringen blev av i oktober.\n\n"
        "Sammanfattning\n\n"
        "Löfte 1 | Pågår | Nått\n"
        "Löfte 2 | Ej påbörjat | Nått\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [(o["promise"], o["done"]) for o in extracted["outcomes"]] == [
        ("Polisen kontrollerar mopeder vid Ockelbo centrum varje vecka.", ["30 kontroller."]),
        (
            "Polisen och kommunen går en trygghetsvandring i Åmot under hösten.",
            ["Vandringen blev av i oktober."],
        ),
    ]
    assert extracted["promises"] == []


def test_a_council_minutes_paragraph_that_follows_up_the_promise_makes_a_follow_up() -> None:
    text = (
        "BJUVS KOMMUN\nBrottsförebyggande rådet\nSammanträdesprotokoll 2028-01-25\n\n"
        "§ 8 Uppföljning av medborgarlöftet 2027\n\n"
        "Samordnaren gick igenom löftets punkter:\n\n"
        "a) Polisen skulle kontrollera mopeder vid stationen i Bjuv varje vecka.\n"
        "Kontrollerna gjordes hela året.\n\n"
        "b) Kommunen skulle hålla fritidsgården i Ekeby öppen på lördagar.\n"
        "Öppet sedan mars.\n\n"
        "§ 9 Övriga frågor\nInga.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen skulle kontrollera mopeder vid stationen i Bjuv varje vecka.",
        "Kommunen skulle hålla fritidsgården i Ekeby öppen på lördagar.",
    ]


def test_a_police_news_item_on_what_became_of_the_promise_lists_it_under_its_year() -> None:
    text = (
        "Polisen\nNyheter | Gävleborgs län\n\n"
        "Söderhamn: det här blev av med medborgarlöftet 2027\n\n"
        "Publicerad 20 januari 2028\n\n"
        "Löftet 2027 i korthet\n"
        "• Polisen är på plats vid Östra station på fredagskvällar.\n"
        "• Kommunen byter belysningen i Stadsparken.\n\n"
        "Fredagskvällarna\nPoliser fanns vid stationen nästan varje fredag.\n"
    )

    unmarked = text.replace("• ", "")

    for typed in (text, unmarked):
        extracted = extract(normalise(typed), REFERENCE)
        assert extracted["kind"] == "follow_up"
        assert [o["promise"] for o in extracted["outcomes"]] == [
            "Polisen är på plats vid Östra station på fredagskvällar.",
            "Kommunen byter belysningen i Stadsparken.",
        ]


def test_a_police_page_on_how_the_promise_became_tells_each_promise_in_the_past() -> None:
    text = (
        "Lokala nyheter\n\n"
        "Så blev medborgarlöftet i Svalöv\n\n"
        "Publicerad 22 januari 2028\n\n"
        "Trafiken\n"
        "I löftet stod det att polisen skulle göra två trafikkontroller i månaden i Teckomatorp. "
        "Det blev nio.\n\n"
        "Gångvägen\n"
        "Kommunen lovade att sätta upp belysning på gångvägen vid Kågeröd. Det är klart.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "I löftet stod det att polisen skulle göra två trafikkontroller i månaden i Teckomatorp.",
        "Kommunen lovade att sätta upp belysning på gångvägen vid Kågeröd.",
    ]


def test_a_report_in_the_past_that_never_quotes_the_promises_still_names_each() -> None:
    text = (
        "Återrapport: så höll vi vad vi lovade 2027\n\n"
        "Vi har under hela sommaren haft poliser till fots i Borgholm varje lördag, som vi "
        "lovade. Det blev lugnare.\n\n"
        "Löftet om att ge alla krogar i Borgholm en utbildning i alkoholservering höll vi "
        "också.\n\n"
        "I Löttorp hade vi sagt att polisen skulle träffa ungdomarna en gång i månaden. Det "
        "blev sju träffar.\n\n"
        "Vår bedömning: närvaron på stranden blev inte så stor som vi lovade, och "
        "kvällsöppet blev inte lika långt som vi hade lovat.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Vi har under hela sommaren haft poliser till fots i Borgholm varje lördag, som vi lovade.",
        "Löftet om att ge alla krogar i Borgholm en utbildning i alkoholservering höll vi också.",
        "I Löttorp hade vi sagt att polisen skulle träffa ungdomarna en gång i månaden.",
    ]


def test_a_halfway_report_and_a_page_whose_news_column_invites_to_a_walk() -> None:
    halfway = (
        "Halvtid i medborgarlöftet\n\n"
        "Läget efter ett år\n\n"
        "1. Polisen patrullerar i Kiruna centrum två kvällar i veckan.\n"
        "Där står vi nu: 40 av 52 veckor.\n\n"
        "Tidigare medborgarlöften\n"
        "Så gick det med medborgarlöftet 2024–2025 (pdf, 400 kB)\n"
    )
    page = (
        "Medborgarlöfte Tierp 2028\n\n"
        "Vi kommer att ordna två trygghetsvandringar i Söderfors under våren.\n\n"
        "Tidigare medborgarlöften\n"
        "Så gick det med medborgarlöftet 2026–2027 (pdf, 410 kB)\n\n"
        "Aktuellt\n\n"
        "Välkommen på vandring i Karlholm!\n"
        "Tisdag 13 maj kl. 18. Vi kommer att gå en runda och avsluta med fika.\n"
    )

    followed = extract(normalise(halfway), REFERENCE)
    assert followed["kind"] == "follow_up"
    assert [(o["promise"], o["done"]) for o in followed["outcomes"]] == [
        ("Polisen patrullerar i Kiruna centrum två kvällar i veckan.", ["40 av 52 veckor."])
    ]
    assert _promised(page) == [
        "Vi kommer att ordna två trygghetsvandringar i Söderfors under våren."
    ]


def test_a_reports_contents_and_introduction_do_not_hide_the_promises_followed_up() -> None:
    text = (
        "Uppföljning av medborgarlöfte 2027\n\n"
        "Innehåll\n"
        "1 Inledning ........ 1\n"
        "2 Löftena och resultatet ........ 1\n\n"
        "1 Inledning\n\n"
        "Rapporten följer upp löftet för 2027.\n\n"
        "2 Löftena och resultatet\n\n"
        "2.1 Polisen genomför narkotikainsatser vid Kils station varje månad\n\n"
        "Polisen gjorde 14 insatser.\n\n"
        "Status: Genomfört.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [o["promise"] for o in outcomes] == [
        "Polisen genomför narkotikainsatser vid Kils station varje månad"
    ]


def test_a_posts_status_halfway_is_how_the_promise_went_not_another_promise() -> None:
    text = (
        "Så gick det med medborgarlöftet 2027\n\n"
        "🛵 Löfte 1: Vi kontrollerar mopeder vid torget i Bromölla.\n"
        "✅ Klart! 20 kontroller.\n\n"
        "💡 Löfte 2: Kommunen sätter upp belysning vid Ivösjön.\n"
        "🟡 Halvvägs. Stolparna kommer i februari.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [o["promise"] for o in outcomes] == [
        "Löfte 1: Vi kontrollerar mopeder vid torget i Bromölla.",
        "Löfte 2: Kommunen sätter upp belysning vid Ivösjön.",
    ]


def test_an_agreement_with_a_housing_company_keeps_what_each_party_takes_on() -> None:
    text = (
        "TRYGGHETSÖVERENSKOMMELSE NORET\n\n"
        "Överenskommelse mellan\n– Mora kommun\n– Polismyndigheten, lokalpolisområde Mora\n"
        "– Morabostäder AB\n\n"
        "Gemensam inriktning\n"
        "Parterna är överens om att arbetet ska utgå från platser där problemen uppstår.\n\n"
        "Morabostäder AB åtar sig att\n"
        "– byta lås till kodlås på alla källardörrar under 2027,\n"
        "– ha bovärdar i tjänst till klockan 22 på vardagar.\n\n"
        "Polisen åtar sig att\n"
        "– prioritera utredning av anlagda bränder i området.\n\n"
        "Mora den 2 mars 2027\n\n"
        "Mora kommun\nAnna Berg, kommundirektör\n\n"
        "Polismyndigheten\nJonas Ek, lokalpolisområdeschef Mora\n\n"
        "Morabostäder AB\nPetra Lind, vd\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "agreement"
    assert [p["text"] for p in found["promises"]] == [
        "byta lås till kodlås på alla källardörrar under 2027,",
        "ha bovärdar i tjänst till klockan 22 på vardagar.",
        "prioritera utredning av anlagda bränder i området.",
    ]
    assert [s["name"] for s in found["signatories"]] == ["Anna Berg", "Jonas Ek", "Petra Lind"]


def test_a_short_line_that_says_what_is_promised_is_no_heading() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n"
        "Detta ska polisen och Mora kommun göra:\n\n"
        "Polisen lovar att genomföra minst tre särskilda trafikinsatser under året. "
        "Insatserna riktas mot rattfylleri och buskörning.\n"
        "Kommunen lovar att fortsätta med fältverksamhet i Noret\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"] for p in promises][1:] == [
        "Kommunen lovar att fortsätta med fältverksamhet i Noret"
    ]


# Who may act in a promise, and how it may be said: every pair is one promise, in a
# paragraph under "Våra löften" as in a list item.
ACTORS = (
    "Polisen", "Mora kommun", "Polismyndigheten", "Lokalpolisområde Mora", "Socialförvaltningen",
    "Kultur- och fritidsförvaltningen", "Räddningstjänsten", "Bostadsbolaget", "Skolan",
    "Fältgruppen", "Kommunpolisen", "Trygghetssamordnaren", "Vi", "Polisen och kommunen",
    "Kommunen tillsammans med polisen", "Parterna",
)  # fmt: skip
UNDERTAKINGS = (
    "ska genomföra trygghetsvandringar i Noret",
    "kommer att genomföra trygghetsvandringar i Noret",
    "genomför trygghetsvandringar i Noret", "ansvarar för trygghetsvandringar i Noret",
    "åtar sig att genomföra trygghetsvandringar i Noret",
    "planerar att gå trygghetsvandringar i Noret",
    "säkerställer att trygghetsvandringar genomförs i Noret",
    "erbjuder föräldrar utbildning i Noret", "prioriterar trygghetsvandringar i Noret",
)  # fmt: skip
# What the same actors say that promises nothing, before the promises or among them; and
# a company's name that ends as a verb does ("Morabostäder vill se ...").

NOT_UNDERTAKINGS = (
    "har genomfört trygghetsvandringar i Noret", "vill se fler trygghetsvandringar i Noret",
    "upplever att Noret är otryggt på kvällarna", "har ett ansvar för tryggheten i Noret",
    "kan inte lova fler poliser i Noret", "hoppas att fler går trygghetsvandringar i Noret",
    "följer upp löftet om Noret två gånger per år", "behöver hjälp från boende i Noret",
)  # fmt: skip
PAGE = (
    "Medborgarlöfte Mora 2027\n\n{before}Våra löften\n\n- Polisen ska kontrollera mopeder vid "
    "skolan.\n\n{among}Kontakt\nAnna Berg, 0250-260 00\n"
)


def _takes_noret(before: str = "", among: str = "") -> bool:
    text = PAGE.format(before=before, among=among)
    return any("Noret" in p["text"] for p in extract(normalise(text), REFERENCE)["promises"])


def test_any_actor_undertaking_in_any_of_the_usual_ways_is_a_promise() -> None:
    missed = [
        f"{actor} {undertaking}."
        for actor in ACTORS
        for undertaking in UNDERTAKINGS
        for among in (f"{actor} {undertaking}.\n\n", f"- {actor} {undertaking}.\n\n")
        if not _takes_noret(among=among)
    ]
    assert missed == []


def test_what_an_actor_has_done_wants_or_hopes_is_no_promise() -> None:
    taken = [
        f"{actor} {said}."
        for actor in (*ACTORS, "Morabostäder")
        for said in NOT_UNDERTAKINGS
        for page in (
            {"before": f"Bakgrund\n\n{actor} {said}.\n\n"},
            {"among": f"{actor} {said}.\n\n"},
        )
        if _takes_noret(**page)
    ]
    assert taken == []


# Lines that open a list of promises, after a background that is none, and items as
# promises are written in such lists: a verb, "Att ...", a party doing, a noun phrase.
LIST_INTROS = (
    "Det här ska vi göra:", "Vi lovar att:", "Polisen och kommunen åtar sig att:",
    "Aktiviteter:", "Åtgärder", "Vi kommer att:", "För 2027 lyder löftet:",
    "Löftet innebär att vi ska:", "Under året kommer vi att:", "Vårt löfte till dig:",
    "Detta gör vi:", "Så här ska vi arbeta:", "Våra åtaganden:", "Insatser 2027",
    "Vad lovar vi?", "Polisen och Mora kommun lovar följande:", "Vi lovar dig det här:",
    "Våra löften till er", "Konkreta åtgärder:", "Kommunen ska:", "Tillsammans ska vi:",
    "Vi har enats om att:", "Under 2027 gör vi följande:", "Det här lovar vi:", "Löften",
)  # fmt: skip
# A title names the document, and a line without its colon may lead into a sentence: the
# items under them are promises when they say what is done.
INTROS_FOR_ACTIONS = (
    "Medborgarlöfte 2027", "Löftet 2027", "Polisen kommer att",
    "Detta ska polisen och kommunen göra",
)  # fmt: skip
ACTION_ITEMS = (
    "patrullera i Noret varje fredag", "Patrullera i Noret varje fredag",
    "Att patrullera i Noret varje fredag", "Polisen patrullerar i Noret varje fredag",
)  # fmt: skip
NOUN_ITEMS = (
    "Fotpatrullering i Noret varje fredag", "Fler poliser i Noret på fredagar",
    "Trygghetsvandringar i Noret två gånger per år", "Bättre belysning i Noret",
)  # fmt: skip
LIST_PAGE = (
    "Medborgarlöfte Mora 2027\n\nBakgrund\n\nMånga boende känner sig otrygga i centrum på "
    "kvällarna enligt enkäten.\n\n{intro}\n\n- {item}\n- Kommunen sätter upp kameror vid "
    "stationen\n\nKontakt\nAnna Berg, 0250-260 00\n"
)


def test_every_usual_introduction_opens_a_list_of_promises_whatever_their_form() -> None:
    pairs = [(intro, item) for intro in LIST_INTROS for item in (*ACTION_ITEMS, *NOUN_ITEMS)]
    pairs += [(intro, item) for intro in INTROS_FOR_ACTIONS for item in ACTION_ITEMS]
    missed = [
        (intro, item)
        for intro, item in pairs
        if not any(
            "Noret" in p["text"]
            for p in extract(normalise(LIST_PAGE.format(intro=intro, item=item)), REFERENCE)[
                "promises"
            ]
        )
    ]
    assert missed == []


# Lines that open a list of something else, under the promises: its items are none.
OTHER_LIST_INTROS = (
    "Problemen vi ser är:", "Fokusområden:", "Vidtagna åtgärder:", "Genomförda insatser:",
    "Det här har vi gjort:", "Lägesbilden visar:", "Boende har berättat om:",
    "Tidigare åtgärder:", "Invånarna ville ha:", "Det här har hänt:", "Syftet är:",
    "Förväntade effekter:", "Målen är:", "Det här kan du göra:", "Vi vill uppnå:",
    "Enkäten visade:", "Följande områden upplevs som otrygga:", "Så här följer vi upp:",
)  # fmt: skip
OTHER_LIST_PAGE = (
    "Medborgarlöfte Mora 2027\n\nVåra löften\n\n- Polisen ska kontrollera mopeder vid "
    "skolan.\n\n{intro}\n\n- {item}\n- Mer trygghet vid stationen\n\n"
    "Kontakt\nAnna Berg, 0250-260 00\n"
)


def test_a_list_that_its_own_introduction_says_is_something_else_holds_no_promises() -> None:
    taken = [
        (intro, item)
        for intro in OTHER_LIST_INTROS
        for item in NOUN_ITEMS
        if any(
            "Noret" in p["text"]
            for p in extract(normalise(OTHER_LIST_PAGE.format(intro=intro, item=item)), REFERENCE)[
                "promises"
            ]
        )
    ]
    assert taken == []


# How a news item states a promise in its running text, and what it says besides.
NEWS_PROMISES = (
    "Polisen lovar att patrullera i Noret varje fredag.",
    "Bland annat ska polisen patrullera i Noret varje fredag.",
    "I löftet ingår att polisen ska patrullera i Noret varje fredag.",
    "Enligt löftet ska polisen patrullera i Noret varje fredag.",
    "Löftet går ut på att polisen ska patrullera i Noret varje fredag.",
    "Det handlar bland annat om att polisen ska patrullera i Noret varje fredag.",
    "Polisen kommer bland annat att patrullera i Noret varje fredag.",
    "Konkret innebär löftet att polisen patrullerar i Noret varje fredag.",
    "Polisen har lovat att patrullera i Noret varje fredag.",
    "Kommunen har åtagit sig att sätta upp kameror i Noret.",
    "Dessutom ska kommunen sätta upp kameror i Noret.",
    "Medborgarlöftet innebär att polisen ska patrullera i Noret varje fredag.",
    "Därför kommer polisen att patrullera i Noret varje fredag.",
    "Nytt för i år är att polisen patrullerar i Noret varje fredag.",
    "En av insatserna är att polisen patrullerar i Noret varje fredag.",
    "Polisen ska enligt löftet patrullera i Noret varje fredag.",
    "Kommunpolisen Anna Berg berättar att polisen ska patrullera i Noret varje fredag.",
    "Kommunen lovar också fler trygghetsvandringar i Noret.",
)
NEWS_NOT_PROMISES = (
    "Polisen har genomfört trygghetsvandringar i Noret.",
    "Förra året lovade polisen att patrullera i Noret.",
    "Syftet är att polisen ska synas mer i Noret.",
    "Tanken är att boende i Noret ska känna sig tryggare.",
    "Problemet är att polisen saknar resurser i Noret.",
    "Kommunen har tidigare satt upp kameror i Noret.",
    "Förhoppningen är att fler ska anmäla brott i Noret.",
    "Målet är att polisen ska synas mer i Noret.",
    "Polisen kan inte vara på plats i Noret varje kväll.",
    "Kommunen vill se fler vuxna i Noret.",
    "Resultatet är att polisen nu finns i Noret oftare.",
    "Löftet ska följas upp i Noret i december.",
    "Polisen och kommunen har kommit överens om att samarbeta kring Noret.",
    "Vi hoppas att fler går med i grannsamverkan i Noret.",
    "Kommunen har ansvar för belysningen i Noret.",
    "Du kan anmäla brott i Noret på polisen.se.",
)
NEWS_PAGE = (
    "Mora kommun\nNyheter\n\nNytt medborgarlöfte för ett tryggare Mora\n"
    "Publicerad 12 januari 2027\n\nMora kommun och polisen har skrivit under ett nytt "
    "medborgarlöfte för 2027. Polisen ska patrullera vid stationen varje fredag.\n\n"
    "{sentence}\n\nDela | Skriv ut\n"
)


def _news_takes_noret(sentence: str) -> bool:
    found = extract(normalise(NEWS_PAGE.format(sentence=sentence)), REFERENCE)
    return any("Noret" in p["text"] for p in found["promises"])


def test_a_news_item_states_a_promise_in_any_of_the_usual_ways() -> None:
    assert [s for s in NEWS_PROMISES if not _news_takes_noret(s)] == []


def test_a_news_items_aims_background_and_advice_are_no_promises() -> None:
    assert [s for s in NEWS_NOT_PROMISES if _news_takes_noret(s)] == []


def test_a_page_titled_under_its_kommuns_name_that_agreed_on_focus_areas_promises() -> None:
    text = (
        "Mora kommun\nKommun och politik > Trygghet > Medborgarlöfte\n\n"
        "Medborgarlöfte Mora 2027\n\n"
        "Lokalpolisområde Mora och Mora kommun har kommit överens om två fokusområden.\n\n"
        "Under 2027 gör vi följande\n\n"
        "Fokusområde 1: Trygg utemiljö i Noret\n"
        "  a) Röja sly längs gångvägen mellan Noret och idrottshallen.\n"
        "     Ansvarig: Samhällsbyggnadsförvaltningen\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "promise_set"
    assert [p["text"] for p in found["promises"]] == [
        "Röja sly längs gångvägen mellan Noret och idrottshallen."
    ]


def test_a_follow_ups_promise_that_the_parties_should_keep_together() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2027\n\n"
        "Löfte 3\n"
        "Polis och kommun skulle gemensamt hålla trafikkontroller vid Noret skola.\n"
        "Resultat: Åtta kontroller genomfördes under året.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [o["promise"] for o in outcomes] == [
        "Polis och kommun skulle gemensamt hålla trafikkontroller vid Noret skola."
    ]


# What a follow-up, an agreement and a promise set call themselves, and what they hold.
FOLLOW_UP_TITLES = (
    "Uppföljning medborgarlöfte 2026", "Så gick det – medborgarlöfte Mora 2026",
    "Resultat av medborgarlöftet 2026", "Återrapportering av medborgarlöftet 2026",
    "Redovisning av medborgarlöftet 2026", "Utvärdering av medborgarlöftet 2026",
    "Medborgarlöftet 2026 – en tillbakablick", "Årsrapport: medborgarlöfte Mora 2026",
    "Slutrapport medborgarlöfte 2026", "Halvårsrapport medborgarlöfte 2026",
    "Hur gick det med medborgarlöftet 2026?", "Så har vi hållit vårt löfte 2026",
    "Medborgarlöftet 2026 har följts upp", "Uppföljning av löftena 2026",
)  # fmt: skip
FOLLOW_UP_BODIES = (
    "Polisen lovade att patrullera i Noret varje fredag. Det blev 40 pass under året.\n\n"
    "Kommunen lovade att tända belysningen i parken. Lamporna sattes upp i maj.",
    "Löfte 1: Polisen ska patrullera i Noret varje fredag.\nResultat: Genomfört, 40 pass.\n\n"
    "Löfte 2: Kommunen ska tända belysningen i parken.\nResultat: Genomfört i maj.",
)
AGREEMENT_TITLES = (
    "Samverkansöverenskommelse mellan Mora kommun och Polisen 2027–2028",
    "Överenskommelse om samverkan 2027–2028", "Samverkansavtal Mora kommun och Polismyndigheten",
    "Avsiktsförklaring om samverkan mot brott i Mora",
    "Samarbetsavtal mellan Mora kommun och Lokalpolisområde Mora",
    "Överenskommelse mellan Mora kommun och Polisen",
)  # fmt: skip
AGREEMENT_BODY = (
    "1. Parter\nMora kommun och Polismyndigheten, lokalpolisområde Mora.\n\n2. Syfte\n"
    "Parterna ska samverka för att minska brottsligheten.\n\n3. Åtaganden\n"
    "Polisen åtar sig att patrullera i Noret varje fredag.\n"
    "Kommunen åtar sig att tända belysningen i parken."
)
PROMISE_SET_TITLES = (
    "Medborgarlöfte Mora 2027", "Medborgarlöften för Mora kommun 2027–2028",
    "Polisen och kommunen lovar ett tryggare Mora", "Nytt medborgarlöfte för Mora",
)  # fmt: skip
PROMISE_SET_BODY = (
    "Medborgarlöftet är en del av samverkansöverenskommelsen mellan kommunen och polisen.\n\n"
    "Vi lovar att:\n- patrullera i Noret varje fredag\n- tända belysningen i parken"
)


def test_every_usual_title_tells_the_documents_kind() -> None:
    documents = [
        *((title, body, "follow_up") for title in FOLLOW_UP_TITLES for body in FOLLOW_UP_BODIES),
        *((title, AGREEMENT_BODY, "agreement") for title in AGREEMENT_TITLES),
        *((title, PROMISE_SET_BODY, "promise_set") for title in PROMISE_SET_TITLES),
    ]
    wrong = [
        (title, kind)
        for title, body, kind in documents
        if extract(normalise(f"{title}\n\n{body}\n"), REFERENCE)["kind"] != kind
    ]
    assert wrong == []


def test_a_two_year_promise_looked_back_on_after_its_first_year_is_followed_up() -> None:
    text = (
        "Medborgarlöftet 2026–2027: så har första året gått\n\n"
        "Löftet gäller till den 31 december 2027. Här berättar vi vad som är gjort.\n\n"
        "Trafik\nLöftet: Polisen ska genomföra hastighetskontroller på Noretvägen.\n"
        "Efter ett år: Nio kontroller.\n\n"
        "Fritidsgård\nLöftet: Kommunen ska hålla fritidsgården öppen på fredagar.\n"
        "Efter ett år: Öppnade i augusti.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert (extracted["kind"], extracted["period"]["end"]) == ("follow_up", "2027-12-31")


def test_a_post_titled_with_its_year_and_emojis_reports_on_what_was_promised() -> None:
    text = (
        "Polisen Dalarna\n14 januari 2027 · 🌍\n\n"
        "MEDBORGARLÖFTET I MORA – SÅ GICK DET 2026 👮⚓\n\n"
        "Förra våren lovade vi och kommunen några saker. Nu vill vi berätta hur det gick!\n\n"
        "🚓 Vi lovade att synas mer i Noret under sommarhelgerna. Det gjorde vi!\n\n"
        "💡 Kommunen lovade att se över belysningen vid busshållplatserna. Fyra är klara.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"].split(".")[0] for o in extracted["outcomes"]] == [
        "Vi lovade att synas mer i Noret under sommarhelgerna",
        "Kommunen lovade att se över belysningen vid busshållplatserna",
    ]


def test_a_news_item_tells_a_promise_its_quote_and_then_what_came_of_it() -> None:
    text = (
        "Kommunpolisen om löftet: ”Fotpatrullerna gjorde skillnad”\n\n"
        "Polisen och kommunen lovade fem saker för 2026.\n\n"
        "Av Sara Holm\nPublicerad 18 januari 2027 kl. 06.00\n\n"
        "I löftet lovade polisen att patrullera till fots i Noret på fredagskvällar.\n"
        "– Det är det som har gjort störst skillnad, säger kommunpolisen Tobias Ek.\n\n"
        "Enligt polisens egen sammanställning blev det 68 kvällar med fotpatrull.\n\n"
        "Kommunen skulle också sätta upp belysning i parken. Det arbetet blev klart i oktober.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    outcomes = [
        (o["promise"].split(".")[0], o["done"], o["focus_area"]) for o in extracted["outcomes"]
    ]
    assert outcomes[0] == (
        "I löftet lovade polisen att patrullera till fots i Noret på fredagskvällar",
        ["Enligt polisens egen sammanställning blev det 68 kvällar med fotpatrull."],
        "Kommunpolisen om löftet: ”Fotpatrullerna gjorde skillnad”",
    )
    assert len(outcomes) == 2


def test_a_partys_promises_under_its_intro_each_over_what_came_of_it_are_followed_up() -> None:
    text = (
        "Medborgarlöftet 2026 – så blev det\n\n"
        "Nedan står vad varje part lovade och hur det gick.\n\n"
        "Polisen lovade att\n\nvara synlig vid Noret på kvällar och helger\n"
        "Så blev det: Polisen var på plats 96 gånger.\n\n"
        "kontrollera mopeder på vägarna runt Noret\n"
        "Så blev det: Tolv kontroller med 140 fordon.\n\n"
        "Kommunen lovade att\n\nlaga trasig gatubelysning inom två veckor\n"
        "Så blev det: I 81 procent av fallen.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["parties"], o["done"]) for o in outcomes] == [
        (
            "Polisen lovade att vara synlig vid Noret på kvällar och helger",
            ["police"],
            ["Polisen var på plats 96 gånger."],
        ),
        (
            "kontrollera mopeder på vägarna runt Noret",
            ["police"],
            ["Tolv kontroller med 140 fordon."],
        ),
        (
            "Kommunen lovade att laga trasig gatubelysning inom två veckor",
            ["municipality"],
            ["I 81 procent av fallen."],
        ),
    ]


def test_what_came_of_the_promises_under_so_har_blev_det_is_none_of_them() -> None:
    text = (
        "Hur gick det med medborgarlöftet 2026?\n\nDet här lovade vi:\n"
        "- Polisen skulle göra fler hastighetskontroller i Noret\n"
        "- Polisen skulle synas mer i centrum på helgkvällarna\n\n"
        "Så här blev det:\n✅ 15 fartkontroller i Noret\n"
        "✅ Polisbil i centrum de flesta fredagar och lördagar\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [o["promise"] for o in outcomes] == [
        "Polisen skulle göra fler hastighetskontroller i Noret",
        "Polisen skulle synas mer i centrum på helgkvällarna",
    ]


def test_an_agreements_annex_after_its_signatures_holds_its_promises() -> None:
    text = (
        "Samverkansöverenskommelse mellan Mora kommun och Polisen 2027–2030\n\n"
        "1. Syfte och mål\nParterna har enats om följande mål:\n"
        "- Färre unga ska dras in i kriminalitet.\n\n"
        "2. Giltighetstid\nÖverenskommelsen gäller till och med den 31 december 2030.\n\n"
        "Mora den 28 januari 2027\n\nAnna Berg\nKommunstyrelsens ordförande\n\n"
        "Bilagor\n1. Medborgarlöfte 2027\n\n"
        "Bilaga 1\nMedborgarlöfte 2027 – Mora kommun och Polisen\n\n"
        "Polisen lovar att:\n• göra hastighetskontroller vid skolorna i Noret,\n"
        "• besöka alla klasser i årskurs 8.\n\n"
        "Tillsammans lovar vi att:\n"
        "• redovisa hur arbetet med löftet går i brottsförebyggande rådet.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "agreement"
    assert [p["text"] for p in extracted["promises"]] == [
        "göra hastighetskontroller vid skolorna i Noret,",
        "besöka alla klasser i årskurs 8.",
    ]


def test_a_minutes_list_under_enligt_loftet_skulle_without_markers_is_followed_up() -> None:
    text = (
        "§ 4 Uppföljning av medborgarlöfte 2026\n"
        "Kommunpolisen redovisar hur det har gått med medborgarlöftet för 2026.\n\n"
        "Enligt löftet skulle\n"
        "polisen genomföra hastighetskontroller på Torggatan minst en gång i månaden,\n"
        "kommunen röja sly längs gångstigen vid Kungsgatan,\n"
        "kommunen sätta upp belysning vid badplatsen i Noret.\n\n"
        "Redovisningen i korthet\nKontrollerna har gjorts varje månad utom i juli.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "polisen genomföra hastighetskontroller på Torggatan minst en gång i månaden,",
        "kommunen röja sly längs gångstigen vid Kungsgatan,",
        "kommunen sätta upp belysning vid badplatsen i Noret.",
    ]


def test_a_news_item_that_lists_what_both_promised_for_a_year_then_how_it_went() -> None:
    text = (
        "Löftena granskade: två av två blev av\n\n"
        "Av Lisa Holm\nPublicerad 18 januari 2027 kl. 06.00\n\n"
        "Det här lovade polisen och kommunen för 2026:\n"
        "• Polisen ska göra hastighetskontroller i Noret minst en gång i månaden.\n"
        "• Kommunen ska anställa en fältsekreterare på heltid.\n\n"
        "Så gick det:\n\nHastigheten: Polisen har gjort 13 kontroller.\n\n"
        "Fältsekreteraren: Tjänsten tillsattes i maj.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert (extracted["kind"], extracted["promises"]) == ("follow_up", [])
    assert len(extracted["outcomes"]) == 2


def test_a_page_asking_vad_lovade_vi_over_each_partys_list_follows_them_up() -> None:
    text = (
        "Medborgarlöftet 2026 – har tryggheten ökat?\n\n"
        "Under 2026 hade Mora kommun och polisen ett gemensamt medborgarlöfte.\n\n"
        "Vad lovade vi?\nPolisen skulle:\n- öka närvaron vid torget på helgnätter\n"
        "Kommunen skulle:\n- klippa ner buskage längs gångstråken i Noret\n\n"
        "Det här gjorde vi\nPolisen har haft patruller vid torget de flesta helgnätter. "
        "Kommunen har röjt buskage på sju platser.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert (extracted["kind"], extracted["promises"]) == ("follow_up", [])
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "öka närvaron vid torget på helgnätter",
        "klippa ner buskage längs gångstråken i Noret",
    ]


def test_a_promise_stated_right_over_its_result_is_no_item_of_a_list() -> None:
    text = (
        "Verksamhetsberättelse 2026\n\n4. Medborgarlöfte 2026 – uppföljning\n"
        "Löftet gällde under 2026.\n\n4.1 Polisens åtaganden\n"
        "Polisen åtog sig att genomföra trafikkontroller i Noret minst fyra gånger.\n"
        "Utfall: Sex kontroller genomfördes, de flesta vid skolan.\n\n"
        "Polisen åtog sig även att finnas på plats vid skolavslutningen.\n"
        "Utfall: Två poliser fanns på plats.\n\n4.2 Kommunens åtaganden\n"
        "Kommunen åtog sig att anordna en föräldraträff om droger.\n"
        "Utfall: Träffen hölls i november.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert (extracted["kind"], extracted["promises"]) == ("follow_up", [])
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen åtog sig att genomföra trafikkontroller i Noret minst fyra gånger.",
        "Polisen åtog sig även att finnas på plats vid skolavslutningen.",
        "Kommunen åtog sig att anordna en föräldraträff om droger.",
    ]


def test_a_reports_numbered_section_that_names_a_party_opens_its_list() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n3 Löften\n\n3.1 Polisen ska\n"
        "a) patrullera till fots vid resecentrum under helgkvällar,\n"
        "b) delta på föräldramöten i årskurs 7.\n\n3.2 Mora kommun ska\n"
        "a) byta ut belysningen längs Noret före hösten 2027.\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [(p["text"], p["parties"]) for p in promises] == [
        ("patrullera till fots vid resecentrum under helgkvällar,", ["police"]),
        ("delta på föräldramöten i årskurs 7.", ["police"]),
        ("byta ut belysningen längs Noret före hösten 2027.", ["municipality"]),
    ]


def test_an_agreement_titled_under_its_kommuns_name_with_its_years() -> None:
    text = (
        "Mora kommun\nSamverkansöverenskommelse och medborgarlöften 2027–2029\n"
        "mellan Mora kommun och Polisen, lokalpolisområde Mora\n\n"
        "§ 4 Åtaganden\nPolisen åtar sig att\n- patrullera vid Noret varje fredag.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "agreement"
    assert found["period"]["end"] == "2029-12-31"


def test_a_titles_year_on_a_line_of_its_own_is_surer_than_years_in_the_background() -> None:
    text = (
        "Region Gotland\n\nMEDBORGARLÖFTE 2027\n\nBakgrund\nUnderlaget är polisens analys av "
        "anmälningar under 2025 och 2026.\n\nPolisen ska patrullera i Visby varje helg.\n"
    )

    assert extract(normalise(text), REFERENCE)["period"]["end"] == "2027-12-31"


def test_a_focus_areas_passive_is_what_is_done_and_telling_how_it_goes_is_not() -> None:
    text = (
        "Medborgarlöften i Mora kommun 2027\n\nVarför behövs ett löfte?\n"
        "Stölderna från fritidshus ökade förra året.\n\n"
        "Fokusområde 2: Trafiken i centrum\n"
        "Störande körning på Vasagatan motverkas genom regelbundna kontroller.\n\n"
        "Det här är inget som försvinner i en byrålåda. Vi berättar i tidningen och här på "
        "webben hur det går, och i november bjuder vi in till ett nytt möte.\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"] for p in promises] == [
        "Störande körning på Vasagatan motverkas genom regelbundna kontroller."
    ]


def test_a_report_back_with_what_each_party_took_on_and_its_figures() -> None:
    text = (
        "Återrapportering: medborgarlöfte Mora 2026\n\n"
        "A. Kommunen åtog sig att sätta upp fyra nya kameror vid Noret.\n"
        "   Gjort: Två kameror är monterade.\n\n"
        "3. Utvecklingen i siffror\n\n"
        "Anmälda brott i Mora totalt        2025: 2 310   2026: 2 187\n"
        "Andel trygga i centrum kvällstid   2025:   61 %  2026:   66 %\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"]) for o in outcomes] == [
        (
            "Kommunen åtog sig att sätta upp fyra nya kameror vid Noret.",
            ["Två kameror är monterade."],
        )
    ]


def test_an_agreement_of_four_parties_under_their_names() -> None:
    text = (
        "Mora kommun\nÖverenskommelse om trygghet i Noret 2027–2028\n\n"
        "Parternas åtaganden\n\nMora kommun\n"
        "    Fältsekreterare arbetar kvällstid i Noret sju dagar i veckan.\n\n"
        "Kommunikation\nParterna informerar gemensamt om överenskommelsen på svenska och "
        "arabiska genom lokala föreningar.\n\n"
        "Mora 2027-02-12\n\nMora kommun:\nAnna Berg, kommunstyrelsens ordförande\n\n"
        "Morabostäder AB:\nPetra Lind, vd\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Fältsekreterare arbetar kvällstid i Noret sju dagar i veckan."
    ]
    assert [s["name"] for s in found["signatories"]] == ["Anna Berg", "Petra Lind"]


def test_handing_over_the_promise_is_no_promise() -> None:
    text = (
        "MORA KOMMUN\nMedborgarlöfte 2027\n\nMora kommun och Polisen i lokalpolisområde Mora "
        "lämnar här sitt medborgarlöfte för 2027.\n\nPolisen och kommunen har enats om "
        "följande insatser:\n\nI. Störande mopedkörning i centrum motverkas genom kontroller.\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"] for p in promises] == [
        "Störande mopedkörning i centrum motverkas genom kontroller."
    ]


# How a follow-up tells what was promised, and under which titles.
FOLLOWED_UP = (
    "Polisen lovade att patrullera i Noret varje fredag. Det blev 40 pass.",
    "Löftet var att polisen skulle patrullera i Noret varje fredag. Det blev 40 pass.",
    "Vi sa att polisen skulle patrullera i Noret varje fredag. Det blev 40 pass.",
    "Kommunen hade åtagit sig att tända belysningen i Noret. Lamporna kom upp i maj.",
    "Det vi lovade: Polisen patrullerar i Noret varje fredag.\nSå gick det: 40 pass.",
    "Löfte: Polisen patrullerar i Noret varje fredag.\nStatus: Genomfört.",
    "Polisen skulle patrullera i Noret varje fredag. Det blev 40 pass.",
    "Vi lovade fler poliser i Noret på fredagar. Det blev 40 pass.",
    "Kommunen och polisen lovade gemensamt att gå trygghetsvandringar i Noret. Tre blev av.",
    "I löftet ingick att polisen skulle patrullera i Noret varje fredag. Det blev 40 pass.",
    "Polisen hade lovat att patrullera i Noret varje fredag. Det blev 40 pass.",
    "Ett av löftena var att kommunen skulle tända belysningen i Noret. Det gjordes i maj.",
    "Ett annat löfte var att kommunen skulle tända belysningen i Noret. Det gjordes i maj.",
    "Kommunen åtog sig att tända belysningen i Noret. Det gjordes i maj.",
    "»Polisen patrullerar i Noret varje fredag.«\nDet blev 40 pass.",
    "1. Polisen patrullerar i Noret varje fredag – genomfört",
    "Polisen patrullerar i Noret varje fredag | Genomfört | 40 pass",
)


def test_a_follow_up_tells_what_was_promised_in_any_of_the_usual_ways() -> None:
    wrong = []
    for told in FOLLOWED_UP:
        for title in ("Uppföljning av medborgarlöftet 2026", "Så gick det 2026"):
            text = f"{title}\n\nHär berättar vi hur det gick med förra årets löfte.\n\n{told}\n"
            found = extract(normalise(text), REFERENCE)
            if not (
                found["kind"] == "follow_up"
                and any("Noret" in o["promise"] for o in found["outcomes"])
                and not any("Noret" in p["text"] for p in found["promises"])
            ):
                wrong.append((title, told))
    assert wrong == []


# The heads of a table of activities, in the orders and words kommuner use.
TABLE_HEADS = (
    ("Aktivitet", "Ansvarig", "När"), ("Vad", "Vem", "När"), ("Insats", "Ansvar", "Tidsplan"),
    ("Åtgärd", "Ansvarig part", "Klart"), ("Löfte", "Ansvarig", "Tidplan"),
    ("Vad vi gör", "Vem", "När"), ("Aktivitet", "Huvudansvarig", "Period"),
    ("Åtagande", "Part", "Tid"),
)  # fmt: skip


@pytest.mark.parametrize("separator", [" | ", "\t", "    "])
def test_every_usual_table_of_activities_gives_its_rows(separator: str) -> None:
    wrong = []
    for head in TABLE_HEADS:
        rows = [
            separator.join(head),
            separator.join(("Fotpatrullering i Noret", "Polisen", "Fredagar")),
            separator.join(("Ny belysning i Zornparken", "Kommunen", "Våren 2027")),
        ]
        text = (
            "Medborgarlöfte Mora 2027\n\nBakgrund\nMånga känner sig otrygga i Noret.\n\n"
            "Så här ska vi arbeta\n\n" + "\n".join(rows) + "\n\nKontakt\nAnna Berg\n"
        )
        promises = extract(normalise(text), REFERENCE)["promises"]
        if [p["text"].split(" | ")[0] for p in promises] != [
            "Fotpatrullering i Noret",
            "Ny belysning i Zornparken",
        ]:
            wrong.append(head)
    assert wrong == []


def test_a_table_row_wrapped_in_its_cells_is_one_promise() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\nVåra åtaganden\n\n"
        "Område | Vad vi gör | Vem | När\n"
        "Unga | Fältsekreterare och | Mora kommun | Fredagar\n"
        "polisens ungdomsgrupp går | och Polisen | och\n"
        "Trafik | Polisen kontrollerar farten vid Noret | Polisen | Våren\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"].split(" | ")[0] for p in promises] == ["Unga", "Trafik"]


# The markers lists are drawn with: Word's Symbol and Wingdings bullets, arrows, squares,
# letters and numbers.
LIST_MARKERS = (
    "•", "◦", "▪", "■", "●", "○", "‣", "∙", "·", "➢", "➤", "►", "▶", "✓", "✔", "-", "–", "—",
    "*", "+", "o", "\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "\uf0fc", "1.", "1)", "a)", "A.",
    "(1)", "→", "□", "☐", "◆", "♦", "\u2043", "◾", "◼", "▫", "❖",
)  # fmt: skip


@pytest.mark.parametrize("marker", LIST_MARKERS)
def test_a_list_drawn_with_any_usual_marker_gives_its_items(marker: str) -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\nBakgrund\nMånga känner sig otrygga.\n\nVi lovar att:\n\n"
        f"{marker} patrullera i Noret varje fredag\n{marker} tända belysningen i Zornparken\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"] for p in promises] == [
        "patrullera i Noret varje fredag",
        "tända belysningen i Zornparken",
    ]


def test_a_list_that_lost_its_markers_under_measures_of_a_year() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\nBakgrund\n\nMånga känner sig otrygga i centrum på "
        "kvällarna enligt enkäten.\n\nInsatser 2027\n\nFotpatrullering i Noret varje fredag\n"
        "Bättre belysning i Zornparken\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"] for p in promises] == [
        "Fotpatrullering i Noret varje fredag",
        "Bättre belysning i Zornparken",
    ]


# The labels a line of who is responsible is given under a promise written short.
OWNER_LABELS = (
    "Ansvarig", "Ansvar", "Ansvarig part", "Vem", "Huvudansvarig", "Ansvariga", "Utförare",
    "Ansvarig aktör",
)  # fmt: skip
SHORT_PROMISES = (
    "Fotpatrullering i Noret varje fredag", "Trygghetsvandringar i Noret två gånger per år",
    "Patrullera i Noret varje fredag", "Bättre belysning i Noret",
    "Polisen patrullerar i Noret varje fredag.",
)  # fmt: skip


def test_a_short_promise_over_any_usual_line_of_who_is_responsible() -> None:
    wrong = []
    for label in OWNER_LABELS:
        for promise in SHORT_PROMISES:
            for when in ("", "När: Hela året\n"):
                text = (
                    "Medborgarlöfte Mora 2027\n\nBakgrund\nMånga känner sig otrygga i Noret.\n\n"
                    f"Våra åtaganden\n\n{promise}\n{label}: Polisen\n{when}\n"
                    f"Skyltar om stöldrisk vid stationen\n{label}: Kommunen\n"
                )
                texts = [p["text"] for p in extract(normalise(text), REFERENCE)["promises"]]
                if texts != [promise, "Skyltar om stöldrisk vid stationen"]:
                    wrong.append((label, promise, when, texts))
    assert wrong == []


# What a web page or a PDF carries around its text: none of it is a promise, and none of
# it hides one.
CHROME = (
    "Dela på Facebook", "Skriv ut sidan", "Lyssna på sidan", "Senast uppdaterad 2027-01-12",
    "Sidansvarig: Anna Berg", "Hittade du det du sökte? Ja Nej",
    "Vi använder kakor för att webbplatsen ska fungera. Godkänn", "Till toppen",
    "Prenumerera på nyheter från kommunen", "Relaterade sidor",
    "Läs mer om brottsförebyggande arbete", "Följ polisen på Instagram",
    "Ring 112 vid nödläge, annars 114 14.", "Vid pågående brott – ring alltid 112.",
    "Tipsa polisen anonymt via polisen.se", "Logga in", "Sök på webbplatsen", "Meny",
    "Ladda ner medborgarlöftet som pdf (245 kB)", "Du ska alltid kunna känna dig trygg i Mora.",
    "Välkommen att kontakta oss om du har frågor!",
    "Bilden visar kommunpolisen och kommunalrådet när de skriver under löftet.",
    "Foto: Mora kommun", "Publicerad: 12 januari 2027",
    "Artikeln publicerades första gången 2026.",
    "Fler nyheter från Dalarna\nPolisen söker vittnen efter inbrott i Orsa",
)  # fmt: skip


@pytest.mark.parametrize("where", ["before", "after"])
def test_page_chrome_before_or_after_the_promises_is_none_of_them(where: str) -> None:
    wrong = []
    for chrome in CHROME:
        text = (
            "Mora kommun\n\n"
            + (f"{chrome}\n\n" if where == "before" else "")
            + "Medborgarlöfte Mora 2027\n\nVi lovar att:\n- patrullera i Noret varje fredag\n"
            "- tända belysningen i parken\n\n" + (f"{chrome}\n" if where == "after" else "")
        )
        texts = [p["text"] for p in extract(normalise(text), REFERENCE)["promises"]]
        if texts != ["patrullera i Noret varje fredag", "tända belysningen i parken"]:
            wrong.append((chrome, texts))
    assert wrong == []


# How an agreement opens what one party undertakes.
AGREEMENT_INTROS = (
    "Polisen åtar sig att:", "Polisens åtaganden:", "Polisens åtaganden", "Polisens ansvar:",
    "Polisen ansvarar för:", "Polisen ska:", "Polisen kommer att:", "Detta gör polisen:",
    "Polisen:", "För polisens del innebär överenskommelsen att:",
    "Lokalpolisområdet åtar sig följande:", "Polismyndigheten ansvarar för att:",
)  # fmt: skip
AGREEMENT_ITEMS = (
    "patrullera i Noret varje fredag", "Patrullera i Noret varje fredag",
    "Polisen patrullerar i Noret varje fredag",
)  # fmt: skip


def test_what_one_party_undertakes_in_an_agreement_however_it_is_introduced() -> None:
    wrong = []
    for intro in AGREEMENT_INTROS:
        for item in AGREEMENT_ITEMS:
            text = (
                "Samverkansöverenskommelse mellan Mora kommun och Polisen 2027–2028\n\n"
                "1. Parter\nMora kommun och Polismyndigheten.\n\n2. Syfte\nParterna ska "
                "samverka för att minska brottsligheten.\n\n3. Mål\nOtryggheten i Noret ska "
                f"minska.\n\n4. Åtaganden\n\n{intro}\n- {item}\n"
            )
            found = extract(normalise(text), REFERENCE)
            if found["kind"] != "agreement" or [p["text"] for p in found["promises"]] != [item]:
                wrong.append((intro, item))
    assert wrong == []


# What the situation is, as a lägesbild tells it, right under the title or under its own
# heading: none of it is a promise.
SITUATION = (
    "Polisen har under året sett en ökning av inbrotten i Noret.",
    "Kommunen genomförde en trygghetsmätning i Noret 2026 som visade att många är oroliga.",
    "Kommunen arbetar sedan flera år med trygghetsfrågor i Noret.",
    "Polisen och kommunen samverkar sedan 2015 i ett brottsförebyggande råd i Noret.",
    "Kommunen har sedan tidigare kameror vid stationen i Noret.",
    "Polisen har i dag en kommunpolis som arbetar i Noret.",
    "Enligt polisen har antalet anmälda brott i Noret minskat.",
    "Kommunen ansvarar enligt lag för belysningen i Noret.",
    "Polisen får många samtal om buskörning i Noret.",
    "Kommunen äger de flesta fastigheterna i Noret.",
    "Polisen prioriterar alltid akuta ärenden före arbetet i Noret.",
)


def test_the_situation_as_a_lagesbild_tells_it_is_no_promise() -> None:
    pages = (
        "Medborgarlöfte Mora 2027\n\nVåra löften\n\n- Polisen ska kontrollera mopeder vid "
        "skolan.\n\nLägesbild\n\n{situation}\n\nKontakt\nAnna Berg\n",
        "Medborgarlöfte Mora 2027\n\n{situation}\n\nVi lovar att:\n- kontrollera mopeder vid "
        "skolan\n",
    )
    taken = [
        situation
        for situation in SITUATION
        for page in pages
        if any(
            "Noret" in p["text"]
            for p in extract(normalise(page.format(situation=situation)), REFERENCE)["promises"]
        )
    ]
    assert taken == []


def test_paragraphs_under_a_season_heading_after_a_partys_items_go_on_with_its_promises() -> None:
    text = (
        "Medborgarlöfte 2027 för Kiruna kommun\n\n"
        "Lägesbild\n"
        "Stölderna i centrum ökade under 2026.\n\n"
        "Hela året\n"
        "Kommunen:\n"
        "• bjuder in byaföreningarna till grannsamverkan.\n\n"
        "Vintern\n"
        "Polisen och kommunen samverkar kring en gemensam ledningsplats under Snöfestivalen.\n"
        "Ordningsvakter finns vid busstationen från kl. 22 till 03 under festivalen.\n\n"
        "Vad vi vill uppnå\n"
        "Färre stölder och tryggare kvällar.\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"][:40] for p in promises] == [
        "bjuder in byaföreningarna till grannsamv",
        "Polisen och kommunen samverkar kring en ",
        "Ordningsvakter finns vid busstationen fr",
    ]


def test_noun_phrases_under_a_partys_responsibility_are_its_undertakings() -> None:
    text = (
        "Samverkansöverenskommelse mellan Polisen och Kalix kommun 2027\n\n"
        "Bakgrund\n"
        "Under 2026 ökade skadegörelsen i centrum.\n\n"
        "Polisens ansvar:\n"
        "• närvaro vid skolorna på fredagskvällar\n"
        "• kontroller av mopeder vid torget\n\n"
        "Kommunen ansvarar för:\n"
        "• belysning längs gångvägen till badhuset\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert (extracted["kind"], extracted["period"]["end"]) == ("agreement", "2027-12-31")
    assert [(p["text"], p["parties"]) for p in extracted["promises"]] == [
        ("närvaro vid skolorna på fredagskvällar", ["police"]),
        ("kontroller av mopeder vid torget", ["police"]),
        ("belysning längs gångvägen till badhuset", ["municipality"]),
    ]


def test_each_sentence_of_what_will_be_done_by_nobody_named_is_its_own_promise() -> None:
    text = (
        "Medborgarlöfte 2027 för Hudiksvalls kommun\n\n"
        "Det här lovar vi\n"
        "Under året ska det genomföras sex trygghetsvandringar på Håstaholmen. "
        "Belysningen längs strandpromenaden ska bytas ut före sommaren.\n\n"
        "Polisen ska kontrollera mopeder vid torget. Detta ska göras varje fredag i maj.\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"] for p in promises] == [
        "Under året ska det genomföras sex trygghetsvandringar på Håstaholmen.",
        "Belysningen längs strandpromenaden ska bytas ut före sommaren.",
        "Polisen ska kontrollera mopeder vid torget. Detta ska göras varje fredag i maj.",
    ]


def test_a_newsletters_contents_list_is_neither_a_follow_up_nor_what_was_promised() -> None:
    text = (
        "Nyhetsbrev från Båstads kommun\n\n"
        "I detta nummer:\n\n"
        "1. Ny återvinningscentral i Förslöv\n"
        "2. Så gick det med medborgarlöftet 2025\n"
        "3. Sportlovet på biblioteken\n\n"
        "Så gick det med medborgarlöftet 2025\n"
        "Löftet: Polisen skulle öka närvaron i hamnen under sommarens helgkvällar.\n"
        "Så blev det: Polisen var på plats 21 av 26 helgkvällar.\n\n"
        "Sportlovet på biblioteken\n"
        "Under vecka 8 blir det pyssel på biblioteken.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen skulle öka närvaron i hamnen under sommarens helgkvällar."
    ]


def test_a_slide_decks_agenda_and_residents_views_are_no_follow_up_and_each_slide_a_promise() -> (
    None
):
    text = (
        "Medborgarlöfte 2027\nSmedjebackens kommun och Polisen\n\n---\n\n"
        "Dagordning\n• Så gick det 2026\n• Vad de boende säger\n• Löftena för 2027\n\n---\n\n"
        "Så gick det 2026\n• Två av tre löften klara\n• 30 mopedkontroller vid Vanbo\n\n---\n\n"
        "Vad de boende säger\n• Otryggt: busstationen\n• Oro: mopeder på torget\n\n---\n\n"
        "Löfte 1\nKommunpolisen går\nvid busstationen varje torsdag kväll\n\n---\n\n"
        "Löfte 2\nMopedkontroller\nvid torget i Söderbärke\nen gång i veckan\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "promise_set"
    assert extracted["outcomes"] == []
    assert [p["text"] for p in extracted["promises"]] == [
        "Kommunpolisen går vid busstationen varje torsdag kväll",
        "Mopedkontroller vid torget i Söderbärke en gång i veckan",
    ]


def test_a_short_news_items_paragraphs_of_what_parties_do_are_its_promises() -> None:
    text = (
        "Ljusare kvällar i Skärholmen\n\n"
        "Publicerad 3 september 2027\n\n"
        "Stadsdelsförvaltningen och polisen har tagit fram ett nytt medborgarlöfte.\n\n"
        "Från oktober blir det fler nattvandringar i Vårberg, när föreningen Nattugglorna "
        "går ut både fredagar och lördagar. Förvaltningen bjuder på fika och västar.\n\n"
        "Bostadsbolaget Vårbergshem och polisen går trygghetsvandringar i varje kvarter "
        "före jul.\n\n"
        "Kommunpolisen besöker alla mellanstadieskolor i Skärholmen under hösten.\n\n"
        "Många har under sommaren bett om fler poliser i centrum.\n"
    )

    assert _promised(text) == [
        "Från oktober blir det fler nattvandringar i Vårberg, när föreningen Nattugglorna "
        "går ut både fredagar och lördagar. Förvaltningen bjuder på fika och västar.",
        "Bostadsbolaget Vårbergshem och polisen går trygghetsvandringar i varje kvarter före jul.",
        "Kommunpolisen besöker alla mellanstadieskolor i Skärholmen under hösten.",
    ]


def test_an_agreements_own_groups_reports_and_next_agreement_are_not_its_undertakings() -> None:
    text = (
        "Samverkansöverenskommelse Lomma 2028–2030\n\n"
        "Parternas åtaganden\n"
        "Lomma kommun åtar sig att\n"
        "– inom två veckor sanera klotter på kommunens fastigheter,\n"
        "– sammankalla styrgruppen varje kvartal,\n"
        "– redovisa uppföljningen av överenskommelsen för kommunfullmäktige.\n\n"
        "Polisen åtar sig att\n"
        "– kontrollera mopeder vid Lomma hamn under sommarlovet,\n"
        "– delta i styrgruppen med beslutsmandat,\n"
        "– lämna underlag om anmälda brott till den gemensamma lägesbilden,\n"
        "– senast i juni 2030 påbörja arbetet med en ny överenskommelse.\n"
    )

    assert _promised(text) == [
        "inom två veckor sanera klotter på kommunens fastigheter,",
        "kontrollera mopeder vid Lomma hamn under sommarlovet,",
    ]


def test_a_tables_caption_says_whether_its_rows_are_promised() -> None:
    text = (
        "Medborgarlöfte Ydre 2028 – handlingsplan\n\n"
        "Tabell 1. Löftets aktiviteter 2028\n"
        "Aktivitet\tAnsvarig\tNär\n"
        "Nykterhetskontroller vid infarterna till Österbymo\tPolisen\tVarje månad\n"
        "Ny belysning vid skolans cykelparkering\tKommunen\tAugusti\n\n"
        "Tabell 2. Arbete som redan pågår och som bidrar till tryggheten i kommunen (ingår "
        "inte i löftet)\n"
        "Verksamhet\tAnsvarig\tKommentar\n"
        "Grannsamverkan i tolv byar\tPolisen och kommunen\tPågår\n\n"
        "Tabell 3. Uppföljning\n"
        "Moment\tAnsvarig\tNär\n"
        "Avstämning av aktiviteterna i rådet\tSamordnaren\tJuni\n"
    )

    assert [p["text"].split(" | ")[0] for p in extract(normalise(text), REFERENCE)["promises"]] == [
        "Nykterhetskontroller vid infarterna till Österbymo",
        "Ny belysning vid skolans cykelparkering",
    ]


def test_a_tenants_newsletter_quotes_the_promise_beside_its_own_work_and_advice() -> None:
    text = (
        "HYRESGÄSTNYTT\n\n"
        "VD har ordet\n"
        "I vår kommer vi att byta lås i alla förråd på Norrbacka. Det är inte en del av "
        "medborgarlöftet, men det hör ihop med det.\n\n"
        "Nytt medborgarlöfte\n"
        "Så här lyder löftet:\n"
        '"Polisen lovar att\n'
        "– gå fotpatrull på Norrbacka två kvällar i veckan,\n"
        '– kontrollera mopeder vid Sjöbo torg varje månad."\n\n'
        "Så kan du hjälpa till\n"
        "Du kan hjälpa till genom att:\n"
        "• stänga porten efter dig,\n"
        "• förvara cykeln i cykelrummet i stället för på gården.\n\n"
        "Sommarjobba hos oss!\n"
        "Vi söker sommarvärdar. Du kommer att arbeta med våra gårdar.\n"
    )

    assert _promised(text) == [
        "gå fotpatrull på Norrbacka två kvällar i veckan,",
        'kontrollera mopeder vid Sjöbo torg varje månad."',
    ]


def test_a_sentence_that_goes_on_with_a_second_partys_undertaking_is_two_promises() -> None:
    text = (
        "Polis och kommun lovar tryggare Perstorp\n\n"
        "Bland annat ska polisen patrullera i Östra Perstorp varje helg, och kommunen lovar "
        "att låsa alla soprum före april. Polisen ska kontrollera mopeder; kommunen ska "
        "röja sly vid stationen.\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [(p["text"], p["parties"]) for p in promises] == [
        ("Bland annat ska polisen patrullera i Östra Perstorp varje helg", ["police"]),
        ("kommunen lovar att låsa alla soprum före april.", ["municipality"]),
        ("Polisen ska kontrollera mopeder", ["police"]),
        ("kommunen ska röja sly vid stationen.", ["municipality"]),
    ]


def test_a_two_column_status_table_with_ticks_and_crosses_is_read_row_by_row() -> None:
    text = (
        "Uppföljning av medborgarlöfte 2026 – Vansbro\n\n"
        "Löfte | Status\n"
        "Polisen ska synas vid Vansbrosimningen | ✓ Genomfört\n"
        "Kommunen ska rusta upp belysningen vid Folkets hus | ✓ Genomfört\n"
        "Gemensam trygghetsvandring i Äppelbo | ✗ Inte genomfört\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [
        (o["promise"], bool(o["done"]), bool(o["not_done"])) for o in extracted["outcomes"]
    ] == [
        ("Polisen ska synas vid Vansbrosimningen", True, False),
        ("Kommunen ska rusta upp belysningen vid Folkets hus", True, False),
        ("Gemensam trygghetsvandring i Äppelbo", False, True),
    ]


def test_the_line_under_what_was_promised_tells_how_it_went() -> None:
    text = (
        "Så gick det med medborgarlöftet 2026 i Heby\n\n"
        "Vi lovade att polisen skulle göra trafikkontroller vid skolorna i Östervåla.\n"
        "Det gjorde vi: 18 kontroller genomfördes under året.\n\n"
        "Vi lovade också att hålla två öppna möten om bedrägerier.\n"
        "Ett möte hölls i Morgongåva.\n\n"
        "Nytt löfte för 2027\n"
        "I januari presenteras nästa års medborgarlöfte.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [o["done"] for o in outcomes] == [
        ["Det gjorde vi: 18 kontroller genomfördes under året."],
        ["Ett möte hölls i Morgongåva."],
    ]


def test_who_does_an_activity_may_stand_in_parentheses_after_it() -> None:
    text = (
        "Medborgarlöfte Hallstahammar 2027\n\n"
        "Det här gör vi:\n"
        "- Trygghetsvandring i Eriksberg (kommunen)\n"
        "- Kontroller av mopeder på Västeråsvägen (polisen, maj–augusti)\n"
        "- Föräldramöte om droger i Kolbäck (kommunen och polisen)\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["parties"] for p in promises] == [
        ["municipality"],
        ["police"],
        ["police", "municipality"],
    ]


def test_a_line_labelled_with_the_word_for_a_measure_says_so_in_its_reason() -> None:
    text = (
        "Medborgarlöfte Lekeberg 2027\n\n"
        "Åtgärd: Kommunen installerar ny belysning vid busstationen.\n"
        "Polisen: kontroller vid torget varje fredag.\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["reason"] for p in promises] == [
        "raden börjar med 'Åtgärd:'",
        "raden börjar med vem som gör det",
    ]


def test_items_set_in_under_a_lead_in_item_are_its_promises() -> None:
    text = (
        "Medborgarlöfte Bjurholm 2027\n\n"
        "Vi lovar att:\n\n"
        "1. Vi ska minska risken för bedrägerier mot äldre.\n"
        "   - Kommunpolisen besöker träffpunkten för seniorer tre gånger per år.\n"
        "   - Hemtjänstens personal delar ut information vid hembesök.\n"
        "2. Vi ska mäta hastigheten utanför skolan varje termin.\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"] for p in promises] == [
        "Kommunpolisen besöker träffpunkten för seniorer tre gånger per år.",
        "Hemtjänstens personal delar ut information vid hembesök.",
        "Vi ska mäta hastigheten utanför skolan varje termin.",
    ]


def test_an_item_ending_in_att_leads_in_to_the_items_under_it_which_keep_its_party() -> None:
    text = (
        "Medborgarlöfte Sorsele 2027        Sorsele kommun | Polisen\n\n"
        "Våra löften för 2027\n\n"
        "1. Polisen ska synas mer i fjällbyarna genom att\n"
        "   – köra till Ammarnäs varje vecka under vintern,\n"
        "   – ha öppet på biblioteket i Blattniksele en kväll i månaden.\n\n"
        "2. Kommunen ska sätta upp belysning vid busshållplatserna i centrum, i första\n"
        "   hand på dessa platser:\n"
        "   – Skolgatan,\n"
        "   – vid sporthallen.\n\n"
        "                                                     Sida 1 av 2\n"
        "Medborgarlöfte Sorsele 2027        Sorsele kommun | Polisen\n\n"
        "3. Kommunen och polisen ska bjuda in till ett möte om trafiken i maj.\n\n"
        "                                                     Sida 2 av 2\n"
        "Medborgarlöfte Sorsele 2027        Sorsele kommun | Polisen\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [(p["text"][:30], p["parties"]) for p in promises] == [
        ("köra till Ammarnäs varje vecka", ["police"]),
        ("ha öppet på biblioteket i Blat", ["police"]),
        ("Kommunen ska sätta upp belysni", ["municipality"]),
        ("Kommunen och polisen ska bjuda", ["police", "municipality"]),
    ]
    assert {p["reason"] for p in promises} == {"punkt i listan efter 'Våra löften för 2027'"}


def test_a_follow_up_lists_what_each_party_promised_under_a_line_that_names_it() -> None:
    text = (
        "Så gick det med medborgarlöftet i Storuman\n\n"
        "Publicerad 2027-02-03\n"
        "Text: Lina Ek, kommunikatör\n\n"
        "Polisen lovade att\n"
        "- köra trafikkontroller vid skolan i Gunnarn varje månad,\n"
        "- besöka alla mellanstadieklasser i kommunen.\n\n"
        "Kommunen lovade att\n"
        "- laga belysningen vid badplatsen.\n\n"
        "Kontrollerna blev av varje månad utom i juli.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"][:24], o["parties"], o["focus_area"]) for o in outcomes] == [
        ("köra trafikkontroller vi", ["police"], None),
        ("besöka alla mellanstadie", ["police"], None),
        ("laga belysningen vid bad", ["municipality"], None),
    ]


def test_a_news_headline_that_sums_up_the_promises_listed_below_is_none_of_them() -> None:
    text = (
        "BOLLNÄS TIDNING\nLokalt | Bollnäs\n\n"
        "Polis och kommun lovar mer ljus och fler kontroller vid stationen\n\n"
        "Av Lisa Holm\nPublicerad 4 mars 2027 kl. 07.00\n\n"
        "Efter en enkät i vintras har kommunen och polisen skrivit ett nytt medborgarlöfte.\n\n"
        "Det här lovar polisen och kommunen 2027\n"
        "* Polisen patrullerar vid resecentrum fredagskvällar.\n"
        "* Kommunen anställer två fältassistenter.\n"
        "* Tillsammans ska vi ordna nattvandringar varje helg i juni.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"][:20] for p in found["promises"]] == [
        "Polisen patrullerar ",
        "Kommunen anställer t",
        "Tillsammans ska vi o",
    ]
    assert "rubriken sammanfattar löftena" in [c["reason"] for c in found["candidates"]]


def test_a_news_item_saying_the_promise_was_kept_is_a_follow_up_of_what_was_promised() -> None:
    text = (
        "Polisen höll sitt löfte i Sollefteå\n"
        "Nyhet | Västernorrland | 12 januari 2027 09:15\n\n"
        "Nu har polisen gått igenom året.\n\n"
        "I medborgarlöftet för 2026 lovade polisen att patrullera vid resecentrum varje fredag. "
        "Det blev 40 kvällar.\n\n"
        "Polisen lovade också hastighetskontroller vid skolan i Ramsele. Det blev tolv.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [o["promise"][:40] for o in found["outcomes"]] == [
        "I medborgarlöftet för 2026 lovade polise",
        "Polisen lovade också hastighetskontrolle",
    ]


def test_a_follow_up_that_says_what_was_said_and_what_was_done() -> None:
    text = (
        "Medborgarlöftet 2026 – så blev det\n\n"
        "1. Trafiken\n"
        "Vi sa: Polisen gör trafikkontroller på väg 83 genom Ljusdal under sommaren.\n"
        "Vi gjorde: Polisen höll sex kontroller.\n\n"
        "2. Klotter\n"
        "Vi sa: Kommunen tar bort klotter inom två dygn.\n"
        "Vi gjorde: 30 av 34 klotter togs bort i tid.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [(o["promise"][:30], o["done"]) for o in found["outcomes"]] == [
        ("Polisen gör trafikkontroller p", ["Polisen höll sex kontroller."]),
        ("Kommunen tar bort klotter inom", ["30 av 34 klotter togs bort i tid."]),
    ]


def test_a_promise_set_that_opens_with_the_results_of_its_dialogue_is_no_follow_up() -> None:
    text = (
        "Medborgarlöfte Ystad 2027\n\n"
        "Resultat från medborgardialogen\n"
        "Omkring 200 personer kom till mötena.\n\n"
        "Vårt löfte för 2027\n"
        "Utifrån dialogen lovar vi följande:\n"
        "– Polisen genomför tio insatser i hamnen under sommaren.\n"
        "– Kommunen ordnar kvällsöppet för unga i Sandskogen.\n"
    )

    assert extract(normalise(text), REFERENCE)["kind"] == "promise_set"


def test_the_links_to_other_articles_under_a_news_item_are_no_promises() -> None:
    text = (
        "Polis och kommun skrev under löfte i Lönsboda\n\n"
        "Det här lovar polis och kommun:\n"
        "– Hastighetsmätningar på Storgatan varje månad.\n"
        "– Fritidsgården öppnar två kvällar i veckan.\n\n"
        "Läs också:\n"
        "Ny skolchef i Osby\n"
        "Mopedolycka på riksvägen – två till sjukhus\n"
    )

    assert _promised(text) == [
        "Hastighetsmätningar på Storgatan varje månad.",
        "Fritidsgården öppnar två kvällar i veckan.",
    ]


def test_an_item_with_two_parties_undertakings_is_two_promises_but_not_one_party_going_on() -> None:
    text = (
        "Medborgarlöfte Landskrona 2027\n\n"
        "Det här lovar vi\n"
        "• Staden tar bort klotter inom två dagar, och polisen besöker varje butik på Nygatan.\n"
        "• Polisen och staden går trygghetsvandringar i maj, och staden åtgärdar det vi hittar.\n"
    )

    assert _promised(text) == [
        "Staden tar bort klotter inom två dagar",
        "polisen besöker varje butik på Nygatan.",
        "Polisen och staden går trygghetsvandringar i maj, och staden åtgärdar det vi hittar.",
    ]


def test_what_the_background_leads_a_party_to_undertake_is_a_promise_after_it() -> None:
    text = (
        "Medborgarlöfte Boden 2027\n\n"
        "Lägesbild\n"
        "Tipsen om langning vid resecentrum har blivit fler under året. Därför kommer polisen "
        "att göra riktade insatser vid resecentrum varje helg i juni.\n\n"
        "Polisen ser också att fler unga åker moped utan hjälm.\n"
    )

    assert _promised(text) == [
        "Därför kommer polisen att göra riktade insatser vid resecentrum varje helg i juni."
    ]


def test_a_party_that_therefore_acts_after_the_background_promises_whatever_is_ready() -> None:
    text = (
        "Medborgarlöfte Sorsele 2027\n\n"
        "Ärendet\n"
        "Föräldrar i Blattnicksele har länge bett om räcken längs skolvägen. Kommunen sätter "
        "därför upp räcken längs vägen under 2027, och gatuenheten har redan tagit in "
        "offerter.\n\n"
        "Kommunen har redan ställt ut två nya papperskorgar vid torget.\n"
    )

    assert _promised(text) == [
        "Kommunen sätter därför upp räcken längs vägen under 2027, och gatuenheten har redan "
        "tagit in offerter."
    ]


def test_what_we_promised_over_a_list_makes_a_follow_up_of_it() -> None:
    text = (
        "Halvvägs i medborgarlöftet för Vilhelmina\n\n"
        "Det här lovade vi:\n"
        "• Att polisen skulle patrullera i centrum två kvällar i veckan. (Pågår)\n"
        "• Att kommunen skulle märka cyklar på återvinningscentralen. (Klart)\n\n"
        "Hur har det gått?\n"
        "Polisen har patrullerat vid 80 tillfällen.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [o["promise"][:30] for o in found["outcomes"]] == [
        "Att polisen skulle patrullera ",
        "Att kommunen skulle märka cykl",
    ]


def test_a_follow_up_whose_headings_name_the_promises_over_what_became_of_them() -> None:
    text = (
        "Medborgarlöfte 2025–2026 – uppföljning\n\n"
        "Fler trafikkontroller vid skolorna i Överkalix\n"
        "Så blev det: Polisen var på plats 20 gånger.\n\n"
        "Upplyst gångväg längs älven vid Storgatan\n"
        "Så blev det: Belysningen kom på plats i oktober.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"]) for o in outcomes] == [
        ("Fler trafikkontroller vid skolorna i Överkalix", ["Polisen var på plats 20 gånger."]),
        ("Upplyst gångväg längs älven vid Storgatan", ["Belysningen kom på plats i oktober."]),
    ]


def test_questions_and_answers_on_how_the_promise_went_are_a_follow_up() -> None:
    text = (
        "Frågor och svar: hur gick det med medborgarlöftet för 2026?\n\n"
        "Och vid stationen?\n"
        "Löftet var att polisen skulle finnas vid stationen på fredagskvällar. "
        "Det har polisen gjort varje vecka.\n\n"
        "Vad gjorde kommunen?\n"
        "Kommunen lovade att öppna en mötesplats för unga i Hjortkvarn. Den öppnade i mars.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert len(found["outcomes"]) == 2


def test_a_council_told_how_the_promise_went_hears_a_follow_up() -> None:
    text = (
        "§ 47\n\n"
        "Information om uppföljning av medborgarlöftet 2026\n\n"
        "Kommunen åtog sig att anställa två fältassistenter i Noltorp. Det var klart i maj.\n\n"
        "Polisen åtog sig att ha synlig närvaro vid resecentrum. Polisen redovisar 71 pass.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [o["parties"] for o in found["outcomes"]] == [["municipality"], ["police"]]


def test_an_annual_report_that_reports_the_promise_is_a_follow_up() -> None:
    text = (
        "Brottsförebyggande rådet i Ljusdals kommun\n"
        "Verksamhetsberättelse 2026\n\n"
        "Kommunen och polisen hade ett medborgarlöfte 2025–2026. Här redovisas vad som gjordes.\n\n"
        "Åtagande 1: Polisen ska göra trafikinsatser mot buskörning i Färila.\n"
        "Utfall: 22 insatser.\n\n"
        "Åtagande 2: Kommunen ska erbjuda sommarjobb till unga.\n"
        "Utfall: 16 unga fick en plats.\n"
    )

    assert extract(normalise(text), REFERENCE)["kind"] == "follow_up"


def test_a_follow_up_numbering_each_promise_in_a_heading_of_its_own() -> None:
    text = (
        "Uppföljning av medborgarlöfte Ljusdal 2026\n\n"
        "Löfte 1\n"
        "Polisen och kommunen genomför trygghetsvandringar i Järvsö och Färila.\n"
        "Status: Genomfört\n\n"
        "Löfte 2\n"
        "Polisen prioriterar trafikkontroller vid busstationen.\n"
        "Status: Delvis genomfört\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"]) for o in outcomes] == [
        ("Polisen och kommunen genomför trygghetsvandringar i Järvsö och Färila.", ["Genomfört"]),
        ("Polisen prioriterar trafikkontroller vid busstationen.", ["Delvis genomfört"]),
    ]


def test_a_markdown_tables_rule_and_a_report_to_the_council_are_no_promises() -> None:
    text = (
        "Medborgarlöfte Motala 2027\n\n"
        "Åtgärd | Ansvarig | När\n"
        "--|---|---\n"
        "Trygghetsvandring i Charlottenborg | Kommunen | Maj\n\n"
        "Kommunens säkerhetssamordnare sammanställer en lägesrapport varje halvår.\n"
        "Kommunen och polisen ansvarar gemensamt för att åtgärderna genomförs.\n"
    )

    promises = extract(normalise(text), REFERENCE)["promises"]

    assert [p["text"] for p in promises] == ["Trygghetsvandring i Charlottenborg | Kommunen | Maj"]


def _promised(text: str) -> list[str]:
    return [p["text"] for p in extract(normalise(text), REFERENCE)["promises"]]


def test_items_under_att_gora_and_party_headings_are_promises_after_a_why_section() -> None:
    text = (
        "Medborgarlöfte 2027 för Sölvesborg\n\n"
        "Varför ett medborgarlöfte?\n"
        "Ett medborgarlöfte gör tydligt vad polisen och kommunen gör för tryggheten.\n\n"
        "Att göra 2027:\n\n"
        "Polisen\n"
        "- Att kontrollera mopeder vid hamnen varannan fredag\n\n"
        "Gemensamt\n"
        "- Ökad närvaro vid resecentrum under skolavslutningen\n"
    )

    assert _promised(text) == [
        "Att kontrollera mopeder vid hamnen varannan fredag",
        "Ökad närvaro vid resecentrum under skolavslutningen",
    ]


def test_paragraphs_under_i_det_nya_loftet_after_a_background_are_promises() -> None:
    text = (
        "Nytt medborgarlöfte i Osby\n\n"
        "Bakgrund\n"
        "Under 2026 anmäldes fler bränder i soprum än året innan.\n\n"
        "I det nya löftet:\n\n"
        "Polisen prioriterar kvällspatrullering vid stationen på fredagar.\n\n"
        "Kommunen står för ny belysning längs gångvägen till skolan.\n\n"
        "Polisen finns förstås på plats när brott begås, precis som tidigare.\n"
    )

    assert _promised(text) == [
        "Polisen prioriterar kvällspatrullering vid stationen på fredagar.",
        "Kommunen står för ny belysning längs gångvägen till skolan.",
    ]


def test_a_follow_up_reads_det_har_lovade_vi_and_det_har_blev_gjort() -> None:
    text = (
        "Så gick det med medborgarlöftet 2026 i Hammarö\n\n"
        "1. Trafiken vid skolan\n"
        "Det här lovade vi: Polisen skulle göra hastighetskontroller vid Skoghallsskolan.\n"
        "Det här blev gjort: Sex kontroller gjordes under hösten.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"]) for o in outcomes] == [
        (
            "Polisen skulle göra hastighetskontroller vid Skoghallsskolan.",
            ["Sex kontroller gjordes under hösten."],
        )
    ]


def test_items_that_go_on_from_the_party_of_their_heading_are_its_undertakings() -> None:
    text = (
        "Överenskommelse om samverkan och medborgarlöfte i Överkalix\n\n"
        "Inriktning\n"
        "Parterna är överens om att samverkan ska leda till minskad brottslighet.\n\n"
        "Parternas åtaganden\n\n"
        "Polisen\n"
        "• inför en fast närvarodag i Lansjärv varannan månad\n\n"
        "Länsstyrelsen\n"
        "• bidrar med en utbildningsdag för kommunens personal\n\n"
        "Överkalix kommun\n"
        "• ska ta initiativ till grannsamverkan i två byar\n"
    )

    assert _promised(text) == [
        "inför en fast närvarodag i Lansjärv varannan månad",
        "bidrar med en utbildningsdag för kommunens personal",
        "ska ta initiativ till grannsamverkan i två byar",
    ]


def test_a_board_decision_over_its_points_is_no_promise_and_its_appendix_assigns_them() -> None:
    text = (
        "Protokollsutdrag, kommunstyrelsen i Strömstad\n\n"
        "Medborgarlöfte 2027 mellan Strömstads kommun och Polisen\n\n"
        "Kommunstyrelsen beslutar att\n"
        "1. anta medborgarlöftet för 2027 enligt bilaga,\n"
        "2. uppdra åt ordföranden att underteckna löftet.\n\n"
        "Bilaga – medborgarlöftet i sammandrag\n\n"
        "Tekniska förvaltningen har i uppdrag att sätta upp belysning vid Norra hamnen.\n\n"
        "Kultur- och fritidsnämnden ansvarar för att hålla fritidsgården öppen i juli.\n"
    )

    assert _promised(text) == [
        "Tekniska förvaltningen har i uppdrag att sätta upp belysning vid Norra hamnen.",
        "Kultur- och fritidsnämnden ansvarar för att hålla fritidsgården öppen i juli.",
    ]


def test_a_police_area_named_with_its_place_opens_the_items_it_shall_do() -> None:
    text = (
        "Medborgarlöfte för Salem 2027\n\n"
        "Lokalpolisområde Södertälje skall\n"
        "- vara synlig vid Rönninge station två kvällar i veckan\n\n"
        "Salems kommun och polisen skall tillsammans\n"
        "- bjuda in föräldrar till nattvandring varje fredag i maj\n\n"
        "Hur följer vi upp löftet?\n"
        "Kommunpolisen och trygghetssamordnaren går igenom löftet varje kvartal.\n"
    )

    assert _promised(text) == [
        "vara synlig vid Rönninge station två kvällar i veckan",
        "bjuda in föräldrar till nattvandring varje fredag i maj",
    ]


def test_a_housing_company_named_after_its_kind_does_what_the_sentence_says() -> None:
    text = (
        "Nytt medborgarlöfte i Hörby\n\n"
        "I det nya löftet:\n\n"
        "Kommunens fastighetsbolag Hörbyhem byter till låsbara sopkärl i tio soprum.\n\n"
        "Bostadsbolaget Ringsjöbo installerar nya lås i källarförråden på Ljungvägen.\n"
    )

    assert _promised(text) == [
        "Kommunens fastighetsbolag Hörbyhem byter till låsbara sopkärl i tio soprum.",
        "Bostadsbolaget Ringsjöbo installerar nya lås i källarförråden på Ljungvägen.",
    ]


def test_lines_labelled_resultat_under_each_promise_follow_it_up_even_in_the_future_tense() -> None:
    text = (
        "Medborgarlöftet 2026 i Vilhelmina\n\n"
        "Löftet: Kommunen ska bygga ett övergångsställe vid skolan.\n"
        "Resultat: Övergångsstället blev klart, men belysningen sätts upp först i mars.\n\n"
        "Löftet: Polisen ska kontrollera skoterlederna under sportlovet.\n"
        "Resultat: Kontroller gjordes vid sex tillfällen.\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Kommunen ska bygga ett övergångsställe vid skolan.",
        "Polisen ska kontrollera skoterlederna under sportlovet.",
    ]


def test_what_the_parties_want_to_achieve_is_a_goal_under_its_heading() -> None:
    text = (
        "Medborgarlöfte 2027: Tryggare kvällar vid Barsebäcks hamn\n\n"
        "Det här hörde vi\n"
        "Många undviker hamnen efter klockan 21 på sommaren.\n\n"
        "Vad vi vill uppnå\n"
        "Att både boende och besökare ska kunna vistas vid torget och parken utan oro, och att "
        "skadegörelsen minskar.\n\n"
        "Det här gör vi\n"
        "Kommunen bjuder in föräldrar till nattvandring varje fredag i juni.\n"
    )

    assert _promised(text) == [
        "Kommunen bjuder in föräldrar till nattvandring varje fredag i juni."
    ]


def test_a_sentence_over_bland_annat_and_its_items_sums_them_up() -> None:
    text = (
        "Mer kraft på trafiken i Gnosjö\n\n"
        "Medborgarlöftena skrevs under i går.\n\n"
        "Där lovar polisen att lägga mer kraft på trafiken i centrum.\n"
        "Bland annat:\n\n"
        "• Hastighetskontroller på Storgatan varje månad.\n"
        "• Ett informationsmöte för föräldrar i april.\n"
    )

    assert _promised(text) == [
        "Hastighetskontroller på Storgatan varje månad.",
        "Ett informationsmöte för föräldrar i april.",
    ]


def test_what_a_party_says_it_will_not_do_is_no_promise_even_in_a_promise_list() -> None:
    text = (
        "Medborgarlöfte 2027 för Hallstahammar\n\n"
        "Det här lovar vi\n"
        "→ Polisen kontrollerar mopeder vid Kolbäcks station varje månad.\n"
        "→ Kommunen lagar belysningen i Näshultaparken.\n\n"
        "Det här lovar vi inte\n"
        "→ Polisen kommer inte att öppna en station i Kolbäck.\n"
        "→ Kommunen sätter upp kameror vid ån bara om länsstyrelsen ger tillstånd.\n\n"
        "Polisen kommer däremot inte att ha kvällsöppet i receptionen under året.\n"
    )

    assert _promised(text) == [
        "Polisen kontrollerar mopeder vid Kolbäcks station varje månad.",
        "Kommunen lagar belysningen i Näshultaparken.",
    ]


def test_what_residents_wished_for_is_no_promise_in_the_same_shape_as_one() -> None:
    text = (
        "MEDBORGARLÖFTE 2027–2028\n"
        "Vansbro kommun och Polisen\n\n"
        "Det här önskade ni\n"
        "- att polisen ska ha öppet kontor i Äppelbo,\n"
        "- att kommunen ska stänga torget för bilar på kvällarna.\n\n"
        "Vad invånarna har sagt\n"
        "Många vill också att kommunen ska bygga en ny skatepark, vilket inte ingår i löftet.\n\n"
        "Det här lovar vi 2027–2028\n"
        "- att polisen ska vara på plats vid Vanån fredagskvällar under sommaren,\n"
        "- att kommunen ska röja slyet längs gångvägen till skolan.\n"
    )

    assert _promised(text) == [
        "att polisen ska vara på plats vid Vanån fredagskvällar under sommaren,",
        "att kommunen ska röja slyet längs gångvägen till skolan.",
    ]


def test_a_line_labelled_with_a_partys_share_is_its_promise_unless_it_does_nothing() -> None:
    text = (
        "Medborgarlöfte Gällivare 2027\n\n"
        "Fokusområde 1: Centrum\n"
        "Polisens del: Polisen går fotpatrull i gallerian på fredagskvällar.\n"
        "Kommunens del: Kommunen anställer två trygghetsvärdar till stationen.\n\n"
        "Fokusområde 2: Malmberget\n"
        "Polisens del: Kommunpolisen besöker föräldramötena i årskurs åtta.\n"
        "Kommunens del: Här har kommunen ingen egen aktivitet i år.\n"
    )

    assert _promised(text) == [
        "Polisens del: Polisen går fotpatrull i gallerian på fredagskvällar.",
        "Kommunens del: Kommunen anställer två trygghetsvärdar till stationen.",
        "Polisens del: Kommunpolisen besöker föräldramötena i årskurs åtta.",
    ]


def test_news_quotes_that_wish_or_speak_about_the_promise_are_not_promises() -> None:
    text = (
        "Nytt medborgarlöfte i Arjeplog 2027\n\n"
        "Fokusområde 1: Sommarturismen\n"
        "- Polisen gör båtkontroller på Hornavan varje helg i juli.\n"
        "- Det här är saker vi klarar av, säger kommunpolis Lena Sarri. Vi lovar hellre "
        "lite än för mycket.\n\n"
        "”Jag vill att vi ska bli Norrbottens tryggaste sommarkommun”, säger "
        "kommunalrådet Anders Rimpi.\n\n"
        "Under vintern har gruvbolaget på eget initiativ anställt väktare vid lägret. Det är "
        "bolagets eget arbete och inte en del av löftet.\n"
    )

    assert _promised(text) == ["Polisen gör båtkontroller på Hornavan varje helg i juli."]


def test_a_programme_that_holds_a_promise_keeps_its_own_duties_out_of_it() -> None:
    text = (
        "Trygghetsprogram för Mörbylånga kommun 2027–2030\n\n"
        "1. Inledning\n"
        "Programmet beskriver hur kommunen arbetar för att alla ska kunna känna sig trygga.\n\n"
        "2. Kommunens egna insatser\n"
        "Följande insatser ingår i programmet men är inte en del av medborgarlöftet:\n"
        "- Kommunen ska utbilda alla rektorer i hedersrelaterat våld.\n"
        "- Socialtjänsten ska införa ett nytt arbetssätt för orosanmälningar.\n\n"
        "3. Medborgarlöfte 2027–2028\n"
        "Vi lovar att:\n"
        "- Polisen ska kontrollera båtar i Färjestadens hamn under juli.\n"
        "- Kommunen ska anlita ordningsvakter vid badplatsen i Grönhögen.\n\n"
        "Företagarföreningen ska enligt sin egen plan betala extra städning efter "
        "midsommar.\n\n"
        "4. Uppföljning\n"
        "Kommunstyrelsen ska följa upp programmet varje år.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen ska kontrollera båtar i Färjestadens hamn under juli.",
        "Kommunen ska anlita ordningsvakter vid badplatsen i Grönhögen.",
    ]
    assert found["period"]["end"] == "2028-12-31"


def test_an_agreements_duties_in_cooperation_are_not_the_promise_in_its_annex() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE\n"
        "mellan Sollefteå kommun och Polismyndigheten\n\n"
        "4. Parternas åtaganden i samverkan\n"
        "Kommunen ska utse en samordnare som kontaktperson mot polisen. Polisen ska utse en "
        "kommunpolis för Sollefteå.\n\n"
        "Bilaga 1. Medborgarlöfte 2027\n"
        "Polisen lovar att:\n"
        "• hålla föreläsningar om bedrägerier för pensionärsföreningarna,\n"
        "• patrullera vid Nipan under sommarkvällarna.\n"
    )

    assert _promised(text) == [
        "hålla föreläsningar om bedrägerier för pensionärsföreningarna,",
        "patrullera vid Nipan under sommarkvällarna.",
    ]


def test_a_minutes_own_signers_and_a_police_areas_second_kommun_are_not_the_promises() -> None:
    text = (
        "SALA KOMMUN\n"
        "Kommunfullmäktige\n"
        "PROTOKOLLSUTDRAG\n"
        "Sammanträdesdatum 2027-02-15\n\n"
        "§ 21 Medborgarlöfte 2027 mellan Sala kommun och lokalpolisområde Sala/Heby\n\n"
        "Sala kommun lovar att\n"
        "- sanera klotter i Sala centrum inom två dagar efter anmälan,\n"
        "- hålla fritidsgården i Möklinta öppen på lördagar.\n\n"
        "Expedieras till\n"
        "Polisen, lokalpolisområde Sala/Heby\n\n"
        "Justerare\n"
        "Ordförande: Gunnar Ekholm\n"
        "Justerare: Maria Lindh, Per Stål\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["signatories"] == []
    assert [m["name"] for m in found["municipalities"]] == ["Sala"]


def test_a_news_paragraph_with_two_parties_undertakings_gives_two_promises_without_its_lead() -> (
    None
):
    text = (
        "Nytt medborgarlöfte i Tierp\n\n"
        "Tierps kommun och polisen har skrivit under ett nytt löfte för 2027. Polisen lovar "
        "att patrullera vid torget varje fredagskväll. Kommunen ska dessutom byta "
        "belysningen i Vallskogsparken före hösten.\n"
    )

    assert _promised(text) == [
        "Polisen lovar att patrullera vid torget varje fredagskväll.",
        "Kommunen ska dessutom byta belysningen i Vallskogsparken före hösten.",
    ]


def test_an_interviews_reply_under_its_question_gives_a_promise_per_undertaking() -> None:
    text = (
        "Fyra frågor till kommunpolisen i Tranås\n\n"
        "Vad lovar ni i år?\n"
        "– Polisen åtar sig att ha öppen mottagning i Sommen en kväll i månaden. Vi ska också "
        "kontrollera mopeder vid Ängaryd på vårkvällarna. Kommunen har för sin del lovat att "
        "lysa upp gångvägen vid Svartån.\n\n"
        "Vad kan invånarna göra?\n"
        "– Anmäl alltid brott, även när det känns lönlöst.\n"
    )

    assert _promised(text) == [
        "Polisen åtar sig att ha öppen mottagning i Sommen en kväll i månaden.",
        "Vi ska också kontrollera mopeder vid Ängaryd på vårkvällarna.",
        "Kommunen har för sin del lovat att lysa upp gångvägen vid Svartån.",
    ]


@pytest.mark.parametrize(
    ("paragraph", "promised"),
    [
        (
            "Många vill att polisen ska synas mer vid stationen. Därför ska polisen gå "
            "fotpatrull där varje fredagskväll.",
            ["Därför ska polisen gå fotpatrull där varje fredagskväll."],
        ),
        (
            "Många vill att polisen ska synas mer vid stationen, och därför lovar polisen att "
            "gå fotpatrull där varje fredagskväll.",
            [
                "Många vill att polisen ska synas mer vid stationen, och därför lovar polisen "
                "att gå fotpatrull där varje fredagskväll."
            ],
        ),
        (
            "Polisen kommer inte att stänga receptionen utan ska i stället hålla öppet två "
            "kvällar i veckan.",
            [
                "Polisen kommer inte att stänga receptionen utan ska i stället hålla öppet två "
                "kvällar i veckan."
            ],
        ),
    ],
)
def test_a_wish_or_a_refusal_does_not_hide_the_promise_that_follows_it(
    paragraph: str, promised: list[str]
) -> None:
    assert _promised(f"Nytt medborgarlöfte i Älvkarleby\n\n{paragraph}\n") == promised


def test_a_poster_with_guillemet_items_under_party_and_joint_headings() -> None:
    text = (
        "VÅRT LÖFTE TILL DIG\n"
        "Medborgarlöfte för Båstads kommun\n\n"
        "DÄRFÖR LOVAR VI\n\n"
        "POLISEN\n"
        "» kontrollerar båttrafiken i Torekovs hamn på sommarhelgerna\n\n"
        "KOMMUNEN\n"
        "» tänder belysningen längs strandpromenaden hela natten\n\n"
        "TILLSAMMANS\n"
        "» står vi på torget under Båstadsveckan\n"
    )

    assert _promised(text) == [
        "kontrollerar båttrafiken i Torekovs hamn på sommarhelgerna",
        "tänder belysningen längs strandpromenaden hela natten",
        "står vi på torget under Båstadsveckan",
    ]


def test_a_promise_laid_out_as_a_block_of_cells_is_its_first_row() -> None:
    text = (
        "Lerums kommun | Polisen\n"
        "MEDBORGARLÖFTE\n"
        "Löftet gäller till och med den 31 maj 2027.\n\n"
        "Löfte 1    | Polisen går fotpatrull vid Lerums station fredagskvällar.\n"
        "Ansvarig   | Polisen, lokalpolisområde Alingsås\n"
        "Mätetal    | Antal kvällar per månad\n"
        "Tidplan    | September–december 2026\n\n"
        "Löfte 2    | Kommunen sätter upp belysning i gångtunneln vid Aspedalen.\n"
        "Ansvarig   | Lerums kommun\n"
        "Tidplan    | Klart i oktober 2026\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Löfte 1 | Polisen går fotpatrull vid Lerums station fredagskvällar.",
        "Löfte 2 | Kommunen sätter upp belysning i gångtunneln vid Aspedalen.",
    ]
    assert found["period"]["end"] == "2027-05-31"


def test_a_news_paragraph_with_an_aside_after_the_party_and_a_split_bjuder_in() -> None:
    text = (
        "Nytt medborgarlöfte i Filipstad\n\n"
        "Kommunen, för sin del, håller biblioteket öppet till klockan 21 på torsdagar. "
        "Tillsammans bjuder polisen och kommunen in till ett möte i Nykroppa om inbrott.\n"
    )

    assert _promised(text) == [
        "Kommunen, för sin del, håller biblioteket öppet till klockan 21 på torsdagar.",
        "Tillsammans bjuder polisen och kommunen in till ett möte i Nykroppa om inbrott.",
    ]


def test_an_introduction_in_numbered_sections_is_no_promise_and_its_end_returns_to_the_title() -> (
    None
):
    text = (
        "MEDBORGARLÖFTE 2027\n"
        "Arjeplogs kommun och lokalpolisområde Arvidsjaur\n\n"
        "I. INLEDNING\n\n"
        "1.1 Syfte. Syftet med löftet är att fler ska känna sig trygga i byarna.\n\n"
        "1.2 Underlag. Löftet bygger på samtal med boende i Laisvall och Slagnäs.\n\n"
        "II. I CENTRALORTEN\n\n"
        "2.1 Polisen är på plats vid Silvermuseet två kvällar i veckan under sommaren.\n\n"
        "2.2 Kommunen ser över belysningen vid skolan och byter trasiga lampor.\n"
    )

    assert _promised(text) == [
        "Polisen är på plats vid Silvermuseet två kvällar i veckan under sommaren.",
        "Kommunen ser över belysningen vid skolan och byter trasiga lampor.",
    ]


def test_a_revised_promise_keeps_its_marked_lines_but_not_the_struck_ones_or_the_legend() -> None:
    text = (
        "Medborgarlöfte 2027 för Tjörns kommun\n\n"
        "Om versionen\n"
        "Löftet för 2026 har följts upp av styrgruppen, som har valt att revidera det. "
        "Raderna är märkta så här:\n\n"
        "[Nytt] = tillkommer 2027\n"
        "[Stryks] = ingår inte längre i löftet\n\n"
        "Löftets innehåll 2027\n\n"
        "1. [Kvarstår] Polisen har mottagning i Skärhamn varannan tisdag.\n"
        "2. [Stryks] Kommunen delar ut reflexvästar till alla elever i årskurs 1.\n"
        "3. [Nytt] Kommunen lagar belysningen på gångbron till Tjörnbron.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "promise_set"
    assert [p["text"] for p in found["promises"]] == [
        "[Kvarstår] Polisen har mottagning i Skärhamn varannan tisdag.",
        "[Nytt] Kommunen lagar belysningen på gångbron till Tjörnbron.",
    ]


def test_a_newsletters_other_articles_and_calendar_promise_nothing() -> None:
    text = (
        "GISLAVEDS KOMMUN\nNyhetsbrev nummer 2\n\n"
        "I det här numret\n"
        "1. Nytt badhus i Anderstorp\n"
        "2. Medborgarlöftet 2027\n"
        "3. Kalendarium\n\n"
        "NYTT BADHUS I ANDERSTORP\n\n"
        "Kommunen ska bygga ett nytt badhus med en 25-metersbassäng i Anderstorp.\n\n"
        "MEDBORGARLÖFTET 2027\n\n"
        "Kommunen och polisen har skrivit under ett nytt löfte för 2027.\n"
        "• Polisen patrullerar till fots i Gislaved centrum på fredagskvällar.\n"
        "• Kommunen rustar upp belysningen vid busstationen i Smålandsstenar.\n\n"
        "KALENDARIUM\n\n"
        "12 april – Vårmarknad på torget i Gislaved\n"
    )

    assert _promised(text) == [
        "Polisen patrullerar till fots i Gislaved centrum på fredagskvällar.",
        "Kommunen rustar upp belysningen vid busstationen i Smålandsstenar.",
    ]


def test_meeting_notes_that_follow_up_last_year_and_agree_on_next_years_promises() -> None:
    text = (
        "MINNESANTECKNINGAR\n"
        "Arbetsmöte om medborgarlöfte 2027 – Bjurholms kommun och Polisen\n\n"
        "Datum: 2026-11-04\nNärvarande: Lisa Nordin, Per Ek\n\n"
        "1. Uppföljning av löftet 2026\n"
        "Kommunpolisen redovisade att kontrollerna vid skolan gjordes vid sex tillfällen.\n\n"
        "2. Resultat från medborgardialogen\n"
        "De vanligaste synpunkterna var:\n"
        "- att mopeder kör på gångvägen vid Öreälven,\n"
        "- att belysningen vid busstationen är dålig.\n\n"
        "3. Förslag till medborgarlöfte 2027\n"
        "Gruppen enades om följande löften för 2027:\n"
        "* Polisen kontrollerar mopeder på gångvägen vid Öreälven varje vårmånad.\n"
        "* Kommunen byter belysningen vid busstationen före oktober.\n\n"
        "Lisa tar med sig frågan om en ny fritidsgård, men den ska inte stå i löftet.\n\n"
        "4. Fortsatt arbete\n"
        "Löftet ska sedan undertecknas av kommunstyrelsens ordförande i januari.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "promise_set"
    assert [p["text"] for p in found["promises"]] == [
        "Polisen kontrollerar mopeder på gångvägen vid Öreälven varje vårmånad.",
        "Kommunen byter belysningen vid busstationen före oktober.",
    ]


def test_a_tables_rows_are_promises_but_not_the_page_footer_or_who_keeps_the_plan() -> None:
    text = (
        "Handlingsplan medborgarlöfte 2027\n\n"
        "Aktivitet | Ansvarig | När\n"
        "Kommunpolis på plats på biblioteket i Bjärred en onsdag i månaden | Polisen | Hela året\n"
        "Ny belysning vid busshållplatsen i Flädie | Kommunen | Våren 2027\n\n"
        "Lomma kommun | Handlingsplan medborgarlöfte | Sida 1 av 2\n\n"
        "Kommunens trygghetssamordnare ansvarar för att handlingsplanen hålls aktuell.\n"
    )

    assert _promised(text) == [
        "Kommunpolis på plats på biblioteket i Bjärred en onsdag i månaden | Polisen | Hela året",
        "Ny belysning vid busshållplatsen i Flädie | Kommunen | Våren 2027",
    ]


def test_what_is_done_already_a_running_header_and_figures_are_no_promises() -> None:
    text = (
        "Medborgarlöfte för Tranemo kommun\n\n"
        "MEDBORGARLÖFTE TRANEMO 2027        1 (3)\n\n"
        "Medborgarlöftet syftar till att\n"
        "– öka tryggheten i Limmared,\n"
        "– förebygga brott genom samverkan.\n\n"
        "Det här gör polisen och kommunen redan i dag\n\n"
        "Polisen\n"
        "– genomför trafikövervakning enligt regionens plan,\n\n"
        "Kommunen\n"
        "– driver fritidsgården i Tranemo.\n\n"
        "Ort | 2025 | 2026\n"
        "Limmared | 14 % | 19 %\n"
        "Övriga orter | 9 % | 10 %\n\n"
        "MEDBORGARLÖFTE TRANEMO 2027        2 (3)\n\n"
        "Våra löften\n"
        "Polisen åtar sig att:\n"
        "1. Genomföra hastighetskontroller vid skolan i Limmared varje månad.\n\n"
        "Utöver detta bedriver polisen sin ordinarie verksamhet i hela kommunen.\n\n"
        "Dela | Facebook | X | LinkedIn\n\n"
        "MEDBORGARLÖFTE TRANEMO 2027        3 (3)\n\n"
        "........................ | ........................\n"
    )

    assert _promised(text) == ["Genomföra hastighetskontroller vid skolan i Limmared varje månad."]


def test_a_report_titled_as_one_is_a_follow_up_though_it_ends_with_the_next_promises() -> None:
    text = (
        "Medborgarlöftet april 2026 – mars 2027: så har det gått\n\n"
        "1. Hastigheten\nVi lovade att polisen kontrollerar hastigheten vid skolan i Bjurholm.\n"
        "Resultat: Åtta kontroller gjordes.\n\n"
        "2. Lovet\nVi lovade att kommunen ordnar en mötesplats i Agnäs på vinterlovet.\n"
        "Resultat: Den var öppen sex kvällar.\n\n"
        "Nästa löfte i korthet\n"
        "- Polisen gör båtkontroller på Öreälven under juli.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [p["text"] for p in found["promises"]] == [
        "Polisen gör båtkontroller på Öreälven under juli."
    ]


def test_a_declaration_of_intent_promises_nothing() -> None:
    text = (
        "AVSIKTSFÖRKLARING\nom samverkan mellan Lekebergs kommun och Polismyndigheten\n\n"
        "Kommunen och polisen är överens om att\n"
        "- teckna en samverkansöverenskommelse senast den 31 oktober 2027,\n"
        "- bjuda in invånarna till en medborgardialog under våren.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "agreement"
    assert found["promises"] == []


def test_a_report_gives_each_promise_a_numbered_heading_with_its_status_after_a_dash() -> None:
    text = (
        "UPPFÖLJNING MEDBORGARLÖFTE 2026\nKramfors kommun och Polisen\n\n"
        "2  Löftena och utfallet\n\n"
        "2.1  Fotpatruller vid Kramfors resecentrum på helgkvällar – Genomfört\n\n"
        "Polisen patrullerade 38 helger, oftast mellan kl. 21 och 01.\n\n"
        "2.2  Föräldramöten om droger i årskurs 8 – Ej påbörjat\n\n"
        "Mötena skulle hållas av fältgruppen tillsammans med skolorna.\n"
        "Tjänsterna var vakanta under hösten.\n\n"
        "2.3  Redovisning av löftet i kommunstyrelsen två gånger – Genomfört\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [(o["promise"], len(o["not_done"])) for o in found["outcomes"]] == [
        ("Fotpatruller vid Kramfors resecentrum på helgkvällar", 0),
        ("Föräldramöten om droger i årskurs 8", 1),
    ]
    assert (
        "Mötena skulle hållas av fältgruppen tillsammans med skolorna."
        in (found["outcomes"][1]["done"][0])
    )


def test_a_reports_paragraphs_each_open_with_a_promises_short_name_and_its_status() -> None:
    text = (
        "Uppföljning av medborgarlöftet i Herrljunga 2026\n\n"
        "Så här gick det:\n\n"
        "Kontroller vid skolorna – Genomfört. Polisen gjorde tolv kontroller vid\n"
        "skolorna under året.\n\n"
        "Belysning vid stationen – Delvis genomfört. Hälften av lamporna kom upp\n"
        "i oktober.\n\n"
        "Föräldraträff om droger – Ej genomfört. Träffen ställdes in.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [(o["promise"], o["done"], o["not_done"]) for o in found["outcomes"]] == [
        (
            "Kontroller vid skolorna",
            ["Genomfört. Polisen gjorde tolv kontroller vid skolorna under året."],
            [],
        ),
        (
            "Belysning vid stationen",
            ["Delvis genomfört. Hälften av lamporna kom upp i oktober."],
            [],
        ),
        (
            "Föräldraträff om droger",
            [],
            [{"what": "Föräldraträff om droger", "reason": "Träffen ställdes in."}],
        ),
    ]


def test_an_infographics_text_lists_each_partys_promise_under_its_status() -> None:
    text = (
        "MEDBORGARLÖFTET 2025\nSÅ GICK DET\n\n"
        "Teckenförklaring\n✔ Klart = det vi lovade är gjort\n✖ Inte gjort = det blev inte av\n\n"
        "✔ KLART\n\n"
        "🚓 POLISEN\nHastighetskontroller vid skolan i Kälarne\nMål: 20 | Gjort: 26\n\n"
        "📋 POLISEN + KOMMUNEN\nVi berättar hur det går i trygghetsrådet\n\n"
        "◐ PÅGÅR\n\n"
        "💡 KOMMUNEN\nNy belysning längs älvstråket\nHalva sträckan klar.\n\n"
        "✖ INTE GJORT\n\n"
        "👣 POLISEN + KOMMUNEN\nTrygghetsvandring i Gimdalen\nInställd två gånger.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [(o["promise"], o["parties"], bool(o["not_done"])) for o in found["outcomes"]] == [
        ("Hastighetskontroller vid skolan i Kälarne", ["police"], False),
        ("Ny belysning längs älvstråket", ["municipality"], False),
        ("Trygghetsvandring i Gimdalen", ["police", "municipality"], True),
    ]
    assert found["outcomes"][1]["done"][0] == "PÅGÅR"


def test_a_news_item_that_tells_what_had_been_promised_and_then_what_came_of_it() -> None:
    text = (
        "Sommarlöftet i Bräcke: polisen var ute oftare än utlovat\n\n"
        "Sommaren är slut, och därmed också medborgarlöftet.\n\n"
        "Polisen hade lovat att göra nykterhetskontroller vid Revsundssjön varje helg. Det "
        "blev fler än så.\n\n"
        "Tillsammans hade polisen och kommunen lovat att\n"
        "ordna en märkningsdag för båtmotorer i Kälarne. Den hölls den 13 juni.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen hade lovat att göra nykterhetskontroller vid Revsundssjön varje helg.",
        "Tillsammans hade polisen och kommunen lovat att ordna en märkningsdag för båtmotorer "
        "i Kälarne.",
    ]


def test_a_blog_quotes_each_promise_word_for_word_and_says_how_it_went() -> None:
    text = (
        "Vi citerar löftet – och säger som det blev\n\n"
        "29 januari 2026 · Hanna Persson\n\n"
        "Varje år i januari går vi igenom medborgarlöftet mening för mening.\n\n"
        "*”Polisen kommer att genomföra hastighetskontroller genom Kälarne varje månad.”*\n\n"
        "Det här höll vi. Det blev 29 kontroller under året.\n\n"
        "*”Kommunen kommer att rusta upp belysningen i gångtunneln.”*\n\n"
        "Lamporna kom upp i oktober.\n\n"
        "*”Vi vill att fler ska känna sig trygga i hela kommunen.”*\n\n"
        "Det är en ambition och inget löfte.\n\n"
        "Nyckeltal trygghet | 2023 | 2024 | 2025\n"
        "Anmälda skadegörelsebrott per 1 000 invånare | 12,4 | 13,1 | 11,2\n\n"
        "Kommunfullmäktiges mål: ”Bräcke ska vara en trygg kommun att bo i”\n"
        "Bedömning: Målet är delvis uppfyllt.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen kommer att genomföra hastighetskontroller genom Kälarne varje månad.",
        "Kommunen kommer att rusta upp belysningen i gångtunneln.",
    ]


def test_a_letters_reply_goes_through_each_labelled_promise_and_what_came_of_it() -> None:
    text = (
        "Från: Linnea Fransson\nTill: Samhällsföreningen\nÄmne: SV: Hur blev det?\n\n"
        "Hej! Här kommer punkterna, en i taget:\n\n"
        "1. Polisen: hastighetskontroller på Storgatan i Kälarne, minst en i månaden.\n"
        "Det blev 15 kontroller, alltså fler än tolv.\n\n"
        "2. Kommunen: ny belysning på gångvägen vid stationen.\n"
        "Lamporna sattes upp i oktober.\n\n"
        "3. Polisen och kommunen tillsammans: trygghetsvandring i Gimdalen under hösten.\n"
        "Vandringen gick den 15 oktober med fjorton deltagare.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [(o["promise"], o["parties"]) for o in found["outcomes"]] == [
        ("Polisen: hastighetskontroller på Storgatan i Kälarne, minst en i månaden.", ["police"]),
        ("Kommunen: ny belysning på gångvägen vid stationen.", ["municipality"]),
        (
            "Polisen och kommunen tillsammans: trygghetsvandring i Gimdalen under hösten.",
            ["police", "municipality"],
        ),
    ]


def test_a_councils_agenda_follows_the_promise_up_in_one_item_and_not_in_the_others() -> None:
    text = (
        "Trygghetsrådet i Bräcke\n\nDAGORDNING\n\n"
        "4. Lägesbild från polisen                                   Information\n"
        "Föredragande: Nadia Karimi\n\n"
        "5. Uppföljning av medborgarlöftet 2026                      Information\n"
        "Föredragande: Elin Borg\n\n"
        "5.1 Polisen kontrollerar mopeder i Kälarne varannan vecka.\n"
        "Klart för 2025 och 2026. 27 kontroller.\n\n"
        "5.2 Kommunen anställer två fältassistenter i Gimdalen.\n"
        "Klart. Båda på plats sedan september.\n\n"
        "6. Inför nytt medborgarlöfte 2027                           Diskussion\n"
        "Föredragande: Elin Borg\n"
        "Förslag på områden att diskutera:\n"
        "– bilbränder kring parkeringarna i Kälarne,\n"
        "– trafiken på E14.\n\n"
        "7. Räddningstjänsten: anlagda bränder 2026                   Information\n\n"
        "8. Nästa sammanträde\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [(o["promise"], o["done"]) for o in found["outcomes"]] == [
        (
            "Polisen kontrollerar mopeder i Kälarne varannan vecka.",
            ["Klart för 2025 och 2026. 27 kontroller."],
        ),
        (
            "Kommunen anställer två fältassistenter i Gimdalen.",
            ["Klart. Båda på plats sedan september."],
        ),
    ]


def test_a_coordinators_e_mail_reports_numbered_promises_with_their_status() -> None:
    text = (
        "Från: Lena Brink\nTill: Styrgrupp medborgarlöfte\n"
        "Ämne: Status medborgarlöftet 2026\n\n"
        "Hej! Här kommer en kort status.\n\n"
        "1) Kommunpolisen har öppen mottagning i Bollstabruk varje månad – Pågår\n"
        "Fyra av sex mottagningar är gjorda.\n\n"
        "2) Belysning längs cykelvägen mellan Nyland och skolan – Ej påbörjat\n"
        "Budgeten är inte beslutad ännu.\n\n"
        "Övrigt\n"
        "- Jag föreslår att vi bjuder in bostadsbolaget till nästa möte.\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Ola Hed\nHinner du skicka en status före semestern?\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Kommunpolisen har öppen mottagning i Bollstabruk varje månad",
        "Belysning längs cykelvägen mellan Nyland och skolan",
    ]


def test_a_web_page_follows_up_goals_with_their_results_and_ends_with_next_years() -> None:
    text = (
        "Sollefteå kommun\nMeny   Sök   Lyssna\n\n"
        "Startsida > Trygghet > Medborgarlöfte\n\n"
        "Uppföljning medborgarlöfte 2026\n\n"
        "Trafiken vid skolan\n"
        "Mål: Polisen gör hastighetskontroller vid Ådalsskolan varje månad.\n"
        "Utfall: Elva kontroller.\n"
        "Status: Delvis genomfört\n\n"
        "Unga på kvällarna\n"
        "Mål: Fältassistenterna är ute i centrum varje fredagskväll.\n"
        "Utfall: 44 fredagar.\n\n"
        "Medborgarlöfte 2027\n"
        "Det här lovar vi under 2027:\n"
        "- Kommunen tänder belysningen i Nipanparken.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert found["period"]["end"] == "2026-12-31"  # the year followed up, not the next
    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen gör hastighetskontroller vid Ådalsskolan varje månad.",
        "Fältassistenterna är ute i centrum varje fredagskväll.",
    ]


def test_a_news_item_tells_two_promises_in_one_sentence_of_what_they_would_do() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2026 i Härnösand\n\n"
        "Löftet innehöll tre delar. Polisen lovade att kontrollera mopeder i Älandsbro. "
        "Tillsammans skulle de ordna trygghetsvandringar vid Nattviken, och kommunpolisen "
        "skulle besöka alla sjätteklasser.\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Polisen lovade att kontrollera mopeder i Älandsbro.",
        "Tillsammans skulle de ordna trygghetsvandringar vid Nattviken",
        "kommunpolisen skulle besöka alla sjätteklasser.",
    ]


def test_a_slide_decks_follow_up_has_a_slide_per_promise_with_figures_and_a_status() -> None:
    text = (
        "Bild 1\nMEDBORGARLÖFTE ÅNGE 2026\nUppföljning helår\n\n"
        "Bild 2\nLöftet 2026 i korthet\n• 3 åtaganden\n• Underlag: trygghetsmätning 2025\n\n"
        "Bild 3\nSynlig polis i Ljungaverk\nMinst två pass per månad\n"
        "• 27 pass\n• Status: GENOMFÖRT\n\n"
        "Bild 4\nAnmälda brott\n• Inbrott i bostad: 22 (31)\n\n"
        "Bild 5\nVad tar vi med oss?\n• Närvaron uppskattas\n"
    )

    assert _outcomes(text) == [
        ("Synlig polis i Ljungaverk. Minst två pass per månad", ["27 pass", "GENOMFÖRT"])
    ]


def test_an_answer_to_an_interpellation_goes_through_the_promise_part_by_part() -> None:
    text = (
        "ÖREBRO KOMMUN\nKommunfullmäktige\n\n"
        "Svar på interpellation om medborgarlöftet\n\n"
        "Interpellationen ställer två frågor:\n"
        "1. Vilka delar av löftet har genomförts?\n"
        "2. Kommer ordföranden att verka för att nästa löfte ställer högre krav på polisen?\n\n"
        "Svar\n"
        "Löftet undertecknades av mig och lokalpolisområdeschefen i Karlskoga, Per Ström.\n\n"
        "Den första delen var att polisen skulle patrullera i Vivalla på kvällarna. "
        "Det blev 40 pass.\n\n"
        "Den andra delen var att kommunen skulle rusta upp belysningen vid Brickebacken. "
        "Den blev klar i maj.\n\n"
        "Kommunen lovade två saker till. Det ena var att fältassistenterna skulle vara ute vid "
        "stationen. Det blev varje helg.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [m["code"] for m in found["municipalities"]] == ["1880"]  # not the police area
    assert found["promises"] == []  # the question is none
    assert [(o["promise"], o["done"]) for o in found["outcomes"]] == [
        (
            "Den första delen var att polisen skulle patrullera i Vivalla på kvällarna.",
            ["Det blev 40 pass."],
        ),
        (
            "Den andra delen var att kommunen skulle rusta upp belysningen vid Brickebacken.",
            ["Den blev klar i maj."],
        ),
        (
            "Det ena var att fältassistenterna skulle vara ute vid stationen.",
            ["Det blev varje helg."],
        ),
    ]


def test_a_police_page_lists_this_years_promises_over_last_years_ended_ones() -> None:
    text = (
        "Medborgarlöften i Sundbyberg\n\n"
        "Lokalpolisområde Solna ansvarar för tre kommuner och patrullerna åker dit de behövs.\n\n"
        "Medborgarlöfte 2027\n\n"
        "Löftet gäller i ett år från undertecknandet den 12 mars 2027.\n\n"
        "Polisen ska genomföra riktade insatser vid Sundbybergs centrum.\n"
        "Kommunen ska anlita ordningsvakter vid Hallonbergen på helgerna.\n\n"
        "Medborgarlöfte 2026 (avslutat)\n\n"
        "Polisen ska öka närvaron vid Rissne station kvällstid.\n\n"
        "Fakta: Lokalpolisområde Solna\n"
        "Lokalpolisområdet omfattar Solna och Sundbyberg. I Solna lovar polisen och kommunen "
        "bland annat att öka närvaron vid Solna station.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen ska genomföra riktade insatser vid Sundbybergs centrum.",
        "Kommunen ska anlita ordningsvakter vid Hallonbergen på helgerna.",
    ]
    assert found["period"]["end"] == "2028-03-11"  # a year from the day it was signed


def test_the_kommuner_of_the_police_area_and_one_with_its_own_follow_up_are_not_covered() -> None:
    text = (
        "Så gick det med medborgarlöftet i Nykvarn 2026\n\n"
        "Under 2026 hade polisen och Nykvarns kommun ett gemensamt löfte.\n\n"
        "Vi lovade: Polisen skulle göra hastighetskontroller vid skolorna i Nykvarn.\n"
        "Så gick det: Kontroller gjordes varje månad utom i juli, då arbetet i Södertälje "
        "gick före.\n\n"
        "Lokalpolisområde Södertälje omfattar Södertälje och Nykvarn. Södertäljes uppföljning "
        "publiceras separat.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [m["name"] for m in found["municipalities"]] == ["Nykvarn"]


@pytest.mark.parametrize(
    "text",
    [
        # the police area that also covers another kommun, named after the one promised
        "Polisen och Nykvarns kommun lovade invånarna fem saker. Löftet skrevs under av "
        "Peter Malmgren, chef för lokalpolisområde Södertälje, som förutom Nykvarn även "
        "omfattar Södertälje kommun. Polisen lovade att kontrollera farten, men i våras "
        "behövdes folk i Södertälje.\n",
        # a signer's title with the area's name after a comma, and the area named beside it
        "Medborgarlöfte Nykvarn 2028\n\nPolisen gör kontroller i Nykvarn och i Taxinge, "
        "inte bara i Nykvarn centrum eller Södertälje.\n\n"
        "Anna Berg                         Per Ek\n"
        "Kommunstyrelsens ordförande       Lokalpolisområdeschef, Södertälje\n",
    ],
)
def test_a_police_areas_other_kommun_named_with_it_is_not_covered(text: str) -> None:
    found = extract(normalise(text), REFERENCE)

    assert [m["name"] for m in found["municipalities"]] == ["Nykvarn"]


def test_the_kommuner_a_kommunpolis_is_shared_with_are_not_covered() -> None:
    text = (
        "Medborgarlöfte Essunga 2026\n\n"
        "Essunga är en liten kommun. Polisen i Essunga tillhör lokalpolisområde Västra "
        "Skaraborg, och kommunpolisen delas med Vara och Grästorp.\n\n"
        "Polisen gör hastighetskontroller i Nossebro varje månad.\n\n"
        "Kontakt\nKommunpolis för Vara, Grästorp och Essunga: Fredrik Lagerqvist\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [m["name"] for m in found["municipalities"]] == ["Essunga"]


def test_a_village_named_after_a_point_of_the_compass_is_not_the_kommun() -> None:
    text = (
        "Medborgarlöftet i Klippan\n\nPolisen och Klippans kommun lovade fartkontroller i "
        "Östra Ljungby. Kontrollerna i Östra Ljungby blev elva. Boende i Östra Ljungby är "
        "nöjda, och i Klippan likaså.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [m["name"] for m in found["municipalities"]] == ["Klippan"]


def test_a_plans_rows_marked_as_follow_up_or_ordinary_work_and_the_measures_after_it_are_none() -> (
    None
):
    text = (
        "Medborgarlöfte Tjörn 2026\n\n"
        "3. Så läser du planen\n\n"
        "Rader som är märkta (uppföljning) eller (ordinarie) är inte en del av löftet.\n\n"
        "4. Planen\n\n"
        "NÄR | VAD | VEM\n"
        "Vecka 17 | Mopedkontroller vid skolorna i Skärhamn | Polisen\n"
        "Vecka 39 (uppföljning) | Fältassistenterna stämmer av kvällarna med rektorerna | "
        "Kommunen\n"
        "Juni–augusti (ordinarie) | Sjöpolisens kontroller av fritidsbåtar | Polisen\n"
        "Oktober 2026 | Trygghetsvandring i Skärhamns centrum | Polisen och kommunen\n\n"
        "5. Så vet vi om det har blivit bättre\n\n"
        "Mått | Utgångsläge | Mål\n"
        "Anmälda båtmotorstölder | 31 | högst 20\n"
        "Antal fartkontroller på väg 169 | 6 | minst 10\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"].split(" | ")[1] for p in found["promises"]] == [
        "Mopedkontroller vid skolorna i Skärhamn",
        "Trygghetsvandring i Skärhamns centrum",
    ]


def test_a_plan_of_two_columns_when_and_what_a_party_does_holds_a_promise_a_row() -> None:
    text = (
        "Medborgarlöfte 2027: Tibro dygnet runt\n\n"
        "MORGON kl. 06.30–09.00\n\n"
        "Skoldagar hela året | Kommunen har en skolvärd vid busstationen när skolbussarna "
        "kommer.\n\n"
        "KVÄLL kl. 18.00–23.00\n\n"
        "Fredagar och lördagar, mars–november | Fältassistenterna är ute i centrum.\n\n"
        "Valborgsmässoafton | Polisens vanliga helgarbete. Ingår inte i löftet.\n\n"
        "Från 1 oktober 2027 | Gatubelysningen vid Baggekulla lyser hela natten (kommunen).\n\n"
        "Juni och december | Trygghetsrådet följer upp löftet.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"].split(" | ")[0] for p in found["promises"]] == [
        "Skoldagar hela året",
        "Fredagar och lördagar, mars–november",
        "Från 1 oktober 2027",
    ]


def test_a_plans_fields_when_who_and_how_hold_the_promise_in_how() -> None:
    text = (
        "Medborgarlöfte Sundbyberg 2026\n\n"
        "PROBLEM 1  Otrygghet vid stationen\n\n"
        "  Insats 1 a\n"
        "  NÄR:          torsdag–lördag kl. 18–01, hela perioden\n"
        "  VEM:          Sundbybergs stad\n"
        "  HUR:          Ny belysning på gångbron över järnvägen.\n"
        "  Mäts genom:   besiktning hösten 2026\n\n"
        "  Insats 1 b\n"
        "  NÄR:          hela perioden\n"
        "  VEM:          Polisen\n"
        "  HUR:          Förrådsinbrott utreds av en särskild grupp.\n"
        "                Detta är polisens ordinarie arbete och ingår inte i löftet.\n\n"
        "  Insats 1 c\n"
        "  NÄR:          om budget beviljas 2027\n"
        "  VEM:          Sundbybergs stad\n"
        "  HUR:          Eventuellt fler lampor i parken. Detta är inte\n"
        "                ett åtagande förrän finansieringen är klar.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == ["Ny belysning på gångbron över järnvägen."]


def test_an_agreements_items_coded_by_party_under_each_partys_bare_intro_are_promises() -> None:
    text = (
        "ÖVERENSKOMMELSE OM SAMVERKAN FÖR ETT TRYGGT LERUM 2025–2028\n\n"
        "5. ÅTAGANDEN\n\n"
        "5.1  Parterna ska gemensamt\n\n"
        "  G1  hålla EST-möten varje onsdag,\n"
        "  G2  genomföra trygghetsvandringar i Gråbo varje vår.\n\n"
        "5.2  Polisen ska särskilt\n\n"
        "  P1  göra riktade insatser vid stationen i Floda minst en gång i månaden.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "hålla EST-möten varje onsdag,",
        "genomföra trygghetsvandringar i Gråbo varje vår.",
        "göra riktade insatser vid stationen i Floda minst en gång i månaden.",
    ]


def test_an_agreements_table_by_topic_with_a_column_a_party_holds_a_promise_a_sentence() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE 2026–2029\n\n"
        "Tabell 2. Parternas åtaganden\n\n"
        "Fokusområde | Dorotea kommun åtar sig | Polisen åtar sig | Parterna åtar sig gemensamt\n"
        "1. Trafik | Sätter upp en fartdisplay vid skolan. | Gör trafikkontroller på E45 varje "
        "månad. Skoterpatrull i Borgafjäll under sportlovet. | –\n"
        "2. Samverkan | Brottsförebyggande samordnare på halvtid. | Kommunpolis som kontaktperson "
        "och ledamot i BRÅ. | EST-möte varannan måndag. Gemensam lägesbild som tas fram varje "
        "höst.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Sätter upp en fartdisplay vid skolan.",
        "Gör trafikkontroller på E45 varje månad.",
        "Skoterpatrull i Borgafjäll under sportlovet.",
        "EST-möte varannan måndag.",
    ]


def test_what_each_party_contributes_to_an_agreement_under_its_bidrar_med_is_promised() -> None:
    text = (
        "ÖVERENSKOMMELSE OM SAMVERKAN 2025–2028\n\n"
        "5   INSATSER PER FOKUSOMRÅDE\n\n"
        "5.1 Trafiken\n\n"
        "Ale kommun bidrar med:\n"
        "  ▸ Två farthinder vid skolan i Nygård\n\n"
        "Polisen bidrar med:\n"
        "  ▸ Hastighetskontroller vid Nödinge minst tio gånger per år\n\n"
        "Båda parter bidrar med:\n"
        "  ▸ En trygghetsvandring i Alafors varje höst\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Två farthinder vid skolan i Nygård",
        "Hastighetskontroller vid Nödinge minst tio gånger per år",
        "En trygghetsvandring i Alafors varje höst",
    ]


def test_an_agreements_plan_in_an_annex_after_the_signatures_holds_its_promises() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE 2026–2029\n\n"
        "6. Parternas åtaganden\n\n"
        "Parterna åtar sig att\n"
        "  –  varje år före den 31 januari fastställa en handlingsplan med aktiviteter,\n"
        "  –  dela den information som behövs för den gemensamma lägesbilden.\n\n"
        "10. Underskrifter\n\n"
        "Sollentuna den 25 mars 2026                  Sollentuna den 25 mars 2026\n\n"
        "För Sollentuna kommun                        För Polisen\n\n"
        "______________________________               ______________________________\n"
        "Helena K. Åberg                              Daniel Sjöqvist\n"
        "Kommunstyrelsens ordförande                  Lokalpolisområdeschef\n\n"
        "Sollentuna den 25 mars 2026\n\n"
        "För Sollentunahem AB\n\n______________________________\nMarcus Lindé\n"
        "Verkställande direktör\n\n"
        "Bilagor\n1. Handlingsplan 2026\n\n"
        "Bilaga 1                                     Samverkansöverenskommelse 2026–2029\n\n"
        "HANDLINGSPLAN 2026\n\n"
        "Nr | Aktivitet | Ansvarig | Tid | Indikator\n"
        "1.1 | Fotpatrull vid pendeltågsstationen torsdag till lördag. | Polisen | Hela året | "
        "Antal pass\n"
        "1.2 | Redovisning av handlingsplanens genomförande till styrgruppen. | Kommunen | "
        "Jun, dec | –\n\n"
        "Bilaga 2                                     Samverkansöverenskommelse 2026–2029\n\n"
        "KONTAKTLISTA\n\nBjörn Alm, säkerhetsstrateg, 08-580 285 00\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"].split(" | ")[1] for p in found["promises"]] == [
        "Fotpatrull vid pendeltågsstationen torsdag till lördag."
    ]
    # ... signed under their heading, two of them over one date and the third over another
    assert [s["name"] for s in found["signatories"]] == [
        "Helena K. Åberg",
        "Daniel Sjöqvist",
        "Marcus Lindé",
    ]


def test_a_numbered_promise_stated_then_planned_in_an_annex_is_its_activities() -> None:
    text = (
        "Medborgarlöfte Vännäs 2027\n\nVÅRA TVÅ LÖFTEN\n\n"
        "Löfte 1\nVi lovar att arbeta för en säkrare trafik genom byarna.\n\n"
        "Löfte 2\nVi lovar att unga ska ha fler trygga vuxna omkring sig.\n\n"
        "Hur vi håller löftena står i aktivitetsplanen i bilaga 1.\n\n"
        "BILAGA 1\n\nAKTIVITETSPLAN 2027\n\n"
        "Löfte 1 – Säkrare trafik\n\n"
        "1a  Hastighetskontroller på E4 genom Vännäsby varje månad.   Ansvar: Polisen\n\n"
        "1b  Två hastighetsdisplayer som flyttas mellan byarna.   Ansvar: Kommunen\n\n"
        "Löfte 2 – Fler trygga vuxna\n\n"
        "2a  Fältarbetare ute fredagskvällar året runt.   Ansvar: Kommunen\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Hastighetskontroller på E4 genom Vännäsby varje månad. Ansvar: Polisen",
        "Två hastighetsdisplayer som flyttas mellan byarna. Ansvar: Kommunen",
        "Fältarbetare ute fredagskvällar året runt. Ansvar: Kommunen",
    ]


def test_an_agreements_undertakings_beside_their_party_in_a_left_column_are_promised() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE 2025–2028\n\n"
        "5 ÅTAGANDEN\n\n"
        "Nedan anges vad parterna åtar sig. Den vänstra kolumnen anger vem som ansvarar.\n\n"
        "5.1 Hamnen\n\n"
        "  Polisen        Genomför fotpatrull i Hamnen och Gamla staden fredags- och\n"
        "                 lördagskvällar från midsommar till och med augusti.\n\n"
        "  Kommunen       Har fältassistenter ute fredagskvällar året runt, med start\n"
        "                 vid resecentrum klockan 19.\n\n"
        "6 SAMORDNING OCH UPPFÖLJNING\n\n"
        "  Polisen        Avdelar en kommunpolis som kommunens kontaktperson och\n"
        "                 ständig ledamot i rådet.\n"
    )

    found = extract(normalise(readers.read_document(text.encode(), "x.txt").text), REFERENCE)

    assert [p["text"].split(" | ")[1][:30] for p in found["promises"]] == [
        "Genomför fotpatrull i Hamnen o",
        "Har fältassistenter ute fredag",
    ]


def test_a_renewed_agreements_changed_undertakings_are_promised_in_their_new_words() -> None:
    text = (
        "FÖRNYAD SAMVERKANSÖVERENSKOMMELSE 2025–2029\n\n"
        "6  ÅTAGANDEN\n\n"
        "6.1  Åtaganden som fortsätter\n\n"
        "  a) (Polisen) Polisen gör hastighetskontroller vid skolorna i Kvidinge\n"
        "     minst fyra gånger per termin.\n\n"
        "6.2  Åtaganden som ändras\n\n"
        "  b) (Polisen och kommunen) Bedrägerier\n"
        "     Tidigare: Polisen informerar om bedrägerier vid en träff per år.\n"
        "     Nu:       Polisen och kommunens anhörigstöd håller fyra bedrägeriträffar per år.\n\n"
        "6.3  Nya åtaganden\n\n"
        "  i) (Räddningstjänsten) Räddningstjänsten besöker fritidsgårdarna varje termin.\n\n"
        "6.4  Åtaganden som upphör\n\n"
        "  j) (Polisen) Polisen gör mopedkontroller vid Nyvångsskolan.\n"
    )

    found = extract(normalise(readers.read_document(text.encode(), "x.txt").text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen gör hastighetskontroller vid skolorna i Kvidinge minst fyra gånger per termin.",
        "Polisen och kommunens anhörigstöd håller fyra bedrägeriträffar per år.",
        "Räddningstjänsten besöker fritidsgårdarna varje termin.",
    ]


def test_a_two_year_plan_with_a_column_a_year_holds_a_promise_a_new_cell() -> None:
    text = (
        "HANDLINGSPLAN OCH MEDBORGARLÖFTE VANSBRO 2026–2027\n\n"
        "3 Plan 2026–2027\n\n"
        "Nr Område | 2026 | 2027 | Ansvar\n"
        "1 Trafiken | Hastighetskontroller på väg 26 genom Nås. | Som 2026. | Polisen\n"
        "2 Unga | Kommunen anställer en fältassistent. | Fältassistenten fortsätter. "
        "Fritidsgården i Dala-Järna öppnar fredagskvällar. | Kommunen\n"
        "3 Äldre | Informationsträffar om bedrägerier i Äppelbo. | – | Polisen\n"
        "4 Landsbygden | Om resurserna medger: skoterkontroller vid Skålö. Ingår inte i löftet. "
        "| Om resurserna medger: som 2026. Ingår inte. | Polisen\n\n"
        "4 Resurser och kostnader\n\n"
        "Fältassistent, heltid | 560 000 kr/år | kommunens budget\n"
        "Tryck av foldrar | ca 5 000 kr | kommunen\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Hastighetskontroller på väg 26 genom Nås.",
        "Kommunen anställer en fältassistent.",
        "Fritidsgården i Dala-Järna öppnar fredagskvällar.",
        "Informationsträffar om bedrägerier i Äppelbo.",
    ]


def test_a_meeting_plans_fields_hold_the_promise_in_what_is_done_there() -> None:
    text = (
        "Medborgarlöfte Ale 2025 – mötesplan\n\n"
        "EST-möte\n"
        "  När:        varje tisdag kl. 09.00, hela löftesperioden\n"
        "  Var:        Ale kommunhus, Nödinge\n"
        "  Deltar:     Polisen, kommunens fältgrupp, Alebyggen\n"
        "  Görs där:   Polisen och fältgruppen fördelar helgens kvällar mellan stationerna.\n\n"
        "Trygghetsrådet\n"
        "  När:        17 november 2025\n"
        "  Deltar:     kommundirektör, lokalpolisområdeschef\n"
        "  Görs där:   Halvtidsuppföljning av löftet och beslut om vad som ska redovisas.\n"
    )

    found = extract(normalise(readers.read_document(text.encode(), "x.txt").text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen och fältgruppen fördelar helgens kvällar mellan stationerna."
    ]


def test_the_kommun_named_as_a_party_outweighs_towns_named_once_in_passing() -> None:
    text = (
        "LEDARE\n\nEtt löfte som nästan höll\n\n"
        "I fjol skrev polisen och Tingsryds kommun ner vad de skulle göra. Polisen lovade "
        "att finnas vid busstorget på fredagar, men det blev hälften eftersom personal "
        "behövdes i Växjö och Ljungby under sommaren.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [m["name"] for m in found["municipalities"]] == ["Tingsryd"]


def test_an_agreements_priority_areas_and_a_dialogue_before_the_first_promise_are_no_promises() -> (
    None
):
    text = (
        "Salem och polisen förnyar sin samverkansöverenskommelse\n\n"
        "Salems kommun och lokalpolisområde Botkyrka har tecknat en ny "
        "samverkansöverenskommelse. Parterna har enats om tre prioriterade områden:\n\n"
        "• unga som riskerar att dras in i kriminalitet\n"
        "• bedrägerier som riktas mot äldre\n\n"
        "– Redan i vår kommer vi att bjuda in till en medborgardialog i Rönninge inför det "
        "första medborgarlöftet, säger kommunpolis Sofia Lindh.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "agreement"
    assert found["promises"] == []


def test_a_line_that_ends_on_och_goes_on_though_the_next_starts_with_a_name() -> None:
    text = (
        "Uppföljning medborgarlöfte 2026\n\n"
        "Här redovisar Ånge kommun och polisen vad som blev gjort av löftet under året som "
        "gick, del för del, med det som inte blev av.\n\n"
        "Trafiken vid skolorna\n"
        "Mål: Polisen gör hastighetskontroller vid skolorna i Ånge och\n"
        "Ljungaverk varje månad under terminerna.\n"
        "Utfall: Elva kontroller.\n\n"
        "Unga på kvällarna\n"
        "Mål: Fältgruppen är ute i centrum varje fredagskväll.\n"
        "Utfall: 44 fredagar.\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Polisen gör hastighetskontroller vid skolorna i Ånge och Ljungaverk varje månad "
        "under terminerna.",
        "Fältgruppen är ute i centrum varje fredagskväll.",
    ]


def test_a_plans_table_keeps_a_wrapped_row_whole_and_a_contact_police_row_and_no_reporting() -> (
    None
):
    text = (
        "Handlingsplan medborgarlöfte Ydre 2027\n\n"
        "Tabell 1. Aktiviteter\n"
        "Aktivitet | Ansvarig | Tidsplan | Mått\n"
        "Informationsmöten om bedrägerier för äldre i | Polisen | Mars | Antal möten\n"
        "Rydsnäs och Svinhult | | |\n"
        "Kontaktpolis på plats i kommunhuset varannan tisdag | Polisen | Hela året | Antal\n"
        "Redovisning av medborgarlöftet till kommunstyrelsen | Kommundirektör | December | "
        "Rapport\n"
    )

    assert [p["text"].split(" | ")[0] for p in extract(normalise(text), REFERENCE)["promises"]] == [
        "Informationsmöten om bedrägerier för äldre i Rydsnäs och Svinhult",
        "Kontaktpolis på plats i kommunhuset varannan tisdag",
    ]


def test_an_agreements_own_meetings_and_a_case_officers_assessment_are_no_promises() -> None:
    text = (
        "Samverkansöverenskommelse mellan Strängnäs kommun och Polisen\n\n"
        "4. Avtalsperiod\n"
        "Överenskommelsen gäller 2027-01-01 – 2028-12-31. Senast sex månader före slutet ska "
        "parterna ta ställning till en ny överenskommelse.\n\n"
        "5. Parternas åtaganden\n"
        "Parterna åtar sig att\n"
        "- träffas i en gemensam styrgrupp minst en gång per kvartal,\n"
        "- dela information om problemplatser i den utsträckning lagen tillåter,\n"
        "- varje år ta fram en gemensam lägesbild.\n\n"
        "Bilaga 1. Medborgarlöfte 2027\n"
        "Polisen lovar att göra hastighetskontroller vid skolorna i Mariefred.\n"
        "Förvaltningen bedömer att åtagandena ryms inom budget.\n"
        "Tjänsten som fältassistent finansieras genom omfördelning inom socialförvaltningen.\n"
    )

    assert _promised(text) == [
        "Polisen lovar att göra hastighetskontroller vid skolorna i Mariefred."
    ]


def test_a_numbered_promise_that_states_its_aim_over_who_does_what_is_a_lead_in() -> None:
    text = (
        "Medborgarlöfte Boxholm 2027\n\n"
        "Våra löften\n\n"
        "Löfte 1. Vi ska få ner hastigheterna i tätorten.\n"
        "   o Polisen gör hastighetskontroller vid skolan i Malexander varje månad.\n"
        "   o Kommunen sätter upp hastighetsdisplayer på Storgatan.\n\n"
        "Löfte 2. Polisen ska träffa alla elever i årskurs 8 och prata om narkotika.\n"
    )

    assert _promised(text) == [
        "Polisen gör hastighetskontroller vid skolan i Malexander varje månad.",
        "Kommunen sätter upp hastighetsdisplayer på Storgatan.",
        "Polisen ska träffa alla elever i årskurs 8 och prata om narkotika.",
    ]


def test_a_status_tables_numbered_comments_tell_how_each_row_went() -> None:
    text = (
        "Uppföljning av medborgarlöfte 2026\n\n"
        "Nr | Löfte | Ansvarig | Status\n"
        "1 | Polisen ska göra åtta trafikkontroller vid infarten. | Polisen | Genomfört\n"
        "2 | Kommunen ska ha fältassistenter ute vid hamnen på sommarlovet. | Kommunen | "
        "Genomfört\n\n"
        "Kommentarer per löfte\n\n"
        "1. Polisen har gjort elva kontroller.\n\n"
        "2. Fältassistenterna har varit ute vid hamnen 20 kvällar.\n"
    )

    assert _outcomes(text) == [
        (
            "Polisen ska göra åtta trafikkontroller vid infarten.",
            ["Polisen | Genomfört", "Polisen har gjort elva kontroller."],
        ),
        (
            "Kommunen ska ha fältassistenter ute vid hamnen på sommarlovet.",
            ["Kommunen | Genomfört", "Fältassistenterna har varit ute vid hamnen 20 kvällar."],
        ),
    ]


def test_questions_and_answers_say_what_each_party_does_and_how_it_is_followed_up() -> None:
    text = (
        "Medborgarlöfte Hultsfred – frågor och svar\n\n"
        "Vad gör polisen?\n"
        "Polisen gör trafikkontroller på riksväg 34 genom Målilla två gånger i månaden.\n\n"
        "Vad gör kommunen?\n"
        "Kommunen byter ut belysningen längs cykelvägen till Hagadal.\n"
        "Hur vi följer upp: antalet kontroller redovisas i BRÅ varje kvartal.\n\n"
        "Vad gör polisen inte?\n"
        "Polisen kan inte ha en patrull i varje ort hela tiden.\n\n"
        "Polisen och kommunen träffas varje kvartal för att se hur arbetet går.\n"
    )

    assert _promised(text) == [
        "Polisen gör trafikkontroller på riksväg 34 genom Målilla två gånger i månaden.",
        "Kommunen byter ut belysningen längs cykelvägen till Hagadal.",
    ]


def test_a_framed_follow_up_table_whose_cells_wrap_between_rules_is_read_row_by_row() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2026\n\n"
        "| Löfte                               | Klart? | Kommentar              |\n"
        "|-------------------------------------|--------|------------------------|\n"
        "| Polisen gör hastighetskontroller på | Ja     | 11 kontroller.         |\n"
        "| Bergkvaravägen varannan vecka.      |        |                        |\n"
        "|-------------------------------------|--------|------------------------|\n"
        "| Grannsamverkan startas i Söderåkra. | Nej    | För få anmälda.        |\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Polisen gör hastighetskontroller på Bergkvaravägen varannan vecka.",
        "Grannsamverkan startas i Söderåkra.",
    ]


def test_a_kommunpolis_blog_post_tells_what_was_promised_last_year() -> None:
    text = (
        "Kommunpolisen i Emmaboda – blogg\n\n"
        "Så blev det med löftet 2026\n"
        "Publicerat 19 januari 2027 av Linnea Sjöqvist, kommunpolis | Kategori: Medborgarlöfte\n\n"
        "I fjol lovade vi att polisen skulle göra hastighetskontroller på Storgatan. "
        "Det blev 15 kontroller.\n\n"
        "Vi lovade också att kommunen skulle ordna nattvandringar i Lindås. "
        "Det blev fyra kvällar.\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "I fjol lovade vi att polisen skulle göra hastighetskontroller på Storgatan.",
        "Vi lovade också att kommunen skulle ordna nattvandringar i Lindås.",
    ]


def test_a_sentence_a_page_break_cut_goes_on_after_the_page_number_and_running_header() -> None:
    text = (
        "Medborgarlöfte Sjöbo 2027\n\n"
        "Våra löften\n"
        "Polisen bjuder tillsammans med LRF Sjöbo in till\n\n"
        "Sida 1 av 2\n\n"
        "Medborgarlöfte Sjöbo 2027\n\n"
        "informationsträffar om stöldskydd i Sövde och Vollsjö.\n"
        "Kommunen erbjuder föräldrautbildning till alla vårdnadshavare i årskurs 7.\n"
    )

    assert _promised(text) == [
        "Polisen bjuder tillsammans med LRF Sjöbo in till informationsträffar om stöldskydd i "
        "Sövde och Vollsjö.",
        "Kommunen erbjuder föräldrautbildning till alla vårdnadshavare i årskurs 7.",
    ]


def test_a_question_about_the_year_opens_bare_verb_items_under_party_headings() -> None:
    text = (
        "Medborgarlöfte för Tingsryd 2026\n\n"
        "Lägesbild\n"
        "Boende i Ryd oroar sig för fortkörning och mörka badplatser.\n\n"
        "Vad gör vi under året?\n\n"
        "Polisen\n"
        "– kontrollerar hastigheten på Storgatan varje vecka\n"
        "– besöker högstadiet i Ryd en gång per termin\n\n"
        "Tingsryds kommun\n"
        "– sätter upp belysning vid badplatsen i Konga\n"
    )

    assert _promised(text) == [
        "kontrollerar hastigheten på Storgatan varje vecka",
        "besöker högstadiet i Ryd en gång per termin",
        "sätter upp belysning vid badplatsen i Konga",
    ]


def test_under_a_heading_per_promise_the_party_follows_the_problem_it_answers() -> None:
    text = (
        "Medborgarlöfte 2026 för Nybro\n\n"
        "Lugnare kvällar vid busstationen\n"
        "Många resenärer känner sig otrygga vid busstationen sent på kvällen. Polisen\n"
        "patrullerar där varje fredag mellan 20 och 24.\n\n"
        "Bättre belysning i Stadsparken\n"
        "Kommunen byter ut alla armaturer i Stadsparken under våren.\n\n"
        "Fler vuxna på stan\n"
        "Det finns för få vuxna ute på helgerna. Kommunen och kyrkan ordnar nattvandringar\n"
        "varannan lördag.\n\n"
        "Skadegörelse vid skolan\n"
        "Fönster krossas ofta under helgerna. Polisen utreder den skadegörelse som anmäls,\n"
        "precis som vid andra brott.\n"
    )

    assert _promised(text) == [
        "Polisen patrullerar där varje fredag mellan 20 och 24.",
        "Kommunen byter ut alla armaturer i Stadsparken under våren.",
        "Kommunen och kyrkan ordnar nattvandringar varannan lördag.",
    ]


def test_a_table_row_written_as_labelled_cells_reports_on_the_promise_above_it() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2025\n\n"
        "Rad 1\n"
        "Löfte: Polisen gör nykterhetskontroller vid färjeläget varje månad.\n"
        "Ansvarig: Polisen | Status: Genomfört | Kommentar: Tolv kontroller.\n\n"
        "Rad 2\n"
        "Löfte: Kommunen röjer sly längs gångvägen till stationen.\n"
        "Ansvarig: Kommunen | Status: Pågår | Kommentar: Halva sträckan är klar.\n"
    )

    assert _outcomes(text) == [
        (
            "Polisen gör nykterhetskontroller vid färjeläget varje månad.",
            ["Genomfört | Kommentar: Tolv kontroller."],
        ),
        (
            "Kommunen röjer sly längs gångvägen till stationen.",
            ["Pågår | Kommentar: Halva sträckan är klar."],
        ),
    ]


def test_a_traffic_light_follow_up_quotes_each_promise_under_its_colour() -> None:
    text = (
        "Så gick det med medborgarlöftet 2024\n\n"
        "Grönt – genomfört som vi lovade\n"
        "Rött – inte genomfört\n\n"
        "Mopedkontroller i Lövsta – Grönt\n"
        'Löftet löd: "Polisen kontrollerar mopeder vid Lövsta skola varje månad."\n'
        "Kontroller gjordes varje månad utom i juli.\n\n"
        "Ny belysning vid badet – Rött\n"
        'Löftet löd: "Kommunen sätter upp belysning vid Lövsta bad före hösten."\n'
        "Stolparna levererades inte.\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"]) for o in outcomes] == [
        (
            "Polisen kontrollerar mopeder vid Lövsta skola varje månad.",
            ["Grönt", "Kontroller gjordes varje månad utom i juli."],
        ),
        (
            "Kommunen sätter upp belysning vid Lövsta bad före hösten.",
            ["Stolparna levererades inte."],
        ),
    ]
    assert outcomes[1]["not_done"] and not outcomes[0]["not_done"]


def test_an_annual_report_gives_each_promise_a_paragraph_in_the_past_with_what_came_of_it() -> None:
    text = (
        "Kommunstyrelsen, årsredovisning 2024\n\n"
        "Trygghet\n"
        "Kommunen och polisen hade under 2024 ett gemensamt medborgarlöfte med fyra delar.\n\n"
        "Kommunen tog på sig att röja sly längs gångvägen vid Nyängen. Röjningen gjordes i maj.\n\n"
        "I löftet skrev vi att polisen skulle göra nykterhetskontroller vid färjeläget,\n"
        "Hamnen och Norrby varje månad. Kontroller gjordes i elva av tolv månader.\n\n"
        "Slutligen skulle kommunen och polisen bjuda in till ett möte i Norrby. Mötet\n"
        "hölls i oktober.\n\n"
        "Förra året lovade vi fler kameror.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Kommunen tog på sig att röja sly längs gångvägen vid Nyängen.",
        "I löftet skrev vi att polisen skulle göra nykterhetskontroller vid färjeläget, Hamnen "
        "och Norrby varje månad.",
        "Slutligen skulle kommunen och polisen bjuda in till ett möte i Norrby.",
    ]


def test_a_report_page_copied_without_blank_lines_keeps_its_title_apart_from_the_breadcrumb() -> (
    None
):
    text = (
        "Hofors kommun\n"
        "Meny   Sök   Lyssna   Kontakt   Om kommunen   Trygghet och säkerhet   Nyheter\n"
        "Du är här: Start / Trygghet / Så gick det med medborgarlöftet 2025\n"
        "Så gick det med medborgarlöftet 2025\n"
        "Hastigheten i Torsåker\n"
        "Polisen skulle göra fartkontroller på Torsåkersvägen varje månad.\n"
        "Kontroller gjordes i tio av tolv månader.\n"
        "Belysningen vid Hammaren\n"
        "Kommunen skulle byta belysningen längs gångvägen vid Hammaren.\n"
        "Belysningen byttes i maj.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen skulle göra fartkontroller på Torsåkersvägen varje månad.",
        "Kommunen skulle byta belysningen längs gångvägen vid Hammaren.",
    ]


def test_partners_named_in_a_row_join_the_promise_but_a_struck_one_and_the_whole_do_not() -> None:
    text = (
        "Medborgarlöfte 2026 för Töreboda\n\n"
        "Kommunen och polisen ansvarar för att löftet som helhet genomförs.\n\n"
        "Det här lovar vi\n\n"
        "1. Med bostadsbolaget\n"
        "Polisen, kommunen och Torebodahem går trygghetsvandringar i Centrum i maj.\n\n"
        "2. Med idrotten\n"
        "Kommunen och klubbarna i idrottsrådet håller sporthallen öppen på fredagar.\n\n"
        "3. UTGÅR. Polisen sätter upp kameror vid stationen.\n"
        "Skäl: Kamerorna går inte att motivera i dag.\n"
    )

    assert _promised(text) == [
        "Polisen, kommunen och Torebodahem går trygghetsvandringar i Centrum i maj.",
        "Kommunen och klubbarna i idrottsrådet håller sporthallen öppen på fredagar.",
    ]


def test_who_and_when_lines_belong_to_their_promise_and_the_follow_up_rows_are_no_promises() -> (
    None
):
    text = (
        "Medborgarlöfte 2026 för Sunne\n\n"
        "Prioriterat område 1: Unga i centrum\n"
        "Vad vi gör: Föräldravandringar i centrum med stöd av fritidsgården\n"
        "Vem: Kommunen samordnar, föräldrar från högstadiet går\n"
        "När: Varannan lördag\n\n"
        "Så följer vi upp löftet\n"
        "Vad vi gör: Går igenom löftet i rådet och publicerar resultatet här\n"
        "Vem: Kommunens säkerhetssamordnare\n"
        "När: Juni och december\n"
    )

    assert _promised(text) == [
        "Vad vi gör: Föräldravandringar i centrum med stöd av fritidsgården",
    ]


def test_the_first_heading_per_promise_is_read_like_the_next_whose_why_is_a_line_of_its_own() -> (
    None
):
    text = (
        "Medborgarlöfte 2026 för Kramfors\n\n"
        "Kramfors kommun och polisen har gett ett gemensamt medborgarlöfte för 2026.\n\n"
        "Trygg hamn\n"
        "Många undviker hamnen sent på kvällen. Under 2026 patrullerar polisen i hamnen\n"
        "varje helg.\n\n"
        "Säkrare skolvägar\n"
        "Föräldrar oroar sig för fortkörning vid skolan.\n"
        "Polisen gör hastighetskontroller vid skolan varje vecka.\n"
    )

    assert _promised(text) == [
        "Under 2026 patrullerar polisen i hamnen varje helg.",
        "Polisen gör hastighetskontroller vid skolan varje vecka.",
    ]


def test_what_came_of_each_promise_told_may_follow_as_a_paragraph_of_its_own() -> None:
    text = (
        "Trygghetsarbetet i Torsby under 2024\n\n"
        "Polisen lovade att göra fartkontroller i Östmark varje månad.\n"
        "Kontroller gjordes i tio av tolv månader.\n\n"
        "Kommunen skulle röja sly vid badplatsen i Överbyn.\n"
        "Röjningen blev klar i juni.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [(o["promise"], o["done"]) for o in extracted["outcomes"]] == [
        (
            "Polisen lovade att göra fartkontroller i Östmark varje månad.",
            ["Kontroller gjordes i tio av tolv månader."],
        ),
        ("Kommunen skulle röja sly vid badplatsen i Överbyn.", ["Röjningen blev klar i juni."]),
    ]


def test_a_result_label_alone_over_a_list_tells_what_came_of_the_promise_above() -> None:
    text = (
        "Uppföljning av medborgarlöftet i Bjuv 2019\n\n"
        "Löfte 1\n"
        "Polisen skulle göra tio trafikkontroller på Storgatan under året.\n"
        "Resultat:\n"
        "• Polisen har gjort tolv kontroller.\n"
        "• Fyra mopeder belades med körförbud.\n\n"
        "Löfte 2\n"
        "Kommunen skulle ta bort klotter inom två dygn.\n"
        "Resultat:\n"
        "• Nästan allt klotter togs bort i tid.\n"
    )

    assert _outcomes(text) == [
        (
            "Polisen skulle göra tio trafikkontroller på Storgatan under året.",
            ["Polisen har gjort tolv kontroller.", "Fyra mopeder belades med körförbud."],
        ),
        (
            "Kommunen skulle ta bort klotter inom två dygn.",
            ["Nästan allt klotter togs bort i tid."],
        ),
    ]


def test_noun_phrase_items_under_det_har_gor_vi_and_a_lead_in_ending_genom_att() -> None:
    text = (
        "Medborgarlöfte 2019 – det här gör vi\n\n"
        "• Ökad polisnärvaro i Hemavan under påskveckan\n"
        "• Fler hastighetskontroller på E12 genom Gunnarn\n\n"
        "Skolvägar\n"
        "Polisen och kommunen lovar att arbeta för tryggare skolvägar i Gunnarn genom att\n"
        "o   kommunen bygger en gångbana längs Skolvägen\n\n"
        "Storumans kommun | Kommunhuset | E-post och telefon via kontaktcenter\n"
    )

    assert _promised(text) == [
        "Ökad polisnärvaro i Hemavan under påskveckan",
        "Fler hastighetskontroller på E12 genom Gunnarn",
        "kommunen bygger en gångbana längs Skolvägen",
    ]


def test_a_brochures_heading_vi_ska_opens_the_promises_after_a_question_about_the_promise() -> None:
    text = (
        "Vad är ett medborgarlöfte?\n"
        "Ett gemensamt löfte från kommunen och polisen till dig som bor här.\n\n"
        "VI SKA\n\n"
        "Vi ska mäta hastigheten genom Grythyttan varje månad.\n\n"
        "Vi ska röja sly vid gångtunneln vid stationen.\n"
    )

    assert _promised(text) == [
        "Vi ska mäta hastigheten genom Grythyttan varje månad.",
        "Vi ska röja sly vid gångtunneln vid stationen.",
    ]


def test_footnotes_at_the_foot_of_the_page_are_no_items_and_tillsammans_ska_vi_leads_in() -> None:
    text = (
        "Medborgarlöfte Munkfors 2022\n\n"
        "Otryggheten har ökat sedan 20212 enligt enkäten1.\n\n"
        "Kommunen ska\n"
        "• röja sly längs älvpromenaden i Munkfors3\n\n"
        "Tillsammans ska vi\n"
        "• ordna en trygghetsdag på torget i maj\n\n"
        "1 Polisens trygghetsenkät, svar från Munkfors kommun.\n"
        "2 Polisens statistik över anmälda brott.\n"
        "3 Sträckan mellan bron och badplatsen.\n"
    )

    assert _promised(text) == [
        "röja sly längs älvpromenaden i Munkfors3",
        "ordna en trygghetsdag på torget i maj",
    ]


def test_the_first_line_again_under_a_page_footer_with_words_before_its_number_is_a_header() -> (
    None
):
    text = (
        "TRANEMO KOMMUN          MEDBORGARLÖFTE 2016          POLISEN\n\n"
        "Polisen i Tranemo lovar invånarna att arbeta med de frågor som de har pekat ut.\n\n"
        "Polisen lovar att\n"
        "• göra hastighetskontroller på Storgatan varje månad\n\n"
        "TRANEMO KOMMUN          MEDBORGARLÖFTE 2016          Sida 1 av 2\n"
        "TRANEMO KOMMUN          MEDBORGARLÖFTE 2016          POLISEN\n\n"
        "Kommunen lovar att\n"
        "• byta belysning vid stationen\n"
    )

    assert _promised(text) == [
        "göra hastighetskontroller på Storgatan varje månad",
        "byta belysning vid stationen",
    ]


def test_labelled_promises_each_over_what_came_of_it_make_a_follow_up() -> None:
    text = (
        "Ett år med medborgarlöftet\n\n"
        "Hastigheten vid skolorna\n"
        "Löftet: Polisen skulle göra hastighetskontroller vid skolan i Kärrgruvan.\n"
        "Så blev det: Polisen gjorde 27 kontroller.\n\n"
        "Fältare på sommarlovet\n"
        "Löftet: Kommunens fältassistenter skulle vara ute varje fredag i juli.\n"
        "Så blev det: Fältassistenterna var ute alla fredagar.\n"
    )

    assert _outcomes(text) == [
        (
            "Polisen skulle göra hastighetskontroller vid skolan i Kärrgruvan.",
            ["Polisen gjorde 27 kontroller."],
        ),
        (
            "Kommunens fältassistenter skulle vara ute varje fredag i juli.",
            ["Fältassistenterna var ute alla fredagar."],
        ),
    ]


def test_how_many_things_were_promised_and_what_is_done_besides_are_no_promises() -> None:
    text = (
        "Medborgarlöfte för Överkalix 2027\n\n"
        "Vi lovar att göra fem konkreta saker under året.\n\n"
        "Det här lovar vi:\n"
        "• Nykterhetskontroller på E10 varje månad\n\n"
        "Utöver löftet fortsätter kommunen och polisen arbetet i SSPF och BRÅ. Det arbetet\n"
        "ingår inte i medborgarlöftet men är minst lika viktigt.\n"
    )

    assert _promised(text) == ["Nykterhetskontroller på E10 varje månad"]


def test_numbered_headings_in_capitals_over_what_each_party_does_after_det_har_ar_vad() -> None:
    text = (
        "MEDBORGARLÖFTE NACKSTA\n\n"
        "Ni berättade om bilar som kör för fort och om mörka trappuppgångar.\n\n"
        "Det här är vad vi lovar att göra under ett år. Löftet gäller bara Nacksta.\n\n"
        "1  LUGNARE TRAFIK\n"
        "Polisen gör hastighetskontroller på Nackstavägen varannan vecka.\n\n"
        "2  LÅSTA TRAPPUPPGÅNGAR\n"
        "Mitthem Bostäder byter till kodlås i alla trappuppgångar under hösten.\n"
    )

    assert _promised(text) == [
        "Polisen gör hastighetskontroller på Nackstavägen varannan vecka.",
        "Mitthem Bostäder byter till kodlås i alla trappuppgångar under hösten.",
    ]


def test_our_promise_labels_each_areas_paragraph() -> None:
    text = (
        "Medborgarlöften 2018 för Lokalpolisområde Malmö Norr\n\n"
        "Område Kirseberg\n"
        "Boende har lyft buskörning runt Kirsebergstorget.\n"
        "Vårt löfte: Polisen gör trafikkontroller vid Kirsebergstorget två kvällar i månaden.\n"
    )

    assert _promised(text) == [
        "Vårt löfte: Polisen gör trafikkontroller vid Kirsebergstorget två kvällar i månaden."
    ]


def test_an_agreements_action_plan_rows_name_who_does_them_but_not_its_own_report() -> None:
    text = (
        "Samverkansöverenskommelse mellan Region Gotland och Polisen 2024–2027\n\n"
        "Handlingsplan 2024\n"
        "Nr | Åtgärd | Ansvarig | Tidplan\n"
        "1 | Ordningsvakter på Stora torget fredag natt | Region Gotland | Juni–augusti\n"
        "2 | Hastighetskontroller på väg 142 vid skolor | Polisen | Vår och höst\n"
        "3 | Rapport om handlingsplanens genomförande till styrgruppen | Samordnare | December\n"
    )

    assert [p.split(" | ")[1] for p in _promised(text)] == [
        "Ordningsvakter på Stora torget fredag natt",
        "Hastighetskontroller på väg 142 vid skolor",
    ]


def test_a_report_titled_uppfoljning_with_a_colon_follows_up_its_numbered_promises() -> None:
    text = (
        "Uppföljning: Medborgarlöfte Gottsunda 2023\n\n"
        "Sammanfattning\n"
        "Av löftets två delar är en genomförd.\n\n"
        "Löfte 1: Polisen skulle ha fotpatrull i Gottsunda centrum fyra kvällar i veckan.\n"
        "Indikator: andel kvällar med fotpatrull.\n"
        "Utfall: 87 procent.\n\n"
        "Löfte 2: Kommunen skulle installera ny belysning längs cykelvägen till Valsätra.\n"
        "Utfall: 60 procent av sträckan.\n"
    )

    assert [promise for promise, _ in _outcomes(text)] == [
        "Polisen skulle ha fotpatrull i Gottsunda centrum fyra kvällar i veckan.",
        "Kommunen skulle installera ny belysning längs cykelvägen till Valsätra.",
    ]


def test_items_under_i_loftet_ingar_bland_annat_att_are_promises_whoever_does_them() -> None:
    text = (
        "Nytt medborgarlöfte för Välsviken\n\n"
        "I löftet ingår bland annat att:\n"
        "- Vänerport Fastigheter stänger parkeringarna med bommar nattetid\n"
        "- fastighetsägaren anlitar väktare som patrullerar området\n"
    )

    assert _promised(text) == [
        "Vänerport Fastigheter stänger parkeringarna med bommar nattetid",
        "fastighetsägaren anlitar väktare som patrullerar området",
    ]


def test_a_kommun_of_the_police_area_whose_promise_is_not_ready_is_not_covered() -> None:
    text = (
        "Medborgarlöften i Södra Lappland 2024\n\n"
        "Lycksele\n"
        "Polisen gör hastighetskontroller på E12 i Lycksele varje månad.\n\n"
        "Åsele\n"
        "Kommunen byter belysning vid skolan i Åsele.\n\n"
        "Sorsele\n"
        "Arbetet med Sorseles medborgarlöfte för 2024 är inte klart. Det publiceras i vår.\n\n"
        "Dokument\n"
        "Medborgarlöfte Lycksele 2024 (pdf)\n"
        "Medborgarlöfte Åsele 2024 (pdf)\n"
        "Medborgarlöfte Sorsele 2024 – publiceras senare\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [m["name"] for m in found["municipalities"]] == ["Lycksele", "Åsele"]


def test_a_news_items_paragraph_that_opens_with_how_many_parts_the_promise_has() -> None:
    text = (
        "Första medborgarlöftet undertecknat i Gullspång\n\n"
        "Löftet innehåller två delar. Polisen ska göra hastighetskontroller på E20 varje\n"
        "vecka. Kommunen ska ordna nattvandringar i Hova under midsommarhelgen.\n"
    )

    assert _promised(text) == [
        "Polisen ska göra hastighetskontroller på E20 varje vecka.",
        "Kommunen ska ordna nattvandringar i Hova under midsommarhelgen.",
    ]


def test_the_part_on_what_is_done_besides_the_promise_keeps_its_sub_headings_out() -> None:
    text = (
        "Trygghetsplan för Herrljunga 2025\n\n"
        "3 Kommunens egna åtgärder\n"
        "Utöver medborgarlöftet gör kommunen det här under året. Åtgärderna ingår i planen.\n\n"
        "3.1 Skolan\n"
        "Kommunen anställer två fältassistenter till högstadiet.\n\n"
        "3.2 Trafik\n"
        "Kommunen bygger om korsningen vid Torget.\n\n"
        "4 Medborgarlöfte\n"
        "Polisen lovar att göra trafikkontroller vid skolorna varje vecka.\n\n"
        "5 Belysning\n"
        "Kommunen sätter upp belysning i Gäsenestigen.\n"
    )

    assert _promised(text) == [
        "Polisen lovar att göra trafikkontroller vid skolorna varje vecka.",
        "Kommunen sätter upp belysning i Gäsenestigen.",
    ]


def test_noun_phrases_under_what_the_parties_invest_in_are_the_promises() -> None:
    text = (
        "Medborgarlöfte Hallsberg 2026\n\n"
        "Vi har gått igenom trygghetsenkäten och polisens statistik.\n\n"
        "Det här satsar vi på tillsammans under 2026:\n"
        "• Fler kvällspatruller vid resecentrum\n"
        "• Hastighetskontroller vid skolan i Vretstorp\n\n"
        "Läs mer om hur polisen arbetar med trafiken i Örebro län.\n"
    )

    assert _promised(text) == [
        "Fler kvällspatruller vid resecentrum",
        "Hastighetskontroller vid skolan i Vretstorp",
    ]


def test_a_row_the_table_marks_as_not_part_of_the_promise_is_no_promise() -> None:
    text = (
        "Handlingsplan för Köping 2026\n\n"
        "Åtgärd | Ansvarig | Ingår i löftet\n"
        "Samverkansmöten varje månad | Kommunchef | Nej\n"
        "Hastighetskontroller på Ringvägen | Polisen | Ja\n"
        "Fältgruppens vanliga kvällsarbete | Kommunen | –\n"
        "Ny belysning i Karlbergsparken | Kommunen | Ja\n"
    )

    assert [p.split(" |")[0] for p in _promised(text)] == [
        "Hastighetskontroller på Ringvägen",
        "Ny belysning i Karlbergsparken",
    ]


def test_a_line_labelled_with_both_parties_is_a_promise_and_the_senders_about_part_is_not() -> None:
    text = (
        "Nytt medborgarlöfte i Arboga\n\n"
        "Löftet i korthet\n"
        "Polisen: Hastighetskontroller på Nygatan varje månad.\n"
        "Polisen och kommunen: Informationsmöten om grannsamverkan i Medåker.\n\n"
        "Om Polisen\n"
        "Polisen arbetar för ett tryggare samhälle i hela landet.\n"
    )

    assert _promised(text) == [
        "Polisen: Hastighetskontroller på Nygatan varje månad.",
        "Polisen och kommunen: Informationsmöten om grannsamverkan i Medåker.",
    ]


def test_noun_phrases_under_our_promises_of_a_year_and_not_who_does_which() -> None:
    text = (
        "Medborgarlöften 2026\n\n"
        "Kommunen och polisen i Ydre har kommit överens om vad vi ska göra.\n\n"
        "Våra löften 2026\n"
        "- Fler fotpatruller i Österbymo på helgkvällar\n"
        "- Ny belysning vid busshållplatsen i Rydsnäs\n\n"
        "Vem gör vad?\n"
        "Polisen ansvarar för patrullerna. Kommunen ansvarar för belysningen.\n"
    )

    assert _promised(text) == [
        "Fler fotpatruller i Österbymo på helgkvällar",
        "Ny belysning vid busshållplatsen i Rydsnäs",
    ]


def test_the_new_promise_after_how_last_year_went_makes_a_promise_set() -> None:
    text = (
        "Så gick det med löftet i Skinnskatteberg – och det här lovar vi nu\n\n"
        "Så gick det 2025\n\n"
        "Vi lovade att patrullera vid Folkets hus på fredagskvällar. Det blev 30 kvällar.\n\n"
        "Nytt löfte för 2026\n\n"
        "Polisen ska\n"
        "– göra hastighetskontroller på Riddarhyttevägen\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "promise_set"
    assert [p["text"] for p in found["promises"]] == [
        "göra hastighetskontroller på Riddarhyttevägen"
    ]


def test_a_news_item_on_how_the_promise_went_tells_each_promise_between_quotes() -> None:
    text = (
        "Löftet om fler nattvandringar höll inte\n\n"
        "Medborgarlöftet för 2025 har följts upp. Bara hälften blev av.\n\n"
        "I löftet lovade kommunen att ordna nattvandringar varje fredag i Herrljunga.\n"
        "Det blev tjugo kvällar av fyrtio.\n\n"
        "– Vi fick inte tag på vuxna nog, säger fritidschef Maja Ek.\n\n"
        "I löftet stod också att polisen skulle besöka skolan i Ljung varje termin. Det\n"
        "gjordes båda terminerna.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [o["promise"] for o in found["outcomes"]] == [
        "I löftet lovade kommunen att ordna nattvandringar varje fredag i Herrljunga.",
        "I löftet stod också att polisen skulle besöka skolan i Ljung varje termin.",
    ]


def test_a_promise_replaced_during_the_year_is_followed_up_as_it_was_changed() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2025\n\n"
        "Löfte 1. Dialog\n"
        "Ursprungligen lovade vi att ordna två stormöten i Folkets hus i Nora.\n"
        "Löftet ersattes av en frågestund med kommunpolisen varje månad.\n"
        "Status: Genomfört.\n\n"
        "Löfte 2. Trafik\n"
        "Polisen lovade att göra kontroller på Skeppsbrogatan. I maj ersattes det av\n"
        "kontroller vid skolan i Gyttorp.\n"
        "Status: Genomfört.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in found["outcomes"]] == [
        "en frågestund med kommunpolisen varje månad.",
        "kontroller vid skolan i Gyttorp.",
    ]


def test_a_quote_alone_on_its_dash_line_after_someone_speaks_is_no_promise() -> None:
    text = (
        "Polis och kommun lovar mer närvaro i Ed\n\n"
        "Enligt löftet ska polisen patrullera i Ed varje fredag.\n\n"
        "Kommunstyrelsens ordförande Per Sand säger att pengarna finns i budgeten.\n\n"
        "– Det är inga stora summor, men vi kommer att märka skillnad.\n\n"
        "Kritikerna tycker att löftet är för vagt.\n"
    )

    assert _promised(text) == ["Enligt löftet ska polisen patrullera i Ed varje fredag."]


def test_what_a_report_says_of_all_it_promised_is_not_one_promise_followed_up() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2021\n\n"
        "Här redovisar vi hur det gick. Året blev svårt, och en del av det vi lovade gick\n"
        "inte att genomföra.\n\n"
        "Löftet skulle gälla under 2021 och byggde på en enkät bland invånarna.\n\n"
        "Löfte 1\n"
        "Polisen ska göra tio trafikkontroller i Bollebygd.\n"
        "Status: Genomfört\n\n"
        "Vi lovade för mycket för en liten organisation. Nästa år lovar vi färre saker.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen ska göra tio trafikkontroller i Bollebygd."
    ]


def test_a_kommun_whose_new_promise_is_still_being_made_is_not_covered() -> None:
    text = (
        "Nyhetsbrev för Torsby och Hagfors\n\n"
        "Medborgarlöfte för Hagfors 2027\n"
        "Polisen gör trafikkontroller på Storgatan i Hagfors varje vecka.\n\n"
        "Arbetet med ett nytt medborgarlöfte för Torsby kommun pågår. Torsby får sitt löfte\n"
        "i höst, och dialogmötena i Torsby hålls i maj.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [m["name"] for m in found["municipalities"]] == ["Hagfors"]


def test_a_police_areas_page_covers_the_kommuner_it_states_promises_for() -> None:
    text = (
        "Medborgarlöften i Västra Mälardalen 2024\n\n"
        "Lokalpolisområde Västra Mälardalen omfattar kommunerna Arboga, Kungsör och Köping.\n\n"
        "Arboga\nPolisen lovar att:\n• patrullera vid Arboga station varje fredag\n\n"
        "Kungsör\nPolisen lovar att:\n• kontrollera mopeder i Kungsörs hamn\n\n"
        "Köping\n\nKöpings kommun och polisen arbetar fram ett nytt medborgarlöfte under "
        "våren 2024.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [m["name"] for m in found["municipalities"]] == ["Arboga", "Kungsör"]
    assert [p["text"] for p in found["promises"]] == [
        "patrullera vid Arboga station varje fredag",
        "kontrollera mopeder i Kungsörs hamn",
    ]


@pytest.mark.parametrize(
    "head",
    [
        "UPPVIDINGE KOMMUN                    TJÄNSTESKRIVELSE\n"
        "Handläggare: Sara Lund               Datum: 2027-01-20\n\n",
        "Till: Trygghetsrådet i Uppvidinge\nFrån: Sara Lund och Olof Ek\n\n",
    ],
)
def test_the_officials_closing_a_memo_to_the_council_did_not_sign_the_promise(head: str) -> None:
    text = (
        f"{head}"
        "Återrapportering av medborgarlöfte 2026\n\n"
        "Löftet skrevs under av kommunstyrelsens ordförande Per Alm och "
        "lokalpolisområdeschef Eva Berg.\n\n"
        "Sara Lund                            Olof Ek\n"
        "Folkhälsosamordnare                  Kommunchef\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [s["name"] for s in found["signatories"]] == ["Per Alm", "Eva Berg"]


def test_a_reports_numbered_promises_quoted_or_told_inside_its_paragraphs() -> None:
    text = (
        "Uppföljning av medborgarlöfte 2026\n\n"
        "1. Trafik\n"
        "Polisen gjorde 12 kontroller. Löfte 1.1 – ”Polisen gör minst tio kontroller vid\n"
        "skolorna i Flen” – är därmed uppfyllt.\n\n"
        "Löfte 1.2 gällde att kommunen skulle sätta upp två fartdisplayer på Storgatan.\n"
        "Displayerna kom upp i maj.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert len(found["outcomes"]) == 2
    assert "minst tio kontroller" in found["outcomes"][0]["promise"]
    assert "två fartdisplayer" in found["outcomes"][1]["promise"]


def test_a_quote_after_its_speaker_and_a_colon_is_no_promise_followed_up() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2026\n\n"
        "Löfte 1\n"
        "Polisen ska göra riktade insatser mot narkotika i Väggaparken.\n"
        "Status: Genomfört\n\n"
        "Kommunpolis Ola Lind berättar att insatserna har gett effekt:\n"
        "– Vi märker att färre säljer öppet i parken nu.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen ska göra riktade insatser mot narkotika i Väggaparken."
    ]


def test_how_a_row_is_followed_up_does_not_make_it_governance() -> None:
    text = (
        "Medborgarlöfte Staffanstorp 2027\n\n"
        "Aktivitet | Ansvarig | Uppföljning\n"
        "Trafikkontroller på Malmövägen | Polisen | Rapport till styrgruppen varje kvartal\n"
        "Lägesrapport till brottsförebyggande rådet | Kommunen | Protokoll\n"
    )

    assert [p.split(" |")[0] for p in _promised(text)] == ["Trafikkontroller på Malmövägen"]


def test_a_photo_caption_under_a_headline_is_no_promise() -> None:
    text = (
        "Fler poliser till fots i Filipstad\n\n"
        "Kommunpolis Eva Lund på Storgatan, där polisen ska gå till fots på helgkvällarna. "
        "Foto: Per Holm\n\n"
        "Polisen ska patrullera till fots på Storgatan varje fredag.\n"
    )

    assert _promised(text) == ["Polisen ska patrullera till fots på Storgatan varje fredag."]


def test_lists_under_place_names_whose_items_say_what_parties_do_are_promises() -> None:
    text = (
        "Medborgarlöfte för stadsområde Norr 2027\n\n"
        "Lägesbild i korthet\n"
        "Fyra av tio boende känner sig otrygga på kvällen.\n\n"
        "Löftet är ordnat efter platserna där de boende har sett de största behoven.\n\n"
        "Rosengård\n"
        "- Polisen har fast kvällsnärvaro vid Rosengårds centrum på fredagar.\n"
        "- Fritidsgården vid Amiralsgatan får öppet även på söndagar.\n"
        "- Staden ordnar en städdag med hyresgästföreningen i maj.\n"
    )

    assert _promised(text) == [
        "Polisen har fast kvällsnärvaro vid Rosengårds centrum på fredagar.",
        "Fritidsgården vid Amiralsgatan får öppet även på söndagar.",
        "Staden ordnar en städdag med hyresgästföreningen i maj.",
    ]


def test_a_quote_whose_dash_was_lost_is_still_a_quote() -> None:
    text = (
        "Löftet för 2027\n\n"
        "Polisen och kommunen har enats om två nya löften:\n"
        "• Polisen ska göra nykterhetskontroller vid infarterna varje månad.\n\n"
        "Vi vill att löftet ska gå att kontrollera. Därför redovisar vi punkt för punkt, säger "
        "kommunpolis Sebastian Åberg.\n"
    )

    assert _promised(text) == ["Polisen ska göra nykterhetskontroller vid infarterna varje månad."]


def test_numbered_results_that_each_tell_what_was_promised_are_promises_followed_up() -> None:
    text = (
        "Så gick det med medborgarlöftet 2026\n\n"
        "Kommunen och polisen lovade under 2026 att göra två saker för tryggheten i Ronna.\n\n"
        "Resultat, löfte för löfte\n\n"
        "1. Polisen skulle patrullera till fots i Hovsjö varje fredag – det blev 41 kvällar.\n"
        "2. Kommunen skulle byta belysningen i tunnlarna – alla sex tunnlarna är klara.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"].split(" –")[0] for o in found["outcomes"]] == [
        "Polisen skulle patrullera till fots i Hovsjö varje fredag",
        "Kommunen skulle byta belysningen i tunnlarna",
    ]


def test_a_heading_over_its_owner_and_the_promises_own_paragraph_is_no_promise() -> None:
    text = (
        "Medborgarlöfte Kinda 2027\n\n"
        "Polis på plats i Rimforsa\n"
        "Ansvar: Polisen · Start: april 2027\n"
        "Polisen kommer att ha en patrull i Rimforsa varannan fredagskväll.\n\n"
        "Stöldskydd på landsbygden\n"
        "Ansvar: Polisen · Hösten 2027\n"
        "Polisen märker båtmotorer vid två märkningsdagar i Horn.\n"
    )

    assert _promised(text) == [
        "Polisen kommer att ha en patrull i Rimforsa varannan fredagskväll.",
        "Polisen märker båtmotorer vid två märkningsdagar i Horn.",
    ]


def test_a_quote_after_the_person_is_named_without_a_verb_of_saying() -> None:
    text = (
        "Mer polis i Dorotea\n\n"
        "Det här lovar polis och kommun:\n"
        "• Polisen ska finnas i Dorotea två dagar i veckan.\n"
        "• Kommunen öppnar en mötesplats för unga i Folkets hus.\n\n"
        "Oppositionsrådet Lars-Erik Bäck (C) är mer tveksam.\n\n"
        "– Två dagar är bättre än inget, men långt ifrån vad vi hade förut.\n"
    )

    assert _promised(text) == [
        "Polisen ska finnas i Dorotea två dagar i veckan.",
        "Kommunen öppnar en mötesplats för unga i Folkets hus.",
    ]


def test_a_report_tells_a_promise_with_its_year_and_names_who_compiled_it() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2026\n\n"
        "Centrum\n"
        "Polisen skulle under 2026 ha en gångpatrull på Kungsgatan varje fredag (löfte 1).\n"
        "Patrullen var ute 40 kvällar.\n\n"
        "Dalaberg\n"
        "Kommunen skulle öppna en mötesplats för unga i Dalaberg (löfte 2). Den öppnade i maj.\n\n"
        "Rapporten är sammanställd av:\n"
        "- Elin Berg, trygghetssamordnare, Uddevalla kommun\n"
        "- Per Ek, kommunpolis\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"].split(" (")[0] for o in found["outcomes"]] == [
        "Polisen skulle under 2026 ha en gångpatrull på Kungsgatan varje fredag",
        "Kommunen skulle öppna en mötesplats för unga i Dalaberg",
    ]


def test_the_rows_of_a_table_whose_caption_says_how_it_is_followed_up_are_no_promises() -> None:
    text = (
        "Medborgarlöfte Forshaga 2027\n\n"
        "Tabell 2. Det som togs upp oftast vid medborgardialogerna\n\n"
        "Ort | Antal svar | Vanligaste synpunkt\n"
        "Deje | 41 | Höga hastigheter genom samhället\n\n"
        "Tabell 3. Vårt medborgarlöfte\n\n"
        "Vad vi gör | Vem | När\n"
        "Hastighetskontroller på Storgatan | Polisen | Mars–oktober\n\n"
        "Tabell 4. Så följs löftet upp\n\n"
        "När | Vad | Vem\n"
        "Juni 2027 | Avstämning i brottsförebyggande rådet | Kommunpolisen\n"
        "December 2027 | Slutlig genomgång av tabell 3 | BRÅ Forshaga\n"
    )

    assert [p.split(" |")[0] for p in _promised(text)] == ["Hastighetskontroller på Storgatan"]


def test_a_lead_that_sums_up_the_promises_is_none_of_them_and_gaeller_hela_a_year() -> None:
    text = (
        "Sävsjö får ett medborgarlöfte\n\n"
        "Kvällspatruller i byarna och ett öppet möte i Rörvik. Det är några av punkterna i "
        "det medborgarlöfte som polisen och kommunen har skrivit under.\n\n"
        "Enligt löftet ska polisen göra en kvällspatrull i veckan i Vrigstad.\n\n"
        "FAKTA\n"
        "Gäller: hela 2027.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Enligt löftet ska polisen göra en kvällspatrull i veckan i Vrigstad."
    ]
    assert found["period"]["end"] == "2027-12-31"


def test_a_report_tells_a_promise_whose_verb_ends_in_another_vowel() -> None:
    text = (
        "Så gick det med medborgarlöftet 2026\n\n"
        "Trafiken i Hedenäset\n"
        "Polisen lovade att göra sex trafikkontroller i Hedenäset. Det blev sju.\n\n"
        "Belysningen vid gränsbron\n"
        "Kommunen skulle se över belysningen vid gångvägen mot gränsbron. En genomgång gjordes i "
        "maj.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"].split(".")[0] for o in found["outcomes"]] == [
        "Polisen lovade att göra sex trafikkontroller i Hedenäset",
        "Kommunen skulle se över belysningen vid gångvägen mot gränsbron",
    ]


def test_the_items_of_a_part_numbered_with_a_letter_are_promises() -> None:
    text = (
        "Medborgarlöfte Mönsterås kommun 2027\n\n"
        "1. Tryggare hamn\n"
        "Vi vill att fler vågar gå längs hamnen på kvällen.\n"
        "1a  Polisen går fotpatrull vid hamnen varje fredagskväll.\n"
        "1b  Kommunen sätter upp ny belysning längs kajen.\n\n"
        "2. Unga i centrum\n"
        "2a) Fältgruppen är ute i centrum på lördagskvällar.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen går fotpatrull vid hamnen varje fredagskväll.",
        "Kommunen sätter upp ny belysning längs kajen.",
        "Fältgruppen är ute i centrum på lördagskvällar.",
    ]


def test_who_compiled_a_follow_up_is_not_a_promise_also_with_a_title_before_the_name() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2019 i Bollebygds kommun\n\n"
        "Polisen skulle genomföra tio trafikkontroller vid Olsfors skola. Det blev tolv.\n\n"
        "Sammanställt av:\n"
        "Eva Ström, trygghetssamordnare, Bollebygds kommun\n"
        "Kommunpolis Jan Erik Lund, Polisen\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"].split(".")[0] for o in found["outcomes"]] == [
        "Polisen skulle genomföra tio trafikkontroller vid Olsfors skola"
    ]


def test_how_the_parties_will_tell_how_it_goes_is_not_a_promise() -> None:
    text = (
        "Medborgarlöfte för Vimmerby kommun 2027\n\n"
        "Det här lovar vi:\n"
        "• Polisen håller trafikkontroller på Stångågatan varje månad.\n"
        "• Kommunen lagar belysningen i Prästängsparken.\n\n"
        "Hur går det?\n"
        "Vi stämmer av varje kvartal i trygghetsrådet. I december berättar vi här hur det "
        "gick.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen håller trafikkontroller på Stångågatan varje månad.",
        "Kommunen lagar belysningen i Prästängsparken.",
    ]


def test_the_items_under_a_promises_status_are_what_came_of_it() -> None:
    text = (
        "Medborgarlöfte Sotenäs 2026 – så gick det\n\n"
        "Bild 3\n"
        "Löfte 1: Polisen övervakar trafiken på Kungsgatan under sommaren\n"
        "Status: GENOMFÖRT\n"
        "• 12 kontroller i juli\n"
        "• 19 förare fick böter\n\n"
        "Bild 4\n"
        "Löfte 2: Kommunen tänder belysningen vid Smögens brygga\n"
        "Status: EJ GENOMFÖRT\n"
        "• Leveransen av armaturerna blev försenad\n"
    )

    found = extract(normalise(text), REFERENCE)

    first, second = found["outcomes"]
    assert first["promise"] == "Löfte 1: Polisen övervakar trafiken på Kungsgatan under sommaren"
    assert first["done"][-2:] == ["12 kontroller i juli", "19 förare fick böter"]
    assert second["promise"] == "Löfte 2: Kommunen tänder belysningen vid Smögens brygga"
    assert not second["done"]
    assert second["not_done"][-1]["what"] == "Leveransen av armaturerna blev försenad"


def test_last_periods_ended_promise_on_the_same_page_is_neither_promised_nor_the_period() -> None:
    text = (
        "Medborgarlöfte Skärblacka\n\n"
        "Medborgarlöfte 2025\n"
        "Löftet gällde till den 31 december 2025 och är nu avslutat. Så här löd det:\n\n"
        "Polisen lovar att under 2025:\n"
        "• patrullera vid Skärblacka centrum på fredagskvällar\n\n"
        "Medborgarlöfte 2026\n"
        "Inför 2026 har vi pratat med boende vid skolan och i centrum.\n\n"
        "Polisen lovar att under 2026:\n"
        "• göra hastighetskontroller på Kyrkvägen varje månad\n"
        "Kommunen lovar att under 2026:\n"
        "• sätta upp belysning längs gångvägen till badplatsen\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "göra hastighetskontroller på Kyrkvägen varje månad",
        "sätta upp belysning längs gångvägen till badplatsen",
    ]
    assert found["period"]["end"] == "2026-12-31"


def test_a_report_numbers_its_promises_with_a_full_stop_and_a_note_of_change() -> None:
    text = (
        "Uppföljning av medborgarlöfte 2026 i Arvika\n\n"
        "Ändringar under året\n"
        "Eftersom föreningen som skulle ordna vandringarna lades ned ändrades löftet i maj.\n\n"
        "Uppföljning per löfte\n\n"
        "Löfte 1. Polisen genomför trafikkontroller på Storgatan varje månad.\n"
        "Resultat: 14 kontroller under året.\n"
        "Status: Genomfört\n\n"
        "Löfte 2 (ändrat i maj). Fältgruppen finns i centrum på fredagskvällar.\n"
        "Resultat: Fältgruppen var ute 20 kvällar.\n"
        "Status: Genomfört\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen genomför trafikkontroller på Storgatan varje månad.",
        "Fältgruppen finns i centrum på fredagskvällar.",
    ]


def test_an_interviews_answers_tell_how_the_promise_it_asks_about_went() -> None:
    text = (
        "Hur gick det med medborgarlöftet? Tre frågor till kommunpolisen\n\n"
        "Under 2025 hade Bergs kommun och polisen ett gemensamt medborgarlöfte.\n\n"
        "Ni lovade att göra hastighetskontroller i Svenstavik varje månad. Blev det så?\n"
        "– Nästan. Vi hade kontroller tio av årets tolv månader.\n\n"
        "Kommunen lovade att fritidsgården skulle ha öppet på fredagar. Hur gick det?\n"
        "– Gården hade öppet nästan alla fredagar, och vi var där ett tiotal gånger.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [(o["promise"], o["done"]) for o in found["outcomes"]] == [
        (
            "Ni lovade att göra hastighetskontroller i Svenstavik varje månad.",
            ["Nästan. Vi hade kontroller tio av årets tolv månader."],
        ),
        (
            "Kommunen lovade att fritidsgården skulle ha öppet på fredagar.",
            ["Gården hade öppet nästan alla fredagar, och vi var där ett tiotal gånger."],
        ),
    ]


def test_a_yearly_reports_events_and_a_result_wrapped_after_its_label_are_no_promises() -> None:
    text = (
        "Mullsjö kommun | Årsredovisning 2025\n\n"
        "4.3 Viktiga händelser under året\n"
        "- Medborgarkontoret i biblioteket öppnade i mars.\n"
        "- En ny näringslivsstrategi antogs i oktober.\n\n"
        "Medborgarlöfte 2025 – uppföljning\n"
        "Kommunen åtog sig att byta belysningen i gångtunneln vid Stationsgatan. Utfall:\n"
        "arbetet blev klart i november, efter förseningar hos leverantören.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [(o["promise"], o["done"]) for o in found["outcomes"]] == [
        (
            "Kommunen åtog sig att byta belysningen i gångtunneln vid Stationsgatan.",
            ["Utfall: arbetet blev klart i november, efter förseningar hos leverantören."],
        )
    ]


def test_an_exported_status_report_of_records_follows_its_promises_up() -> None:
    text = (
        "Trygghetsportalen – export\n"
        "Rapport: Medborgarlöfte 2026 – status per löfte, Falköpings kommun\n"
        "Exporterad: 2026-10-04 08:12 av Karin Ek (trygghetssamordnare)\n\n"
        "------------------------------------------------------------\n"
        "Löfte: Polisen genomför hastighetskontroller vid Mössebergsskolan varje månad\n"
        "Ansvarig: Polisen\n"
        "Status: Pågår\n"
        "Kommentar: Kontroller i åtta av nio månader.\n"
        "------------------------------------------------------------\n"
        "Löfte: Kommunen rustar upp belysningen i Odenslundsparken\n"
        "Ansvarig: Falköpings kommun\n"
        "Status: Klart\n"
        "------------------------------------------------------------\n"
        "Löfte: Rapportera läget för löftet till trygghetsrådet varje kvartal\n"
        "Ansvarig: Trygghetssamordnare\n"
        "Status: Pågår\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert found["promises"] == []
    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen genomför hastighetskontroller vid Mössebergsskolan varje månad",
        "Kommunen rustar upp belysningen i Odenslundsparken",
    ]


def test_signers_named_on_the_line_after_their_title_in_a_follow_up() -> None:
    text = (
        "Medborgarlöftet: så gick det 2025\n\n"
        "Löftet för 2025 skrevs under i februari 2025 av kommunstyrelsens ordförande\n"
        "Elin Dahlgård och lokalpolisområdeschef Linnea Rosvall. Det byggde på den stora\n"
        "trygghetsmätningen 2024, där många svarade att de kände sig otrygga vid stationen på "
        "kvällen,\n"
        "medan boende i Norra Rörum och i Tjörnarp var oroliga för inbrott i villor och "
        "fritidshus.\n\n"
        "Löfte 1\n"
        "Polisen skulle vara på plats vid Höörs station minst två kvällar i veckan.\n"
        "Resultat: Polisen var vid stationen 88 kvällar under året.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [s["name"] for s in found["signatories"]] == ["Elin Dahlgård", "Linnea Rosvall"]


def test_a_news_item_tells_a_promise_as_the_promise_that_someone_would_do_something() -> None:
    text = (
        "Ett år med löftet i Lindesberg\n\n"
        "Kommunen lovade att förbättra belysningen längs Kungsgatan. Det blev gjort i maj.\n\n"
        "Sämre gick det med löftet om att polis och kommun gemensamt skulle göra "
        "krogkontroller minst fyra gånger. Det blev en enda kontroll.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"].split(".")[0][:40] for o in found["outcomes"]] == [
        "Kommunen lovade att förbättra belysninge",
        "Sämre gick det med löftet om att polis o",
    ]


def test_the_promise_in_figures_is_a_follow_up() -> None:
    text = (
        "MEDBORGARLÖFTET I SIFFROR\n"
        "Lomma kommun 2026\n\n"
        "LÖFTE 1\n"
        "Polisen patrullerar i Lomma centrum minst en kväll i veckan.\n\n"
        "  44\n"
        "  kvällar av 52\n\n"
        "LÖFTE 2\n"
        "Kommunen bjuder in till grannsamverkan i Bjärred.\n\n"
        "  9\n"
        "  nya grannsamverkansområden\n"
    )

    assert extract(normalise(text), REFERENCE)["kind"] == "follow_up"


def test_a_promise_told_with_what_was_to_be_done_during_the_promises_year() -> None:
    text = (
        "Ett år med löftet på Ersboda\n\n"
        "Kommunen lovade att laga belysningen i gångtunnlarna. Det är gjort.\n\n"
        "Polisen skulle under löftesåret ha en kommunpolis på plats i Ersboda centrum varje "
        "tisdag. Det blev 38 tisdagar av 52.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in found["outcomes"]] == [
        "Kommunen lovade att laga belysningen i gångtunnlarna.",
        "Polisen skulle under löftesåret ha en kommunpolis på plats i Ersboda centrum varje "
        "tisdag.",
    ]


def test_a_legend_of_marks_leaves_out_only_the_lines_marked_as_ordinary_work() -> None:
    text = (
        "Medborgarlöfte 2027\n\n"
        "Så här läser du löftet\n"
        "Många vill veta vad vi redan gör. Därför står även sådant som redan pågår med i listan, "
        "markerat med (pågår redan). De punkterna ingår inte i löftet. Själva löftet är de "
        "punkter som är markerade med (nytt 2027).\n\n"
        "Trafiken genom centrum\n"
        "• Polisen gör hastighetskontroller på Storgatan. (pågår redan)\n"
        "• Kommunen bygger ett upphöjt övergångsställe vid stationen. (nytt 2027)\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Kommunen bygger ett upphöjt övergångsställe vid stationen."
    ]


def test_a_legend_that_says_its_marked_lines_are_the_promise_leaves_out_the_rest() -> None:
    text = (
        "Brottsförebyggande åtgärdsplan 2027\n\n"
        "1 Inledning\n"
        "Planen tar upp kommunens egna åtgärder. Några av dem görs med polisen och utgör "
        "medborgarlöftet för 2027. De är märkta [ML] i listan.\n\n"
        "2 Åtgärder\n"
        "a) Kommunen lagar belysningen i gångtunnlarna under våren.\n"
        "b) [ML] Polisen patrullerar vid stationen varje fredagskväll.\n"
        "c) Kommunen tömmer papperskorgarna vid badplatsen varje dag.\n"
        "d) Kommunen och polisen går en trygghetsvandring i Centrum i maj [ML]\n\n"
        "3 Ansvar och uppföljning\n"
        "Kommunstyrelsen ansvarar för planen och följer upp den i december.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen patrullerar vid stationen varje fredagskväll.",
        "Kommunen och polisen går en trygghetsvandring i Centrum i maj",
    ]
    assert "Kommunen lagar belysningen i gångtunnlarna under våren." in [
        c["text"] for c in found["candidates"]
    ]


def test_a_legend_written_as_mark_equals_meaning_is_read_too() -> None:
    text = (
        "Åtgärder 2027\n\n"
        "Teckenförklaring: [ML] = ingår i medborgarlöftet med Polisen. Övriga åtgärder är "
        "kommunens egna och ingår inte i löftet.\n\n"
        "- [ML] Polisen gör trafikkontroller vid Kyrkskolan varje månad.\n"
        "- Kommunen rustar upp lekplatsen i Norrby.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen gör trafikkontroller vid Kyrkskolan varje månad."
    ]


def test_each_partys_line_under_a_focus_area_says_what_it_does_after_a_label() -> None:
    text = (
        "Medborgarlöfte 2027\n\n"
        "Fokusområde 1: Trafiken vid skolorna\n"
        "Det här gör polisen: Polisen mäter hastigheten vid Kyrkskolan varje månad.\n"
        "Det här gör kommunen: Kommunen bygger två nya farthinder vid Kyrkskolan.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["parties"] for p in found["promises"]] == [["police"], ["municipality"]]


def test_halfway_through_the_promise_each_numbered_promise_is_followed_up() -> None:
    text = (
        "Halvtid för medborgarlöftet – så långt har vi kommit\n\n"
        "Här redovisar vi vad varje löfte gick ut på och vad som har hänt hittills.\n\n"
        "Löfte 1\n"
        "Polisen lovade att göra nykterhetskontroller i Hoting varje månad.\n"
        "Så långt: Kontroller har gjorts varje månad.\n\n"
        "Löfte 2\n"
        "Kommunen lovade att öppna fritidsgården i Hammerdal på fredagskvällar.\n"
        "Så långt: Fritidsgården har haft öppet varje fredag sedan mars.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen lovade att göra nykterhetskontroller i Hoting varje månad.",
        "Kommunen lovade att öppna fritidsgården i Hammerdal på fredagskvällar.",
    ]


def test_a_list_that_lost_its_markers_after_atar_sig_att_keeps_its_items() -> None:
    text = (
        "Medborgarlöfte för Ryd 2027\n\n"
        "Kommunen åtar sig att\n"
        "placera två fältsekreterare i centrum på kvällarna,\n"
        "hålla biblioteket öppet till klockan 20 måndag till torsdag,\n"
        "sätta upp ny belysning vid Ryds allé.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "placera två fältsekreterare i centrum på kvällarna,",
        "hålla biblioteket öppet till klockan 20 måndag till torsdag,",
        "sätta upp ny belysning vid Ryds allé.",
    ]


def test_a_heading_that_opens_the_promises_ends_the_focus_area_of_the_part_before() -> None:
    text = (
        "Medborgarlöfte för Hjo 2026\n\n"
        "Lägesbild\n"
        "Många unga känner sig otrygga i trafiken och vid busstationen på kvällarna.\n\n"
        "Polisen lovar att:\n"
        "• göra nykterhetskontroller vid infarterna till Hjo varje månad\n\n"
        "Kommunen lovar att:\n"
        "• sätta upp belysning längs gångvägen vid Guldkroksbadet\n\n"
        "Mål 2: Lugnare kvällar vid hamnen\n"
        "Flera boende har hört av sig om bilar som spelar hög musik.\n"
        "Så här gör vi:\n"
        "• Polisen patrullerar vid hamnen på fredagskvällar\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    # The lägesbild's heading names no promise, and its words tint no theme; a numbered
    # area over its own background does.
    assert [(p["focus_area"], p["themes"]) for p in extracted["promises"]] == [
        (None, ["other"]),
        (None, ["public_space_safety"]),
        ("Mål 2: Lugnare kvällar vid hamnen", ["other"]),
    ]
    follow_up = (
        "Medborgarlöftet i Hjo 2025 – så gick det\n\n"
        "Det här lovade vi för 2025\n\n"
        "Polisen lovade att kontrollera mopeder vid hamnen under våren.\n"
        "Så blev det: Fyra kontroller i april och maj.\n\n"
        "Våra löften för 2026\n\n"
        "Polisen ska göra nykterhetskontroller vid infarterna till Hjo varje månad.\n"
        "Kommunen ska sätta upp belysning längs gångvägen vid Guldkroksbadet.\n"
    )
    extracted = extract(normalise(follow_up), REFERENCE)
    # Next year's promises are not what last year's heading reports on.
    assert [p["focus_area"] for p in extracted["promises"]] == [None, None]


def test_a_slide_decks_speaker_notes_under_a_colon_report_on_no_promise() -> None:
    text = (
        "Medborgarlöftet i Habo 2024 – uppföljning\n\n"
        "Löfte 1\n"
        "Polisen gör trafikkontroller vid stationen under pendlingstid.\n"
        "• GENOMFÖRT\n"
        "• 18 kontrollpass\n\n"
        "Frågor?\n"
        "9 / 9\n\n"
        "Anteckningar:\n"
        "Bild 3 – berätta kort om den nya lagen.\n"
        "Bild 6 – förklara varför fältarbetet pausade i juli.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen gör trafikkontroller vid stationen under pendlingstid."
    ]


def test_what_was_promised_under_its_heading_after_a_follow_ups_background() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2022\n\n"
        "Bakgrund\n"
        "Löftet byggde på trygghetsmätningen hösten 2021.\n\n"
        "Det här lovade vi\n\n"
        "Polisen lovade att\n"
        "– göra tio hastighetskontroller på Saltsjövägen\n"
        "– patrullera till fots i centrum\n\n"
        "Så gick det\n\n"
        "Hastighetskontroller: Genomfört. Polisen gjorde tolv kontroller.\n\n"
        "Relaterat\n"
        "Medborgarlöfte 2023\n"
        "Så arbetar vi med brottsförebyggande arbete\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "göra tio hastighetskontroller på Saltsjövägen",
        "patrullera till fots i centrum",
    ]
    # The page's related links are neither next year's promise nor its period.
    assert extracted["promises"] == []
    assert extracted["period"]["end"] == "2022-12-31"


def test_a_heading_over_what_was_promised_and_how_it_went_opens_a_follow_up() -> None:
    text = (
        "Det gemensamma medborgarlöftet för Höör 2020\n\n"
        "Inledning\n"
        "Nedan går vi igenom löftena ett i taget.\n\n"
        "Det här lovade vi – och så blev det\n\n"
        "1. Polisen skulle öka sin närvaro vid Ringsjön under sommaren.\n"
        "Så blev det: Polisen fanns på plats 31 dagar.\n\n"
        "2. Kommunen skulle sätta upp belysning på gångstigen vid stationen.\n"
        "Så blev det: Genomfört i oktober.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen skulle öka sin närvaro vid Ringsjön under sommaren.",
        "Kommunen skulle sätta upp belysning på gångstigen vid stationen.",
    ]


@pytest.mark.parametrize(
    "told",
    [
        "Det tredje löftet, också från kommunens sida, var att starta föräldravandringar.",
        "Slutligen skulle polisen och kommunen tillsammans bjuda in företagarna till ett möte.",
        "Det tredje löftet, att polisen och kommunen skulle hålla ett föräldramöte, blev inte av.",
    ],
)
def test_a_news_item_tells_a_promise_followed_up_in_its_own_words(told: str) -> None:
    text = (
        "Kommunpolisen om löftet: det mesta blev av\n\n"
        "Polisen lovade att ha fler fotpatruller i centrum. Det har blivit så.\n\n"
        "Kommunen lovade att röja buskage längs cykelvägen. Arbetet blev klart i oktober.\n\n"
        f"{told} Det gick trögare än väntat.\n"
    )
    assert [promise for promise, _ in _outcomes(text)][2:] == [told]


def test_readers_comments_under_a_follow_up_post_report_on_no_promise() -> None:
    text = (
        "Hur gick det med medborgarlöftet 2019?\n\n"
        "Polisen lovade fler trafikkontroller på Storgatan. 26 kontroller under året!\n"
        "Kommunen lovade ny belysning i gångtunneln. Klar i oktober.\n\n"
        "Kommentarer\n"
        "Tomas Ek: När blir nästa trygghetsvandring? Vi skulle gärna ha en i Byarum också.\n"
    )
    assert [promise[:24] for promise, _ in _outcomes(text)] == [
        "Polisen lovade fler traf",
        "Kommunen lovade ny belys",
    ]


def test_a_plain_swedish_summary_before_the_full_text_is_not_a_second_set_of_promises() -> None:
    full = (
        "Hela texten\n\n"
        "Polisen lovar att\n"
        "- patrullera till fots vid Fristadstorget minst fyra kvällar i veckan\n\n"
        "Kommunen lovar att\n"
        "- montera ny gatubelysning längs cykelvägarna i Årby\n"
    )
    easy = (
        "Lättläst\n\n"
        "Det här ska vi göra:\n"
        "Poliser går runt vid Fristadstorget på kvällar.\n"
        "Kommunen sätter upp mer ljus i Årby.\n\n"
    )
    text = f"Medborgarlöfte för Eskilstuna 2026\n\n{easy}{full}"
    assert _promise_texts(text) == [
        "patrullera till fots vid Fristadstorget minst fyra kvällar i veckan",
        "montera ny gatubelysning längs cykelvägarna i Årby",
    ]
    # A page only in plain Swedish states its promises there.
    assert _promise_texts(f"Medborgarlöfte för Eskilstuna 2026\n\n{easy}") == [
        "Poliser går runt vid Fristadstorget på kvällar.",
        "Kommunen sätter upp mer ljus i Årby.",
    ]
    # ... and the plain version may follow the full text, up to the page's next part.
    after = f"Medborgarlöfte för Eskilstuna 2026\n\n{full}\n{easy}Kontakt\nEva Lind, samordnare\n"
    assert _promise_texts(after) == [
        "patrullera till fots vid Fristadstorget minst fyra kvällar i veckan",
        "montera ny gatubelysning längs cykelvägarna i Årby",
    ]
    # ... past the questions it asks as its headings
    asked = (
        f"Medborgarlöfte för Eskilstuna 2026\n\n{full}\nLÄTT SVENSKA\n\n"
        "Vad är ett medborgarlöfte?\nKommunen och polisen har bestämt några saker.\n\n"
        "Vad har de bestämt?\n• Poliser går runt vid Fristadstorget på kvällar.\n"
        "• Kommunen sätter upp mer ljus i Årby.\n"
    )
    assert _promise_texts(asked) == [
        "patrullera till fots vid Fristadstorget minst fyra kvällar i veckan",
        "montera ny gatubelysning längs cykelvägarna i Årby",
    ]


def test_a_news_items_lead_that_sums_up_the_promises_below_is_none_of_them() -> None:
    body = (
        "Det här innehåller löftet:\n"
        "– Polisen gör nykterhetskontroller på riksväg 99 två gånger i månaden.\n"
        "– Kommunen utbildar nattvandrare som är ute fredagar och lördagar.\n"
        "– Kommunen ser över gatubelysningen längs Matarengivägen.\n"
        "– Polisen besöker alla elever i årskurs 8 och pratar om droger.\n"
    )
    lead = (
        "Polis och kommun i Pajala lovar fler kontroller på riksväg 99, "
        "nattvandrare på helgerna och besök i skolorna."
    )
    text = (
        "Kontroller och nattvandrare i nytt löfte\n\n"
        f"{lead}\n\n"
        "Av Hanna Kaski\n\n"
        "I fredags skrev kommunalrådet och kommunpolisen under löftet för 2017.\n\n"
        "– Folk vill att vi syns, säger kommunpolisen.\n\n"
        f"{body}"
    )
    assert _promise_texts(text) == [line.removeprefix("– ") for line in body.splitlines()[1:]]
    # Told right before the next, the same words are a promise of their own.
    assert _promise_texts(f"Nytt löfte i Pajala\n\n{lead}\n\n{body}")[0] == lead


def test_a_lead_in_two_sentences_that_sums_up_the_promises_below_is_none_of_them() -> None:
    body = (
        "Det här innehåller löftet:\n"
        "– Polisen ska patrullera i byarna längs älven varje vecka.\n"
        "– Polisen ska kontrollera skotertrafiken kring tätorten.\n"
        "– Kommunen ska ha sommaröppet på fritidsgården i juli.\n"
        "– Kommunen ska sätta upp belysning vid busshållplatsen.\n"
    )
    text = (
        "Skoterkontroller och sommaröppen fritidsgård\n\n"
        "Polisen ska oftare åka ut i byarna längs älven och kommunen ska hålla fritidsgården "
        "öppen på sommaren. Det lovar kommunen och polisen i årets medborgarlöfte.\n\n"
        "Av Hanna Kaski\n\n"
        "Kommunen och polisen skrev under löftet i förra veckan.\n\n"
        "– Vi har ett stort område och få poliser, säger kommunpolisen.\n\n"
        f"{body}\n"
        "Kommunen har redan beställt belysningen, och den ska vara uppe innan hösten.\n"
    )

    assert _promise_texts(text) == [line.removeprefix("– ") for line in body.splitlines()[1:]]


def test_the_contacts_for_more_information_end_a_press_release() -> None:
    text = (
        "Nytt medborgarlöfte i Vara\n\n"
        "Polisen lovar att:\n"
        "• göra hastighetskontroller på Allégatan varje månad\n\n"
        "För mer information, kontakta:\n"
        "• Anna Wik, brottsförebyggande samordnare, Vara kommun, nås via kommunens växel\n"
    )
    assert _promise_texts(text) == ["göra hastighetskontroller på Allégatan varje månad"]


def test_a_reports_labelled_state_after_each_promise_tells_how_it_went() -> None:
    text = (
        "Medborgarlöfte 2024 – läget per den 31 augusti\n\n"
        "Polisen åtog sig att öka närvaron vid stationen kvällstid,\n"
        "särskilt fredagar och lördagar.\n"
        "Läge: Polisen har varit på plats vid stationen 46 kvällar.\n\n"
        "Kommunen åtog sig att ha ordningsvakter i centrum fredagar och lördagar.\n"
        "Läge: Genomfört enligt plan sedan februari.\n\n"
        "Prognos helår\n"
        "Båda åtagandena bedöms vara genomförda vid årets slut.\n"
    )
    assert _outcomes(text) == [
        (
            "Polisen åtog sig att öka närvaron vid stationen kvällstid, "
            "särskilt fredagar och lördagar.",
            ["Läge: Polisen har varit på plats vid stationen 46 kvällar."],
        ),
        (
            "Kommunen åtog sig att ha ordningsvakter i centrum fredagar och lördagar.",
            ["Läge: Genomfört enligt plan sedan februari."],
        ),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Medborgarlöftet 2025–2026: så långt har vi kommit",
        "Medborgarlöftet: två av tre löften hölls",
    ],
)
def test_a_title_that_tells_how_far_the_promise_came_heads_a_follow_up(title: str) -> None:
    text = (
        f"{title}\n\n"
        "1. Narkotika i centrum\n"
        "Löftet: Polisen ska göra riktade insatser mot narkotikaförsäljning i centrum.\n"
        "Efter första året: 19 insatser.\n\n"
        "2. Kamerabevakning\n"
        "Löftet: Kommunen ska ansöka om tillstånd för kamerabevakning vid stationen.\n"
        "Efter första året: Ansökan lämnades i maj.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert len(extracted["outcomes"]) == 2


def test_a_police_areas_thread_on_how_the_promise_went() -> None:
    text = (
        "Polisen Piteå älvdal\n@polisen_pitea_alvdal\n\n"
        "1/4 Hur gick det med medborgarlöftet i Älvsbyn 2023? Här kommer en kort tråd. "
        "Hela uppföljningen finns på kommunens webbplats.\n\n"
        "2/4 Vi lovade att göra fler nykterhetskontroller vid infarterna till Älvsbyn. "
        "Det blev 48 kontroller.\n\n"
        "3/4 Kommunen lovade att hålla fritidsgården öppen till kl. 23 på fredagar. "
        "Det har gjorts sedan mars.\n\n"
        "4/4 Tack till alla som hört av sig! Ett nytt löfte för 2024 skrivs under i mars.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    # "Piteå älvdal" names the police area, not the kommun Piteå
    assert [m["name"] for m in extracted["municipalities"]] == ["Älvsbyn"]
    assert [o["promise"][:24] for o in extracted["outcomes"]] == [
        "Vi lovade att göra fler ",
        "Kommunen lovade att håll",
    ]


def test_a_follow_ups_new_promises_after_the_lagesbild_that_chose_them() -> None:
    text = (
        "Så gick det med medborgarlöftet 2020\n\n"
        "Det här lovade vi 2020\n\n"
        "Polisen lovade att göra trafikkontroller på Vrigstadvägen varje månad.\n"
        "Resultat: 14 kontroller under året.\n\n"
        "Det här lovar vi 2021\n\n"
        "Lägesbilden för 2021 visar att trafiken är den fråga som flest tar upp. "
        "Därför har vi valt följande:\n\n"
        "Polisen ska fortsätta med trafikkontroller i Sävsjö och Vrigstad.\n"
        "Kommunen ska erbjuda informationsträffar om bedrägerier för seniorer.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    told = [p["text"] for p in extracted["promises"]] + [
        o["promise"] for o in extracted["outcomes"]
    ]
    assert "Polisen ska fortsätta med trafikkontroller i Sävsjö och Vrigstad." in told
    assert "Kommunen ska erbjuda informationsträffar om bedrägerier för seniorer." in told


def test_an_agreements_title_under_a_letterhead_of_three_lines_names_it() -> None:
    text = (
        "HALMSTADS KOMMUN | POLISMYNDIGHETEN\n"
        "Kommunstyrelsens förvaltning | Polisregion Väst\n"
        "Dnr KS 2021/412 | Lokalpolisområde Halmstad\n\n"
        "1 (3)\n\n"
        "SAMVERKANSÖVERENSKOMMELSE\n"
        "mellan Halmstads kommun och Polisen i lokalpolisområde Halmstad\n"
        "2022–2025\n\n"
        "5.1 Polisen åtar sig att\n"
        "Polisen ska göra trafikkontroller vid skolorna varje terminsstart.\n"
    )
    assert extract(normalise(text), REFERENCE)["kind"] == "agreement"


def test_a_follow_up_titled_with_a_question_on_what_it_changed() -> None:
    text = (
        "Medborgarlöftet 2022 – har tryggheten ökat?\n\n"
        "Under 2022 hade Åsele kommun och polisen ett medborgarlöfte. Löftet gällde under "
        "2022.\n\n"
        "Löfte 1: Trafiken\n"
        "Polisen skulle göra hastighetskontroller på väg 90 genom Åsele varje månad.\n"
        "Det gjordes 15 kontroller. 30 förare fick böter.\n"
        "Enkäten: Andelen som ser trafiken som ett problem\n"
        "Våren 2021: 40 %   Våren 2022: 31 %\n\n"
        "Löfte 2: Belysning\n"
        "Kommunen skulle byta belysningen längs gångvägen till skolan. Det gjordes i maj.\n\n"
        "Hur ska vi läsa siffrorna?\n"
        "Alla frågor har gått åt rätt håll. Få svarar, så vi ska vara försiktiga med "
        "slutsatserna.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert extracted["promises"] == []
    assert [o["promise"][:30] for o in extracted["outcomes"]] == [
        "Polisen skulle göra hastighets",
        "Kommunen skulle byta belysning",
    ]


def test_a_councils_minutes_tell_what_came_of_each_lettered_promise_under_its_own_heading() -> None:
    text = (
        "§ 4 Uppföljning av medborgarlöfte 2021\n\n"
        "Löftet innehöll följande åtaganden:\n"
        "a) Polisen skulle göra kontroller mot mopedbuskörning i centrum.\n"
        "b) Kommunen skulle starta grannsamverkan i två områden.\n\n"
        "Redovisningen i korthet\n"
        "a) Polisen har gjort 18 kontroller.\n"
        "b) Grannsamverkan har startat i ett område. Det andra startar i maj.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [(o["promise"][:20], len(o["done"])) for o in extracted["outcomes"]] == [
        ("Polisen skulle göra ", 1),
        ("Kommunen skulle star", 1),
    ]


def test_a_posts_line_under_each_promise_told_tells_what_came_of_it() -> None:
    text = (
        "Så gick det med medborgarlöftet 2023!\n\n"
        "🚓 Polisen lovade att göra trafikkontroller på väg 90 varje månad.\n"
        "✅ Klart i december, med 14 kontroller.\n"
        "💡 Kommunen lovade att byta belysningen vid skolan.\n"
        "✅ Den nya belysningen sattes upp i oktober.\n"
        "🤝 Tillsammans lovade vi en trygghetsvandring i centrum.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [(o["promise"][:20], len(o["done"])) for o in extracted["outcomes"]] == [
        ("Polisen lovade att g", 1),
        ("Kommunen lovade att ", 1),
        ("Tillsammans lovade v", 0),
    ]


def test_where_a_party_will_be_is_what_it_does_under_its_heading() -> None:
    text = (
        "Medborgarlöfte 2025\n\n"
        "Det här gör polisen\n"
        "Genomför trafikkontroller på riksväg 26 under våren.\n"
        "Finns på plats vid badplatsen i Bolmsö under sommarens lördagskvällar.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [p["text"][:20] for p in extracted["promises"]] == [
        "Genomför trafikkontr",
        "Finns på plats vid b",
    ]


def test_a_newspapers_postal_address_names_no_kommun_the_item_is_about() -> None:
    text = (
        "Polis och kommun lovar tryggare sommar i Nordanstig\n\n"
        "Polisen och Nordanstigs kommun har tecknat ett medborgarlöfte för 2024. Polisen ska "
        "göra fler kontroller på E4 och kommunen ska anställa sommarfältare i Bergsjö.\n\n"
        "Lokaltidningen, Storgatan 3, 824 30 Hudiksvall\n"
        "Ansvarig utgivare: Eva Ström, 824 30 Hudiksvall\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [m["name"] for m in extracted["municipalities"]] == ["Nordanstig"]


def test_a_follow_up_of_goals_reached_tells_each_promise_over_its_goal_and_result() -> None:
    text = (
        "Medborgarlöftet 2021 – så mycket av målen nådde vi\n\n"
        "Löfte 1\n"
        "Vad vi lovade: Polisen skulle göra hastighetskontroller på väg 23 i Hörby.\n"
        "Mål: 20 kontroller under året.\n"
        "Resultat: 18 kontroller.\n\n"
        "Löfte 2\n"
        "Vad vi lovade: Kommunen skulle byta belysningen i gångtunnlarna.\n"
        "Mål: 4 tunnlar.\n"
        "Resultat: 4 tunnlar.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert [o["promise"][:24] for o in extracted["outcomes"]] == [
        "Polisen skulle göra hast",
        "Kommunen skulle byta bel",
    ]


def test_a_follow_up_decks_slides_on_the_promise_and_the_year_after_tell_no_promise() -> None:
    text = (
        "Bild 1\nUppföljning medborgarlöfte Vara 2022\n\n"
        "Bild 2\nOm löftet\n• Gällde 1 januari–31 december 2022\n"
        "• Fyra löften: två polisen, två kommunen\n\n"
        "Bild 3\nLöfte 1 – Polisen\nPolisen ska göra fartkontroller på Storgatan\n"
        "Status: Genomfört\n• 14 kontroller\n\n"
        "Bild 4\nInför 2023\n• Fortsatt fokus på trafik\n• Nytt löfte skrivs under i mars\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen ska göra fartkontroller på Storgatan"
    ]


def test_results_under_a_lead_in_answer_the_numbered_promises_by_number() -> None:
    text = (
        "§ 5 Uppföljning av medborgarlöfte 2016\n\n"
        "Enligt löftet skulle följande göras:\n"
        "1) Polisen skulle patrullera kring torget på helgnätterna.\n"
        "2) Kommunen skulle rusta upp belysningen i Ålidhem.\n\n"
        "Redovisning i korthet:\n"
        "1) Genomfört. Patrullering varje helg.\n"
        "2) Pågår. Två av tre gångvägar är klara.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [(o["promise"][:20], len(o["done"])) for o in extracted["outcomes"]] == [
        ("Polisen skulle patru", 1),
        ("Kommunen skulle rust", 1),
    ]


def test_a_page_on_how_last_year_went_with_next_years_promises_after_is_a_follow_up() -> None:
    text = (
        "Medborgarlöftet 2025 – så gick det, och det här lovar vi 2026\n\n"
        "Så gick det 2025\n\n"
        "Polisen skulle göra trafikkontroller vid skolorna i Vara.\n"
        "Utfall: 12 kontroller.\n\n"
        "Kommunen skulle sätta upp kameror vid resecentrum.\n"
        "Utfall: Kamerorna kom upp i maj.\n\n"
        "Det här lovar vi 2026\n\n"
        "Polisen lovar att:\n"
        "- genomföra fotpatruller vid resecentrum\n"
        "- hålla föreläsningar om bedrägerier\n"
        "Kommunen lovar att:\n"
        "- förbättra belysningen i gångtunnlarna\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["period"]["end"] == "2025-12-31"
    assert extracted["kind"] == "follow_up"


def test_what_a_promise_said_after_it_was_changed_is_what_is_followed_up() -> None:
    text = (
        "Så gick det med medborgarlöftet 2017\n\n"
        "Ett löfte ändrades i maj\n"
        "I löftet stod först att kommunen skulle ordna nattvandringar.\n"
        "Så lydde löftet efter ändringen: Kommunen skulle ha fältassistenter i Dalstorp varje "
        "fredag.\n"
        "Så blev det: Fältassistenterna har varit ute varje fredag sedan juni.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert "Kommunen skulle ha fältassistenter i Dalstorp varje fredag." in [
        o["promise"] for o in extracted["outcomes"]
    ]


def test_each_signer_under_the_place_and_date_in_a_paragraph_of_their_own() -> None:
    text = (
        "Medborgarlöfte 2026\n\n"
        "Polisen lovar att göra hastighetskontroller i Sysslebäck varje månad.\n\n"
        "Undertecknat i Torsby den 3 februari 2026\n\n"
        "Anna Berg\nKommunstyrelsens ordförande\nTorsby kommun\n\n"
        "Olof Ek\nLokalpolisområdeschef\nLokalpolisområde Torsby\n\n"
        "– Vi kommer att vara där ofta, säger kommunpolis Lisa Sund.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [s["name"] for s in extracted["signatories"]] == ["Anna Berg", "Olof Ek"]


def test_a_running_header_over_each_pages_mark_is_no_promise() -> None:
    text = (
        "Höganäs kommun\tPolisen\tRäddningstjänsten Skåne Nordväst\n"
        "MEDBORGARLÖFTE 2021\t\t\t\t\tSida 1 av 2\n"
        "\n"
        "Medborgarlöfte för Höganäs kommun 2021\n"
        "-\tgöra synliga insatser i Höganäs hamn under sommarens helger\n"
        "\n"
        "Höganäs kommun åtar sig att\n"
        "-\tlåsa in eller flytta avfallskärlen vid kommunens skolor och förskolor\n"
        "-\tha fältassistenter ute varje kväll under påsklovet och höstlovet\n"
        "\n"
        "Räddningstjänsten Skåne Nordväst åtar sig att\n"
        "-\tbesöka alla klasser i årskurs 5 och prata om brand och konsekvenserna av att "
        "anlägga bränder\n"
        "-\tgöra tillsyn hos alla som säljer fyrverkerier i kommunen före nyårsafton\n"
        "-\terbjuda bostadsrättsföreningar och hyresvärdar en genomgång av brandskyddet i "
        "soprum\n"
        "\n"
        "Parterna åtar sig gemensamt att\n"
        "-\tgå en trygghetsvandring i Höganäs centrum i september tillsammans med boende\n"
        "-\tfölja upp löftet i kommunens trygghetsråd två gånger under året\n"
        "\n"
        "Höganäs kommun\tPolisen\tRäddningstjänsten Skåne Nordväst\n"
        "MEDBORGARLÖFTE 2021\t\t\t\t\tSida 2 av 2\n"
        "\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [p["text"] for p in extracted["promises"] if "|" in p["text"]] == []
    assert len(extracted["promises"]) == 7


def test_a_report_after_the_first_of_two_years_is_a_follow_up() -> None:
    text = (
        "Medborgarlöftet 2025–2026: ett år har gått\n\n"
        "Löfte 1 – Polisen\n"
        "Löftet: Polisen ska göra nykterhetskontroller vid infarterna varje månad.\n"
        "Så långt: 14 kontroller under 2025.\n\n"
        "Löfte 2 – Kommunen\n"
        "Löftet: Kommunen ska byta till LED-belysning längs Älvstigen.\n"
        "Så långt: Halva sträckan är klar.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert extracted["promises"] == []


def test_a_list_after_a_party_that_binds_itself_holds_its_promises() -> None:
    text = (
        "MEDBORGARLÖFTE\n"
        "Säters kommun och Polisen\n\n"
        "Polisen förbinder sig att\n"
        "- patrullera vid resecentrum varje fredagskväll,\n"
        "- besöka skolorna en gång per termin.\n\n"
        "Säters kommun förbinder sig att\n"
        "- rusta upp belysningen längs älvpromenaden,\n"
        "- ordna läxhjälp på biblioteket två kvällar i veckan.\n"
    )

    assert _promise_texts(text) == [
        "patrullera vid resecentrum varje fredagskväll,",
        "besöka skolorna en gång per termin.",
        "rusta upp belysningen längs älvpromenaden,",
        "ordna läxhjälp på biblioteket två kvällar i veckan.",
    ]


def test_a_line_numbered_as_a_promise_is_one_under_any_heading_and_its_measures_are_not() -> None:
    text = (
        "MEDBORGARLÖFTE HYLTE\n\n"
        "Inledning\n"
        "Enkäten visar att många kör för fort förbi skolorna i Torup och Rydöbruk.\n\n"
        "Löfte 1. Polisen gör hastighetskontroller vid skolan i Torup.\n"
        "Indikator: antal kontroller\n"
        "Målvärde: 10\n"
        "Kostnad: ryms i ordinarie budget\n\n"
        "Löfte 2. Kommunen sätter upp farthinder på Storgatan i Rydöbruk.\n"
        "Indikator: antal farthinder\n"
        "Målvärde: 3\n\n"
        "Löfte 3. Parterna redovisar arbetet för trygghetsrådet två gånger per år.\n"
        "Indikator: antal redovisningar\n"
    )

    assert _promise_texts(text) == [
        "Polisen gör hastighetskontroller vid skolan i Torup.",
        "Kommunen sätter upp farthinder på Storgatan i Rydöbruk.",
    ]


def test_a_follow_up_by_quarter_tells_what_was_done_in_the_past_and_makes_no_new_promises() -> None:
    text = (
        "Så gick medborgarlöftet 2025 i Hylte\n\n"
        "Det här lovade vi\n"
        "1. Polisen skulle göra trafikkontroller på väg 153.\n"
        "2. Kommunen skulle byta belysningen vid stationen i Hyltebruk.\n\n"
        "Januari–mars\n"
        "– Polisen gjorde fyra kontroller på väg 153.\n"
        "– Den nya belysningen beställdes.\n\n"
        "April–juni\n"
        "– Belysningen vid stationen monterades i maj.\n"
        "– Mötet i Torup hölls den 12 juni.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen skulle göra trafikkontroller på väg 153.",
        "Kommunen skulle byta belysningen vid stationen i Hyltebruk.",
    ]


def test_a_group_label_between_a_tables_rows_keeps_the_table_and_may_leave_its_rows_out() -> None:
    # A Word table with rows that span it ("LÖFTET", "STYRNING"), copied as text.
    text = (
        "Medborgarlöfte Hjo – tidplan 2026\n\n"
        "Aktivitet | Ansvarig | maj | jun | jul\n"
        "LÖFTET\n"
        "Trafikkontroller vid Guldkroksskolan | Polisen | X | X |\n"
        "Kvällsöppen fritidsgård i hamnen | Kommunen | | X | X\n"
        "STYRNING\n"
        "Möte i samverkansgruppen | Samverkansgruppen | X | | X\n"
    )

    assert _promise_texts(text) == [
        "Trafikkontroller vid Guldkroksskolan | Polisen | X | X |",
        "Kvällsöppen fritidsgård i hamnen | Kommunen | | X | X",
    ]


def test_a_checklist_under_party_headings_lists_what_each_does_and_when() -> None:
    text = (
        "Checklista för medborgarlöftet i Tierp\n\n"
        "POLISEN\n"
        "☐ Fotpatrull vid resecentrum fredag och lördag kväll\n"
        "☐ Besök på föräldramötena i årskurs 8 (oktober)\n\n"
        "KOMMUNEN\n"
        "☐ Kvällsöppen fritidsgård i Söderfors varje vardag i juli\n"
        "☐ Fritidsgårdar och skolor\n"
    )

    assert _promise_texts(text) == [
        "Fotpatrull vid resecentrum fredag och lördag kväll",
        "Besök på föräldramötena i årskurs 8 (oktober)",
        "Kvällsöppen fritidsgård i Söderfors varje vardag i juli",
    ]


def test_party_headings_after_what_we_have_seen_hold_each_partys_promises() -> None:
    text = (
        "Medborgarlöftet i Öregrund\n\n"
        "Det här har vi sett\n"
        "Boende i hamnen störs av bråk sent på sommarkvällarna.\n\n"
        "Polisen\n"
        "Polisen ska synas i hamnen under sommarens helger.\n\n"
        "Östhammars kommun\n"
        "Kommunen ska anlita ordningsvakter i hamnen under midsommar.\n"
    )

    assert _promise_texts(text) == [
        "Polisen ska synas i hamnen under sommarens helger.",
        "Kommunen ska anlita ordningsvakter i hamnen under midsommar.",
    ]


@pytest.mark.parametrize(
    "head",
    [
        # a report under its letterhead and file number, titled as a follow-up
        "SKURUPS KOMMUN                        PROMEMORIA\nDnr KS 2025/77\n\n"
        "Till: Trygghetsrådet\n\nMedborgarlöfte 2024 – uppföljning i korthet\n\n",
        # an e-mail whose subject says how it went
        "Från: Ida Lund <ida.lund@skurup.se>\nTill: Trygghetsrådet\n"
        "Ämne: Medborgarlöftet 2024 – hur det gick\n\nHej alla!\n\n",
        # a title under its letterhead, over a subtitle that says it reports
        "Skurups kommun                                   Polisen\nKommunledningskontoret\n\n"
        "Medborgarlöfte 2024–2025\nStatusrapport efter det första året\n\n"
        "Datum: 2025-01-15\nTill: Trygghetsrådet i Skurup\n\n1. Om löftet\n"
        "Löftet gäller till och med den 31 december 2025. Här redovisar vi det första året.\n\n"
        "2. Löftena och läget\n\n",
    ],
)
def test_a_report_titled_as_a_follow_up_under_a_letterhead_subject_or_subtitle_is_one(
    head: str,
) -> None:
    text = head + (
        "Löfte 1\n"
        "”Polisen ska göra trafikkontroller på Storgatan varje månad.”\n"
        "Antal kontroller: 11\n\n"
        "Löfte 2\n"
        "”Skurups kommun ska sätta upp belysning vid idrottsplatsen.”\n"
        "Klart: september\n"
    )

    assert extract(normalise(text), REFERENCE)["kind"] == "follow_up"


def test_what_we_and_the_police_promised_and_how_it_went_heads_the_promises_followed_up() -> None:
    text = (
        "Det här lovade vi och polisen – och så blev det:\n\n"
        "🚓 Polisen skulle hålla öppet hus på stationen i Rydsgård varje kvartal ✅ 4 av 4\n"
        "🌳 Kommunen skulle röja slyet längs gångvägen vid Skurups station ⏳ klart i april\n"
        "🎤 Kommunen skulle ordna en föreläsning om nätmobbning ❌\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [(o["promise"], o["done"]) for o in extracted["outcomes"]] == [
        (
            "Polisen skulle hålla öppet hus på stationen i Rydsgård varje kvartal",
            ["Genomfört. 4 av 4"],
        ),
        (
            "Kommunen skulle röja slyet längs gångvägen vid Skurups station",
            ["Pågår. klart i april"],
        ),
        ("Kommunen skulle ordna en föreläsning om nätmobbning", []),
    ]
    assert extracted["outcomes"][2]["not_done"][0]["what"] == (
        "Kommunen skulle ordna en föreläsning om nätmobbning"
    )


def test_a_part_struck_from_the_promise_at_the_end_of_its_line_is_no_promise() -> None:
    text = (
        "Medborgarlöftet 2025 – läget vid årets slut\n\n"
        "1. Polisen skulle ha öppen mottagning i Rydsgård varannan vecka. – Klart\n"
        "2. Kommunen skulle hålla badet öppet på kvällarna under sommaren. – Stryks\n"
        "   Badet stängdes för renovering, så delen ströks i maj.\n"
        "3. Kommunen skulle laga belysningen i Skurups park. – Pågår\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Polisen skulle ha öppen mottagning i Rydsgård varannan vecka.",
        "Kommunen skulle laga belysningen i Skurups park.",
    ]


def test_the_last_item_of_a_partys_list_is_a_promise_when_the_next_partys_list_follows() -> None:
    text = (
        "Medborgarlöfte Tranemo 2026\n\n"
        "Det här gör polisen:\n"
        "✓ Hastighetskontroller genom Limmared och Grimsås varje månad\n"
        "✓ Besök av kontaktpolisen på skolorna i Tranemo en gång per termin\n\n"
        "Det här gör kommunen:\n"
        "✓ Nattvandringar med föräldrar i Tranemo centrum varje fredag\n"
        "✓ Ny belysning på gångvägen till idrottshallen i Limmared\n\n"
        "Det här gör vi tillsammans:\n"
        "✓ Ett öppet möte om bedrägerier i Grimsås i oktober\n"
    )

    assert _promise_texts(text) == [
        "Hastighetskontroller genom Limmared och Grimsås varje månad",
        "Besök av kontaktpolisen på skolorna i Tranemo en gång per termin",
        "Nattvandringar med föräldrar i Tranemo centrum varje fredag",
        "Ny belysning på gångvägen till idrottshallen i Limmared",
        "Ett öppet möte om bedrägerier i Grimsås i oktober",
    ]


def test_a_table_whose_head_asks_who_is_responsible_is_read_by_its_rows() -> None:
    text = (
        "Medborgarlöfte Tranemo 2026\n\n"
        "Det här gör vi\n"
        "Vad vi gör\tVem ansvarar\tNär\n"
        "Patrullerar till fots i Tranemo centrum\tPolisen\tVarje fredag\n"
        "Tar bort klotter på kommunens hus inom ett dygn\tTranemo kommun\tLöpande\n"
    )

    assert [p["text"] for p in extract(normalise(text), REFERENCE)["promises"]] == [
        "Patrullerar till fots i Tranemo centrum | Polisen | Varje fredag",
        "Tar bort klotter på kommunens hus inom ett dygn | Tranemo kommun | Löpande",
    ]


def test_what_came_of_each_promise_after_an_arrow_under_it_is_no_promise() -> None:
    text = (
        "Ämne: Medborgarlöftet 2025 – hur det gick\n\n"
        "Kommunen lovade att\n"
        "- hålla fritidsgården i Tidaholm öppen på fredagar,\n"
        "  → Gjort, varje fredag utom i juli.\n"
        "- sätta upp belysning vid Vulcanområdet,\n"
        "  → Lamporna kom upp i oktober.\n"
    )

    assert _promise_texts(text) == [
        "hålla fritidsgården i Tidaholm öppen på fredagar,",
        "sätta upp belysning vid Vulcanområdet,",
    ]


def test_a_short_name_numbered_under_the_list_of_promises_tells_what_came_of_that_one() -> None:
    text = (
        "Så gick det med medborgarlöftet 2025\n\n"
        "Det här lovade vi 2025\n"
        "1. Polisen redovisar löftet för kommunfullmäktige i december.\n"
        "2. Polisen håller mottagning i Grums bibliotek varannan onsdag.\n"
        "3. Kommunen går trygghetsvandringar i Slottsbron under hösten.\n\n"
        "Så gick det\n"
        "Löfte 1 – Redovisningen: gjord den 9 december\n"
        "Löfte 2 – Mottagningen i Grums: sju av tio onsdagar, tre ställdes in\n"
        "Löfte 3 – Vandringarna: Slottsbron i oktober, en flyttad till mars\n"
    )

    outcomes = extract(normalise(text), REFERENCE)["outcomes"]

    assert [(o["promise"], o["done"]) for o in outcomes] == [
        (
            "Polisen håller mottagning i Grums bibliotek varannan onsdag.",
            ["sju av tio onsdagar, tre ställdes in"],
        ),
        (
            "Kommunen går trygghetsvandringar i Slottsbron under hösten.",
            ["Slottsbron i oktober, en flyttad till mars"],
        ),
    ]


def test_a_promise_told_with_the_report_on_it_in_one_sentence_is_still_followed_up() -> None:
    text = (
        "Frågor och svar: hur gick det med medborgarlöftet 2025?\n\n"
        "Vad skulle ni göra tillsammans?\n"
        "Polisen och kommunen skulle ordna ett öppet möte i Broby i maj och berätta om "
        "arbetet i brottsförebyggande rådet i december.\n\n"
        "Blev mötet av?\n"
        "Ja, med 40 deltagare.\n"
    )

    assert [o["promise"] for o in extract(normalise(text), REFERENCE)["outcomes"]] == [
        "Polisen och kommunen skulle ordna ett öppet möte i Broby i maj"
    ]


def test_a_dash_line_alone_that_says_who_speaks_is_a_quote_and_no_promise() -> None:
    text = (
        "Medborgarlöfte Höör 2026\n\n"
        "Polisen lovar att göra trafikkontroller vid Ringsjöskolan varje vecka.\n\n"
        "Sammanfattning\n"
        "Två av tre delar av förra årets löfte blev klara.\n"
        "– Kvällsvandringen ska vi klara nästa gång, säger kommunpolis Ola Bengtsson.\n"
    )

    assert _promise_texts(text) == [
        "Polisen lovar att göra trafikkontroller vid Ringsjöskolan varje vecka."
    ]


def test_a_page_on_how_the_promise_went_with_smileys_reads_each_promise_and_its_result() -> None:
    text = (
        "Så gick medborgarlöftet 2025\n\n"
        "Så läser du smileysarna\n"
        "🙂 Gjort – det blev som vi lovade\n"
        "😐 Delvis gjort – vi kom en bit på vägen\n"
        "🙁 Inte gjort – det blev inte av\n\n"
        "Polisen lovade att\n\n"
        "🙂 patrullera vid Åkersberga station varje fredag.\n"
        "Poliserna var där 44 fredagar.\n\n"
        "2.5 Polisen och kommunen tillsammans\n\n"
        "🙁 hålla ett möte om bedrägerier i Österskär.\n"
        "Mötet ställdes in.\n\n"
        "Sammanfattning\n"
        "Fyra av sex delar blev gjorda som vi lovade, en delvis och en inte alls.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "patrullera vid Åkersberga station varje fredag.",
        "hålla ett möte om bedrägerier i Österskär.",
    ]


def test_a_slide_show_of_what_we_promised_beside_what_we_did_reads_each_promise() -> None:
    text = (
        "Medborgarlöftet 2025\nUppföljning\nKommunfullmäktige 16 februari 2026\n"
        "Sara Lind, trygghetssamordnare, Karlstads kommun\n"
        "Olle Berg, kommunpolis, lokalpolisområde Karlstad\n\n"
        "Om löftet 2025\n"
        "• Undertecknat 3 mars 2025 av Anna Ek, kommunstyrelsens ordförande, och Per Sund, "
        "lokalpolisområdeschef\n\n"
        "Vi lovade – vi gjorde: Polisen\n\n"
        + "".join(
            f"{left:<50}{right}\n"
            for left, right in [
                ("VI LOVADE", "VI GJORDE"),
                ("Kontroller vid infarten till Molkom en", "✔ 12 av 12 månader"),
                ("gång i månaden", "90 förare kontrollerade"),
                ("", ""),
                ("Polis på plats vid Skåre torg", "✔ 30 av 36 fredagar"),
                ("fredagskvällar under skolåret", "Mest folk i oktober"),
            ]
        )
        + "\nVad säger siffrorna?\n"
        "• Trygghetsmätningen 2025: 70 % känner sig trygga kvällstid (2023: 64 %)\n"
        "• Anmälda narkotikabrott: 38 (2024: 30) – fler kontroller ger fler anmälningar\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Kontroller vid infarten till Molkom en gång i månaden",
        "Polis på plats vid Skåre torg fredagskvällar under skolåret",
    ]
    assert [s["name"] for s in extracted["signatories"]] == ["Anna Ek", "Per Sund"]


def test_an_annual_reports_header_by_facing_page_numbers_and_its_outlook_are_no_promises() -> None:
    header = "Sala kommun | Årsredovisning 2025"
    text = (
        f"{header}                                      41\n\n"
        "KOMMUNSTYRELSEN\n\nVerksamhetsberättelse\n\n"
        "Trygghet och brottsförebyggande arbete\n\n"
        "Medborgarlöftet 2025\n"
        "Nedan återges varje åtagande med sin lydelse, följt av utfallet.\n\n"
        "”Polisen ska göra trafikkontroller på Västra Långgatan i Sala varje\n"
        "månad under året.”\n"
        "Polisen gjorde tolv kontroller, de flesta på kvällstid vid skolorna och\n"
        "vid resecentrum.\n\n"
        f"42                                      {header}\n\n"
        f"{header}                                      43\n\n"
        "”Kommunen ska sätta upp ny belysning i Stadsparken och vid Ekebyskolan\n"
        "under våren.”\n"
        "Belysningen kom upp i maj och har fått goda omdömen av dem som går där.\n\n"
        "Framtiden\n"
        "Under 2026 fortsätter arbetet med åtgärdsplanen. Kommunstyrelsen kommer att se\n"
        "över hur uppföljningen av trygghetsarbetet kan samordnas med den övriga\n"
        "uppföljningen.\n\n"
        f"44                                      {header}\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    taken = [p["text"] for p in extracted["promises"]] + [
        o["promise"] for o in extracted["outcomes"]
    ]
    assert len(taken) == 2
    assert all("Västra Långgatan" in t or "Stadsparken" in t for t in taken)


def test_what_police_and_kommun_together_were_to_do_is_a_promise_followed_up() -> None:
    text = (
        "Så gick vintern i Sälen\n\n"
        "Polisen lovade att ha en polis i Sälen under sportlovet. Det blev av.\n\n"
        "Kommunen skulle dessutom ordna skjuts hem från byn på lördagsnätter. Bussen gick "
        "varje lördag.\n\n"
        "Tillsammans skulle polis och kommun ta fram en folder om skoterlederna. Den delades "
        "ut i december.\n"
    )

    assert [o["promise"] for o in extract(normalise(text), REFERENCE)["outcomes"]][-1] == (
        "Tillsammans skulle polis och kommun ta fram en folder om skoterlederna."
    )


def test_a_line_that_names_the_ended_promise_before_its_words_is_no_promise() -> None:
    text = (
        "Medborgarlöfte Bräcke 2026\n\n"
        "Avslutat löfte 2025: Polisen ska patrullera vid torget i Bräcke varje fredag.\n"
        "Nytt löfte: Polisen ska patrullera vid stationen i Bräcke varje fredag.\n"
    )

    assert _promise_texts(text) == ["Polisen ska patrullera vid stationen i Bräcke varje fredag."]


def test_a_minute_titled_with_the_follow_up_and_the_new_promise_is_a_promise_set() -> None:
    text = (
        "Uppföljning av medborgarlöfte 2025 och nytt medborgarlöfte 2026\n\n"
        "I löftet för 2025 åtog sig parterna följande:\n"
        "- Polisen skulle göra kontroller i Bräcke varannan vecka. Utfall: 20 kontroller.\n"
        "- Kommunen skulle anställa en fritidsledare i Kälarne. Utfall: Anställd i april.\n"
        "- Kommunen skulle sätta upp belysning vid skolan. Utfall: Klart i maj.\n\n"
        "Förslag till medborgarlöfte 2026\n"
        "Polisen åtar sig att\n"
        "a) besöka skolorna i Bräcke varje termin,\n"
        "b) göra insatser mot skoterkörning på isarna.\n"
    )

    assert extract(normalise(text), REFERENCE)["kind"] == "promise_set"


def test_an_arshjuls_ring_named_after_the_promise_marks_its_rows_and_no_other_ring_does() -> None:
    text = (
        "ÅRSHJUL 2026 – Trygghet i Kil\n\n"
        "Ringar\n"
        "Ring 1   Medborgarlöfte 2026\n"
        "Ring 2   Styrning och uppföljning\n\n"
        "MARS\n"
        "  Ring 1 | Polisen | Fartkontroller vid Sannerudsskolan, vecka 10–12\n"
        "  Ring 2 | BRÅ | Brottsförebyggande rådets möte\n"
        "APRIL\n"
        "  Ring 1 | Båda | Undertecknande av medborgarlöftet 2026 (2 april)\n"
        "  Ring 1 | Kommunen | Nya lampor längs gångvägen vid Fryken\n\n"
        "Ring 1: 3 | Ring 2: 1\n"
    )

    assert _promise_texts(text) == [
        "Polisen | Fartkontroller vid Sannerudsskolan, vecka 10–12",
        "Kommunen | Nya lampor längs gångvägen vid Fryken",
    ]


def test_a_timelines_rows_that_open_with_their_weeks_are_the_promise_on_every_page() -> None:
    text = (
        "MEDBORGARLÖFTE FÖR ALE KOMMUN\n\n"
        "3. Tidplan och åtaganden\n"
        "Vecka 14–16 2026   Polisen gör kontroller av mopedbilar vid Nödinge centrum.\n"
        "Vecka 20 2026      Kommunen håller ett dialogmöte i Älvängen.\n\n"
        "Ale kommun | Polisen                                       Sida 1 av 2\n\n"
        "Ale kommun | Polisen                                       Sida 2 av 2\n"
        "Vecka 36–38 2026   Polisen besöker alla klasser i årskurs 7 i Surte.\n"
        "Vecka 40 2026      (U) Brottsförebyggande rådet får en lägesrapport.\n"
        "Vecka 45–48 2026   Kommunen byter till LED-belysning i tunneln vid Bohus.\n"
    )

    texts = _promise_texts(text)

    assert len(texts) == 4
    assert any("årskurs 7 i Surte" in t for t in texts)
    assert any("LED-belysning" in t for t in texts)


def test_a_two_year_promise_split_by_year_under_titled_promise_headings() -> None:
    text = (
        "Medborgarlöfte för Knivsta kommun 2027–2028\n\n"
        "Bakgrund\n"
        "Eftersom en del tar tid har vi delat upp löftet per år.\n\n"
        "Löfte 1 – Tryggare kring stationen\n"
        "2027: Kommunen sätter upp kameror på pendlarparkeringen.\n"
        "2027 och 2028: Polisen är på plats vid Knivsta station två kvällar i veckan.\n"
        "Uppföljning 2028: Trygghetsmätningen görs igen och jämförs med 2026.\n\n"
        "Utöver löftena\n"
        "Vi undersöker också möjligheten att ha nattvandrare i Alsike, men det är inte beslutat.\n"
    )

    assert _promise_texts(text) == [
        "2027: Kommunen sätter upp kameror på pendlarparkeringen.",
        "2027 och 2028: Polisen är på plats vid Knivsta station två kvällar i veckan.",
    ]


def test_the_answer_to_how_a_promise_is_followed_up_is_no_promise() -> None:
    text = (
        "Medborgarlöfte Skurup\n\n"
        "Löfte 1: Synlig polis på torget\n"
        "Polisen går patrull på Skurups torg varje fredag kväll.\n"
        "Hur följer vi upp? Polisen räknar antalet pass, och kommunen frågar i "
        "trygghetsmätningen om man har sett polis.\n"
    )

    assert _promise_texts(text) == ["Polisen går patrull på Skurups torg varje fredag kväll."]


def test_a_summers_rows_week_by_week_under_a_heading_that_names_only_when() -> None:
    text = (
        "Sommarlöfte för Heby 2026 – vecka för vecka\n\n"
        "Det här har vi hört\n"
        "- Mopeder som kör runt i centrum sent på kvällarna.\n\n"
        "Så här ser sommaren ut\n"
        "v. 25: Polisen gör nykterhetskontroller på infarterna till Heby inför\n"
        "midsommar.\n"
        "vecka 27–31: Kommunens sommarvärdar är ute vid stationen fredag kväll.\n"
        "vecka 34: Uppföljning – kommunen och polisen berättar i brottsförebyggande rådet "
        "hur sommaren har gått.\n"
    )

    assert _promise_texts(text) == [
        "v. 25: Polisen gör nykterhetskontroller på infarterna till Heby inför midsommar.",
        "vecka 27–31: Kommunens sommarvärdar är ute vid stationen fredag kväll.",
    ]


def test_a_plan_month_by_month_over_two_pages_reads_each_months_promise() -> None:
    text = (
        "MEDBORGARLÖFTE DALS-ED 2026\n\n"
        "2. Så läser du planen\n"
        "Det som står efter en månad är det som polisen, kommunen eller båda lovar att göra "
        "då.\n\n"
        "3. Medborgarlöftet månad för månad\n\n"
        "Januari: Kommunen och polisen berättar om löftet på kommunfullmäktiges sammanträde.\n"
        "Februari: Polisen håller ett möte om bedrägerier i Håverud.\n"
        "Juni: Kommunen anställer fyra sommarvärdar i centrum.\n\n"
        "                                                                      Sida 1 av 2\n\n"
        "Medborgarlöfte Dals-Ed 2026                          Dals-Eds kommun | Polisen\n\n"
        "Juli: Ordinarie – polisens sommarverksamhet vid badplatserna ingår inte i löftet.\n"
        "Juli–augusti: Polisen patrullerar till fots i centrum på fredagskvällar.\n"
        "Oktober: Kommunen bjuder in föräldrar till en kväll om mopeder.\n\n"
        "                                                                      Sida 2 av 2\n"
    )

    assert _promise_texts(text) == [
        "Februari: Polisen håller ett möte om bedrägerier i Håverud.",
        "Juni: Kommunen anställer fyra sommarvärdar i centrum.",
        "Juli–augusti: Polisen patrullerar till fots i centrum på fredagskvällar.",
        "Oktober: Kommunen bjuder in föräldrar till en kväll om mopeder.",
    ]


def test_a_tables_column_of_letters_explained_by_a_legend_picks_the_promises_rows() -> None:
    text = (
        "AKTIVITETSPLAN 2026\nMedborgarlöfte för Sävja\n\n"
        "Så läser du planen\n"
        "L = ingår i medborgarlöftet\n"
        "O = ordinarie verksamhet; den ingår inte i löftet\n"
        "U = uppföljning av löftet\n\n"
        "När\tAktivitet\tAnsvarig\tKat.\n"
        "Mars\tKommunpolisen har mottagning i Sävja centrum varannan torsdag\tPolisen\tL\n"
        "Jan–dec\tFältgruppen arbetar kvällstid i Sävja\tKommunen\tO\n"
        "April\tAvstämning i styrgruppen\tKommunen och polisen\tU\n"
        "Maj\tNy belysning på gångvägen till Sävjaskolan\tKommunen\tL\n"
    )

    assert _promise_texts(text) == [
        "Mars | Kommunpolisen har mottagning i Sävja centrum varannan torsdag | Polisen",
        "Maj | Ny belysning på gångvägen till Sävjaskolan | Kommunen",
    ]


def test_a_promises_milestones_with_their_dates_are_its_promises_but_not_its_signing() -> None:
    text = (
        "Nio milstolpar för ett tryggare Hultsfred\n\n"
        "Milstolparna\n"
        "Milstolpe 1 (februari 2026): Löftet är undertecknat av kommunen och polisen.\n"
        "Milstolpe 2 (mars 2026): Polisen har hållit öppna möten om stöldskydd i Virserum.\n"
        "Milstolpe 3 (maj 2026): Polisen och kommunen har startat grannsamverkan i Mörlunda.\n"
    )

    assert _promise_texts(text) == [
        "Milstolpe 2 (mars 2026): Polisen har hållit öppna möten om stöldskydd i Virserum.",
        "Milstolpe 3 (maj 2026): Polisen och kommunen har startat grannsamverkan i Mörlunda.",
    ]


def test_an_agreements_numbered_undertakings_each_over_its_measure_block() -> None:
    text = (
        "ÖVERENSKOMMELSE\nom samverkan och medborgarlöfte i Tierp 2026–2028\n\n"
        "3. Åtaganden\n"
        "3.1 Polisen gör riktade narkotikakontroller vid Tierps station.\n"
        "    Indikator: antal kontroller\n"
        "    Målvärde: minst 24 per år\n"
        "    Ansvarig: kommunpolis Ali Berg\n\n"
        "3.2 Kommunen har fältsekreterare ute i centrum tre kvällar i veckan.\n"
        "    Indikator: antal kvällar\n"
        "    Ansvarig: enhetschef för fältgruppen\n\n"
        "3.3 Parterna redovisar åtagandena för kommunstyrelsen två gånger per år.\n"
        "    Ansvarig: kommunens säkerhetsstrateg\n\n"
        "3.4 Kommunen byter till ny belysning längs gångstråket vid Siggbo.\n"
        "    Målvärde: klar senast den 30 november 2026\n"
    )

    assert _promise_texts(text) == [
        "Polisen gör riktade narkotikakontroller vid Tierps station.",
        "Kommunen har fältsekreterare ute i centrum tre kvällar i veckan.",
        "Kommunen byter till ny belysning längs gångstråket vid Siggbo.",
    ]


def test_a_slide_plan_by_half_year_reads_each_partys_noun_phrases_under_the_period() -> None:
    text = (
        "MEDBORGARLÖFTE BÄCKBY 2026–2027\nFärdplan halvår för halvår\n\n"
        "[Bild 3 av 5]\n"
        "H1 2026 (januari–juni)\n"
        "POLISEN\n"
        "• Fast närvaro vid Bäckby centrum tre kvällar i veckan\n"
        "VÄSTERÅS STAD\n"
        "• Ny belysning längs gångstråket till Skälby\n\n"
        "[Bild 4 av 5]\n"
        "H2 2026 (juli–december)\n"
        "POLISEN\n"
        "• Fast närvaro vid Bäckby centrum fortsätter\n"
        "TILLSAMMANS\n"
        "• Ny lägesbild för Bäckby (mars)\n"
        "• Förslag till nästa medborgarlöfte\n"
    )

    assert _promise_texts(text) == [
        "Fast närvaro vid Bäckby centrum tre kvällar i veckan",
        "Ny belysning längs gångstråket till Skälby",
    ]


def test_noun_phrases_under_party_headings_under_what_we_promise_on_a_police_page() -> None:
    text = (
        "Polisen\nMeny   Sök   Kontakta polisen\n\n"
        "Medborgarlöfte Laxå 2027\n\n"
        "Det här lovar vi\n\n"
        "Polisen\n"
        "– Närvaro vid hemmamatcherna på Laxå IP och vid marknaden i centrum\n\n"
        "Laxå kommun\n"
        "– Röjning och ny belysning längs gångstråket vid Laxåbäcken\n\n"
        "Gemensamt\n"
        "– Uppföljning av löftet i det brottsförebyggande rådet i juni och december\n"
    )

    assert _promise_texts(text) == [
        "Närvaro vid hemmamatcherna på Laxå IP och vid marknaden i centrum",
        "Röjning och ny belysning längs gångstråket vid Laxåbäcken",
    ]


def test_the_links_under_read_more_after_the_promises_are_none_of_them() -> None:
    text = (
        "Medborgarlöfte Nordanstig 2026\n\n"
        "Polisen lovar att patrullera i Bergsjö centrum varje fredag.\n\n"
        "Läs mer\n"
        "Medborgarlöfte Nordanstig 2026 (pdf)\n"
        "Så arbetar kommunen med brottsförebyggande frågor\n"
    )

    assert _promise_texts(text) == ["Polisen lovar att patrullera i Bergsjö centrum varje fredag."]


def test_a_follow_up_that_restates_each_promise_as_a_line_over_what_came_of_it() -> None:
    text = (
        "Så gick medborgarlöftet 2025\n\n"
        "Här går vi igenom löftena ett i taget.\n\n"
        "Polisen gör minst tio trafikkontroller vid skolorna i Habo och Furusand\n"
        "Polisen gjorde tretton kontroller under året, de flesta på morgonen när eleverna "
        "kommer till skolan. Flera föräldrar har sagt att det märks vid övergångsställena.\n\n"
        "Kommunen byter ut belysningen i gångtunneln vid stationen\n"
        "Den gamla belysningen ersattes med ledlampor i juni.\n\n"
        "Sammanfattning\n"
        "Fyra av de fem åtgärderna blev gjorda som vi lovade.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert [(o["promise"], o["done"]) for o in extracted["outcomes"]] == [
        (
            "Polisen gör minst tio trafikkontroller vid skolorna i Habo och Furusand",
            [
                "Polisen gjorde tretton kontroller under året, de flesta på morgonen när "
                "eleverna kommer till skolan. Flera föräldrar har sagt att det märks vid "
                "övergångsställena."
            ],
        ),
        (
            "Kommunen byter ut belysningen i gångtunneln vid stationen",
            ["Den gamla belysningen ersattes med ledlampor i juni."],
        ),
    ]


def test_a_final_follow_up_titled_slutuppfoljning_is_one() -> None:
    text = (
        "Varbergs kommun\nSök   Lyssna   Kontakt\n"
        "Startsida > Trygghet > Medborgarlöfte > Slutuppföljning 2024–2025\n\n"
        "Slutuppföljning av medborgarlöftet 2024–2025\n\n"
        "Medborgarlöftet gällde till och med den 31 december 2025. Nu har löftet löpt ut, "
        "och här är vår bedömning av varje del.\n\n"
        "Så läser du bedömningen\n"
        "Grönt: vi gjorde det vi lovade.\n"
        "Rött: det blev inte gjort.\n\n"
        "Löfte 1\n"
        "Polisen skulle synas på stranden under sommarens helgkvällar.\n"
        "Bedömning: grönt.\n\n"
        "Löfte 2\n"
        "Kommunen skulle förbättra belysningen i gångtunneln.\n"
        "Bedömning: gult.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "follow_up"
    assert extracted["outcomes_title"] == "Slutuppföljning av medborgarlöftet 2024–2025"
    assert len(extracted["outcomes"]) == 2


def test_a_slide_deck_titled_with_uppfoljning_reads_each_slides_promise_and_its_bullets() -> None:
    text = (
        "Bild 1\nMedborgarlöfte Grästorp 2025\nUppföljning\nTrygghetsrådet 22 januari 2026\n\n"
        "Bild 3\nOm löftet 2025\n"
        "• Parter: Grästorps kommun och Polisen\n"
        "• Procent = hur stor del av det vi lovade som blev gjort\n\n"
        "Bild 4\nLöfte 1 – Trafiken\n"
        "Polisen skulle göra hastighetskontroller i Tengene varje månad\n"
        "• Genomfört: 83 %\n"
        "• 10 av 12 månader, 27 kontroller\n\n"
        "Bild 5\nLöfte 2 – Belysning\n"
        "Kommunen skulle sätta upp belysning på gångvägen vid stationen\n"
        "• Genomfört: 100 %\n"
        "• 14 nya armaturer, klart i oktober\n\n"
        "Bild 6\nMedborgarlöfte 2026\n"
        "• Undertecknas i februari\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert [(o["promise"], o["done"]) for o in extracted["outcomes"]] == [
        (
            "Polisen skulle göra hastighetskontroller i Tengene varje månad",
            ["83 %", "10 av 12 månader, 27 kontroller"],
        ),
        (
            "Kommunen skulle sätta upp belysning på gångvägen vid stationen",
            ["100 %", "14 nya armaturer, klart i oktober"],
        ),
    ]
    assert extracted["promises"] == []


def test_an_agreements_numbered_sections_of_what_each_party_is_responsible_for() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE\nmellan Olofströms kommun och Polisen 2027–2029\n\n"
        "5. Ansvarsfördelning\n"
        "5.1 Olofströms kommun ansvarar för att:\n"
        "• ha en brottsförebyggande samordnare på heltid,\n"
        "• erbjuda sommarjobb till minst 80 ungdomar varje sommar.\n\n"
        "5.2 Parterna ansvarar gemensamt för att:\n"
        "• genomföra minst fyra trygghetsvandringar per år.\n"
    )

    assert _promise_texts(text) == [
        "erbjuda sommarjobb till minst 80 ungdomar varje sommar.",
        "genomföra minst fyra trygghetsvandringar per år.",
    ]


def test_in_an_agreement_a_partys_label_before_what_it_does_undertakes_it() -> None:
    text = (
        "Överenskommelse om samverkan och medborgarlöfte 2026–2027\n\n"
        "Syfte och mål\n"
        "Parterna ska verka för att färre unga provar narkotika.\n\n"
        "Våra löften\n"
        "Fokusområde 1 – Trafiken genom byarna\n"
        "• Polisen: genomför hastighetskontroller på riksväg 71 genom Mockfjärd.\n"
        "• Kommunen: sätter upp hastighetsdisplayer vid skolorna i Björbo.\n"
    )

    extracted = extract(normalise(text), REFERENCE)

    assert extracted["kind"] == "agreement"
    assert len(extracted["promises"]) == 2


# An agreement laid out as a kommun's Word export: each page opens with its number and a
# header of two lines, and the promises are lines labelled by who does them.
_LABELLED_AGREEMENT = (
    "ÖVERENSKOMMELSE OM SAMVERKAN OCH MEDBORGARLÖFTE 2027–2028\n\n"
    "1 (4)\n"
    "Överenskommelse om samverkan 2027–2028\n"
    "Leksands kommun – Polisen\n\n"
    "Parterna förbinder sig att\n"
    "– utse var sin kontaktperson för arbetet,\n"
    "– delta i kommunens trygghetsråd.\n\n"
    "2 (4)\n"
    "Överenskommelse om samverkan 2027–2028\n"
    "Leksands kommun – Polisen\n\n"
    "Medborgarlöfte 2027–2028\n\n"
    "Fokusområde 1 – Trafiken vid skolorna\n"
    "Polisen: kontrollerar hastigheten vid skolorna i Insjön varje vecka under terminen.\n"
    "Leksands kommun: målar nya övergångsställen vid skolan i Siljansnäs under 2027.\n\n"
    "3 (4)\n"
    "Överenskommelse om samverkan 2027–2028\n"
    "Leksands kommun – Polisen\n\n"
    "Fokusområde 2 – Unga i centrum\n"
    "Tillsammans: ordnar en cykelkontroll för eleverna i årskurs 4 varje vår.\n\n"
    "4 (4)\n"
    "Överenskommelse om samverkan 2027–2028\n"
    "Leksands kommun – Polisen\n\n"
    "Överenskommelsen gäller till och med den 31 december 2028.\n"
)


def test_a_header_of_two_lines_under_each_pages_number_is_no_promise() -> None:
    extracted = extract(normalise(_LABELLED_AGREEMENT), REFERENCE)
    assert [p["text"] for p in extracted["promises"] if "Leksands kommun –" in p["text"]] == []


def test_an_agreements_lines_labelled_by_a_named_kommun_or_as_joint_are_its_promises() -> None:
    extracted = extract(normalise(_LABELLED_AGREEMENT), REFERENCE)
    assert extracted["kind"] == "agreement"
    assert [p["text"].split(":")[0] for p in extracted["promises"]] == [
        "Polisen",
        "Leksands kommun",
        "Tillsammans",
    ]


def test_a_named_kommun_before_a_contact_or_a_reply_labels_no_promise() -> None:
    text = (
        "Medborgarlöfte 2027\n\n"
        "Polisen lovar att:\n"
        "• kontrollera hastigheten vid skolorna i Insjön varje vecka.\n\n"
        "Frågor om löftet\n"
        "Leksands kommun: Maja Lund, trygghetssamordnare.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [p["text"] for p in extracted["promises"]] == [
        "kontrollera hastigheten vid skolorna i Insjön varje vecka."
    ]


def test_a_paragraph_that_goes_on_from_the_party_above_by_a_pronoun_is_its_promise() -> None:
    text = (
        "Nytt medborgarlöfte för Leksand\n\n"
        "I dag skrev kommunen och polisen under det nya medborgarlöftet. Löftet gäller "
        "under 2027.\n\n"
        "Enligt löftet ska polisen patrullera vid Noret varje fredagskväll under sommaren.\n\n"
        "Kommunen lovar att öppna fritidsgården i Insjön på lördagar.\n\n"
        "Den ska också sätta upp nya lampor längs gångvägen till badplatsen före hösten.\n\n"
        "Den ska vara klar i september och tändas klockan sex varje kväll.\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert [p["text"][:30] for p in promises] == [
        "Enligt löftet ska polisen patr",
        "Kommunen lovar att öppna friti",
        "Den ska också sätta upp nya la",
    ]
    assert promises[2]["parties"] == ["municipality"]


def test_a_follow_ups_list_of_short_names_over_the_promises_told_one_by_one_is_no_outcome() -> None:
    text = (
        "Bild 1\n"
        "MEDBORGARLÖFTE ORUST 2026 – SÅ GICK DET\n\n"
        "Bild 2\n"
        "Tre löften under 2026\n"
        "• Båtmotorer i hamnarna\n"
        "• Kvällar i Henån\n"
        "• Skolvägen i Svanesund\n"
        "Anteckningar: Löftet byggde på dialogerna hösten 2025.\n\n"
        "Bild 3\n"
        "Löfte 1: Polisen märker båtmotorer i Ellös och Mollösund varje vår\n"
        "Status: GENOMFÖRT\n"
        "• 140 motorer märkta\n\n"
        "Bild 4\n"
        "Löfte 2: Kommunen har fältassistenter ute i Henån på fredagskvällar\n"
        "Status: GENOMFÖRT\n"
        "• Ute varje fredag utom under julen\n\n"
        "Bild 5\n"
        "Löfte 3: Kommunen bygger en belyst gångväg till skolan i Svanesund\n"
        "Status: EJ GENOMFÖRT\n"
        "• Bygget startar våren 2027\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    told = [o["promise"] for o in extracted["outcomes"]]
    assert len(told) == 3
    assert "Båtmotorer i hamnarna" not in told
    assert all(o["done"] or o["not_done"] for o in extracted["outcomes"])


def test_a_promise_told_in_the_past_over_its_goal_and_outcome_lines_is_followed_up() -> None:
    text = (
        "Medborgarlöftet 2026 i siffror\n\n"
        "Löftet gällde under 2026. Här redovisas varje löfte med mål och utfall.\n\n"
        "Löfte 1\n"
        "Polisen skulle göra minst 20 nykterhetskontroller vid infarterna till Sala.\n"
        "Mål: 20 kontroller\n"
        "Utfall: 26 kontroller\n"
        "Kommentar: Flest kontroller under sommaren.\n\n"
        "Löfte 2\n"
        "Kommunen skulle anställa fyra sommarvärdar vid Mellanfjärden.\n"
        "Mål: 4 sommarvärdar\n"
        "Utfall: 3 sommarvärdar\n"
        "Kommentar: En tjänst gick inte att tillsätta.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert [(o["promise"][:18], o["done"]) for o in extracted["outcomes"]] == [
        ("Polisen skulle gör", ["Utfall: 26 kontroller"]),
        ("Kommunen skulle an", ["Utfall: 3 sommarvärdar"]),
    ]


def test_a_paragraph_that_tells_another_promise_not_yet_done_is_its_own_outcome() -> None:
    text = (
        "Så gick det med medborgarlöftet 2026\n\n"
        "Det första löftet var att polisen skulle hålla öppet i kommunhuset i Bengtsfors "
        "en dag i månaden. Det blev tio dagar under året.\n\n"
        "Kommunen lovade att bygga ett belyst staket vid badplatsen i Dals Långed. Det har "
        "inte blivit av ännu, eftersom bygglovet dröjer.\n\n"
        "Polisen lovade också att köra trafikkontroller på väg 172 varje vecka. Det blev "
        "48 kontroller. Kommunen lovade i sin tur att sätta upp ett farthinder vid skolan i "
        "Billingsfors. Det har inte blivit av.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [o["promise"][:22] for o in outcomes] == [
        "Det första löftet var ",
        "Kommunen lovade att by",
        "Polisen lovade också a",
        "Kommunen lovade i sin ",
    ]


def test_we_said_we_would_tells_a_promise_in_a_follow_up() -> None:
    text = (
        "Så gick det med medborgarlöftet 2026\n\n"
        "Polisen lovade att göra nykterhetskontroller vid hamnen varje helg i juli. Det "
        "blev elva kontroller.\n\n"
        "Vi sa också att vi skulle hålla öppet hus på polisstationen i Mora i maj. Ett "
        "sextiotal personer kom.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [o["promise"][:20] for o in outcomes] == [
        "Polisen lovade att g",
        "Vi sa också att vi s",
    ]


def test_a_calendars_rows_of_when_and_who_are_promises_and_a_row_done_again_is_not() -> None:
    text = (
        "TRYGGHETSKALENDERN 2027\n"
        "Medborgarlöftet i Orsa, månad för månad\n\n"
        "MARS\n"
        "Vecka 10       Trygghetsrådet fastställer kalendern.\n"
        "14 mars        Polisen: Mobil polisstation på torget i Orsa kl. 14–17.\n"
        "20 mars        Polisen och kommunen: Informationskväll om bedrägerier i Skattungbyn.\n\n"
        "MAJ\n"
        "12 maj         Polisen: Mobil polisstation vid Fryksås kl. 14–17.\n"
        "Vecka 20–22    Kommunen: Sly röjs längs gångvägen till Orsa camping.\n"
        "26 maj         Polisen och kommunen: Samma informationskväll, nu i Hansjö.\n\n"
        "SEPTEMBER\n"
        "8 september    Polisen, kommunen och Orsabo: Trygghetsvandring i Slättberg.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [p["text"].split(":")[0] for p in extracted["promises"]] == [
        "14 mars Polisen",
        "20 mars Polisen och kommunen",
        "Vecka 20–22 Kommunen",
        "8 september Polisen, kommunen och Orsabo",
    ]
    assert extracted["promises"][0]["parties"] == ["police"]


def test_a_gantt_exports_rows_under_a_head_whose_number_shares_the_activity_cell() -> None:
    text = (
        "TIDPLAN MEDBORGARLÖFTE BODEN 2027\n\n"
        "Nr  Aktivitet                                   Ansvarig     jan  feb  mar  apr\n"
        "1   Undertecknande av medborgarlöftet           KSO/LPO      x\n"
        "2   Hastighetskontroller på Svartbyvägen         Polisen           x         x\n"
        "3   Ny belysning i Björknäsparken                Kommunen               x    x\n"
        "4   Avstämning i brottsförebyggande rådet        Samordnare             x\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert [p["text"].split(" | ")[1] for p in promises] == [
        "Hastighetskontroller på Svartbyvägen",
        "Ny belysning i Björknäsparken",
    ]


def test_a_plans_rows_go_on_past_a_cells_wrapped_words_and_its_councils_meetings_are_none() -> None:
    text = (
        "PLAN FÖR 2028 – RÅDET OCH MEDBORGARLÖFTET I BERG\n\n"
        "När            Vad                                                  Vem\n"
        "16 januari     Rådets möte: lägesbild och förslag till löfte        Rådet\n"
        "5 februari     Medborgarlöftet skrivs under av Eva Holm (KSO) och   Kommunen/Polisen\n"
        "Lars Berg (lokalpolisområdeschef)\n"
        "Mars           Informationsmöte om bedrägerier i Myrviken          Polisen och kommunen\n"
        "Maj            Trygghetsvandring i Hackås                          Polisen och kommunen\n"
        "Oktober        Trygghetsmätning i hela kommunen                    Kommunen\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert [p["text"].split(" | ")[1] for p in promises] == [
        "Informationsmöte om bedrägerier i Myrviken",
        "Trygghetsvandring i Hackås",
    ]


def test_a_tidplan_after_the_promises_times_them_and_adds_none() -> None:
    text = (
        "Medborgarlöfte Skurup 2027\n\n"
        "Polisen lovar att:\n"
        "• göra trafikkontroller på Köpmangatan minst tio gånger under året,\n"
        "• finnas på plats vid stationen fredagskvällar under sommaren.\n\n"
        "Skurups kommun lovar att:\n"
        "• byta belysningen i Folkets park.\n\n"
        "5. Tidplan\n"
        "Tabellen visar när löftena ovan genomförs.\n\n"
        "Vad                               Vem          När\n"
        "Trafikkontroller Köpmangatan      Polisen      mars–oktober\n"
        "Närvaro vid stationen             Polisen      juni–augusti\n"
        "Belysningen i Folkets park        Kommunen     klart senast i maj\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert [p["text"][:24] for p in promises] == [
        "göra trafikkontroller på",
        "finnas på plats vid stat",
        "byta belysningen i Folke",
    ]


def test_a_half_time_reports_we_promise_lines_over_what_was_done_in_a_year() -> None:
    text = (
        "Halvtid för medborgarlöftet 2026–2027 – så långt har vi kommit\n\n"
        "Under varje löfte står vad vi lovar och vad vi har gjort under 2026.\n\n"
        "Trafiken vid skolan\n"
        "Vi lovar: Polisen gör trafikkontroller vid skolan i Vendel varje månad.\n"
        "Gjort 2026: 11 kontroller, 19 förare rapporterade.\n"
        "Kvar 2027: Samma takt.\n\n"
        "Fältassistenter\n"
        "Vi lovar: Kommunen anställer en fältassistent i Örbyhus.\n"
        "Gjort 2026: Fältassistenten började i oktober.\n"
        "Kvar 2027: Kvällar tisdag och fredag.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert [(o["promise"][:20], o["done"][0]) for o in extracted["outcomes"]] == [
        ("Polisen gör trafikko", "11 kontroller, 19 förare rapporterade."),
        ("Kommunen anställer e", "Fältassistenten började i oktober."),
    ]


def test_a_status_table_with_a_number_column_reports_on_each_row() -> None:
    text = (
        "Medborgarlöftet 2026 – status för varje löfte\n\n"
        "| Nr | Löfte | Ansvarig | Status | Kommentar |\n"
        "|----|-------|----------|--------|-----------|\n"
        "| 1 | Trafikkontroller vid skolan i Grums | Polisen | Genomfört | 14 kontroller. |\n"
        "| 2 | Fältassistenter ute i Slottsbron | Kommunen | Genomfört | De har arbetat "
        "varje helg sedan april. |\n"
        "| 3 | Informationsmöte om inbrott i Borgvik | Polisen och kommunen | Ej genomfört "
        "| Flyttat till mars. |\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert [o["promise"] for o in extracted["outcomes"]] == [
        "Trafikkontroller vid skolan i Grums",
        "Fältassistenter ute i Slottsbron",
        "Informationsmöte om inbrott i Borgvik",
    ]


def test_a_plans_later_year_that_says_a_promise_goes_on_adds_no_promise() -> None:
    text = (
        "Medborgarlöfte Sundsvall 2027–2028\n\n"
        "År 1 (2027)\n\n"
        "Polisen åtar sig att\n"
        "– göra riktade insatser mot narkotikaförsäljning vid Navet och Stora torget,\n"
        "– kontrollera hastigheten vid skolorna i Njurunda.\n\n"
        "År 2 (2028)\n\n"
        "Polisen åtar sig att\n"
        "– fortsätta insatserna mot narkotikaförsäljning vid Navet och Stora torget,\n"
        "– besöka alla klasser i årskurs 8 och prata om narkotika.\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert [p["text"][:20] for p in promises] == [
        "göra riktade insatse",
        "kontrollera hastighe",
        "besöka alla klasser ",
    ]


def test_a_promise_to_go_on_with_what_another_promise_names_is_kept_outside_a_plan() -> None:
    text = (
        "Medborgarlöfte Sundsvall 2027\n\n"
        "Polisen lovar att:\n"
        "• göra riktade insatser mot narkotikaförsäljning vid Navet,\n"
        "• fortsätta samverkan med skolorna om narkotikaförsäljning vid Navet.\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert len(promises) == 2


def test_a_seasons_paragraph_that_sets_one_thing_aside_at_its_end_leaves_the_next_in() -> None:
    text = (
        "Årshjulet för medborgarlöftet 2028\n\n"
        "Sommaren\n"
        "Kommunen har fritidsgården i Sveg öppen tre kvällar i veckan. Polisens vanliga "
        "trafikarbete på E45 fortsätter som tidigare men ingår inte i löftet.\n\n"
        "Hösten\n"
        "När skolan börjar gör polisen hastighetskontroller vid skolorna i Sveg och Lillhärdal.\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert [p["text"][:30] for p in promises][-1] == "När skolan börjar gör polisen "


def test_a_follow_ups_changes_for_next_year_are_no_outcomes() -> None:
    text = (
        "Så gick det med medborgarlöftet 2026\n\n"
        "Löfte 1: Polisen skulle ha mottagning i Lönashult varje månad.\n"
        "Så blev det: Genomfört, elva av tolv månader.\n\n"
        "Löfte 2: Kommunen skulle anställa sommarvärdar i Tingsryd.\n"
        "Så blev det: Genomfört.\n\n"
        "Det här ändrar vi inför 2027\n"
        "Utifrån uppföljningen föreslår vi några förändringar:\n"
        "– Mottagningen i Lönashult flyttas till Väckelsång.\n"
        "– Sommarvärdarna arbetar även i augusti.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [o["promise"][:22] for o in outcomes] == [
        "Polisen skulle ha mott",
        "Kommunen skulle anstäl",
    ]


def test_a_clauses_points_numbered_in_three_levels_are_its_items() -> None:
    text = (
        "4. ÅTAGANDEN\n\n"
        "4.1 Polisen åtar sig att:\n\n"
        "    4.1.1  patrullera till fots vid torget i Övertorneå på fredagskvällar,\n\n"
        "    4.1.2  göra skoterkontroller på isen vid Hietaniemi varje vinter,\n\n"
        "    4.1.3  besöka alla klasser i årskurs 8.\n\n"
        "4.2 Kommunen åtar sig att:\n\n"
        "    4.2.1  hålla fritidsgården öppen till midnatt på fredagar.\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert [p["text"][:16] for p in promises] == [
        "patrullera till ",
        "göra skoterkontr",
        "besöka alla klas",
        "hålla fritidsgår",
    ]


def test_an_agreements_activities_each_over_who_answers_for_it_are_undertaken() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE LAHOLM 2026–2029\n\n"
        "5.1 Unga i riskmiljöer\n\n"
        "Mål\n"
        "Färre unga ska misstänkas för narkotikabrott 2029 än 2025.\n\n"
        "Aktiviteter\n"
        "   a) SSPF-möten hålls varje vecka för unga i riskzonen.\n"
        "      Ansvarig: Socialförvaltningen och Polisen\n"
        "   b) Trygghetsvandring i Mellbystrand varje höst.\n"
        "      Ansvarig: Polisen och kommunen\n"
        "   c) Årlig analys av utvecklingen bland unga, som underlag till lägesbilden.\n"
        "      Ansvarig: Kommunens samordnare\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "agreement"
    assert [p["text"][:20] for p in extracted["promises"]] == [
        "SSPF-möten hålls var",
        "Trygghetsvandring i ",
    ]


def test_a_focus_areas_noun_phrases_that_name_who_in_brackets_are_its_promises() -> None:
    text = (
        "MEDBORGARLÖFTE VIMMERBY 2027\n\n"
        "Fokusområde 1 – Trafiken\n"
        "• Farthinder vid skolan i Södra Vi (Kommunen)\n"
        "• Mopedkontroller i centrum under våren (Polisen)\n\n"
        "Fokusområde 2 – Unga\n"
        "• Hundsök på högstadieskolorna i Vimmerby och Södra Vi två gånger per läsår\n"
        "  (Polisen)\n"
        "• Föräldraträffar om narkotika varje termin (Polisen och kommunen)\n"
    )
    promises = extract(normalise(text), REFERENCE)["promises"]
    assert [p["text"][:12] for p in promises] == [
        "Farthinder v",
        "Mopedkontrol",
        "Hundsök på h",
        "Föräldraträf",
    ]
    assert promises[2]["text"].endswith("(Polisen)")


def test_an_agreements_numbered_clause_x_ansvarar_for_att_opens_its_list() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE ARVIKA 2026–2029\n\n"
        "6. Åtaganden\n\n"
        "6.1 Arvika kommun ansvarar för att\n\n"
        "   -  hålla fritidsgården i Klässbol öppen på fredagar,\n"
        "   -  byta belysningen i stadsparken.\n\n"
        "6.2 Polisen ansvarar för att\n\n"
        "   -  göra hastighetskontroller vid skolorna i Edane.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert [p["text"][:16] for p in extracted["promises"]] == [
        "hålla fritidsgår",
        "byta belysningen",
        "göra hastighetsk",
    ]


def test_a_promise_whose_status_says_it_was_struck_is_reported_as_not_done() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2026\n\n"
        "Löfte 1\n"
        "Så här löd löftet: Polisen skulle göra hastighetskontroller i Bjurtjärn varje månad.\n"
        "Resultat: 14 kontroller.\n"
        "Status: Genomfört.\n\n"
        "Löfte 2\n"
        "Så här löd löftet: Kommunen skulle sätta upp kameror vid skolgården i Storfors.\n"
        "Resultat: Rådet beslutade i maj att stryka punkten ur löftet.\n"
        "Status: Struket.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [o["not_done"] for o in outcomes] == [
        [],
        [
            {
                "what": "Kommunen skulle sätta upp kameror vid skolgården i Storfors.",
                "reason": "Struket.",
            }
        ],
    ]


def test_a_follow_ups_list_of_what_was_done_besides_the_promise_reports_on_none() -> None:
    text = (
        "Verksamhetsberättelse 2026 – medborgarlöftet\n\n"
        "Polisen lovade att göra trafikkontroller vid skolan i Sparreholm. Det blev tolv "
        "kontroller under året.\n\n"
        "Utöver medborgarlöftet har rådet under året följt flera insatser:\n"
        "- Sommarlovsaktiviteter för unga i samtliga tätorter, med drygt 300 deltagare.\n"
        "- Grannsamverkan, där fyra nya områden har startat i Mellösa.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [o["promise"][:20] for o in outcomes] == ["Polisen lovade att g"]


def test_a_follow_ups_two_columns_of_what_was_promised_and_what_came_of_it() -> None:
    text = (
        "UPPFÖLJNING AV MEDBORGARLÖFTET I TRANEMO 2026\n\n"
        "DET HÄR LOVADE VI                                   SÅ HÄR BLEV DET\n\n"
        "Göra hastighetskontroller vid skolorna i Limmared   22 kontroller vid skolorna.\n"
        "och Grimsås varje månad.                            Klart.\n\n"
        "Ha fältassistenter ute i centrum på kvällstid       Ute varje fredag från\n"
        "under sommarlovet.                                  midsommar. Klart.\n\n"
        "Byta belysningen i gångtunneln vid stationen och    Klart i oktober.\n"
        "vid Grimsås skola.                                  Klart.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [(o["promise"][:20], o["done"][0][:10]) for o in outcomes] == [
        ("Göra hastighetskontr", "22 kontrol"),
        ("Ha fältassistenter u", "Ute varje "),
        ("Byta belysningen i g", "Klart i ok"),
    ]


def test_a_minutes_decision_points_and_a_tally_by_colour_report_on_no_promise() -> None:
    text = (
        "§ 14 Uppföljning av medborgarlöftet 2026\n\n"
        "Ärendet\n"
        "Polisen lovade att göra trafikkontroller i Brottby varje månad. Det blev tolv.\n\n"
        "Kommunen lovade att hålla fritidsgården i Lindholmen öppen på fredagar. Den hade "
        "öppet varje fredag.\n\n"
        "Samlad bild\n"
        "• GRÖNT   2\n"
        "• RÖTT    0\n\n"
        "Beslut\n"
        "Kommunfullmäktige beslutar\n"
        "1. att godkänna uppföljningen av medborgarlöftet 2026,\n"
        "2. att i övrigt lägga informationen till handlingarna.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [o["promise"][:20] for o in outcomes] == [
        "Polisen lovade att g",
        "Kommunen lovade att ",
    ]


def test_a_press_release_headed_that_the_promise_reached_its_goals_is_a_follow_up() -> None:
    text = (
        "PRESSMEDDELANDE\n\n"
        "Medborgarlöftet nådde sina mål\n\n"
        "Allt som staden och polisen lovade i Kronogården har blivit av.\n\n"
        "Löftet innehöll tre åtaganden:\n"
        "– Polisen skulle finnas på torget tre kvällar i veckan. Det gjorde polisen.\n"
        "– Staden skulle byta belysningen i parken. Arbetet var klart i november.\n"
        "– Staden skulle öppna en mötesplats för unga. Den öppnade i oktober.\n"
    )
    assert extract(normalise(text), REFERENCE)["kind"] == "follow_up"


def test_a_podcasts_transcript_asking_whether_they_kept_their_promise_follows_it_up() -> None:
    text = (
        "SALEMPODDEN\n"
        "Avsnitt 12: Höll de vad de lovade?\n\n"
        "[00:04:33] LINA ÅBERG: Vi tar det punkt för punkt. Vad var det första?\n\n"
        "[00:04:37] ERIK SANDAHL: Det första var trafiken. Vi lovade att polisen skulle göra "
        "hastighetskontroller vid skolan i Rönninge varje månad.\n\n"
        "[00:04:49] LINA ÅBERG: Och blev det så?\n\n"
        "[00:04:51] ERIK SANDAHL: Ja. Det blev sjutton kontroller.\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert [o["promise"][:22] for o in extracted["outcomes"]] == ["Vi lovade att polisen "]


def test_an_annual_reports_table_of_planned_and_done_per_undertaking_follows_it_up() -> None:
    text = (
        "Tabell 12. Medborgarlöftet 2026 – planerat och genomfört\n\n"
        "Åtagande                                 Ansvarig   Planerat  Genomfört\n"
        "Hastighetskontroller vid skolan i Åby    Polisen    12        15\n"
        "Fotpatrull i Hageby centrum              Polisen    40        31\n"
        "Ny belysning i gångtunnlarna             Kommunen   4         2\n"
    )
    extracted = extract(normalise(text), REFERENCE)
    assert extracted["kind"] == "follow_up"
    assert len(extracted["outcomes"]) == 3


def test_a_blogs_last_promise_told_after_others_with_its_result_below_is_followed_up() -> None:
    text = (
        "Kommunpolisen berättar: så gick sommaren\n\n"
        "Vi lovade att patrullera i hamnen varje fredag i juli.\n\n"
        "Det gjorde vi, alla fyra helgerna.\n\n"
        "Kommunen lovade att anställa sommarvärdar på Havsbadet.\n\n"
        "Fyra sommarvärdar var ute hela sommaren.\n\n"
        "Och så det vi lovade tillsammans.\n\n"
        "Polisen och kommunen lovade att hålla ett öppet möte om bedrägerier i Brastad.\n\n"
        "Det blev av i april, och ett femtiotal personer kom.\n"
    )
    outcomes = extract(normalise(text), REFERENCE)["outcomes"]
    assert [o["promise"][:22] for o in outcomes][-1] == "Polisen och kommunen l"


def test_an_agreements_title_under_a_letterhead_whose_right_column_wrapped_names_it() -> None:
    text = (
        "TORSÅS KOMMUN | POLISEN\n"
        "Kommunledningsförvaltningen | Region Syd\n"
        "Lokalpolisområde\n"
        "Nybro\n"
        "Datum: 2026-12-09 | Dnr: KS 2026/311\n\n"
        "SAMVERKANSÖVERENSKOMMELSE\n"
        "mellan Torsås kommun och Polisen, lokalpolisområde Nybro\n\n"
        "Polisen åtar sig att\n"
        "• göra trafikkontroller i Söderåkra varje månad.\n"
    )
    assert extract(normalise(text), REFERENCE)["kind"] == "agreement"


def test_a_roadmaps_party_marks_head_the_lines_under_them_in_each_stage() -> None:
    text = (
        "Medborgarlöftet 2027: steg för steg\n\n"
        "STEG 1 (januari–april 2027) – redan igång\n\n"
        "  ● Polisen\n"
        "    Fotpatrull vid Resecentrum varje fredagskväll under\n"
        "    våren.\n"
        "    Cykelkontroller vid Norrskolan i april.\n\n"
        "  ● Tillsammans\n"
        "    Öppet möte om bedrägerier i Folkets hus i mars.\n\n"
        "STEG 2 (september 2027–juni 2028)\n\n"
        "  ● Kommunen\n"
        "    Ny belysning längs Kanalstigen före jul.\n"
    )

    found = extract(normalise(readers.read_document(text.encode(), "x.txt").text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Fotpatrull vid Resecentrum varje fredagskväll under våren.",
        "Cykelkontroller vid Norrskolan i april.",
        "Öppet möte om bedrägerier i Folkets hus i mars.",
        "Ny belysning längs Kanalstigen före jul.",
    ]


def test_a_report_keeps_the_lines_under_its_party_marks_as_results() -> None:
    text = (
        "MEDBORGARLÖFTET 2026 – SÅ GICK DET\n\n"
        "🚓 POLISEN\n"
        "Fotpatrull vid Resecentrum varje fredagskväll\n"
        "Gjort 38 kvällar av 40.\n\n"
        "💡 KOMMUNEN\n"
        "Ny belysning längs Kanalstigen\n"
        "Halva sträckan klar i november, resten monteras i april.\n"
    )

    found = extract(normalise(readers.read_document(text.encode(), "x.txt").text), REFERENCE)

    assert [o["promise"] for o in found["outcomes"]] == [
        "Fotpatrull vid Resecentrum varje fredagskväll",
        "Ny belysning längs Kanalstigen",
    ]


def test_a_legend_of_shapes_picks_the_rows_marked_after_their_time() -> None:
    text = (
        "Kvällsschema – medborgarlöftet 2027\n\n"
        "Så läser du schemat:\n"
        "  ▶   det som ingår i medborgarlöftet\n"
        "  ○   praktiskt under kvällen (ingår inte i löftet)\n\n"
        "KVÄLL 1 · tisdag 14 september 2027\n"
        "18.00  ○  Samling vid biblioteket. Kartor delas ut.\n"
        "18.30  ▶  Vid torget: polisen gör en cykelkontroll samma\n"
        "          kväll tillsammans med kommunens trafikplanerare.\n"
        "19.00  ○  Fika i kyrkans församlingshem.\n"
        "Varje onsdag  ▶  Fältgruppen är ute vid stationen till klockan 23.\n"
    )

    found = extract(normalise(readers.read_document(text.encode(), "x.txt").text), REFERENCE)

    assert [p["text"][:40] for p in found["promises"]] == [
        "Vid torget: polisen gör en cykelkontroll",
        "Fältgruppen är ute vid stationen till kl",
    ]


def test_a_paragraph_saying_the_promises_follow_opens_them_under_each_places_parties() -> None:
    text = (
        "Medborgarlöften i Borås 2027\n\n"
        "Några saker som många tog upp:\n"
        "– Mörka gångvägar vid Norrby.\n"
        "– Buskörning vid Knalleland.\n\n"
        "Här kan du läsa löftena för varje område.\n\n"
        "Norrby\n\n"
        "Polisen\n"
        "• Samtal med eleverna på Norrbyskolan om droger\n\n"
        "Borås Stad\n"
        "• Nya lampor längs gångvägen mot Norrby centrum\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Samtal med eleverna på Norrbyskolan om droger",
        "Nya lampor längs gångvägen mot Norrby centrum",
    ]


def test_an_agreements_chain_of_goals_holds_what_each_party_does_under_insatser() -> None:
    text = (
        "SAMVERKANSÖVERENSKOMMELSE 2026–2029\n"
        "mellan Tidaholms kommun och Polisen\n\n"
        "3. Målkedja\n\n"
        "MÅL 1  Centrum ska vara tryggt på kvällen\n\n"
        "   Delmål 1.1  Skadegörelsen vid kommunens skolor ska minska.\n\n"
        "      Insatser\n"
        "      • Polisen besöker skolgårdarna på fredagskvällar under terminerna.\n"
        "      • Tidaholms kommun tar bort klotter på skolorna inom ett dygn.\n\n"
        "   Delmål 1.2  Skadegörelsen på kommunens lekplatser ska minska.\n\n"
        "      Insatser\n"
        "      • Tidaholms kommun lagar lekplatserna inom två arbetsdagar.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "agreement"
    assert [p["text"] for p in found["promises"]] == [
        "Polisen besöker skolgårdarna på fredagskvällar under terminerna.",
        "Tidaholms kommun tar bort klotter på skolorna inom ett dygn.",
        "Tidaholms kommun lagar lekplatserna inom två arbetsdagar.",
    ]


def test_words_third_level_squares_are_items_under_the_partys_undertaking() -> None:
    text = (
        "5. Åtaganden\n\n"
        "•  Tidaholms kommun åtar sig att\n"
        "   o  Trygga miljöer\n"
        "      §  byta belysningen i gångtunneln vid stationen under 2026,\n"
        "   o  Unga\n"
        "      §  hålla fritidsgården i Fröjered öppen på lördagar,\n\n"
        "Beslutad i kommunstyrelsen § 45, 2026-01-12.\n"
    )

    found = extract(normalise(readers.read_document(text.encode(), "x.txt").text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "byta belysningen i gångtunneln vid stationen under 2026,",
        "hålla fritidsgården i Fröjered öppen på lördagar,",
    ]


def test_an_agreements_questions_what_each_party_does_head_its_undertakings() -> None:
    text = (
        "Överenskommelse om samverkan 2026–2029 mellan Ljusdals kommun och Polisen\n\n"
        "4. Vad gör kommunen?\n\n"
        "  – Vi håller fritidsgården i Järvsö öppen på fredagar.\n\n"
        "5. Vad gör vi tillsammans?\n\n"
        "  – Vi går en trygghetsvandring i Färila varje höst.\n"
        "  – Vi tar fram en gemensam lägesbild varje höst.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "agreement"
    assert [p["text"] for p in found["promises"]] == [
        "Vi håller fritidsgården i Järvsö öppen på fredagar.",
        "Vi går en trygghetsvandring i Färila varje höst.",
    ]


def test_a_paragraph_opened_by_its_partys_name_as_a_sentence_is_that_partys_promise() -> None:
    text = (
        "Medborgarlöfte för Kävlinge kommun 2027\n\n"
        "LÖFTET I KORTHET\n\n"
        "Under 2027 kommer du att märka att\n"
        "   • vuxna från kommunen finns ute på fredagskvällarna,\n"
        "   • det blir lugnare vid stationen.\n\n"
        "3  VÅRA LÖFTEN\n\n"
        "3.1  Unga\n\n"
        "Kommunen. Kävlinge kommun anställer två fältassistenter som arbetar\n"
        "fredagskvällar vid stationen.\n\n"
        "Polisen och kommunen. Tillsammans håller vi ett föräldramöte om\n"
        "narkotika i årskurs 7 under våren.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Kävlinge kommun anställer två fältassistenter som arbetar fredagskvällar vid stationen.",
        "Tillsammans håller vi ett föräldramöte om narkotika i årskurs 7 under våren.",
    ]


def test_records_of_what_we_promised_how_it_went_and_its_status_are_followed_up() -> None:
    text = (
        "Polisens åtaganden\n\n"
        "Hastighetskontroller\n"
        "Vi lovade: Polisen skulle göra hastighetskontroller på Storgatan varje månad.\n"
        "Så blev det: Polisen gjorde fjorton kontroller. Flest körde för fort i maj.\n"
        "Status: Genomfört\n\n"
        "Kommunens åtaganden\n\n"
        "Belysning vid ån\n"
        "Vi lovade: Kommunen skulle byta belysningen längs ån.\n"
        "Så blev det: Halva sträckan är klar. Resten monteras i vår.\n"
        "Status: Delvis genomfört\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert found["kind"] == "follow_up"
    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen skulle göra hastighetskontroller på Storgatan varje månad.",
        "Kommunen skulle byta belysningen längs ån.",
    ]


def test_a_line_a_kommuns_name_labels_is_its_promise_but_not_a_contact_or_a_reply() -> None:
    text = (
        "Medborgarlöfte 2028\n\n"
        "Tema 1 – Trafiken i Deje\n"
        "Munkfors kommun: Vi sätter upp två nya fartdisplayer vid skolan i höst.\n"
        "Polisen och Munkfors kommun: Vi håller ett möte om bedrägerier under våren.\n"
        "Munkfors kommun: Anna Berg svarar på frågor om löftet.\n"
        "Munkfors kommun: Tack Eva! Vi hoppas att det märks vid skolan i höst.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Munkfors kommun: Vi sätter upp två nya fartdisplayer vid skolan i höst.",
        "Polisen och Munkfors kommun: Vi håller ett möte om bedrägerier under våren.",
    ]


def test_a_maps_circled_place_numbers_mark_the_promises_made_there() -> None:
    text = (
        "DET HÄR LOVAR VI\n\n"
        "①  Polisen har en områdespolis på plats vid torget varje vardag mellan klockan\n"
        "    15 och 19.\n"
        "②⑦ Malmö stad sätter upp nya lampor i parken före sommaren.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen har en områdespolis på plats vid torget varje vardag mellan klockan 15 och 19.",
        "Malmö stad sätter upp nya lampor i parken före sommaren.",
    ]


def test_marks_in_capitals_that_open_the_rows_are_not_part_of_the_promise() -> None:
    text = (
        "Medborgarlöfte 2027\n\n"
        "NYTT        Det här gör vi för första gången.\n"
        "UTÖKAS      Det här gör vi mer av än förra året.\n\n"
        "Centrum\n"
        "NYTT        Polisen gör narkotikakontroller vid torget varje vecka.\n"
        "UTÖKAS      Polisen går fotpatrull vid resecentrum varje fredag.\n"
        "NYTT        Kommunen sätter upp ny belysning i gångtunneln.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen gör narkotikakontroller vid torget varje vecka.",
        "Polisen går fotpatrull vid resecentrum varje fredag.",
        "Kommunen sätter upp ny belysning i gångtunneln.",
    ]


def test_a_timelines_day_in_capitals_stays_with_the_row_it_times() -> None:
    text = (
        "Vecka 12\n\n"
        "MÅNDAG  Polisen går fotpatrull vid torget.\n"
        "MÅNDAG  Kommunen öppnar fritidsgården i Ör.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "MÅNDAG Polisen går fotpatrull vid torget.",
        "MÅNDAG Kommunen öppnar fritidsgården i Ör.",
    ]


def test_a_reports_numbered_titles_over_each_promise_and_its_assessment_add_none() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2026\n\n"
        "Uppföljning per åtagande\n\n"
        "1. Fotpatrull i centrum (Polisen)\n"
        "Åtagande: Polisen genomför fotpatrull på Stora torget på fredagskvällar.\n"
        "Genomförande: Fotpatrull genomfördes 31 av 36 helger.\n"
        "Bedömning: Genomfört\n\n"
        "2. Belysning vid sjön (Kommunen)\n"
        "Åtagande: Kommunen sätter upp ny belysning längs gångstråket vid sjön.\n"
        "Genomförande: Arbetet blev klart i oktober.\n"
        "Bedömning: Genomfört\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [o["promise"] for o in found["outcomes"]] == [
        "Polisen genomför fotpatrull på Stora torget på fredagskvällar.",
        "Kommunen sätter upp ny belysning längs gångstråket vid sjön.",
    ]


def test_a_pages_table_of_contents_is_no_list_under_the_promises_heading() -> None:
    text = (
        "Medborgarlöfte 2027–2028\n\n"
        "Innehåll på sidan\n"
        "Varför ett medborgarlöfte?\n"
        "Våra löften\n"
        "Det här ingår inte\n"
        "Så följer vi upp\n\n"
        "Våra löften\n\n"
        "Polisen går fotpatrull i centrum varje fredagskväll.\n\n"
        "Det här ingår inte\n\n"
        "Kameror vid stationen ingår inte i löftet.\n"
    )

    found = extract(normalise(text), REFERENCE)

    assert [p["text"] for p in found["promises"]] == [
        "Polisen går fotpatrull i centrum varje fredagskväll."
    ]
