from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from loften.audit.services import history_paused
from loften.ops.generate import HEAVY_ACTIVITIES, generate, generated_remove
from loften.promises.models import PromiseSet
from loften.surveys.synthetic import write_responses


class Command(BaseCommand):
    help = (
        "Generate realistic synthetic promise sets, activities, targets, follow-up rounds and "
        "outcomes for national-scale benchmarks: one set per two years per kommun, each kommun "
        "logging tens to hundreds of activities a year, the --heavy ones tens of thousands in "
        "all. All or nothing: a failure leaves the database as it was. Not for a real "
        "installation: the data is published. --replace removes earlier generated data first. "
        "`loften generate responses --count N --output FILE` instead writes synthetic safety "
        "survey responses in the import layout (nothing is stored)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "what", nargs="?", choices=["country", "responses"], default="country",
            help="the country's promise data (default) or survey responses to a file",
        )  # fmt: skip
        parser.add_argument("--count", type=int, default=1000, metavar="N")
        parser.add_argument("--output", type=Path, metavar="FILE")
        parser.add_argument("--municipalities", type=int, default=290, metavar="N")
        parser.add_argument("--years", type=int, default=10, metavar="N")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--heavy",
            metavar="CODE,CODE",
            help="kommunkoder of the kommuner that log tens of thousands of activities, always "
            "among those generated ('' for none; default: Stockholm, Göteborg and Malmö when "
            "they are among the first --municipalities by code, as all are in the whole country)",
        )
        parser.add_argument(
            "--heavy-activities",
            type=int,
            default=HEAVY_ACTIVITIES,
            metavar="N",
            help=f"activities each heavy kommun logs in all, at least (default {HEAVY_ACTIVITIES})",
        )
        parser.add_argument(
            "--replace", action="store_true", help="remove earlier generated data first"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["what"] == "responses":
            self._responses(options)
        else:
            self._country(options)

    def _responses(self, options: dict[str, Any]) -> None:
        if options["output"] is None:
            raise CommandError("responses need --output FILE.")
        if not 1 <= options["count"] <= 10_000_000:
            raise CommandError("--count must be between 1 and 10 000 000.")
        write_responses(options["output"], count=options["count"], seed=options["seed"])
        self.stdout.write(f"Wrote {options['count']} survey responses to {options['output']}.")

    @history_paused()
    def _country(self, options: dict[str, Any]) -> None:
        if not 1 <= options["municipalities"] <= 290:
            raise CommandError("--municipalities must be between 1 and 290.")
        if not 1 <= options["years"] <= 50:
            raise CommandError("--years must be between 1 and 50.")
        heavy = None
        if options["heavy"] is not None:
            heavy = [code.strip() for code in options["heavy"].split(",") if code.strip()]
        if heavy is not None and len(heavy) > options["municipalities"]:
            raise CommandError(
                f"--heavy names {len(heavy)} kommuner but --municipalities is "
                f"{options['municipalities']}; name fewer (--heavy '' for none)."
            )
        if not 1 <= options["heavy_activities"] <= 1_000_000:
            raise CommandError("--heavy-activities must be between 1 and 1 000 000.")
        with transaction.atomic():
            self._replace(options)
            self._generate(options, heavy)

    def _replace(self, options: dict[str, Any]) -> None:
        if options["replace"]:
            self.stdout.write(f"Removed {generated_remove()} generated promise sets.")
        elif PromiseSet.objects.filter(provenance__has_key="generated").exists():
            raise CommandError("Generated data is already there; use --replace to make it anew.")

    def _generate(self, options: dict[str, Any], heavy: list[str] | None) -> None:
        def progress(done: int, total: int, name: str) -> None:
            filled = 20 * done // total
            self.stdout.write(f"[{'#' * filled}{'.' * (20 - filled)}] {done}/{total} {name}")

        try:
            result = generate(
                municipalities=options["municipalities"],
                years=options["years"],
                seed=options["seed"],
                heavy=heavy,
                heavy_activities=options["heavy_activities"],
                progress=progress,
            )
        except ValueError as error:
            raise CommandError(f"{error}; nothing was generated.") from error
        self.stdout.write(
            f"Generated {result.promise_sets} promise sets with {result.promises} promises, "
            f"{result.activities} activities, {result.follow_up_rounds} follow-up rounds, "
            f"{result.outcomes} outcomes and {result.measurements} measurements "
            f"for {result.municipalities} kommuner."
        )
