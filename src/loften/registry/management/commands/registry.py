from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from loften.registry.reference import POLICE_CSV
from loften.registry.services import registry_load


class Command(BaseCommand):
    help = (
        "Registry of kommuner and police areas. 'load' syncs the database with the "
        "reference files shipped in loften/registry/data (safe to run again)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["load"], help="what to do")

    def handle(self, *args: Any, **options: Any) -> None:
        report = registry_load()
        self.stdout.write(
            f"Registry: {report.municipalities} kommuner in {report.counties} län, "
            f"{report.police_areas} police areas, {report.coverage} coverage pairs "
            f"({report.created} rows created)."
        )
        if report.inferred_coverage:
            self.stdout.write(
                self.style.WARNING(
                    f"{report.inferred_coverage} coverage pairs are inferred, not verified: "
                    f"see the note column of {POLICE_CSV.name} and SOURCES.md."
                )
            )
