"""The labelled sentences the dialogue's masking and theme suggestions are measured on,
shared by the benchmarks (`bench/dialogue_*.py`) and the tests that hold their floors."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from loften.dialogue.masking import Span, find
from loften.dialogue.themes import suggest_themes

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "dialogue" / "data"
MASKING_SET = DATA / "masking.txt"
# Written after the masking rules were frozen; never used to tune them.
MASKING_HELD_OUT = DATA / "masking_heldout.txt"
THEMES_SET = DATA / "themes.txt"
# Written after the lexicon was frozen; its misses were then read to improve the lexicon
# (2026-12-04), so its figure is no longer an honest estimate.
THEMES_HELD_OUT = DATA / "themes_heldout.txt"
# Written after that change, with the lexicon frozen again; never used to tune it.
THEMES_HELD_OUT_2 = DATA / "themes_heldout_2.txt"
MARKED = re.compile(r"\{(namn|personnummer|telefon|e-post|adress):([^}]*)\}")


@dataclass
class Scores:
    """Precision and recall, micro-averaged, overall and per label."""

    found: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def precision(self, label: str | None = None) -> float:
        found = self.found[label] if label else self.found.total()
        right = self.right[label] if label else self.right.total()
        return right / found if found else 1.0

    def recall(self, label: str | None = None) -> float:
        expected = self.expected[label] if label else self.expected.total()
        right = self.right[label] if label else self.right.total()
        return right / expected if expected else 1.0

    def table(self) -> str:
        labels = sorted(set(self.expected) | set(self.found))
        lines = [
            "| label | expected | found | right | precision | recall |",
            "|---|---|---|---|---|---|",
        ]
        for label in [*labels, None]:
            name = label or "**all**"
            lines.append(
                f"| {name} | {self.expected[label] if label else self.expected.total()} "
                f"| {self.found[label] if label else self.found.total()} "
                f"| {self.right[label] if label else self.right.total()} "
                f"| {self.precision(label):.3f} | {self.recall(label):.3f} |"
            )
        return "\n".join(lines)


def _lines(path: Path) -> Iterable[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line


def masking_examples(path: Path = MASKING_SET) -> list[tuple[str, list[Span]]]:
    """Each labelled sentence as plain text with the spans that must be masked."""
    examples = []
    for line in _lines(path):
        text, spans, position = "", [], 0
        for m in MARKED.finditer(line):
            text += line[position : m.start()]
            spans.append(Span(len(text), len(text) + len(m.group(2)), f"[{m.group(1)}]"))
            text += m.group(2)
            position = m.end()
        examples.append((text + line[position:], spans))
    return examples


def score_masking(path: Path = MASKING_SET, finder: Callable[[str], list[Span]] = find) -> Scores:
    """A span found counts as right when it has the expected label and covers exactly the
    expected text (spaces around it aside)."""
    scores = Scores()
    for text, expected in masking_examples(path):
        found = finder(text)
        scores.expected.update(span.label for span in expected)
        scores.found.update(span.label for span in found)
        hits = {(s.start, s.end, s.label) for s in expected} & {
            (s.start, s.end, s.label) for s in found
        }
        scores.right.update(label for _, _, label in hits)
        if len(hits) != len(expected) or len(hits) != len(found):
            scores.misses.append(f"{text!r}: expected {expected}, found {found}")
    return scores


def theme_examples(path: Path = THEMES_SET) -> list[tuple[str, set[str]]]:
    examples = []
    for line in _lines(path):
        themes, sentence = line.split("|", 1)
        labels = {theme.strip() for theme in themes.split(",")} - {"-"}
        examples.append((sentence.strip(), labels))
    return examples


def score_themes(
    path: Path = THEMES_SET, suggest: Callable[[str], list[str]] = suggest_themes
) -> Scores:
    """Each (sentence, theme) suggested is right when the sentence is labelled with it."""
    scores = Scores()
    for sentence, expected in theme_examples(path):
        found = set(suggest(sentence))
        scores.expected.update(expected)
        scores.found.update(found)
        scores.right.update(found & expected)
        if found != expected:
            scores.misses.append(
                f"{sentence!r}: missed {sorted(expected - found)}, wrong {sorted(found - expected)}"
            )
    return scores
