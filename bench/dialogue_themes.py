"""Benchmark: how well the dialogue's theme suggestions match themes set by hand.

Scores `loften.dialogue.themes.suggest_themes` on the labelled sentences of
tests/dialogue/data/themes.txt (the set the lexicon was written beside; the floor of
tests/dialogue/test_themes.py), tests/dialogue/data/themes_heldout.txt (written after the
lexicon was first frozen; its misses were later read to improve the lexicon, so it is
in-sample now) and tests/dialogue/data/themes_heldout_2.txt (written after that, never
used to tune the rules: the honest estimate): precision and recall per theme and
overall, micro-averaged over (sentence, theme) pairs, and the time per sentence.

    .venv/bin/python bench/dialogue_themes.py [--misses]
"""

from __future__ import annotations

import argparse
import os
import time

import django


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every sentence missed")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
    django.setup()
    from loften.dialogue.themes import suggest_themes
    from loften.testing.dialogue_quality import (
        THEMES_HELD_OUT,
        THEMES_HELD_OUT_2,
        THEMES_SET,
        score_themes,
        theme_examples,
    )

    suggest_themes("Klotter.")  # loads the dictionary before the clock starts
    for path in (THEMES_SET, THEMES_HELD_OUT, THEMES_HELD_OUT_2):
        sentences = [sentence for sentence, _ in theme_examples(path)]
        started = time.perf_counter()
        scores = score_themes(path)
        elapsed = time.perf_counter() - started
        print(f"\n## {path.name}: {len(sentences)} sentences, "
              f"{elapsed / len(sentences) * 1000:.2f} ms a sentence\n")  # fmt: skip
        print(scores.table())
        if args.misses:
            print("\n" + "\n".join(scores.misses))


if __name__ == "__main__":
    main()
