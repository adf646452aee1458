"""Benchmark: uncached search, theme page and start page latency (p50/p95).

Measures `loften.search.selectors.search` and a whole GET /sok (form,
filters, rendering), then the theme pages and the start page past the public
cache, on whatever the database holds. Nothing is cached between calls. For
the national-scale target (p95 under 100 ms), load the synthetic country:
`loften generate --municipalities 290 --years 10`, or `--generate` here.

    .venv/bin/python bench/search.py [--repeat 40]   # the configured database
    .venv/bin/python bench/search.py --demo            # load the demo seeds first
    .venv/bin/python bench/search.py --postgres        # a throw-away PostgreSQL with the demo
    .venv/bin/python bench/search.py --postgres --generate   # ... with the whole country
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("narkotika", {}),
    ("bedrägerier", {}),
    ("trafikinsatserna skolorna", {}),
    ('"polisen och kommunen"', {}),
    ("centrum -trygghetsvandringar", {}),
    ("unga or ungdomar", {"status": "i-kraft"}),
    ("grannsamverkan", {"county": "24"}),
    ("", {"theme": "drugs"}),
    ("", {"year": 2022, "party": "police"}),
]


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def timed(call: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and this process's CPU milliseconds per call.

    On a shared machine the CPU time shows what a call costs when the wall
    clock also counts waiting for a core.
    """
    call()  # warm up: connection, templates, the database's page cache
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40, help="timed calls per query")
    parser.add_argument("--demo", action="store_true", help="run `loften demo` first")
    parser.add_argument(
        "--postgres", action="store_true", help="use a throw-away PostgreSQL with the demo"
    )
    parser.add_argument(
        "--generate",
        action="store_true",
        help="first generate the whole country (290 kommuner, 10 years), replacing earlier "
        "generated data; with --postgres instead of the demo",
    )
    args = parser.parse_args()
    with django_on(postgres=args.postgres):
        run(
            args.repeat,
            load_demo=args.demo or (args.postgres and not args.generate),
            generate=args.generate,
        )


@contextmanager
def django_on(*, postgres: bool) -> Iterator[None]:
    """Django set up on the configured database, or on a throw-away PostgreSQL removed after."""
    server = None
    if postgres:
        from loften.testing.postgres import TemporaryPostgres

        server = TemporaryPostgres().start()
        os.environ["DATABASE_URL"] = server.url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
    import django

    django.setup()
    try:
        yield
    finally:
        if server is not None:
            server.stop()


def generate_country() -> None:
    """`loften generate --replace` (the whole country), timed; then the planner's statistics."""
    from django.core.management import call_command
    from django.db import connection

    started = time.perf_counter()
    call_command("generate", "--replace", stdout=io.StringIO())
    print(f"generated the country in {time.perf_counter() - started:.0f} s")
    if connection.vendor == "postgresql":
        # What autovacuum does within a minute of a bulk load; without the statistics
        # the planner guesses, and the first minutes are not what a server sees.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def run(repeat: int, *, load_demo: bool, generate: bool) -> None:
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from loften.promises.models import Theme
    from loften.search.models import SearchEntry
    from loften.search.selectors import SearchFilters, search

    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)  # where SQLite and static files go
    if load_demo:
        call_command("demo", "--no-logins", verbosity=0)
    else:
        call_command("migrate", verbosity=0)
    if generate:
        generate_country()
    call_command("collectstatic", interactive=False, verbosity=0)  # as `loften serve` does
    promises = SearchEntry.objects.count()
    kommuner = SearchEntry.objects.values("promise_set__municipalities").distinct().count()
    print(
        f"machine: {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, database: {connection.vendor}"
    )
    print(f"index: {promises} promises in {kommuner} kommuner; {repeat} timed calls per query")
    print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    if promises < 10_000:
        print(
            "note: a small index. For national scale run `loften generate --municipalities 290 "
            "--years 10` first, then this benchmark again."
        )
    if not promises:
        print("nothing to search: run `loften demo` or `loften generate` first.")
        return
    client = Client(HTTP_HOST="localhost")
    print(
        f"\n{'query':40} {'hits':>6} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} "
        f"{'page p50':>9} {'page p95':>9}"
    )
    every: list[float] = []
    every_cpu: list[float] = []
    every_page: list[float] = []
    for query, filters in QUERIES:
        params = {"q": query, **_page_params(filters)}
        hits = search(query, SearchFilters(**filters)).total
        samples, cpu = timed(partial(search, query, SearchFilters(**filters)), repeat)
        pages, _ = timed(partial(client.get, "/sok", params), repeat)
        every += samples
        every_cpu += cpu
        every_page += pages
        label = query or "(browse)"
        label += "".join(f" {key}={value}" for key, value in filters.items())
        print(f"{label:40} {hits:6} {_row(samples, cpu, pages)}")
    print(f"{'all queries':40} {'':6} {_row(every, every_cpu, every_page)}")
    # Theme pages: every kommun's promises in force on a theme, counted per län; and the
    # start page, every kommun with its set in force. The public cache is bypassed (it
    # would answer all but the first call from memory).
    print(f"\n{'page (view, uncached)':40} {'':6} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8}")
    themes: list[float] = []
    themes_cpu: list[float] = []
    for code in ("drugs", "traffic", "public_space_safety", "fraud"):
        slug = Theme(code).slug
        samples, cpu = timed(partial(_uncached, "theme", f"/tema/{slug}/", theme=slug), repeat)
        themes += samples
        themes_cpu += cpu
        print(f"{'theme page /tema/' + slug + '/':40} {'':6} {_view_row(samples, cpu)}")
    print(f"{'all theme pages':40} {'':6} {_view_row(themes, themes_cpu)}")
    samples, cpu = timed(partial(_uncached, "index", "/"), repeat)
    print(f"{'start page /':40} {'':6} {_view_row(samples, cpu)}")


def _uncached(view: str, path: str, **kwargs: str) -> None:
    """A public view itself, past the public cache decorator, query to rendered page."""
    from django.test import RequestFactory

    from loften.publicsite import views

    request = RequestFactory(HTTP_HOST="localhost").get(path)
    response = getattr(views, view).__wrapped__(request, **kwargs)
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")


def _view_row(samples: list[float], cpu: list[float]) -> str:
    p50, p95 = percentiles(samples)
    return f"{p50:8.1f} {p95:8.1f} {statistics.median(cpu):8.1f}"


def _row(samples: list[float], cpu: list[float], pages: list[float]) -> str:
    p50, p95 = percentiles(samples)
    page_p50, page_p95 = percentiles(pages)
    return f"{p50:8.1f} {p95:8.1f} {statistics.median(cpu):8.1f} {page_p50:9.1f} {page_p95:9.1f}"


def _page_params(filters: dict[str, Any]) -> dict[str, str]:
    from loften.promises.models import Theme

    names = {"county": "lan", "theme": "tema", "year": "ar", "party": "part", "status": "status"}
    return {
        names[key]: Theme(value).slug if key == "theme" else str(value)
        for key, value in filters.items()
    }


if __name__ == "__main__":
    main()
