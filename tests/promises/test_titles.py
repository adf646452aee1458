"""A promise's text as a page shows it: the document's line label gives way to the badge."""

import pytest

from loften.promises.titles import promise_title


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Polis: Hundsök i skolan två gånger per år.", "Hundsök i skolan två gånger per år."),
        ("Kommun: Drogvaneundersökning genomförs.", "Drogvaneundersökning genomförs."),
        ("Åtgärd: trafikkontroller i tid.", "Trafikkontroller i tid."),
        ("Polisen : kontroll minst en gång per år.", "Kontroll minst en gång per år."),
        ("Polisen lovar fler trafikkontroller.", "Polisen lovar fler trafikkontroller."),
        ("Kommunens mål: färre bränder.", "Kommunens mål: färre bränder."),
        ("Polis:", "Polis:"),
        ("Polisens del: Polisen går fotpatrull.", "Polisen går fotpatrull."),
        ("Löfte 2 | Kommunen lagar belysningen.", "Kommunen lagar belysningen."),
        ("Löfte 2: Mindre buskörning", "Löfte 2: Mindre buskörning"),
        ("Det här gör polisen: Polisen mäter hastigheten.", "Polisen mäter hastigheten."),
        ("Det här gör vi tillsammans: Vi bjuder in föräldrar.", "Vi bjuder in föräldrar."),
    ],
)
def test_the_line_label_is_left_out_and_the_sentence_starts_with_a_capital(
    text: str, expected: str
) -> None:
    assert promise_title(text) == expected
