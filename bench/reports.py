"""Benchmark: a "så gick det" report of a promise set with 50 000 activities.

Loads the demo into a throw-away database (SQLite, or PostgreSQL with --postgres),
logs `--activities` activities against one decided set with bulk_create (as the bulk
import stores them; nine in ten fulfil a commitment, the rest none), then times:

- the report page itself (the view past the public cache, query to rendered HTML);
- the fingerprint a download address reads on every request;
- the worker's job for the PDF and for the Word file, each in a fresh process as
  `loften worker` runs it, with that process's peak memory (ru_maxrss).

    .venv/bin/python bench/reports.py [--activities 50000] [--postgres]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loften.promises.models import PromiseSet


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=50_000)
    parser.add_argument("--postgres", action="store_true", help="a throw-away PostgreSQL")
    parser.add_argument("--job", nargs=2, metavar=("SET", "FORMAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job:
        _setup()
        job(int(args.job[0]), args.job[1])
        return
    with tempfile.TemporaryDirectory() as folder:
        server = None
        if args.postgres:
            from loften.testing.postgres import TemporaryPostgres

            server = TemporaryPostgres().start()
            os.environ["DATABASE_URL"] = server.url
        else:
            os.environ["LOFTEN_DATA_DIR"] = folder
        _setup()
        try:
            run(args.activities)
        finally:
            if server is not None:
                server.stop()


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
    import django

    django.setup()


def run(count: int) -> None:
    from django.core.management import call_command
    from django.db import connection

    from loften.promises.models import PromiseSet

    call_command("demo", "--no-logins", verbosity=0)
    promise_set = (
        PromiseSet.objects.filter(
            status=PromiseSet.Status.PUBLISHED, promises__commitments__isnull=False
        )
        .distinct()
        .order_by("pk")
        .first()
    )
    if promise_set is None:
        raise SystemExit("the demo has no published set with commitments")
    call_command("collectstatic", interactive=False, verbosity=0)  # as `loften serve` does
    started = time.perf_counter()
    log_activities(promise_set, count)
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, database: {connection.vendor}"
    )
    print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    print(
        f"set {promise_set.pk} ({promise_set}): {count} activities stored in "
        f"{time.perf_counter() - started:.1f} s"
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    page_seconds, page_bytes = time_page(promise_set)
    print(f"report page (uncached view): {page_seconds:.2f} s, {page_bytes // 1024} kB")
    print(f"fingerprint of a download request: {time_fingerprint(promise_set) * 1000:.1f} ms")
    for file_format in ("pdf", "docx"):
        result = subprocess.run(  # noqa: S603
            [sys.executable, __file__, "--job", str(promise_set.pk), file_format],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ,
        )
        print(result.stdout.strip())


def log_activities(promise_set: PromiseSet, count: int) -> None:
    """`count` activities over the set's first two years, nine in ten against a commitment."""
    from loften.followup.models import Activity
    from loften.promises.models import Commitment

    commitments = list(Commitment.objects.filter(promise__promise_set=promise_set))
    start = date(2023, 1, 1)
    activities = Activity.objects.bulk_create(
        (
            Activity(
                promise_set=promise_set,
                party="police" if number % 2 else "municipality",
                date=start + timedelta(days=number * 730 // count),
                description=f"Trygghetsvandring i centrum, runda {number}",
                quantity=1 + number % 4,
            )
            for number in range(count)
        ),
        batch_size=2_000,
    )
    link = Activity.commitments.through
    link.objects.bulk_create(
        (
            link(
                activity_id=activity.pk,
                commitment_id=commitments[n % len(commitments)].pk,
                date=activity.date,
            )
            for n, activity in enumerate(activities)
            if n % 10
        ),
        batch_size=2_000,
    )


def time_page(promise_set: PromiseSet) -> tuple[float, int]:
    from django.test import RequestFactory

    from loften.reports import views

    municipality = promise_set.municipalities.order_by("pk").first()
    if municipality is None:
        raise SystemExit("the set has no kommun")
    path = f"/kommun/{municipality.slug}/lofte/{promise_set.pk}/sa-gick-det/"
    request = RequestFactory(HTTP_HOST="localhost").get(path)
    best, size = float("inf"), 0
    for _ in range(3):
        started = time.perf_counter()
        response = views.public_report.__wrapped__(  # type: ignore[attr-defined]
            request,
            slug=municipality.slug,
            promise_set_id=promise_set.pk,
        )
        best = min(best, time.perf_counter() - started)
        size = len(response.content)
    return best, size


def time_fingerprint(promise_set: PromiseSet) -> float:
    from django.utils import timezone

    from loften.reports.files import current_fingerprint

    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        current_fingerprint(promise_set, 0, on=timezone.localdate())
        best = min(best, time.perf_counter() - started)
    return best


def job(promise_set_id: int, file_format: str) -> None:
    """In a fresh process, as the worker runs it: ask for the public file, make it."""
    from django.utils import timezone

    from loften.promises.models import PromiseSet
    from loften.reports.files import current_fingerprint, report_file_ask, report_file_render
    from loften.reports.models import ReportFile

    promise_set = PromiseSet.objects.get(pk=promise_set_id)
    before = peak_memory_mb()
    row = report_file_ask(
        promise_set=promise_set,
        round_number=0,
        file_format=file_format,
        public=True,
        fingerprint=current_fingerprint(promise_set, 0, on=timezone.localdate()),
    )
    started = time.perf_counter()
    status = report_file_render(row.pk)
    seconds = time.perf_counter() - started
    peak = peak_memory_mb()
    made = ReportFile.objects.get(pk=row.pk)
    print(
        f"{file_format:4} job: {status}, {seconds:.2f} s, {len(made.content) // 1024} kB, "
        f"peak memory {peak} MB (the process before the job: {before} MB)"
    )


def peak_memory_mb() -> int:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss
    over from the parent through fork and exec, and the parent held the 50 000 rows."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


if __name__ == "__main__":
    main()
