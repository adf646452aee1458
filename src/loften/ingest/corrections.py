"""Reviewed drafts as known answers: the scorer's gold format, so the corpus grows from real use.

A draft a coordinator has corrected says what its document really holds. Each
becomes an entry of a gold file (the layout of shared/corpus/gold.json) beside
its stored text, and `loften extract --score` measures the extractor on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.utils.text import slugify

from loften.ingest.review import document_kind
from loften.promises.models import PromiseSet

_WORDS = (5, 6, 4, 7, 8, 3)  # the phrase lengths tried, the most distinctive first


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def gold_phrase(passage: str, document: str) -> str | None:
    """3–8 words of a promise, within one line, that occur exactly once in the document."""
    whole = _plain(document)
    lines = [line.split() for line in passage.splitlines()]
    for size in _WORDS:
        for words in lines:
            for first in range(0, max(0, len(words) - size) + 1):
                phrase = " ".join(words[first : first + size])
                if len(phrase.split()) == size and whole.count(_plain(phrase)) == 1:
                    return phrase
    return None


@dataclass(frozen=True)
class ExportedDocument:
    name: str
    text: str
    gold: dict[str, Any]
    unlabelled: tuple[str, ...]  # promises no distinctive phrase could be found for


def exported(promise_set: PromiseSet) -> ExportedDocument:
    """One reviewed draft as a gold entry and its text."""
    document = promise_set.source_document
    if document is None:
        raise ValueError(f"promise set {promise_set.pk} was not read from a document")
    text = document.text
    phrases: list[str] = []
    unlabelled: list[str] = []
    for promise in promise_set.promises.all():
        start, end = promise.source_start, promise.source_end
        passage = text[start:end] if start is not None and end is not None else promise.text
        phrase = gold_phrase(passage, text)
        if phrase is None:
            unlabelled.append(promise.text)
        else:
            phrases.append(phrase)
    codes = [m.code for m in promise_set.municipalities.order_by("code")]
    return ExportedDocument(
        name=f"{promise_set.pk}_{slugify(Path(document.filename).stem) or 'dokument'}.txt",
        text=text,
        gold={
            "municipality_code": codes[0] if codes else "",
            "municipality_codes": codes,
            "kind": document_kind(promise_set),
            "truncated": False,
            "period_end": promise_set.period_end.isoformat() if promise_set.period_end else None,
            "signatories": [s.name for s in promise_set.signatories.all()],
            "promises": phrases,
        },
        unlabelled=tuple(unlabelled),
    )


def reviewed_sets() -> Iterable[PromiseSet]:
    """Drafts and sets read from a document that someone has corrected."""
    return (
        PromiseSet.objects.filter(source_document__isnull=False, corrections__isnull=False)
        .distinct()
        .select_related("source_document")
        .prefetch_related("municipalities", "signatories", "promises")
        .order_by("pk")
    )
