"""The document sets the extractor is scored on, shared by the benchmark and the tests.

The real corpus lives beside the checkout (`../shared/corpus/`) and is read at
run time only; the project's own documents are in `tests/ingest/documents/`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

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


Form = Literal["text", "pdf", "docx", "html"]
FORMS: tuple[Form, ...] = ("text", "pdf", "docx", "html")


def _renderer(form: Form) -> Callable[[str], bytes]:
    from loften.testing import documents

    renderers: dict[Form, Callable[[str], bytes]] = {
        "pdf": documents.render_pdf,
        "docx": documents.render_docx,
        "html": documents.render_html,
    }
    return renderers[form]


def as_form(path: Path, form: Form) -> tuple[bytes, str]:
    """A document's content and file name as it would be published in the given form."""
    if form == "text":
        return path.read_bytes(), path.name
    text = path.read_text(encoding="utf-8")
    return _renderer(form)(text), f"{path.stem}.{form}"


def score_set(
    folder: Path, form: Form = "text", *, typed: Callable[[str], bytes] | None = None
) -> Score:
    """The extractor's score on one document set, read as the files are, laid out as
    `form`, or typed another way (one of `testing.variants.VARIANTS`)."""
    reference = Reference.from_shipped_files()
    gold = read_gold(folder / "gold.json")
    results = []
    for path in documents_of(folder):
        if typed is None:
            content, filename = as_form(path, form)
        else:
            content, filename = typed(path.read_text(encoding="utf-8")), path.name
        results.append((path.name, extract_document(content, filename, reference)))
    return score(gold, results)
