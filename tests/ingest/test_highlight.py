from hypothesis import given
from hypothesis import strategies as st

from loften.ingest.highlight import Segment, segments


def test_promises_are_marked_in_their_place() -> None:
    assert segments("Inledning. Polisen lovar X. Slut.", [(7, 11, 27)]) == [
        Segment("Inledning. "),
        Segment("Polisen lovar X.", 7),
        Segment(" Slut."),
    ]


def test_overlapping_and_out_of_range_spans_never_repeat_or_lose_text() -> None:
    assert segments("abcdef", [(2, 3, 99), (1, 1, 4)]) == [
        Segment("a"),
        Segment("bcd", 1),
        Segment("ef", 2),
    ]


@given(
    st.text(max_size=200),
    st.lists(st.tuples(st.integers(0, 5), st.integers(-10, 250), st.integers(-10, 250))),
)
def test_the_pieces_always_join_back_to_the_text(
    text: str, spans: list[tuple[int, int, int]]
) -> None:
    assert "".join(s.text for s in segments(text, spans)) == text
