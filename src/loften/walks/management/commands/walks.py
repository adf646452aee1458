import csv
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.registry.models import Municipality
from loften.walks.models import Finding
from loften.walks.selectors import EXPORT_FIELDS, finding_row, findings_of

STATUSES = {status.value: status for status in Finding.Status}


class Command(BaseCommand):
    help = (
        "Safety walks (trygghetsvandringar). `loften walks findings --municipality CODE "
        "[--status open|fixed|closed] --format json|csv` prints the kommun's walk findings "
        "(no photos, no names) to stdout."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        findings = actions.add_parser("findings", help="the kommun's walk findings")
        findings.add_argument("--municipality", required=True, metavar="CODE")
        findings.add_argument("--status", choices=sorted(STATUSES))
        findings.add_argument("--format", choices=["json", "csv"], default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        municipality = Municipality.objects.filter(code=options["municipality"]).first()
        if municipality is None:
            raise CommandError(f"no kommun with code {options['municipality']}")
        status = STATUSES[options["status"]] if options["status"] else None
        rows = [finding_row(f) for f in findings_of(municipality, status)]
        if options["format"] == "json":
            document = {"municipality": municipality.code, "findings": rows}
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=1))
            return
        writer = csv.DictWriter(self.stdout, fieldnames=EXPORT_FIELDS, delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
