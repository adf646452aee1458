"""The document sets the extractor is scored on, shared by the benchmark and the tests.

The real corpus lives beside the checkout (`../shared/corpus/`) and is read at
run time only; the project's own documents are in `tests/ingest/documents/`.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Literal

from django.conf import settings

from loften.ingest.contract import Extract
from loften.ingest.extract import Reference, extract
from loften.ingest.normalise import normalise
from loften.ingest.pipeline import extract_document, named_by_file
from loften.ingest.readers import read_document
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
# Of the own set, whose documents grow by a hundred or more a session, the test suite reads
# only a fixed share where each document costs most: every fourth laid out as PDF and as Word
# file (WeasyPrint and python-docx took most of CI's time making nearly 2,000 of each) and
# every second under each way of typing it ("typed"). Every document is read as its text
# and as a web page; the benchmark reads every document in every form and records the
# figures of these shares beside the whole set's.
SUITE_SHARES: dict[str, dict[Form | Literal["typed"], int]] = {
    "own": {"pdf": 4, "docx": 4, "typed": 2}
}


def suite_share(name: str, form: Form | Literal["typed"]) -> int:
    """Which documents of a set the test suite reads in a form: every how manyth."""
    return SUITE_SHARES.get(name, {}).get(form, 1)


def share_key(form: Form, every: int) -> str:
    """Where the figures of a form's share are recorded beside the whole set's."""
    return f"{form}, every {every}"


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
    folder: Path,
    form: Form = "text",
    *,
    typed: Callable[[str], bytes] | None = None,
    every: int = 1,
) -> Score:
    """The extractor's score on one document set, or on every `every`th document of it
    (`Score.share` of the whole set's score picks the same ones), read as the files are,
    laid out as `form`, or typed another way (one of `testing.variants.VARIANTS`).

    The documents are laid out, read and normalised, then extracted, by one worker
    process per core: the quality tests and the benchmark read hundreds of them in four
    forms and eight variants. A document that normalises to exactly the text its file
    as written normalises to (typed with CRLF and Windows-1252, or with "o" bullets, say)
    has the same extract, which is made once: the extracts of the files as written are
    kept for the process's life, by set.
    """
    paths = documents_of(folder)[::every]
    workers = _workers()
    read = list(workers.map(_normalised, paths, repeat(form), repeat(typed)))
    keys = [hashlib.sha256(text.encode()).digest() for text, _ in read]
    known = _WRITTEN.setdefault(folder, {})
    todo = [index for index, key in enumerate(keys) if key not in known]
    made = dict(zip(todo, workers.map(_extract, [read[index][0] for index in todo]), strict=True))
    if form == "text" and typed is None:
        known.update({keys[index]: extract for index, extract in made.items()})
    reference = _reference()
    extracts = (
        named_by_file(made[index] if index in made else known[keys[index]], filename, reference)
        for index, (_, filename) in enumerate(read)
    )
    return _scored(folder, paths, extracts)


# The extracts of each set's files as written, by the digest of their normalised text.
_WRITTEN: dict[Path, dict[bytes, Extract]] = {}


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


def _scored(folder: Path, paths: list[Path], extracts: Iterable[Extract]) -> Score:
    return score(
        read_gold(folder / "gold.json"), zip([path.name for path in paths], extracts, strict=True)
    )


@cache
def _reference() -> Reference:
    return Reference.from_shipped_files()


def _normalised(path: Path, form: Form, typed: Callable[[str], bytes] | None) -> tuple[str, str]:
    """A document's normalised text, and the name of its file, in the form or typed so."""
    if typed is None:
        content, filename = as_form(path, form)
    else:
        content, filename = typed(path.read_text(encoding="utf-8")), path.name
    document = read_document(content, filename, max_bytes=settings.MAX_UPLOAD_BYTES)
    return normalise(document.text), filename


def _extract(text: str) -> Extract:
    return extract(text, _reference())


@cache
def _workers() -> ProcessPoolExecutor:
    # Started fresh rather than forked: the test process may run a live server's threads.
    return ProcessPoolExecutor(
        max_workers=os.cpu_count() or 1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=django_worker.start,
    )
