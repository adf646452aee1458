"""Cut a source text into plain and highlighted pieces for the review page."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    mark: int | None = None  # the promise this piece of text belongs to


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
