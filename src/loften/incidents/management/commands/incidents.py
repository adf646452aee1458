import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.incidents.incidentfile import IncidentFileError
from loften.incidents.selectors import (
    summary_document,
    summary_svg,
    week_incidents,
    weekly_summary,
)
from loften.incidents.services import IncidentError, areas_upload, est_actor_add, incidents_import
from loften.incidents.weeks import Week
from loften.registry.models import Municipality, Organisation
from loften.reports.rendering import pdf_from_html


class Command(BaseCommand):
    help = (
        "EST incidents (effektiv samordning för trygghet). `loften incidents import FILE "
        "--municipality CODE --organisation NAME` stores the incidents of a CSV file (UTF-8 or "
        "Windows-1252, ; or ,), all or none, skipping rows imported before; `loften incidents "
        "weekly --municipality CODE --week 2025-W14 --format json|pdf [--output FILE]` prints "
        "the week's counts per area and category against the 4 weeks before and the same week "
        "last year (json to stdout, pdf to --output); `loften incidents areas FILE "
        "--municipality CODE` replaces the kommun's areas with a GeoJSON file; `loften "
        "incidents actor --municipality CODE --organisation NAME` lets another organisation "
        "take part in the kommun's EST."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        imports = actions.add_parser("import", help="store the incidents of a CSV file")
        imports.add_argument("file", type=Path, metavar="FILE")
        imports.add_argument("--municipality", required=True, metavar="CODE")
        imports.add_argument("--organisation", required=True, metavar="NAME")
        weekly = actions.add_parser("weekly", help="the week's counts for the EST meeting")
        weekly.add_argument("--municipality", required=True, metavar="CODE")
        weekly.add_argument("--week", required=True, metavar="YYYY-Www")
        weekly.add_argument("--format", choices=["json", "pdf"], default="json")
        weekly.add_argument("--output", type=Path, metavar="FILE")
        areas = actions.add_parser("areas", help="replace the kommun's areas with a GeoJSON file")
        areas.add_argument("file", type=Path, metavar="FILE")
        areas.add_argument("--municipality", required=True, metavar="CODE")
        actor = actions.add_parser("actor", help="let an organisation take part in EST")
        actor.add_argument("--municipality", required=True, metavar="CODE")
        actor.add_argument("--organisation", required=True, metavar="NAME")

    def handle(self, *args: Any, **options: Any) -> None:
        municipality = Municipality.objects.filter(code=options["municipality"]).first()
        if municipality is None:
            raise CommandError(f"no kommun with code {options['municipality']}")
        getattr(self, f"_{options['action']}")(municipality, options)

    def _import(self, municipality: Municipality, options: dict[str, Any]) -> None:
        path = self._file(options["file"])
        try:
            result = incidents_import(
                municipality=municipality,
                organisation=self._organisation(options["organisation"]),
                data=path.read_bytes(),
                acting_user=None,
            )
        except IncidentFileError as exc:
            raise CommandError(f"{path}: nothing imported.\n{exc}") from exc
        except IncidentError as exc:
            raise CommandError(f"{path}: {exc}") from exc
        self.stdout.write(f"{result.added} incidents imported, {result.already} already there")

    def _weekly(self, municipality: Municipality, options: dict[str, Any]) -> None:
        try:
            week = Week.parse(options["week"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        summary = weekly_summary(municipality, week)
        if options["format"] == "json":
            document = {"municipality": municipality.code, **summary.as_json()}
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=1))
            return
        output: Path | None = options["output"]
        if output is None:
            raise CommandError("--format pdf needs --output FILE")
        incidents = list(week_incidents(None, municipality, week))
        html = summary_document(
            {
                "municipality": municipality,
                "week": week,
                "summary": summary,
                "svg": summary_svg(summary, municipality, incidents),
            }
        )
        output.write_bytes(pdf_from_html(html))
        self.stdout.write(f"{output}: EST summary for {municipality.name}, {week}")

    def _areas(self, municipality: Municipality, options: dict[str, Any]) -> None:
        path = self._file(options["file"])
        try:
            count = areas_upload(
                municipality=municipality, data=path.read_bytes(), acting_user=None
            )
        except IncidentError as exc:
            raise CommandError(f"{path}: nothing stored. {exc}") from exc
        self.stdout.write(f"{count} areas stored for {municipality.name}")

    def _actor(self, municipality: Municipality, options: dict[str, Any]) -> None:
        organisation = self._organisation(options["organisation"])
        try:
            est_actor_add(municipality=municipality, organisation=organisation, acting_user=None)
        except IncidentError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"{organisation} takes part in the EST of {municipality.name}")

    def _file(self, path: Path) -> Path:
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        return path

    def _organisation(self, name: str) -> Organisation:
        organisation = Organisation.objects.filter(name=name).first()
        if organisation is None:
            raise CommandError(f"no organisation named {name!r}")
        return organisation
