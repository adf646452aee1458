import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from loften.ingest.extract import Reference
from loften.ingest.pipeline import ImportFailed, document_import


class Command(BaseCommand):
    help = (
        "Import promise documents as draft promise sets (or agreements), keeping the "
        "original file. Each file is all or nothing; the rest of a batch still imports; the "
        "same bytes are imported once. Exits 1 when any file failed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--municipality", metavar="CODE", help="kommunkod, when the document names none"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        reference = Reference.from_shipped_files()
        files = options["files"]
        failures = 0
        width = len(str(len(files)))
        for number, name in enumerate(files, start=1):
            filled = 20 * number // len(files)
            progress = (
                f"[{'#' * filled}{'.' * (20 - filled)}] {number:>{width}}/{len(files)} "
                f"{100 * number // len(files):3}%"
            )
            try:
                content = Path(name).read_bytes()
                result = document_import(
                    content, Path(name).name, reference=reference,
                    municipality_code=options["municipality"],
                )  # fmt: skip
            except (ImportFailed, OSError) as exc:
                failures += 1
                reason = exc.strerror if isinstance(exc, OSError) else str(exc)
                self.stdout.write(f"{progress} {name}: " + self.style.ERROR(f"FEL: {reason}"))
                continue
            self.stdout.write(f"{progress} {name}: {result.summary}")
        self.stdout.write(
            f"{len(files) - failures} of {len(files)} files imported or already there."
        )
        if failures:
            sys.exit(1)
