"""The document sets the extractor is scored on, shared by the benchmark and the tests.

The real corpus lives beside the checkout (`../shared/corpus/`) and is read at
run time only; the project's own documents are in `tests/ingest/documents/`.
"""

from __future__ import annotations

from pathlib import Path

from loften.ingest.extract import Reference
from loften.ingest.pipeline import extract_document
from loften.ingest.scoring import Score, read_gold, score

ROOT = Path(__file__).resolve().parents[3]
DOCUMENT_SETS = {
    "corpus": ROOT.parent / "shared" / "corpus",
    "own": ROOT / "tests" / "ingest" / "documents",
}


def documents_of(folder: Path) -> list[Path]:
    """The texts a document set's gold file answers for (the corpus keeps them in docs/)."""
    texts = folder / "docs" if (folder / "docs").is_dir() else folder
    return [texts / name for name in sorted(read_gold(folder / "gold.json"))]


def score_set(folder: Path) -> Score:
    """The extractor's score on one document set, read as the files are."""
    reference = Reference.from_shipped_files()
    gold = read_gold(folder / "gold.json")
    return score(
        gold,
        (
            (path.name, extract_document(path.read_bytes(), path.name, reference))
            for path in documents_of(folder)
        ),
    )
