"""Benchmark: how well `loften extract` reads documents whose answers are known.

Scores the extractor on the real documents in ../shared/corpus/ (read at run
time, never copied into the project) and on the project's own test documents in
tests/ingest/documents/, with the matching rules of ../shared/corpus/NOTES.md,
and prints a table per set. `--record` writes the totals to
bench/extract_scores.json, the floor that tests/ingest/test_extract_quality.py
holds CI to (with the figures of the shares of the own set CI reads as PDF and
Word file, `testing.quality.SUITE_SHARES`).

    .venv/bin/python bench/extract_quality.py [--details] [--record]

`--word-export ragged|justified` scores instead the Word form exported to PDF by
LibreOffice, as a kommun exports its Word file (left-aligned on the Word file's own
page, or justified on A4 in a serif font); it needs `soffice` (Debian's
libreoffice-writer-nogui) and is not recorded.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
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
    parser.add_argument(
        "--word-export",
        choices=["ragged", "justified"],
        help="score the Word form exported to PDF by LibreOffice (needs soffice)",
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
    django.setup()
    from loften.ingest.scoring import table
    from loften.testing.quality import DOCUMENT_SETS, FORMS, score_set, share_key, suite_share

    if args.word_export:
        return _score_word_exports(args.word_export, details=args.details)
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
            if (every := suite_share(name, form)) > 1:  # the share the test suite reads
                recorded[name][share_key(form, every)] = result.share(every).figures()
            scored = True
    if not scored:
        return 1
    if args.record:
        SCORES.write_text(json.dumps(recorded, indent=1, ensure_ascii=False) + "\n")
        print(f"recorded in {SCORES.relative_to(ROOT)}")
    return 0


def _score_word_exports(layout: str, *, details: bool) -> int:
    from loften.ingest.scoring import table
    from loften.testing.quality import DOCUMENT_SETS, documents_of, score_contents

    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice is missing: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 1
    for name, folder in DOCUMENT_SETS.items():
        if not (folder / "gold.json").exists():
            continue
        texts = [path.read_text(encoding="utf-8") for path in documents_of(folder)]
        exported = _exported(soffice, texts, justified=layout == "justified")
        result = score_contents(folder, exported.__getitem__)
        print(f"## {name}, Word exported by LibreOffice ({layout})")
        print(f"{table(result, details=details)}\n")
    return 0


def _exported(soffice: str, texts: list[str], *, justified: bool) -> dict[str, bytes]:
    """Each text as `render_docx` writes it, exported to PDF by LibreOffice in one run."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    from loften.testing.documents import render_docx

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for number, text in enumerate(texts):
            word = docx.Document(io.BytesIO(render_docx(text)))
            if justified:
                section = word.sections[0]
                section.page_width, section.page_height = Cm(21), Cm(29.7)
                section.left_margin = section.right_margin = Cm(2.5)
                normal = word.styles["Normal"]
                normal.font.name, normal.font.size = "Liberation Serif", Pt(12)
                for paragraph in word.paragraphs:
                    style = paragraph.style.name if paragraph.style else ""
                    if not style.startswith(("Heading", "Title")):
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            word.save(str(work / f"{number}.docx"))
        # LibreOffice now and then stops before the last file of a long run: go on.
        for _ in range(3):
            left = [
                str(p) for p in sorted(work.glob("*.docx")) if not p.with_suffix(".pdf").exists()
            ]
            if left:
                subprocess.run(  # noqa: S603 - LibreOffice on files of our own
                    [soffice, "--headless", "--convert-to", "pdf", "--outdir", folder, *left],
                    capture_output=True,
                    check=False,
                )
        return {text: (work / f"{number}.pdf").read_bytes() for number, text in enumerate(texts)}


if __name__ == "__main__":
    sys.exit(main())
