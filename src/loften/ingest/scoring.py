"""How well the extractor reads documents whose answers are known.

A gold file (the layout of `shared/corpus/gold.json`) names, per document, its
kommuner, kind, period end, signatories and one distinctive phrase from each
promise. The matching rules are the corpus's (`shared/corpus/NOTES.md`):

* a gold promise is found when its phrase occurs in an extracted promise: its
  text, a commitment's `what`, or a followed-up promise in `outcomes`;
* an extracted promise is correct when it contains some gold phrase of its
  document;

comparing lower-cased text with whitespace collapsed. Plain Python: gold and
extracts in, figures out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


@dataclass(frozen=True)
class GoldDocument:
    municipality_code: str
    municipality_codes: tuple[str, ...]
    kind: str
    period_end: str | None
    signatories: tuple[str, ...]
    promises: tuple[str, ...]


def read_gold(path: Path) -> dict[str, GoldDocument]:
    """The documents of a gold file by file name."""
    docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    return {
        name: GoldDocument(
            municipality_code=entry["municipality_code"],
            municipality_codes=tuple(entry["municipality_codes"]),
            kind=entry["kind"],
            period_end=entry["period_end"],
            signatories=tuple(entry["signatories"]),
            promises=tuple(entry["promises"]),
        )
        for name, entry in docs.items()
    }


@dataclass(frozen=True)
class DocumentScore:
    """One document's comparison; counts, so that totals are sums."""

    name: str
    gold_promises: int
    found_promises: int
    extracted_promises: int
    correct_promises: int
    kind_right: bool
    municipality_right: bool
    period_end_stated: bool
    period_end_right: bool
    gold_signatories: int
    found_signatories: int
    extracted_signatories: int
    correct_signatories: int
    missed: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()


def _promise_texts(extracted: Mapping[str, Any]) -> list[list[str]]:
    """Per extracted promise, the texts a gold phrase may be found in."""
    texts = [
        [promise["text"], *(c.get("what") or "" for c in promise.get("commitments", []))]
        for promise in extracted.get("promises", [])
    ]
    texts += [[outcome["promise"]] for outcome in extracted.get("outcomes", [])]
    return [[_plain(t) for t in group] for group in texts]


def score_document(name: str, gold: GoldDocument, extracted: Mapping[str, Any]) -> DocumentScore:
    """Compare one extract with its gold answers."""
    promises = _promise_texts(extracted)
    phrases = [_plain(p) for p in gold.promises]
    missed = [
        original
        for original, phrase in zip(gold.promises, phrases, strict=True)
        if not any(phrase in text for group in promises for text in group)
    ]
    wrong = [
        group[0]
        for group in promises
        if not any(phrase in text for phrase in phrases for text in group)
    ]
    codes = [m["code"] for m in extracted.get("municipalities", [])]
    names = [_plain(s["name"]) for s in extracted.get("signatories", [])]
    gold_names = [_plain(s) for s in gold.signatories]
    period_end = (extracted.get("period") or {}).get("end")
    return DocumentScore(
        name=name,
        gold_promises=len(phrases),
        found_promises=len(phrases) - len(missed),
        extracted_promises=len(promises),
        correct_promises=len(promises) - len(wrong),
        kind_right=extracted.get("kind") == gold.kind,
        municipality_right=bool(codes)
        and codes[0] == gold.municipality_code
        and set(codes) == set(gold.municipality_codes),
        period_end_stated=gold.period_end is not None,
        period_end_right=period_end == gold.period_end,
        gold_signatories=len(gold_names),
        found_signatories=sum(1 for n in gold_names if n in names),
        extracted_signatories=len(names),
        correct_signatories=sum(1 for n in names if n in gold_names),
        missed=tuple(missed),
        wrong=tuple(wrong),
    )


def _ratio(part: int, whole: int) -> float:
    """A share that is perfect when there was nothing to get."""
    return part / whole if whole else 1.0


@dataclass(frozen=True)
class Score:
    """The totals over a set of documents."""

    documents: tuple[DocumentScore, ...] = field(default_factory=tuple)

    def _sum(self, attribute: str) -> int:
        return sum(int(getattr(d, attribute)) for d in self.documents)

    @property
    def recall(self) -> float:
        return _ratio(self._sum("found_promises"), self._sum("gold_promises"))

    @property
    def precision(self) -> float:
        return _ratio(self._sum("correct_promises"), self._sum("extracted_promises"))

    @property
    def signatory_recall(self) -> float:
        return _ratio(self._sum("found_signatories"), self._sum("gold_signatories"))

    @property
    def signatory_precision(self) -> float:
        return _ratio(self._sum("correct_signatories"), self._sum("extracted_signatories"))

    def share(self, every: int) -> Score:
        """The score of every `every`th document, the first one first."""
        return Score(self.documents[::every])

    def figures(self) -> dict[str, Any]:
        """The totals as numbers, for JSON and for a recorded floor to compare with."""
        stated = [d for d in self.documents if d.period_end_stated]
        return {
            "documents": len(self.documents),
            "promises": self._sum("gold_promises"),
            "recall": round(self.recall, 3),
            "precision": round(self.precision, 3),
            "kind": self._sum("kind_right"),
            "municipality": self._sum("municipality_right"),
            "period_end_stated": len(stated),
            "period_end": sum(1 for d in stated if d.period_end_right),
            "period_end_unstated_right": sum(
                1 for d in self.documents if not d.period_end_stated and d.period_end_right
            ),
            "signatories": self._sum("gold_signatories"),
            "signatory_recall": round(self.signatory_recall, 3),
            "signatory_precision": round(self.signatory_precision, 3),
        }


def score(
    gold: Mapping[str, GoldDocument], extracts: Iterable[tuple[str, Mapping[str, Any]]]
) -> Score:
    """Score each (gold name, extract) pair; a name without gold answers is an error."""
    return Score(tuple(score_document(name, gold[name], extracted) for name, extracted in extracts))


def _mark(right: bool) -> str:
    return "ja" if right else "NEJ"


def table(result: Score, *, details: bool = False) -> str:
    """A plain-text table per document and in total; with details, what was missed or wrong."""
    lines = [
        f"{'dokument':<44} {'funna':>7} {'rätt':>7} {'slag':>5} {'kommun':>6} {'slutdatum':>9} "
        f"{'undertecknare':>13}"
    ]
    for d in result.documents:
        end = _mark(d.period_end_right) if d.period_end_stated or not d.period_end_right else "-"
        lines.append(
            f"{d.name[:44]:<44} {d.found_promises:>3}/{d.gold_promises:<3} "
            f"{d.correct_promises:>3}/{d.extracted_promises:<3} {_mark(d.kind_right):>5} "
            f"{_mark(d.municipality_right):>6} {end:>9} "
            f"{d.found_signatories:>6}/{d.gold_signatories:<6}"
        )
        if details:
            lines += [f"    saknas: {m}" for m in d.missed]
            lines += [f"    inte ett löfte: {w[:100]}" for w in d.wrong]
    f = result.figures()
    lines.append(
        f"\n{f['documents']} dokument, {f['promises']} löften: "
        f"recall {f['recall']:.2f}, precision {f['precision']:.2f}, "
        f"slag {f['kind']}/{f['documents']}, kommun {f['municipality']}/{f['documents']}, "
        f"slutdatum {f['period_end']}/{f['period_end_stated']} "
        f"(utan angivet slut rätt: {f['period_end_unstated_right']}), "
        f"undertecknare recall {f['signatory_recall']:.2f} "
        f"precision {f['signatory_precision']:.2f}"
    )
    return "\n".join(lines)
