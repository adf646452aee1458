"""Evidence spans: words found across line breaks and case, where a pattern finds them."""

import re

from hypothesis import given
from hypothesis import strategies as st

from loften.ingest.provenance import _find

WORDS = st.sampled_from(["Polisen", "polisen", "lovar", "LOVAR", "trygghet", "i", "Umeå", "år"])
SPACE = st.sampled_from([" ", "\n", "  ", " \n ", "\t"])


def by_pattern(text: str, needle: str) -> tuple[int, int] | None:
    words = needle.split()
    for candidate in [words, words[:1]] if len(words[0]) >= 5 else [words]:
        found = re.search(r"\s+".join(map(re.escape, candidate)), text, re.IGNORECASE)
        if found:
            return found.span()
    return None


@given(
    st.lists(st.tuples(WORDS, SPACE), min_size=1, max_size=30),
    st.lists(WORDS, min_size=1, max_size=4),
)
def test_the_words_are_found_where_a_pattern_finds_them(
    pieces: list[tuple[str, str]], needle: list[str]
) -> None:
    text = "".join(word + space for word, space in pieces)
    assert _find(text, " ".join(needle)) == by_pattern(text, " ".join(needle))


def test_a_letter_that_grows_when_lowered_does_not_shift_the_span() -> None:
    text = "İstanbul och\nPolisen lovar"  # "İ".lower() is two characters
    assert _find(text, "polisen LOVAR") == (13, 26)
    assert text[13:26] == "Polisen lovar"


def test_only_the_given_stretch_is_searched() -> None:
    text = "Polisen lovar. Sedan: polisen lovar igen."
    assert _find(text, "polisen lovar", (10, len(text))) == (22, 35)
