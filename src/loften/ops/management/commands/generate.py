from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.audit.services import history_paused
from loften.ops.generate import generate, generated_remove
from loften.promises.models import PromiseSet


class Command(BaseCommand):
    help = (
        "Generate realistic synthetic promise sets, activities, targets and follow-up rounds "
        "for national-scale benchmarks: one set per two years per kommun. Not for a real "
        "installation: the data is published. --replace removes earlier generated data first."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--municipalities", type=int, default=290, metavar="N")
        parser.add_argument("--years", type=int, default=10, metavar="N")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--replace", action="store_true", help="remove earlier generated data first"
        )

    @history_paused()
    def handle(self, *args: Any, **options: Any) -> None:
        if not 1 <= options["municipalities"] <= 290:
            raise CommandError("--municipalities must be between 1 and 290.")
        if not 1 <= options["years"] <= 50:
            raise CommandError("--years must be between 1 and 50.")
        if options["replace"]:
            self.stdout.write(f"Removed {generated_remove()} generated promise sets.")
        elif PromiseSet.objects.filter(provenance__has_key="generated").exists():
            raise CommandError("Generated data is already there; use --replace to make it anew.")

        def progress(done: int, total: int, name: str) -> None:
            filled = 20 * done // total
            self.stdout.write(f"[{'#' * filled}{'.' * (20 - filled)}] {done}/{total} {name}")

        result = generate(
            municipalities=options["municipalities"],
            years=options["years"],
            seed=options["seed"],
            progress=progress,
        )
        self.stdout.write(
            f"Generated {result.promise_sets} promise sets with {result.promises} promises "
            f"and {result.activities} activities for {result.municipalities} kommuner."
        )
