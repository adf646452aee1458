"""Report files as background jobs: asked for by a page, made by `loften worker`, kept until
the data changes.

One `ReportFile` row per report (set, round, format, public or back office). A request
that finds no current file asks for one: the row is created or reset to "waiting" and
one job is queued in the same transaction (the database queue commits with it, so a
waiting row always has its job, and two app servers asking at once make one row and
one job: the unique constraint and the row lock see to it). While a job is waiting or
running no other is queued for the row; a request that finds the data changed under a
running job only notes the new fingerprint, and the job queues the next when it ends.

The job may run twice (a worker killed mid-job has its job queued again): a row still
waiting or running is made again, one done or failed is left as it is.

The files are derived data, not the kommun's: anyone who may read the report may ask
for its file, nothing is audited, and the old file is dropped as the new one is asked for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from loften.promises.models import PromiseSet
from loften.reports.content import (
    Report,
    report_day,
    report_for_promise_set,
    report_for_round,
)
from loften.reports.models import ReportFile
from loften.reports.rendering import report_pdf
from loften.reports.selectors import ReportNotFound, report_fingerprint, round_for_report
from loften.reports.wordfile import report_docx

logger = logging.getLogger(__name__)

RENDERERS: dict[str, tuple[Callable[[Report], bytes], str]] = {
    ReportFile.Format.PDF: (report_pdf, "application/pdf"),
    ReportFile.Format.DOCX: (
        report_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
}

FAILED_MESSAGE = (
    "Rapporten kunde inte skapas på grund av ett fel hos oss. Försök igen; om det inte "
    "hjälper, hör av dig till oss."
)


def report_of(promise_set: PromiseSet, round_number: int, *, on: date, public: bool) -> Report:
    """The whole period (round 0) or round N as it stands on `on`; the public sees only
    published rounds. Raises ReportNotFound for a round not offered."""
    if not round_number:
        return report_for_promise_set(promise_set, on=on, public=public)
    follow_up_round = round_for_report(promise_set, round_number, published_only=public)
    return report_for_round(follow_up_round, on=on, public=public)


def current_fingerprint(promise_set: PromiseSet, round_number: int, *, on: date) -> str:
    """The fingerprint of the data the report asked for on `on` is made from."""
    follow_up_round = (
        promise_set.follow_up_rounds.filter(number=round_number).first() if round_number else None
    )
    day = report_day(follow_up_round, promise_set, on=on)
    return report_fingerprint(promise_set, status_on=day)


def report_file_ask(
    *,
    promise_set: PromiseSet,
    round_number: int,
    file_format: str,
    public: bool,
    fingerprint: str,
    again: bool = False,
) -> ReportFile:
    """The report's file row, made current: a done one of this data is returned as it is,
    otherwise one job is queued unless one is already waiting or running. `again` asks
    anew for a file whose making failed. The content is not read."""
    from loften.reports.tasks import render_report_file

    now = timezone.now()
    key = {
        "promise_set": promise_set,
        "round_number": round_number,
        "file_format": file_format,
        "public": public,
    }
    with transaction.atomic():
        try:
            with transaction.atomic():
                created = ReportFile.objects.create(
                    **key, fingerprint=fingerprint, requested_at=now
                )
        except IntegrityError:
            pass  # it exists, or another request has just made it: lock it below
        else:
            render_report_file.enqueue(created.pk)
            return created
        row = ReportFile.objects.select_for_update().defer("content").get(**key)
        changed = row.fingerprint != fingerprint
        finished = row.status in (ReportFile.Status.DONE, ReportFile.Status.FAILED)
        retry = again and row.status == ReportFile.Status.FAILED
        if not (changed or retry):
            return row
        row.fingerprint, row.requested_at = fingerprint, now
        if (changed and finished) or retry:
            row.status, row.progress, row.message = ReportFile.Status.WAITING, 0, ""
            row.content, row.filename, row.started_at, row.finished_at = b"", "", None, None
            render_report_file.enqueue(row.pk)
        # A job waiting or running makes the newest data when it runs or ends.
        row.save()
    return row


def report_file_render(report_file_id: int, *, on: date | None = None) -> str:
    """The job: make the file of a waiting (or half-made) row. Returns the row's status."""
    with transaction.atomic():
        row = (
            ReportFile.objects.select_for_update()
            .defer("content")
            .select_related("promise_set")
            .filter(pk=report_file_id)
            .first()
        )
        if row is None:
            return "gone"
        if row.status not in (ReportFile.Status.WAITING, ReportFile.Status.RUNNING):
            return str(row.status)  # made already: this job ran twice
        day = on or timezone.localdate()
        fingerprint = current_fingerprint(row.promise_set, row.round_number, on=day)
        row.fingerprint, row.status = fingerprint, ReportFile.Status.RUNNING
        row.progress, row.started_at = 10, timezone.now()
        row.save(update_fields=["fingerprint", "status", "progress", "started_at"])
    render, _ = RENDERERS[row.file_format]
    try:
        report = report_of(row.promise_set, row.round_number, on=day, public=row.public)
        _progress(row, 40)
        content = render(report)
    except ReportNotFound as exc:
        return _finish(row, fingerprint, failed=str(exc))
    except Exception:
        logger.exception("Rendering report file %s failed", row.pk)
        return _finish(row, fingerprint, failed=FAILED_MESSAGE)
    _progress(row, 90)
    return _finish(
        row, fingerprint, content=content, filename=f"{report.file_stem}.{row.file_format}"
    )


def _progress(row: ReportFile, percent: int) -> None:
    ReportFile.objects.filter(pk=row.pk, status=ReportFile.Status.RUNNING).update(progress=percent)


def _finish(
    row: ReportFile,
    fingerprint: str,
    *,
    content: bytes = b"",
    filename: str = "",
    failed: str = "",
) -> str:
    """Keep the file, unless the data changed while it was made: then queue the next."""
    from loften.reports.tasks import render_report_file

    with transaction.atomic():
        locked = ReportFile.objects.select_for_update().defer("content").get(pk=row.pk)
        if locked.status != ReportFile.Status.RUNNING:
            return str(locked.status)  # another run of this job finished it
        if locked.fingerprint != fingerprint:
            locked.status, locked.progress, locked.started_at = ReportFile.Status.WAITING, 0, None
            locked.save(update_fields=["status", "progress", "started_at"])
            render_report_file.enqueue(locked.pk)
            return str(locked.status)
        locked.status = ReportFile.Status.FAILED if failed else ReportFile.Status.DONE
        locked.message, locked.content, locked.filename = failed, content, filename
        locked.progress, locked.finished_at = 100, timezone.now()
        locked.save()
    return str(locked.status)


def queue_position(row: ReportFile) -> int:
    """How many report files were asked for before this one and wait still."""
    return ReportFile.objects.filter(
        status=ReportFile.Status.WAITING, requested_at__lt=row.requested_at
    ).count()


def report_file_content(row: ReportFile) -> bytes:
    return bytes(ReportFile.objects.values_list("content", flat=True).get(pk=row.pk))


def fingerprint_etag(row: ReportFile) -> str:
    return f'"{row.fingerprint[:32]}"'
