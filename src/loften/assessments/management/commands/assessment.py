from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.assessments.document import FORMATS
from loften.assessments.models import Assessment
from loften.registry.models import Municipality


class Command(BaseCommand):
    help = (
        "The lägesbild. `loften assessment export --municipality CODE --format "
        "pdf|docx|html --output FILE [--version N]` writes the kommun's newest published "
        "lägesbild (or version N, drafts too) with its chart."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="write a lägesbild as PDF, DOCX or HTML")
        export.add_argument("--municipality", required=True, metavar="CODE")
        export.add_argument("--format", choices=sorted(FORMATS), metavar="pdf|docx|html")
        export.add_argument("--output", type=Path, required=True, metavar="FILE")
        export.add_argument("--version", type=int, metavar="N")

    def handle(self, *args: Any, **options: Any) -> None:
        municipality = Municipality.objects.filter(code=options["municipality"]).first()
        if municipality is None:
            raise CommandError(f"no kommun with code {options['municipality']}")
        output: Path = options["output"]
        file_format = options["format"] or output.suffix.removeprefix(".").lower()
        if file_format not in FORMATS:
            raise CommandError("give --format pdf, docx or html, or a file name ending in one")
        assessments = Assessment.objects.filter(municipality=municipality)
        if options["version"] is not None:
            assessment = assessments.filter(version=options["version"]).first()
        else:
            assessment = (
                assessments.filter(status=Assessment.Status.PUBLISHED).order_by("-version").first()
            )
        if assessment is None:
            raise CommandError(f"{municipality.name} has no such lägesbild")
        render, _ = FORMATS[file_format]
        output.write_bytes(render(assessment))
        self.stdout.write(f"{output}: {assessment} ({file_format})")
