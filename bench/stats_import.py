"""Benchmark: the national crime statistics for every kommun, category and year, imported.

Writes a CSV in the crime statistics' layout for all 290 kommuner x 20 categories x 20
years (116 000 figures), imports it into a fresh database (SQLite in a temporary
folder, or a throw-away PostgreSQL with --postgres), then imports it again (nothing
changes) and once more with a tenth of the figures revised. Target: under 10 s.

    .venv/bin/python bench/stats_import.py [--postgres]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import tempfile
import time
from pathlib import Path

CATEGORIES = (
    "Bedrägeri", "Skadegörelse", "Stöld ur eller från motordrivet fordon", "Bostadsinbrott",
    "Cykelstöld", "Butiksstöld", "Misshandel", "Olaga hot", "Ofredande", "Rån",
    "Narkotikabrott", "Trafikbrott", "Rattfylleri", "Sexualbrott", "Våld mot tjänsteman",
    "Klotter", "Vapenbrott", "Bilstöld", "Bedrägeri via internet", "Övriga brott",
)  # fmt: skip
YEARS = range(2006, 2026)


def write(path: Path, names: list[str], *, revise: float = 0.0) -> int:
    draw = random.Random(2026)  # noqa: S311 - figures for a benchmark
    revision = random.Random(12)  # noqa: S311
    lines = ["Region;Brottskategori;År;Antal"]
    for name in names:
        for category in CATEGORIES:
            for year in YEARS:
                count = draw.randint(0, 5000)
                if revise and revision.random() < revise:
                    count += 1
                lines.append(f"{name};{category};{year};{count:,}".replace(",", " "))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return len(lines) - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true", help="a throw-away PostgreSQL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server = None
        if args.postgres:
            from loften.testing.postgres import TemporaryPostgres

            server = TemporaryPostgres().start()
            os.environ["DATABASE_URL"] = server.url
        else:
            os.environ["LOFTEN_DATA_DIR"] = folder
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
        import django

        django.setup()
        try:
            run(Path(folder), "PostgreSQL" if server else "SQLite")
        finally:
            if server is not None:
                server.stop()


def run(folder: Path, database: str) -> None:
    from django.core.management import call_command

    from loften.registry.models import Municipality
    from loften.statistics.services import statistics_import

    call_command("migrate", verbosity=0)
    names = [f"{code} {name}" for code, name in Municipality.objects.values_list("code", "name")]
    first, revised = folder / "brott.csv", folder / "brott-reviderad.csv"
    figures = write(first, names)
    write(revised, names, revise=0.1)
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, {database}")
    print(f"{len(names)} kommuner x {len(CATEGORIES)} categories x {len(YEARS)} years = {figures}")
    for label, path in (("first import", first), ("same file again", first),
                        ("a tenth revised", revised)):  # fmt: skip
        started = time.perf_counter()
        summary = statistics_import(data=path.read_bytes(), filename=path.name, acting_user=None)
        print(f"{label}: {time.perf_counter() - started:.1f} s ({summary})")


if __name__ == "__main__":
    main()
