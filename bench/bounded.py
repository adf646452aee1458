"""Benchmark: the pages of a kommun that logged 50 000 activities, past every cache.

Builds a throw-away installation (SQLite in a temporary directory, or with
`--postgres` a throw-away PostgreSQL), publishes one promise set for Umeå with
four promises of two commitments each, logs `--activities` activities for them
in bulk (as the bulk import does), and reads each page with Django's test
client, the public cache emptied before every call:

    .venv/bin/python bench/bounded.py [--activities 50000] [--repeat 10] [--postgres]

Prints per address the p50 and p95 time, the number of queries and the size of
the answer; for the CSV file also the peak of Python's memory while it is read
to its end (tracemalloc). Issue 17 measured 6.3 s and 9 MB for the promise page
and 17.7 s for `/api/v1/activities.csv` before these pages were bounded.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
import tracemalloc
from datetime import date, timedelta

PROMISES = 4
COMMITMENTS_PER_PROMISE = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=10, help="timed calls per address")
    parser.add_argument("--postgres", action="store_true", help="a throw-away PostgreSQL")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="loften-bounded-") as root:
        os.environ["LOFTEN_DATA_DIR"] = root
        server = None
        if args.postgres:
            from loften.testing.postgres import TemporaryPostgres

            server = TemporaryPostgres().start()
            os.environ["DATABASE_URL"] = server.url
        else:
            os.environ["DATABASE_URL"] = f"sqlite:///{root}/loften.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
        import django

        django.setup()
        try:
            run(args.activities, args.repeat)
        finally:
            if server is not None:
                server.stop()


def run(count: int, repeat: int) -> None:
    from django.contrib.auth.models import User
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from loften.accounts.models import Membership
    from loften.followup.models import Activity
    from loften.promises.models import Commitment, Promise, PromiseSet
    from loften.promises.publishing import promise_set_publish
    from loften.registry.models import Municipality, Organisation

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # as `loften serve` does
    umea = Municipality.objects.get(code="2480")
    promise_set = PromiseSet.objects.create(
        title="Medborgarlöften Umeå",
        period_start=date(2023, 1, 1),
        period_end=date(2027, 12, 31),
        follow_up_cadence="twice_yearly",
    )
    promise_set.municipalities.set([umea])
    commitments = []
    for position in range(1, PROMISES + 1):
        promise = Promise.objects.create(
            promise_set=promise_set,
            position=position,
            text=f"Polisen lovar att arbeta med insats nummer {position}.",
            by_police=True,
        )
        commitments += [
            Commitment.objects.create(
                promise=promise, position=n, party="police", what=f"Insats {n}", count=4, per="year"
            )
            for n in range(1, COMMITMENTS_PER_PROMISE + 1)
        ]
    promise_set_publish(promise_set=promise_set, acting_user=None)

    started = time.perf_counter()
    activities = Activity.objects.bulk_create(
        (
            Activity(
                promise_set=promise_set,
                party="police",
                date=date(2023, 1, 1) + timedelta(days=n % 1000),
                description=f"Trygghetsvandring i kvarter {n}, med föreningar och grannar",
                quantity=n % 7 or None,
            )
            for n in range(count)
        ),
        batch_size=2000,
    )
    link = Activity.commitments.through
    link.objects.bulk_create(
        (
            link(
                activity_id=a.pk,
                commitment_id=commitments[n % len(commitments)].pk,
                date=a.date,
            )
            for n, a in enumerate(activities)
        ),
        batch_size=2000,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"logged {count} activities in {time.perf_counter() - started:.1f} s")

    coordinator = User.objects.create_user("samordnare")
    Membership.objects.create(
        user=coordinator,
        organisation=Organisation.objects.get(name="Umeå kommun"),
        role="coordinator",
    )
    first = Promise.objects.filter(promise_set=promise_set).order_by("position")[0]
    promise_url = f"/kommun/{umea.slug}/lofte/{promise_set.pk}/{first.pk}/"
    public = [
        f"/kommun/{umea.slug}/",
        f"/kommun/{umea.slug}/lofte/{promise_set.pk}/",
        promise_url,
        f"{promise_url}aktiviteter/",
        f"{promise_url}aktiviteter/?sida=100",
        "/api/v1/activities",
        "/api/v1/activities?limit=1000&offset=40000",
        f"/kommun/{umea.slug}/flode.atom",
    ]
    back_office = [
        f"/arbetsyta/uppfoljning/{umea.slug}/",
        f"/arbetsyta/uppfoljning/{umea.slug}/aktiviteter/?sida=50",
        f"/arbetsyta/historik/{promise_set.pk}/",
    ]
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, database: {connection.vendor}"
    )
    print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    print(f"\n{'address':58} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'bytes':>10}")

    anonymous, signed_in = Client(HTTP_HOST="localhost"), Client(HTTP_HOST="localhost")
    signed_in.force_login(coordinator)
    for client, urls in ((anonymous, public), (signed_in, back_office)):
        for url in urls:
            times = []
            for _ in range(repeat):
                cache.clear()
                started = time.perf_counter()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url)
                if response.status_code != 200:
                    raise SystemExit(f"{url} answered {response.status_code}")
                size = len(response.content)
                times.append((time.perf_counter() - started) * 1000)
            p50 = statistics.median(times)
            p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
            print(f"{url:58} {p50:8.1f} {p95:8.1f} {len(queries):8} {size:10}")

    cache.clear()
    started = time.perf_counter()
    response = anonymous.get("/api/v1/activities.csv")
    first_line = next(iter(response.streaming_content))
    first = time.perf_counter() - started
    lines = first_line.count(b"\n") + sum(c.count(b"\n") for c in response.streaming_content)
    elapsed = time.perf_counter() - started
    print(
        f"\n/api/v1/activities.csv: {lines} lines, first line after {first * 1000:.0f} ms, "
        f"all in {elapsed:.1f} s"
    )
    cache.clear()
    tracemalloc.start()
    response = anonymous.get("/api/v1/activities.csv")
    for _chunk in response.streaming_content:
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak Python memory while it is read (tracemalloc): {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
