"""The document sets the extractor is scored on, shared by the benchmark and the tests.

The real corpus lives beside the checkout (`../shared/corpus/`) and is read at
run time only; the project's own documents are in `tests/ingest/documents/`.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Literal

from loften.ingest.contract import Document
from loften.ingest.extract import Reference
from loften.ingest.pipeline import extract_document
from loften.ingest.scoring import Score, read_gold, score
from loften.testing import django_worker

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
    `form`, or typed another way (one of `testing.variants.VARIANTS`).

    The documents are laid out and read by one worker process per core: the quality tests
    and the benchmark read hundreds of them in four forms and eight variants.
    """
    paths = documents_of(folder)
    return _scored(folder, paths, _workers().map(_read, paths, repeat(form), repeat(typed)))


def score_contents(folder: Path, contents: Callable[[str], bytes]) -> Score:
    """The score on one document set whose files another program made from each text
    (`contents` gives a text's file), read in this process."""
    reference = _reference()
    paths = documents_of(folder)
    read = (
        extract_document(contents(path.read_text(encoding="utf-8")), path.name, reference)
        for path in paths
    )
    return _scored(folder, paths, read)


def _scored(folder: Path, paths: list[Path], extracts: Iterable[Document]) -> Score:
    return score(
        read_gold(folder / "gold.json"), zip([path.name for path in paths], extracts, strict=True)
    )


@cache
def _reference() -> Reference:
    return Reference.from_shipped_files()


def _read(path: Path, form: Form, typed: Callable[[str], bytes] | None) -> Document:
    if typed is None:
        content, filename = as_form(path, form)
    else:
        content, filename = typed(path.read_text(encoding="utf-8")), path.name
    return extract_document(content, filename, _reference())


@cache
def _workers() -> ProcessPoolExecutor:
    # Started fresh rather than forked: the test process may run a live server's threads.
    return ProcessPoolExecutor(
        max_workers=os.cpu_count() or 1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=django_worker.start,
    )
