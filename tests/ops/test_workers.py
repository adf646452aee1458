"""A worker that dies mid-job: another worker puts the job back in the queue and runs it."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from loften.ingest.models import Upload
from loften.ingest.uploads import uploads_create
from loften.ops.models import WorkerHeartbeat
from loften.ops.workers import job_requeued, jobs_requeue_orphaned
from loften.promises.models import PromiseSet
from loften.registry.models import Municipality
from tests.factories import member

pytestmark = pytest.mark.django_db(transaction=True)

ALVSBYN = Path(__file__).resolve().parents[2] / "src/loften/ops/seeds/002_307e26fc5e31ffd9.txt"


def _import_claimed_by(worker_id: str, *, seen_seconds_ago: float) -> tuple[DBTaskResult, Upload]:
    """An uploaded document its worker began reading, and last wrote its heartbeat, a while ago."""
    (upload,) = uploads_create(
        files=[SimpleUploadedFile("lofte.txt", ALVSBYN.read_bytes())],
        municipality=Municipality.objects.get(code="2560"),
        acting_user=member("Älvsbyns kommun", "coordinator"),
    )
    then = timezone.now() - timedelta(seconds=seen_seconds_ago)
    job = DBTaskResult.objects.get()
    job.claim(worker_id)
    DBTaskResult.objects.filter(pk=job.pk).update(started_at=then)
    Upload.objects.filter(pk=upload.pk).update(status=Upload.Status.RUNNING, started_at=then)
    WorkerHeartbeat.objects.create(
        worker_id=worker_id, host="app-2", pid=4242, started_at=then, last_seen=then
    )
    return job, upload


def test_the_import_of_a_worker_that_died_is_read_by_the_next_worker(settings: Any) -> None:
    settings.WORKER_LOST_AFTER_SECONDS = 60
    job, upload = _import_claimed_by("died", seen_seconds_ago=61)

    call_command("worker", "--batch", "--no-startup-delay", verbosity=0)

    upload.refresh_from_db()
    assert upload.status == Upload.Status.DONE
    assert upload.message == "1 utkast med 11 löften"
    assert PromiseSet.objects.count() == 1
    job.refresh_from_db()
    assert job.status == "SUCCESSFUL"
    assert job.worker_ids[0] == "died" and len(job.worker_ids) == 2
    assert not WorkerHeartbeat.objects.exists()  # the lost one forgotten, the next one gone


def test_the_job_of_a_worker_still_heard_from_is_left_to_it(settings: Any) -> None:
    settings.WORKER_LOST_AFTER_SECONDS = 60
    job, upload = _import_claimed_by("busy", seen_seconds_ago=600)  # a long job
    WorkerHeartbeat.objects.filter(worker_id="busy").update(
        last_seen=timezone.now() - timedelta(seconds=59)
    )

    assert jobs_requeue_orphaned() == []

    job.refresh_from_db()
    upload.refresh_from_db()
    assert (job.status, upload.status) == ("RUNNING", Upload.Status.RUNNING)
    assert WorkerHeartbeat.objects.filter(worker_id="busy").exists()


def test_a_worker_started_again_under_its_name_gives_up_the_job_of_its_last_life(
    settings: Any,
) -> None:
    """A container restarted at once keeps its --worker-id and is heard from again at once."""
    settings.WORKER_LOST_AFTER_SECONDS = 60
    job, upload = _import_claimed_by("pod-1", seen_seconds_ago=5)

    call_command("worker", "--batch", "--no-startup-delay", "--worker-id", "pod-1", verbosity=0)

    upload.refresh_from_db()
    job.refresh_from_db()
    assert (upload.status, job.status) == (Upload.Status.DONE, "SUCCESSFUL")
    assert job.worker_ids == ["pod-1", "pod-1"]


def test_two_workers_sweeping_at_once_queue_the_job_again_once(settings: Any) -> None:
    settings.WORKER_LOST_AFTER_SECONDS = 60
    job, upload = _import_claimed_by("died", seen_seconds_ago=120)
    requeued: list[str] = []
    other_sweep: list[list[DBTaskResult]] = []

    def sweep_beside() -> None:
        try:
            other_sweep.append(jobs_requeue_orphaned())
        finally:
            connection.close()

    def requeued_here(*, task_path: str, **kwargs: Any) -> None:
        requeued.append(task_path)
        # A second worker sweeps while this sweep holds the job, before it commits.
        beside = threading.Thread(target=sweep_beside)
        beside.start()
        beside.join(timeout=10)
        assert not beside.is_alive()

    job_requeued.connect(requeued_here, dispatch_uid="test-requeued-here")
    try:
        first = jobs_requeue_orphaned()
    finally:
        job_requeued.disconnect(dispatch_uid="test-requeued-here")

    assert [found.pk for found in first] == [job.pk]
    assert other_sweep == [[]]
    assert requeued == ["loften.ingest.tasks.import_upload"]
    job.refresh_from_db()
    upload.refresh_from_db()
    assert (job.status, upload.status) == ("READY", Upload.Status.WAITING)
    assert jobs_requeue_orphaned() == []  # and later sweeps leave it queued
