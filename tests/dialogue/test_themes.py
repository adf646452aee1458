"""Themes are suggested from the words people use, and hold their measured quality."""

import pytest

from loften.dialogue.themes import suggest_themes
from loften.promises.models import Theme
from loften.testing.dialogue_quality import score_themes, theme_examples

# Floors for the labelled set of tests/dialogue/data/themes.txt (bench/dialogue_themes.py).
MIN_PRECISION = 0.90
MIN_RECALL = 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det säljs knark vid busshållplatsen.", ["drugs"]),
        ("Cykelstölderna har blivit fler.", ["burglary_theft"]),
        ("Mopederna buskör på gångvägen.", ["traffic"]),
        ("Gångvägen är mörk och jag känner mig otrygg.", ["public_space_safety"]),
        ("Vi vill starta grannsamverkan.", ["neighbourhood_watch"]),
        ("Klotter och nedskräpning i parken.", ["vandalism", "public_order"]),
        ("Han kom med barnvagnen.", []),
        ("Tack för ett bra möte.", []),
    ],
)
def test_themes_are_suggested_from_the_words(text: str, expected: list[str]) -> None:
    assert suggest_themes(text) == expected


def test_the_labelled_set_is_large_and_uses_the_taxonomy() -> None:
    examples = theme_examples()
    assert len(examples) >= 200
    assert set().union(*(labels for _, labels in examples)) <= set(Theme.values)


def test_the_suggestions_hold_their_measured_precision_and_recall() -> None:
    scores = score_themes()
    assert scores.precision() >= MIN_PRECISION, scores.misses
    assert scores.recall() >= MIN_RECALL, scores.misses
