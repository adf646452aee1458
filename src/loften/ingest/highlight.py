"""Cut a source text into plain and highlighted pieces for the review page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    mark: int | None = None  # the promise this piece of text belongs to
    start: int | None = None  # where a passage that may be taken as a promise starts

    @property
    def end(self) -> int | None:
        return None if self.start is None else self.start + len(self.text)


def segments(text: str, spans: Iterable[tuple[int, int, int]]) -> list[Segment]:
    """The text in order, with (key, start, end) spans marked.

    Spans outside the text are clipped; overlapping spans keep the earlier one,
    so every character appears exactly once.
    """
    result: list[Segment] = []
    position = 0
    for key, start, end in sorted(spans, key=lambda span: (span[1], span[2])):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        if start > position:
            result.append(Segment(text[position:start]))
        result.append(Segment(text[start:end], key))
        position = end
    if position < len(text):
        result.append(Segment(text[position:]))
    return result


def with_passages(
    text: str, pieces: list[Segment], passages: Iterable[tuple[int, int]]
) -> list[Segment]:
    """The unmarked pieces cut further, so each whole (start, end) passage in them can be offered.

    A passage that overlaps a marked promise is not offered; it is already read.
    """
    result: list[Segment] = []
    position = 0
    spans = sorted(passages)
    for piece in pieces:
        end = position + len(piece.text)
        if piece.mark is not None:
            result.append(piece)
        else:
            cursor = position
            for start, stop in spans:
                if start >= cursor and stop <= end:
                    if start > cursor:
                        result.append(Segment(text[cursor:start]))
                    result.append(Segment(text[start:stop], start=start))
                    cursor = stop
            if cursor < end:
                result.append(Segment(text[cursor:end]))
        position = end
    return result
