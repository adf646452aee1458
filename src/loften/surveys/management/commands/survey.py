import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from loften.registry.models import Municipality
from loften.surveys.aggregate import MIN_GROUP, Aggregate, aggregate_file
from loften.surveys.models import Survey
from loften.surveys.responsefile import ResponseFileError
from loften.surveys.selectors import survey_aggregate
from loften.surveys.services import (
    SurveyError,
    responses_import,
    responses_preview,
    summary,
    survey_codes_create,
    survey_create,
    surveys_forget_ended,
)


class Command(BaseCommand):
    help = (
        "Safety surveys (trygghetsmätningar). `loften survey list`; `loften survey create "
        "--municipality CODE --year YYYY [--title T] [--area NAME ...] [--opens DATE] "
        "[--closes DATE] [--english] [--min-group N]`; `loften survey import FILE --survey ID "
        "[--dry-run]` stores responses collected elsewhere (CSV in UTF-8 or Windows-1252 with "
        "; or , or XLSX), all or none; `loften survey codes --survey ID --count N --output "
        "FILE` writes one-time codes for letters; `loften survey forget-ended` deletes the "
        "codes and form hashes of closed rounds (run it daily); `loften survey aggregate "
        "(--survey ID | --file FILE) "
        "[--format json|csv] [--min-group N]` prints the indices per area, gender and age "
        "band, small groups suppressed (see loften.surveys.aggregate), with an `egen_N_share` "
        "per question of the kommun's own that the round asked."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("list", help="list the surveys, with their ids and response counts")
        create = actions.add_parser("create", help="start a round of a kommun's survey")
        create.add_argument("--municipality", required=True, metavar="CODE")
        create.add_argument("--year", type=int, required=True)
        create.add_argument("--title", default="")
        create.add_argument("--area", action="append", default=[], metavar="NAME")
        create.add_argument("--opens", type=date.fromisoformat, metavar="YYYY-MM-DD")
        create.add_argument("--closes", type=date.fromisoformat, metavar="YYYY-MM-DD")
        create.add_argument("--english", action="store_true")
        create.add_argument("--min-group", type=int, default=MIN_GROUP, metavar="N")
        imports = actions.add_parser("import", help="store responses collected elsewhere")
        imports.add_argument("file", type=Path, metavar="FILE")
        imports.add_argument("--survey", type=int, required=True, metavar="ID")
        imports.add_argument(
            "--dry-run", action="store_true", help="check and show the column mapping only"
        )
        codes = actions.add_parser("codes", help="make one-time codes for letters")
        codes.add_argument("--survey", type=int, required=True, metavar="ID")
        codes.add_argument("--count", type=int, required=True, metavar="N")
        codes.add_argument("--output", type=Path, required=True, metavar="FILE")
        actions.add_parser(
            "forget-ended", help="delete the codes and form hashes of closed rounds (run daily)"
        )
        aggregate = actions.add_parser("aggregate", help="print the aggregate of a survey")
        source = aggregate.add_mutually_exclusive_group(required=True)
        source.add_argument("--survey", type=int, metavar="ID")
        source.add_argument("--file", type=Path, metavar="FILE")
        aggregate.add_argument("--format", choices=["json", "csv"], default="json")
        aggregate.add_argument("--min-group", type=int, metavar="N")

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['action'].replace('-', '_')}")(options)

    def _list(self, options: dict[str, Any]) -> None:
        for survey in Survey.objects.select_related("municipality"):
            self.stdout.write(
                f"{survey.pk:>5}  {survey.municipality.code}  {survey.year}  "
                f"{survey.responses.count():>7} svar  {survey.title}"
            )

    def _create(self, options: dict[str, Any]) -> None:
        municipality = Municipality.objects.filter(code=options["municipality"]).first()
        if municipality is None:
            raise CommandError(f"no kommun with code {options['municipality']}")
        try:
            survey = survey_create(
                municipality=municipality, title=options["title"], year=options["year"],
                areas=options["area"], opens_on=options["opens"], closes_on=options["closes"],
                english=options["english"], min_group=options["min_group"], acting_user=None,
            )  # fmt: skip
        except SurveyError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"survey {survey.pk}: {survey}")

    def _import(self, options: dict[str, Any]) -> None:
        survey = self._survey(options["survey"])
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        data = path.read_bytes()
        try:
            if options["dry_run"]:
                checked = responses_preview(survey=survey, data=data)
                for heading, code in checked.columns.items():
                    self.stdout.write(f"{heading!r:>40} -> {code}")
                for heading in checked.ignored:
                    self.stdout.write(f"{heading!r:>40} -> (ignored)")
                self.stdout.write(f"{len(checked.rows)} responses would be imported")
                return
            record = responses_import(
                survey=survey, filename=path.name, data=data, acting_user=None
            )
        except (SurveyError, ResponseFileError) as exc:
            raise CommandError(f"{path}: nothing imported.\n{exc}") from exc
        self.stdout.write(summary(record))

    def _codes(self, options: dict[str, Any]) -> None:
        survey = self._survey(options["survey"])
        path: Path = options["output"]
        if path.exists():
            raise CommandError(f"{path} exists; the codes are written to a new file only")
        try:
            codes = survey_codes_create(survey=survey, count=options["count"], acting_user=None)
        except SurveyError as exc:
            raise CommandError(str(exc)) from exc
        path.write_text("kod\n" + "\n".join(codes) + "\n", encoding="utf-8")
        self.stdout.write(
            f"{len(codes)} codes written to {path}: the only copy (only their hashes are stored)"
        )

    def _forget_ended(self, options: dict[str, Any]) -> None:
        deleted = surveys_forget_ended(today=timezone.localdate())
        self.stdout.write(f"{deleted} codes and form hashes of closed rounds deleted")

    def _aggregate(self, options: dict[str, Any]) -> None:
        if options["min_group"] is not None and options["min_group"] < 1:
            raise CommandError("--min-group must be at least 1.")
        result: Aggregate
        if options["survey"] is not None:
            survey = self._survey(options["survey"])
            if options["min_group"] is not None:
                survey.min_group = max(survey.min_group, options["min_group"])
            result = survey_aggregate(survey)
        else:
            path: Path = options["file"]
            if not path.is_file():
                raise CommandError(f"{path}: no such file")
            try:
                result = aggregate_file(path, min_group=options["min_group"] or MIN_GROUP)
            except duckdb.Error as exc:
                raise CommandError(
                    f"{path}: not a response file in the import layout ({exc})"
                ) from exc
        if options["format"] == "json":
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
            return
        writer = csv.writer(self.stdout, lineterminator="\n")
        writer.writerow(["area", "gender", "age_band", "n", *result.indices])
        for group in result.groups:
            shown = group.as_json()
            indices = shown.get("indices", {})
            writer.writerow(
                [group.area or "", group.gender or "", group.age_band or "", group.n]
                + ["" if indices.get(k) is None else indices[k] for k in result.indices]
            )

    def _survey(self, survey_id: int) -> Survey:
        survey = Survey.objects.select_related("municipality").filter(pk=survey_id).first()
        if survey is None:
            raise CommandError(f"no survey with id {survey_id} (see `loften survey list`)")
        return survey
