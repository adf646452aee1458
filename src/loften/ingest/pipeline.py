"""From bytes to the contract, and from the contract to a draft promise set.

`extract_document` is what `loften extract` prints (no database involved);
`document_import` stores the result as draft promise sets in one transaction,
so a file that fails leaves nothing behind.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from loften.ingest.contract import Document, Extract
from loften.ingest.extract import Reference, extract, municipalities_in_filename
from loften.ingest.models import SourceDocument
from loften.ingest.normalise import normalise
from loften.ingest.readers import UnreadableDocument, read_document
from loften.ingest.services import (
    ExtractError,
    agreement_create_from_extract,
    promise_sets_create_from_extract,
    source_document_store,
)


def extract_document(content: bytes, filename: str, reference: Reference) -> Document:
    """The contract's JSON object for one file; raises UnreadableDocument with a Swedish reason."""
    document = read_document(content, filename, max_bytes=settings.MAX_UPLOAD_BYTES)
    return {
        **named_by_file(extract(normalise(document.text), reference), filename, reference),
        "file": filename,
        "sha256": hashlib.sha256(content).hexdigest(),
        "format": document.format,
    }


def named_by_file(result: Extract, filename: str, reference: Reference) -> Extract:
    """The extract of a text that names no kommun, with the kommun its file's name names."""
    if result["municipalities"]:
        return result
    return {**result, "municipalities": municipalities_in_filename(filename, reference)}


@dataclass(frozen=True)
class ImportResult:
    filename: str
    created: bool
    summary: str
    promise_sets: tuple[int, ...] = ()


class ImportFailed(Exception):
    """The file could not be imported; the message is a Swedish sentence for the user."""


# Real promise documents hold a handful of promises, a few dozen at most; a text in which
# the extractor finds more is not one, and a draft of it could not be reviewed.
MAX_PROMISES = 150


def document_import(
    content: bytes,
    filename: str,
    *,
    reference: Reference,
    municipality_code: str | None = None,
) -> ImportResult:
    """Store one file as draft promise sets (or an agreement); the same bytes only once."""
    sha256 = hashlib.sha256(content).hexdigest()
    existing = SourceDocument.objects.filter(sha256=sha256).first()
    if existing is not None:
        made = existing.promise_sets.order_by("pk").values_list("pk", flat=True)
        return ImportResult(filename, False, "redan inläst", tuple(made))
    try:
        extracted = extract_document(content, filename, reference)
    except UnreadableDocument as exc:
        raise ImportFailed(str(exc)) from exc
    if municipality_code:
        extracted["municipalities"] = [{"name": "", "code": municipality_code}]
    if not extracted["municipalities"]:
        raise ImportFailed(
            "Dokumentet nämner ingen kommun som finns i registret; ange kommunkoden."
        )
    if len(extracted["promises"]) > MAX_PROMISES:
        raise ImportFailed(
            f"I dokumentet hittades {len(extracted['promises'])} stycken som liknar löften. "
            f"Ett medborgarlöfte har sällan fler än några tiotal, och dokument med fler än "
            f"{MAX_PROMISES} läses inte in. Ladda upp bara medborgarlöftet."
        )
    try:
        with transaction.atomic():
            document, _created = source_document_store(
                content=content,
                filename=filename,
                format=extracted["format"],
                text=extracted["text"],
            )
            if extracted["kind"] == "agreement":
                agreement = agreement_create_from_extract(extracted, document=document)
                return ImportResult(filename, True, f"samverkansöverenskommelse: {agreement}")
            sets = promise_sets_create_from_extract(extracted, document=document, publish=False)
    except ExtractError as exc:
        raise ImportFailed(str(exc)) from exc
    promises = sum(s.promises.count() for s in sets)
    return ImportResult(
        filename,
        True,
        f"{len(sets)} utkast med {promises} löften",
        tuple(s.pk for s in sets),
    )
