import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from loften.ingest.extract import Reference
from loften.ingest.pipeline import extract_document
from loften.ingest.readers import UnreadableDocument


class Command(BaseCommand):
    help = (
        "Print the structure of promise documents (PDF, DOCX, HTML, text) as JSON Lines, "
        "one object per file, as shared/contract/extract.md describes. Writes nothing to "
        "any database. Exits 1 when any file could not be read."
    )
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--pretty", action="store_true", help="indent the JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        reference = Reference.from_shipped_files()
        failed = False
        for name in options["files"]:
            try:
                result: dict[str, Any] = extract_document(Path(name).read_bytes(), name, reference)
            except UnreadableDocument as exc:
                result, failed = {"file": name, "error": str(exc)}, True
            except OSError as exc:
                result, failed = (
                    {"file": name, "error": f"Filen kan inte läsas: {exc.strerror}"},
                    True,
                )
            self.stdout.write(
                json.dumps(result, ensure_ascii=False, indent=2 if options["pretty"] else None)
            )
        if failed:
            sys.exit(1)
