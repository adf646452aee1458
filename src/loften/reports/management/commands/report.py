import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from loften.reports.content import Report
from loften.reports.files import RENDERERS as FILE_RENDERERS
from loften.reports.files import report_of
from loften.reports.rendering import report_html
from loften.reports.selectors import ReportNotFound, promise_set_for_report


def _html_file(report: Report) -> bytes:
    return report_html(report).encode()


# The worker's renderers of report files, and the web page as a file.
RENDERERS: dict[str, Callable[[Report], bytes]] = {
    name: render for name, (render, _) in FILE_RENDERERS.items()
} | {"html": _html_file}


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value} är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-06-30"
        ) from None


class Command(BaseCommand):
    help = (
        "Write the 'så gick det' report of a kommun's promise set as PDF, DOCX or HTML: the set "
        "in force today (or on --on), the published set of --period, or one --round of it. "
        "Exits 1 when the kommun, period or round does not exist."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--municipality", required=True, metavar="CODE", help="kommunkod (or the kommun's slug)"
        )
        parser.add_argument(
            "--format",
            choices=RENDERERS,
            help="pdf, docx or html; by default from the end of --output",
        )
        parser.add_argument("--output", required=True, metavar="FILE", type=Path)
        parser.add_argument("--period", help="the published set of this period, e.g. 2023-2025")
        parser.add_argument(
            "--round", type=int, metavar="N", help="follow-up round N of the set (of --period)"
        )
        parser.add_argument(
            "--on",
            type=_day,
            metavar="YYYY-MM-DD",
            help="the day the report describes (default today)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        output: Path = options["output"]
        file_format = options["format"] or output.suffix.lstrip(".").lower()
        if file_format not in RENDERERS:
            self._fail(
                f"Ange --format pdf, docx eller html (filnamnet {output.name} säger inget format)."
            )
        on = options["on"] or timezone.localdate()
        try:
            municipality, promise_set = promise_set_for_report(
                options["municipality"], period=options["period"], on=on
            )
            report = report_of(promise_set, options["round"] or 0, on=on, public=True)
        except ReportNotFound as exc:
            self._fail(str(exc))
        content = RENDERERS[file_format](report)
        try:
            output.write_bytes(content)
        except OSError as exc:
            self._fail(f"Kunde inte skriva {output}: {exc.strerror}.")
        self.stdout.write(
            f"{report.title}, {municipality.name}: {file_format.upper()} "
            f"({len(content) // 1024 or 1} kB) skriven till {output}."
        )

    def _fail(self, message: str) -> NoReturn:
        self.stderr.write(f"loften report: {message}")
        sys.exit(1)
