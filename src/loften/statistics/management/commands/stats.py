from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from loften.statistics.formats import StatisticsFileError
from loften.statistics.kolada import API, FetchError, fetch_all, kpi_url
from loften.statistics.services import StatisticsError, statistics_import


class Command(BaseCommand):
    help = (
        "Public statistics. `loften stats import FILE [--source NAME] [--fetched-on DATE]` "
        "reads reported crimes per kommun (the national crime statistics' CSV) or a Kolada "
        "answer (JSON), all or nothing; the same figures again change nothing. `loften stats "
        "fetch --kpi ID [--municipality CODE]... [--year YYYY]...` fetches a KPI from "
        "Kolada's API and imports it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        imports = actions.add_parser("import", help="import a statistics file")
        imports.add_argument("file", type=Path, metavar="FILE")
        imports.add_argument("--source", default="", metavar="NAME")
        imports.add_argument("--fetched-on", type=date.fromisoformat, metavar="YYYY-MM-DD")
        fetch = actions.add_parser("fetch", help="fetch and import a Kolada KPI")
        fetch.add_argument("--kpi", required=True, metavar="ID")
        fetch.add_argument("--municipality", action="append", default=[], metavar="CODE")
        fetch.add_argument("--year", type=int, action="append", default=[], metavar="YYYY")
        fetch.add_argument("--api", default=API, help="Kolada's API address (for testing)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "import":
            path: Path = options["file"]
            if not path.is_file():
                raise CommandError(f"{path}: no such file")
            self._import(path.read_bytes(), path.name, options["source"], options["fetched_on"])
            return
        url = kpi_url(
            options["kpi"], municipalities=options["municipality"], years=options["year"],
            base=options["api"],
        )  # fmt: skip
        try:
            data = fetch_all(url)
        except FetchError as exc:
            raise CommandError(f"could not fetch from Kolada: {exc}") from exc
        self._import(data, url, f"Kolada {options['kpi']}", timezone.localdate())

    def _import(self, data: bytes, name: str, source: str, fetched_on: date | None) -> None:
        try:
            summary = statistics_import(
                data=data, filename=name, source=source, fetched_on=fetched_on, acting_user=None
            )
        except (StatisticsFileError, StatisticsError) as exc:
            raise CommandError(f"{name}: nothing imported.\n{exc}") from exc
        self.stdout.write(f"{name}: {summary}")
