"""Clean Swedish lines from what PDF, Word and web pages leave behind."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loften.ingest.normalise import normalise

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("minska brottslig-\nheten", "minska brottsligheten"),
        ("minska brottslig- heten", "minska brottsligheten"),
        ("trygghets\u2011 \nskapande", "trygghetsskapande"),
        ("förebyg-\nga brott", "förebygga brott"),
        ("kvälls- och nattetid", "kvälls- och nattetid"),
        ("trafik-\noch informationsinsatser", "trafik- och informationsinsatser"),
        ("brottsförebyggande- och trygghetsskapande", "brottsförebyggande- och trygghetsskapande"),
        ("Purple Flag-certifieringen", "Purple Flag-certifieringen"),
        ("A-\ntraktorer", "A-\ntraktorer"),
        ("•\tpunkt\n- annan\no under\n– fjärde", "• punkt\n• annan\n◦ under\n• fjärde"),
        ("1. Medborgardialog", "1. Medborgardialog"),
        ("ett  \t mellanrum\u00a0här  ", "ett mellanrum här"),
        ("Medborgarlo\u0308fte", "Medborgarlöfte"),
        ("rad\n\n\n\nny rad", "rad\n\nny rad"),
        ("noll\u200bbredd", "nollbredd"),
    ],
)
def test_normalise(raw: str, clean: str) -> None:
    assert normalise(raw) == clean


def test_the_umea_seed_reads_cleanly() -> None:
    text = normalise((SEEDS / "000_2d4a401379370ee3.txt").read_text(encoding="utf-8"))
    assert "minska brottsligheten i Umeå kommun" in text
    assert "förhindra och förebygga brott" in text
    assert "genomföra särskilda trafik- och informationsinsatser" in text
    assert "- \n" not in text


def test_the_ostersund_seed_keeps_its_suspended_compounds() -> None:
    text = normalise((SEEDS / "004_a34657226f142e30.txt").read_text(encoding="utf-8"))
    assert "kvälls- och nattetid" in text
    assert "brottsförebyggande- och trygghetsskapande" in text


@given(
    st.text(alphabet=st.sampled_from("abcåäö ABÅÖ-\u2011\n\t•o–.,") | st.characters(), max_size=300)
)
def test_normalising_never_fails_and_twice_is_once(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert len(once) <= len(text) + 2
