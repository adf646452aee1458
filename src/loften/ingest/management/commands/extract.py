import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.ingest.contract import Document
from loften.ingest.extract import Reference
from loften.ingest.pipeline import extract_document
from loften.ingest.readers import UnreadableDocument
from loften.ingest.scoring import read_gold, score, table


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
        parser.add_argument(
            "--score",
            metavar="GOLD.json",
            type=Path,
            help=(
                "instead of the extracts, print how well they match the known answers in "
                "GOLD.json (the layout of shared/corpus/gold.json), per file and in total"
            ),
        )
        parser.add_argument(
            "--details",
            action="store_true",
            help="with --score, list the promises missed and the passages wrongly taken",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        reference = Reference.from_shipped_files()
        results = [(name, _extract(name, reference)) for name in options["files"]]
        failed = any(isinstance(result, str) for _name, result in results)
        if options["score"]:
            failed = self._score(options["score"], results, details=options["details"]) or failed
        else:
            for name, result in results:
                line = {"file": name, "error": result} if isinstance(result, str) else result
                self.stdout.write(
                    json.dumps(line, ensure_ascii=False, indent=2 if options["pretty"] else None)
                )
        if failed:
            sys.exit(1)

    def _score(
        self,
        gold_file: Path,
        results: list[tuple[str, Document | str]],
        *,
        details: bool,
    ) -> bool:
        """Print the score table; True when a file has no gold answers or could not be read."""
        try:
            gold = read_gold(gold_file)
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"{gold_file}: not a gold file ({exc})") from exc
        scored: list[tuple[str, Document]] = []
        failed = False
        for name, result in results:
            if isinstance(result, str):
                self.stderr.write(f"{name}: {result}")
                failed = True
            elif Path(name).name not in gold:
                self.stderr.write(f"{name}: no answers for this file in {gold_file}")
                failed = True
            else:
                scored.append((Path(name).name, result))
        self.stdout.write(table(score(gold, scored), details=details))
        return failed


def _extract(name: str, reference: Reference) -> Document | str:
    """The contract's object for one file, or why it could not be read (in Swedish)."""
    try:
        return extract_document(Path(name).read_bytes(), name, reference)
    except UnreadableDocument as exc:
        return str(exc)
    except OSError as exc:
        return f"Filen kan inte läsas: {exc.strerror}"
