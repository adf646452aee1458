"""Benchmark: documents per second through read → normalise → extract.

Generates a corpus of promise documents from varied templates (kommuner from
the registry, focus areas, phrasings, bullet styles, line-break hyphens,
signature columns), then measures plain text and PDF input separately and
prints a profile of where the PDF time goes.

    .venv/bin/python bench/ingest.py [--documents 1000] [--pdfs 200]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import platform
import pstats
import random
import time
from collections.abc import Callable

from fpdf import FPDF

from loften.ingest.extract import Reference, extract
from loften.ingest.normalise import normalise
from loften.ingest.readers import read_document

FOCUS = [
    ("Narkotika", "skydda unga från narkotika och andra droger"),
    ("Trafik", "minska hastigheterna och rattonykterheten på våra vägar"),
    ("Trygghet i centrum", "öka tryggheten i centrum under kvälls- och nattetid"),
    ("Bedrägerier", "förebygga bedrägerier mot äldre"),
    ("Våld i nära relationer", "öka kunskapen om våld i nära relationer"),
    ("Inbrott", "minska antalet bostadsinbrott"),
]
SCHEDULES = [
    "vid minst två tillfällen under året, vår och höst,",
    "två gånger per år",
    "minst en gång per år",
    "varje termin",
    "årligen",
]
BULLETS = ["• ", "- ", "•\t", "o "]
SUBJECTS = ["Polisen lovar att", "Kommunen lovar att", "Polisen och kommunen lovar att"]


def _wrap(text: str, width: int, rng: random.Random) -> str:
    """Break lines like a PDF does, sometimes inside a word with a hyphen."""
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            if len(word) > 8 and rng.random() < 0.3:
                cut = rng.randint(4, len(word) - 4)
                lines.append(f"{line} {word[:cut]}-".strip())
                line = word[cut:]
                continue
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


def document(rng: random.Random, kommuner: list[str]) -> str:
    kommun = rng.choice(kommuner)
    start = rng.randint(2015, 2025)
    parts = [
        f"Medborgarlöfte {start}-{start + 2}",
        f"Mellan lokalpolisområdet och {kommun}s kommun",
        "",
        _wrap(
            "Medborgarlöften syftar till ett effektivare brottsförebyggande och "
            f"trygghetsskapande arbete i {kommun}s kommun genom dialog med medborgarna.",
            rng.randint(50, 80),
            rng,
        ),
    ]
    for heading, goal in rng.sample(FOCUS, rng.randint(2, 5)):
        parts += ["", heading]
        for _ in range(rng.randint(1, 4)):
            promise = (
                f"{rng.choice(SUBJECTS)} {rng.choice(SCHEDULES)} genomföra insatser för att "
                f"{goal} i {kommun}s kommun."
            )
            parts.append(rng.choice(BULLETS) + _wrap(promise, rng.randint(50, 80), rng))
    parts += [
        "",
        "Uppföljning",
        "Löftena följs upp två gånger per år och redovisas för Brottsförebyggande rådet.",
        f"Löftet gäller till {start + 2}-12-31 eller tills nytt löfte ges.",
        "",
        f"{kommun} {rng.randint(1, 28)} mars {start}",
        "",
        "Anna Andersson  Erik Eriksson",
        f"Kommunstyrelsens ordförande {kommun}s kommun Lokalpolisområdeschef {kommun}",
    ]
    return "\n".join(parts)


def pdf(text: str) -> bytes:
    page = FPDF()
    page.add_page()
    page.set_font("Helvetica", size=10)
    # The core fonts are latin-1: the bullet becomes a middle dot, as in many real PDFs.
    latin = text.replace("•", "·").replace("\t", " ").encode("latin-1", "replace").decode("latin-1")
    for line in latin.split("\n"):
        page.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(page.output())


def rate(label: str, corpus: list[bytes], step: Callable[[bytes], object]) -> float:
    started = time.perf_counter()
    for content in corpus:
        step(content)
    seconds = time.perf_counter() - started
    per_second = len(corpus) / seconds
    print(f"{label:40} {len(corpus):6} docs  {seconds:7.2f} s  {per_second:8.1f} docs/s")
    return per_second


def _loop_seconds() -> float:
    """How fast this machine runs plain Python: the same commit's figures differ by half
    between machines of the same name, and this one tells which kind the run had."""
    started = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--pdfs", type=int, default=200)
    args = parser.parse_args()

    reference = Reference.from_shipped_files()
    rng = random.Random(2026)  # noqa: S311 - a repeatable corpus, not a secret
    kommuner = [name for name, _code in reference.municipalities]
    texts = [document(rng, kommuner).encode("utf-8") for _ in range(args.documents)]
    pdfs = [pdf(t.decode("utf-8")) for t in texts[: args.pdfs]]

    def whole(content: bytes) -> object:
        return extract(normalise(read_document(content, "doc").text), reference)

    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(f"machine speed: {_loop_seconds():.2f} s for ten million additions in a Python loop")
    # Load the dictionary (seconds, once per process) before the clock starts: a
    # wrapped line makes the normaliser ask it.
    extract(normalise("trygg-\nheten och upp\nfattning"), reference)
    rate("text: read + normalise + extract", texts, whole)
    rate("pdf: read only (PDFium layout)", pdfs, lambda c: read_document(c, "doc.pdf"))
    rate("pdf: read + normalise + extract", pdfs, whole)

    profile = cProfile.Profile()
    profile.runcall(lambda: [whole(c) for c in pdfs[:50]])
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(12)
    print("\nprofile of 50 PDF documents, by cumulative time:")
    print("\n".join(out.getvalue().splitlines()[4:30]))


if __name__ == "__main__":
    main()
