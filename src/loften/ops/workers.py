"""Background workers that vanish: each `loften worker` says it is alive, and every worker
puts the jobs of one that has not been heard from back in the queue.

django-tasks-db leaves a job RUNNING forever when its worker dies (killed, out of memory,
machine gone). Every worker writes a heartbeat row from a thread of its own; the same
thread sweeps: a RUNNING job whose worker has not been seen for WORKER_LOST_AFTER_SECONDS
goes back to READY, and `job_requeued` tells the app that owns it to reset its own rows in
the same transaction. Several workers may sweep at once: the job rows are locked and
skipped when another sweep holds them.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import datetime, timedelta

from django.conf import settings
from django.db import DatabaseError, OperationalError, close_old_connections, connection
from django.dispatch import Signal
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from loften.ops.models import WorkerHeartbeat

logger = logging.getLogger(__name__)

# Sent inside the requeue's transaction, with task_path, args and kwargs of the job:
# a receiver puts the rows the job owns back as they were before it started.
job_requeued = Signal()


def worker_seen(worker_id: str, *, now: datetime | None = None) -> None:
    """Record that this process's worker is alive (registering it the first time)."""
    now = now or timezone.now()
    updated = WorkerHeartbeat.objects.filter(worker_id=worker_id).update(last_seen=now)
    if not updated:
        WorkerHeartbeat.objects.create(
            worker_id=worker_id,
            host=socket.gethostname()[:255],
            pid=os.getpid(),
            started_at=now,
            last_seen=now,
        )


def worker_gone(worker_id: str) -> None:
    """A worker that stops cleanly says so: its row goes, its jobs are finished."""
    WorkerHeartbeat.objects.filter(worker_id=worker_id).delete()


def jobs_requeue_orphaned(
    *, now: datetime | None = None, restarted: str | None = None
) -> list[DBTaskResult]:
    """Put back in the queue the RUNNING jobs whose worker has not been seen for
    WORKER_LOST_AFTER_SECONDS, and those of `restarted`, a worker id that starts again
    (given with --worker-id, say a container's name): it cannot be running them any more.
    Forget the workers not seen. Returns the jobs requeued here."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.WORKER_LOST_AFTER_SECONDS)
    requeued: list[DBTaskResult] = []
    try:
        with exclusive_transaction(DBTaskResult.objects.db):
            # Lock the jobs first, then read who is alive: a worker registers before it
            # claims, so the owner of every job locked here is already in the table.
            running = list(
                DBTaskResult.objects.running()
                .select_for_update(skip_locked=True)
                .order_by("started_at")
            )
            alive = set(
                WorkerHeartbeat.objects.filter(last_seen__gte=cutoff).values_list(
                    "worker_id", flat=True
                )
            )
            for job in running:
                owner = job.worker_ids[-1] if job.worker_ids else None
                lost = owner not in alive and (job.started_at is None or job.started_at < cutoff)
                if owner != restarted and not lost:
                    continue
                job.status, job.started_at = TaskResultStatus.READY, None
                job.save(update_fields=["status", "started_at"])
                job_requeued.send(
                    sender=DBTaskResult,
                    task_path=job.task_path,
                    args=job.args_kwargs["args"],
                    kwargs=job.args_kwargs["kwargs"],
                )
                requeued.append(job)
            WorkerHeartbeat.objects.filter(last_seen__lt=cutoff).delete()
    except OperationalError as error:
        if not is_locked_database_exception(error):
            raise
        return []  # SQLite: another worker is writing, perhaps sweeping; next round
    for job in requeued:
        owner = job.worker_ids[-1] if job.worker_ids else "(none)"
        if owner == restarted:
            why = "started again"
        else:
            why = f"has not been seen for {settings.WORKER_LOST_AFTER_SECONDS} s"
        logger.warning(
            "Job %s (%s) queued again: its worker %s %s", job.id, job.task_path, owner, why
        )
    return requeued


class Heartbeat:
    """Beats and sweeps from a thread with its own database connection, while the worker's
    own thread runs jobs. The thread registers the worker and sweeps once before `start`
    returns (so the worker is known before it claims a job, and finds the jobs of workers
    lost while none ran) and deregisters it when stopped."""

    def __init__(self, worker_id: str) -> None:
        self.worker_id = worker_id
        self.interval = settings.WORKER_LOST_AFTER_SECONDS / 6
        self._stopping = threading.Event()
        self._first_beat = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._first_beat.wait(timeout=self.interval)

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join()

    def _run(self) -> None:
        restarted: str | None = self.worker_id
        try:
            while not self._stopping.is_set():
                try:
                    close_old_connections()
                    worker_seen(self.worker_id)
                    jobs_requeue_orphaned(restarted=restarted)
                    restarted = None
                except DatabaseError:
                    logger.warning("Worker heartbeat failed; trying again", exc_info=True)
                self._first_beat.set()
                self._stopping.wait(self.interval)
            worker_gone(self.worker_id)
        except DatabaseError:
            logger.warning("Worker %s could not deregister", self.worker_id, exc_info=True)
        finally:
            self._first_beat.set()
            connection.close()
