import csv
import json
from pathlib import Path
from typing import Any

import duckdb
from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.surveys.aggregate import INDICES, MIN_GROUP, aggregate_file


class Command(BaseCommand):
    help = (
        "Safety surveys. `loften survey aggregate --file FILE [--format json|csv] "
        "[--min-group N]` prints the indices per area, gender and age band of a response "
        "file in the import layout, small groups suppressed (see loften.surveys.aggregate)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        aggregate = actions.add_parser("aggregate", help="print the aggregate of a survey")
        aggregate.add_argument("--file", type=Path, required=True, metavar="FILE")
        aggregate.add_argument("--format", choices=["json", "csv"], default="json")
        aggregate.add_argument("--min-group", type=int, default=MIN_GROUP, metavar="N")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["min_group"] < 1:
            raise CommandError("--min-group must be at least 1.")
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            result = aggregate_file(path, min_group=options["min_group"])
        except duckdb.Error as exc:
            raise CommandError(f"{path}: not a response file in the import layout ({exc})") from exc
        if options["format"] == "json":
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
            return
        writer = csv.writer(self.stdout, lineterminator="\n")
        writer.writerow(["area", "gender", "age_band", "n", *INDICES])
        for group in result.groups:
            shown = group.as_json()
            indices = shown.get("indices", {})
            writer.writerow(
                [group.area or "", group.gender or "", group.age_band or "", group.n]
                + ["" if indices.get(k) is None else indices[k] for k in INDICES]
            )
