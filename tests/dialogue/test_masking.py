"""Personal data is masked out of what people write; ordinary words, places and numbers stay."""

import io
import sys

import pytest
from django.core.management import call_command

from loften.dialogue.masking import mask
from loften.testing.dialogue_quality import score_masking

# Floors for the labelled set of tests/dialogue/data/masking.txt (bench/dialogue_masking.py).
MIN_PRECISION = 0.95
MIN_RECALL = 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring 070-123 45 67.", "Ring [telefon]."),
        ("Ring 070 123 45 67.", "Ring [telefon]."),
        ("Ring 0701234567.", "Ring [telefon]."),
        ("Ring 070-1234567.", "Ring [telefon]."),
        ("Ring +46 70 123 45 67.", "Ring [telefon]."),
        ("Ring +46701234567.", "Ring [telefon]."),
        ("Ring +46 (0)70-123 45 67.", "Ring [telefon]."),
        ("Ring 0046 70 123 45 67.", "Ring [telefon]."),
        ("Ring 08-123 456 78.", "Ring [telefon]."),
        ("Ring 08-12345678.", "Ring [telefon]."),
        ("Ring 031-12 34 56.", "Ring [telefon]."),
        ("Ring 0920-123 45 i dag.", "Ring [telefon] i dag."),
        ("Ring 070-123 45 67 2 gånger.", "Ring [telefon] 2 gånger."),
        ("Pnr 850101-1234.", "Pnr [personnummer]."),
        ("Pnr 8501011234.", "Pnr [personnummer]."),
        ("Pnr 19850101-1234.", "Pnr [personnummer]."),
        ("Pnr 198501011234.", "Pnr [personnummer]."),
        ("Pnr 190101+1234 (över hundra).", "Pnr [personnummer] (över hundra)."),
        ("Samordningsnummer 850161-1234.", "Samordningsnummer [personnummer]."),
        ("Skriv till anna.svensson@exempel.se!", "Skriv till [e-post]!"),
        ("Skriv till a+b@post.exempel.org.", "Skriv till [e-post]."),
        ("Skriv till anna(at)exempel.se.", "Skriv till [e-post]."),
        ("Bor på Storgatan 12.", "Bor på [adress]."),
        ("Bor på Storgatan 12 B.", "Bor på [adress]."),
        ("Bor på Storgatan 12b.", "Bor på [adress]."),
        ("Bor på Östra Långgatan 3 lgh 1102.", "Bor på [adress]."),
        ("Bor på Karl Johans gata 5, 411 03 Göteborg.", "Bor på [adress]."),
        ("Bor på Kungsgatan 48, 2 tr.", "Bor på [adress]."),
        ("Bor på Björkvägen 7 i Vidsel.", "Bor på [adress] i Vidsel."),
        ("Anna Svensson ringde.", "[namn] ringde."),
        ("Vi pratade med Erik.", "Vi pratade med [namn]."),
        ("Erik Johansson och Maria Karlsson kom.", "[namn] och [namn] kom."),
        ("Anna-Karin Olsson kom.", "[namn] kom."),
        ("Per-Erik Lindqvist ordnade lokalen.", "[namn] ordnade lokalen."),
        ("Eriks hund skäller.", "[namn] hund skäller."),
        ("Familjen Andersson flyttade.", "Familjen [namn] flyttade."),
        ("Tack till Pettersson.", "Tack till [namn]."),
        ("Björn Nilsson och Bo Ek kom.", "[namn] och [namn] kom."),
        ("Vi träffade Björn i går.", "Vi träffade [namn] i går."),
    ],
)
def test_personal_data_is_masked(text: str, expected: str) -> None:
    assert mask(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hans bil stod på Storgatan hela natten.",
        "Bo i området och känn dig trygg.",
        "Björnen sågs vid Ljusdal.",
        "Lova att komma nästa gång!",
        "Polisen och kommunen bjöd in till dialog i Mark och i Lund.",
        "Mötet var 2024-03-12 klockan 18.00, och nästa 12/4.",
        "Skadegörelsen kostade 250 000 kr under 2023.",
        "Ungefär 40 personer kom, varav 12 under 18 år.",
        "Riksväg 40 och Länsväg 222 är farliga för cyklister.",
        "Polisen har 070-nummer till kommunpoliserna.",
        "Handlingsplan 2025 antogs.",
        "Medborgarlöftet för 2024–2026 gäller hela Falun.",
        "Kommunen satte upp 12 nya lampor på Parkvägen.",
        "Grannsamverkan finns i 8 av 10 områden, 15 procent, 0,5 mil.",
        "Ärendet har nummer 5000-12345 hos polisen.",
        "Stora torget och Kungsgatan var fulla av folk i maj och juni.",
        "Berg, Strand och Skog är vanliga ortnamn.",
    ],
)
def test_ordinary_words_places_dates_and_numbers_stay(text: str) -> None:
    assert mask(text) == text


def test_masking_twice_changes_nothing_more() -> None:
    once = mask("Anna Svensson, 070-123 45 67, Storgatan 12, anna@exempel.se, 850101-1234")
    assert once == "[namn], [telefon], [adress], [e-post], [personnummer]"
    assert mask(once) == once


def test_the_masking_holds_its_measured_precision_and_recall() -> None:
    scores = score_masking()
    assert scores.expected.total() >= 50
    assert scores.precision() >= MIN_PRECISION, scores.misses
    assert scores.recall() >= MIN_RECALL, scores.misses


def test_loften_dialogue_mask_prints_stdin_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Ring Anna Svensson på 070-123 45 67.\n"))
    out = io.StringIO()
    call_command("dialogue", "mask", stdout=out)
    assert out.getvalue() == "Ring [namn] på [telefon].\n"
