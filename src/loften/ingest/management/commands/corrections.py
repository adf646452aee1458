import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.ingest.corrections import exported, reviewed_sets


class Command(BaseCommand):
    help = (
        "Export the drafts coordinators have corrected as known answers: DIR/gold.json in the "
        "layout of shared/corpus/gold.json and each document's text in DIR/docs/, so that "
        "`loften extract --score DIR/gold.json DIR/docs/*.txt` measures the extractor on them."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True)
        export = commands.add_parser("export", help="write DIR/gold.json and DIR/docs/")
        export.add_argument("directory", type=Path, metavar="DIR")

    def handle(self, *args: Any, **options: Any) -> None:
        directory: Path = options["directory"]
        docs = directory / "docs"
        try:
            docs.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"{directory}: cannot write there ({exc.strerror})") from exc
        gold: dict[str, Any] = {}
        for promise_set in reviewed_sets():
            document = exported(promise_set)
            (docs / document.name).write_text(document.text, encoding="utf-8")
            gold[document.name] = document.gold
            for text in document.unlabelled:
                self.stderr.write(
                    f"{document.name}: no phrase of this promise occurs only once, "
                    f"left out: {text[:80]}"
                )
        (directory / "gold.json").write_text(
            json.dumps({"docs": gold}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        self.stdout.write(f"{len(gold)} corrected documents written to {directory}")
