"""Where in the source text each extracted field was read: the reviewer's evidence.

Plain Python over an extract (shared/contract/extract.md) and its text. A field
is found where the extractor read it (period and signing phrases) or where its
value is written; a field whose words are not in the text gets no span rather
than a wrong one.
"""

from __future__ import annotations

import re

from loften.ingest.contract import Extract
from loften.ingest.periods import period_span
from loften.ingest.phrases import signed_span

Span = tuple[int, int]


def _find(text: str, needle: str | None, within: Span | None = None) -> Span | None:
    """The first place the words are written, across line breaks and case, inside `within`.

    When the whole value is not written as such (a target "tryggheten i Östersunds
    kommun" from "tryggheten ska öka i Östersunds kommun"), its first word is the evidence.
    """
    words = [word.lower() for word in (needle or "").split()]
    if not words:
        return None
    low, high = within or (0, len(text))
    haystack = text[low:high].lower()
    for candidate in [words, words[:1]] if len(words[0]) >= 5 else [words]:
        if len(haystack) == high - low:
            span = _words_in(haystack, candidate)
            found = (span[0] + low, span[1] + low) if span else None
        else:  # lowering changed a length, so offsets would drift: ask a pattern
            pattern = r"\s+".join(re.escape(word) for word in candidate)
            match = re.compile(pattern, re.IGNORECASE).search(text, low, high)
            found = match.span() if match else None
        if found:
            return found
    return None


def _words_in(haystack: str, words: list[str]) -> Span | None:
    """Where the words stand in order with whitespace between them.

    No regular expression: every needle is new, and compiling its pattern cost
    more than all the rest of reading a document's provenance.
    """
    start = haystack.find(words[0])
    while start != -1:
        end = start + len(words[0])
        for word in words[1:]:
            after = end
            while after < len(haystack) and haystack[after].isspace():
                after += 1
            if after == end or not haystack.startswith(word, after):
                break
            end = after + len(word)
        else:
            return start, end
        start = haystack.find(words[0], start + 1)
    return None


def sources(extract: Extract) -> dict[str, Span]:
    """Field path ("period", "contacts.0", "promises.2.commitments.0") → (start, end)."""
    text: str = extract.get("text") or ""
    found: dict[str, Span | None] = {
        "title": _find(text, extract.get("title")),
        "period": period_span(text),
        "signed": signed_span(text),
    }
    for index, municipality in enumerate(extract.get("municipalities", [])):
        found[f"municipalities.{index}"] = _find(text, municipality.get("name"))
    for index, area in enumerate(extract.get("police_areas", [])):
        found[f"police_areas.{index}"] = _find(text, area.removeprefix("Lokalpolisområde "))
    signed_at = found["signed"][0] if found["signed"] else 0
    for index, signatory in enumerate(extract.get("signatories", [])):
        found[f"signatories.{index}"] = _find(
            text, signatory.get("name"), (signed_at, len(text))
        ) or _find(text, signatory.get("name"))
    for index, target in enumerate(extract.get("targets") or []):
        found[f"targets.{index}"] = _find(text, target.get("what"))
    for index, promise in enumerate(extract.get("promises", [])):
        source = promise.get("source") or {}
        span = (source["start"], source["end"]) if "start" in source else None
        found[f"promises.{index}"] = span
        for number, commitment in enumerate(promise.get("commitments", [])):
            found[f"promises.{index}.commitments.{number}"] = (
                _find(text, commitment.get("what"), span) or span
            )
        for number, target in enumerate(promise.get("targets", [])):
            found[f"promises.{index}.targets.{number}"] = _find(text, target.get("what"), span)
    for index, contact in enumerate(extract.get("contacts", [])):
        source = contact.get("source") or {}
        found[f"contacts.{index}"] = (source["start"], source["end"]) if "start" in source else None
    for index, outcome in enumerate(extract.get("outcomes", [])):
        found[f"outcomes.{index}"] = _find(text, outcome.get("promise"))
    return {path: span for path, span in found.items() if span is not None}
