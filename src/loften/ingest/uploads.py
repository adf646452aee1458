"""Uploads from the back office, read by background jobs."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.contrib.auth.models import User
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from loften.ingest.extract import Reference
from loften.ingest.models import Upload
from loften.ingest.pipeline import ImportFailed, document_import
from loften.registry.models import Municipality

logger = logging.getLogger(__name__)


def uploads_create(
    *, files: Iterable[UploadedFile], municipality: Municipality, acting_user: User
) -> list[Upload]:
    """Keep the files and queue one background job per file."""
    from loften.ingest.tasks import import_upload

    created = []
    with transaction.atomic():
        for upload_file in files:
            content = upload_file.read()
            created.append(
                Upload.objects.create(
                    filename=upload_file.name or "dokument",
                    content=content,
                    size=len(content),
                    municipality=municipality,
                    uploaded_by=acting_user,
                )
            )
        # Queue after commit, so a worker never looks for an upload that is not there yet.
        for upload in created:
            transaction.on_commit(partial(import_upload.enqueue, upload.pk))
    return created


def upload_requeue(*, task_path: str, args: list[Any], **kwargs: Any) -> None:
    """Receiver of `job_requeued`: the import of an upload whose worker died runs again.

    Each import is one transaction, so nothing of a half-read file was stored; the upload
    waits again, so that `upload_run` reads it when the job comes back.
    """
    from loften.ingest.tasks import import_upload

    if task_path != import_upload.module_path:
        return
    waiting = Upload.objects.filter(pk=args[0], status=Upload.Status.RUNNING).update(
        status=Upload.Status.WAITING, started_at=None
    )
    if waiting:
        logger.warning("Upload %s will be read again: its worker stopped", args[0])


def upload_run(upload_id: int) -> Upload:
    """Read one upload; its status and message tell the person how it went."""
    with transaction.atomic():
        upload = Upload.objects.select_for_update().get(pk=upload_id)
        if upload.status != Upload.Status.WAITING:
            return upload  # another worker has it, or it is done
        upload.status, upload.started_at = Upload.Status.RUNNING, timezone.now()
        upload.save(update_fields=["status", "started_at"])
    try:
        # The drafts and the upload's result are stored together: a worker that dies
        # halfway leaves neither, and the file is read again from the start.
        with transaction.atomic():
            result = document_import(
                bytes(upload.content),
                upload.filename,
                reference=Reference.from_shipped_files(),
                municipality_code=upload.municipality.code,
            )
            upload.promise_sets.set(result.promise_sets)
            _upload_finish(
                upload,
                status=Upload.Status.DONE if result.created else Upload.Status.DUPLICATE,
                # A duplicate's status says it all; the page links the sets its first
                # reading made.
                message=result.summary if result.created else "",
                content=b"",
            )
    except ImportFailed as exc:
        _upload_finish(upload, status=Upload.Status.FAILED, message=str(exc))
    except Exception:
        logger.exception("Import of upload %s (%s) failed", upload.pk, upload.filename)
        _upload_finish(
            upload,
            status=Upload.Status.FAILED,
            message="Ett oväntat fel inträffade. Filen är inte inläst; "
            "försök igen eller kontakta oss.",
        )
    return upload


def _upload_finish(
    upload: Upload, *, status: str, message: str, content: bytes | None = None
) -> None:
    upload.status, upload.message, upload.finished_at = status, message, timezone.now()
    fields = ["status", "message", "finished_at"]
    if content is not None:  # the file is emptied once read
        upload.content = content
        fields.append("content")
    upload.save(update_fields=fields)


@dataclass(frozen=True)
class BatchProgress:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return 100 * self.done // self.total


def batch_progress(uploads: Sequence[Upload]) -> BatchProgress | None:
    """How far the files still being read have come: those waiting or running, and those
    finished since the oldest of them was uploaded. None when nothing is waiting or running.
    """
    pending = [u.created_at for u in uploads if u.pending]
    if not pending:
        return None
    since = min(pending)
    batch = [u for u in uploads if u.pending or (u.finished_at and u.finished_at >= since)]
    return BatchProgress(done=sum(not u.pending for u in batch), total=len(batch))
