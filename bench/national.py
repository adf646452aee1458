"""Benchmark: every page at national scale with activities, uncached (p50/p95/max).

On the configured database (or a throw-away PostgreSQL with --postgres), after
`loften generate` (here with --generate: 290 kommuner over 10 years, three of
them with tens of thousands of activities), each address is requested through
Django's test client with the shared cache emptied before every request, so
each one renders: the start page, a normal and a heavy kommun's page, the heavy
kommun's promise set, its busiest promise and its "så gick det" page, a theme
page, search, the Atom feeds, the first page of every API list as JSON and the
first 100 rows of its CSV file, the heavy kommun's follow-up page and activity
list as its coordinator, and `loften status` for the heavy kommun. Target:
p95 under 100 ms for each.

    .venv/bin/python bench/national.py [--repeat 20]          # the configured database
    .venv/bin/python bench/national.py --generate             # ... generated first
    .venv/bin/python bench/national.py --postgres --generate  # a throw-away PostgreSQL
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from search import django_on, generate_country, percentiles

TARGET_MS = 100.0
CSV_ROWS = 100
COORDINATOR = "bench-national-samordnare"


@dataclass(frozen=True)
class Sample:
    wall: float  # milliseconds
    cpu: float  # this process's CPU milliseconds: what a call costs when cores are shared
    size: int  # bytes read


@dataclass(frozen=True)
class Address:
    label: str
    path: str
    logged_in: bool = False
    csv: bool = False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per address")
    parser.add_argument("--postgres", action="store_true", help="use a throw-away PostgreSQL")
    parser.add_argument(
        "--generate",
        action="store_true",
        help="first generate the country (290 kommuner, 10 years, three heavy kommuner), "
        "replacing earlier generated data",
    )
    parser.add_argument("--heavy", default="0180", metavar="CODE", help="the heavy kommun")
    parser.add_argument("--normal", default="2560", metavar="CODE", help="a normal kommun")
    args = parser.parse_args()
    with django_on(postgres=args.postgres):
        run(args.repeat, generate=args.generate, heavy=args.heavy, normal=args.normal)


def run(repeat: int, *, generate: bool, heavy: str, normal: str) -> None:
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from loften.followup.models import Activity

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
    call_command("migrate", verbosity=0)
    if generate:
        generate_country()
    call_command("collectstatic", interactive=False, verbosity=0)  # as `loften serve` does
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, database: {connection.vendor}"
    )
    print(f"data: {_size()}; {Activity.objects.count()} activities")
    print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    addresses = _addresses(heavy, normal)
    user = _coordinator(heavy)
    try:
        _measure(addresses, user, heavy, repeat)
    finally:
        user.delete()


def _size() -> str:
    """How large the database is, in MB."""
    from django.conf import settings
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            (size,) = cursor.fetchone()
    else:
        size = Path(settings.DATABASES["default"]["NAME"]).stat().st_size
    return f"database {size / 1e6:.0f} MB"


def _addresses(heavy_code: str, normal_code: str) -> list[Address]:
    from django.db.models import Count

    from loften.opendata.api import RESOURCES
    from loften.promises.models import Promise, Theme
    from loften.promises.selectors import promise_set_in_force
    from loften.registry.models import Municipality

    heavy = Municipality.objects.get(code=heavy_code)
    normal = Municipality.objects.get(code=normal_code)
    promise_set = promise_set_in_force(heavy, _today())
    if promise_set is None:
        raise SystemExit(f"no promise set in force in {heavy.name}: run with --generate")
    busiest = (
        Promise.objects.filter(promise_set=promise_set)
        .annotate(activities=Count("commitments__activities"))
        .order_by("-activities", "pk")
        .first()
    )
    if busiest is None:
        raise SystemExit(f"the promise set in force in {heavy.name} has no promises")
    set_path = f"/kommun/{heavy.slug}/lofte/{promise_set.pk}/"
    addresses = [
        Address("start page", "/"),
        Address(f"kommun page, {normal.name}", f"/kommun/{normal.slug}/"),
        Address(f"kommun page, {heavy.name}", f"/kommun/{heavy.slug}/"),
        Address(f"promise set, {heavy.name}", set_path),
        Address(f"promise, {busiest.activities} activities", f"{set_path}{busiest.pk}/"),
        Address("så gick det (web page)", f"{set_path}sa-gick-det/"),
        Address("theme page", f"/tema/{Theme.DRUGS.slug}/"),
        Address("search", "/sok?q=narkotika"),
        Address("national feed", "/flode.atom"),
        Address(f"kommun feed, {heavy.name}", f"/kommun/{heavy.slug}/flode.atom"),
    ]
    for resource in RESOURCES:
        addresses.append(Address(f"API {resource.name}", f"/api/v1/{resource.name}"))
    for resource in RESOURCES:
        addresses.append(
            Address(
                f"API {resource.name}.csv, {CSV_ROWS} rows",
                f"/api/v1/{resource.name}.csv",
                csv=True,
            )
        )
    workspace = f"/arbetsyta/uppfoljning/{heavy.slug}/"
    addresses.append(Address("follow-up page (coordinator)", workspace, logged_in=True))
    addresses.append(Address("activity list (coordinator)", f"{workspace}aktiviteter/", True))
    return addresses


def _today() -> Any:
    from django.utils import timezone

    return timezone.localdate()


def _coordinator(code: str) -> Any:
    """A coordinator of the heavy kommun, removed again after the run."""
    from django.contrib.auth.models import User

    from loften.accounts.models import Membership
    from loften.registry.models import Organisation

    user, _ = User.objects.get_or_create(username=COORDINATOR)
    Membership.objects.get_or_create(
        user=user,
        organisation=Organisation.objects.get(municipality__code=code),
        defaults={"role": Membership.Role.COORDINATOR},
    )
    return user


def _measure(addresses: list[Address], user: Any, heavy: str, repeat: int) -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    anonymous = Client(HTTP_HOST="localhost")
    coordinator = Client(HTTP_HOST="localhost")
    coordinator.force_login(user)
    print(f"\n{repeat} timed requests per address, the cache emptied before each")
    print(
        f"{'address':46} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu p95':>8} "
        f"{'queries':>8} {'kB':>7}"
    )
    slow = []
    for address in addresses:
        request = _requester(coordinator if address.logged_in else anonymous, address)
        samples = _timed(request, repeat)
        with CaptureQueriesContext(connection) as queries:
            size = request().size
        if _report(address.label, samples, len(queries), size):
            slow.append(address.label)

    def status() -> Sample:
        out = io.StringIO()
        started, started_cpu = time.perf_counter(), time.process_time()
        call_command("status", "--municipality", heavy, stdout=out)
        return _sample(started, started_cpu, len(out.getvalue()))

    samples = _timed(status, repeat)
    with CaptureQueriesContext(connection) as queries:
        size = status().size
    if _report(f"loften status --municipality {heavy}", samples, len(queries), size):
        slow.append("loften status")
    print(f"\np95 over {TARGET_MS:.0f} ms: {', '.join(slow) if slow else 'none'}")


def _requester(client: Any, address: Address) -> Callable[[], Sample]:
    """A call that requests the address once, uncached: its time and bytes read."""
    from django.core.cache import cache

    def request() -> Sample:
        cache.clear()
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(address.path)
        if response.status_code != 200:
            raise RuntimeError(f"{address.path} answered {response.status_code}")
        if not response.streaming:
            size = len(response.content)
        else:
            size = 0
            for lines, chunk in enumerate(response.streaming_content):
                size += len(chunk)
                if address.csv and lines >= CSV_ROWS:
                    break
            response.close()
        return _sample(started, started_cpu, size)

    return request


def _sample(started: float, started_cpu: float, size: int) -> Sample:
    return Sample(
        (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000, size
    )


def _timed(call: Callable[[], Sample], repeat: int) -> list[Sample]:
    """Each call's time, after one warm-up."""
    call()
    return [call() for _ in range(repeat)]


def _report(label: str, samples: list[Sample], queries: int, size: int) -> bool:
    """Print one address's row; whether its p95 is over the target."""
    wall = [sample.wall for sample in samples]
    p50, p95 = percentiles(wall)
    _, cpu_p95 = percentiles([sample.cpu for sample in samples])
    over = p95 > TARGET_MS
    print(
        f"{label[:46]:46} {p50:8.1f} {p95:8.1f} {max(wall):8.1f} {cpu_p95:8.1f} {queries:8} "
        f"{size / 1000:7.1f}{'  over' if over else ''}"
    )
    return over


if __name__ == "__main__":
    main()
