"""Benchmark: how well `loften dialogue mask` finds personal data, and how fast.

Scores `loften.dialogue.masking.find` on the labelled sentences of
tests/dialogue/data/masking.txt (the set the rules were written beside) and
tests/dialogue/data/masking_heldout.txt (written after they were frozen): names,
personnummer, phone numbers, e-mail addresses, street addresses, and sentences with
places, dates and amounts that must stay. A span
counts as right when its label and its exact extent match. Then masks a long text made
of the same sentences and prints the rate.

    .venv/bin/python bench/dialogue_masking.py [--misses]
"""

from __future__ import annotations

import argparse
import time

from loften.dialogue.masking import mask
from loften.testing.dialogue_quality import (
    MASKING_HELD_OUT,
    MASKING_SET,
    masking_examples,
    score_masking,
)

REPEAT = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every sentence missed")
    args = parser.parse_args()
    for path in (MASKING_SET, MASKING_HELD_OUT):
        scores = score_masking(path)
        print(f"\n## {path.name}: {len(masking_examples(path))} sentences\n")
        print(scores.table())
        if args.misses:
            print("\n" + "\n".join(scores.misses))
    examples = masking_examples()
    text = "\n".join(sentence for sentence, _ in examples) * REPEAT
    started = time.perf_counter()
    mask(text)
    elapsed = time.perf_counter() - started
    rate = len(text) / elapsed / 1000
    print(f"\nMasked {len(text) / 1000:.0f} k characters ({len(examples) * REPEAT} sentences) "
          f"in {elapsed:.2f} s: {rate:.0f} k characters a second")  # fmt: skip


if __name__ == "__main__":
    main()
