"""Benchmark: how well `loften extract` reads documents whose answers are known.

Scores the extractor on the real documents in ../shared/corpus/ (read at run
time, never copied into the project) and on the project's own test documents in
tests/ingest/documents/, with the matching rules of ../shared/corpus/NOTES.md,
and prints a table per set. `--record` writes the totals to
bench/extract_scores.json, the floor that tests/ingest/test_extract_quality.py
holds CI to.

    .venv/bin/python bench/extract_quality.py [--details] [--record]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parents[1]
SCORES = ROOT / "bench" / "extract_scores.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list misses and wrong takes")
    parser.add_argument("--record", action="store_true", help=f"write the totals to {SCORES}")
    parser.add_argument(
        "--forms",
        default="text,pdf,docx,html",
        help="comma-separated forms to read each set in (default: all four)",
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
    django.setup()
    from loften.ingest.scoring import table
    from loften.testing.quality import DOCUMENT_SETS, FORMS, score_set

    forms = [form for form in FORMS if form in args.forms.split(",")]
    recorded = json.loads(SCORES.read_text(encoding="utf-8")) if SCORES.exists() else {}
    scored = False
    for name, folder in DOCUMENT_SETS.items():
        if not (folder / "gold.json").exists():
            print(f"{name}: {folder} is missing; not scored", file=sys.stderr)
            continue
        for form in forms:
            result = score_set(folder, form)
            print(f"## {name}, {form} ({folder})\n{table(result, details=args.details)}\n")
            recorded.setdefault(name, {})[form] = result.figures()
            scored = True
    if not scored:
        return 1
    if args.record:
        SCORES.write_text(json.dumps(recorded, indent=1, ensure_ascii=False) + "\n")
        print(f"recorded in {SCORES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
