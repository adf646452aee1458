import json
import sys
from datetime import date
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from loften.followup.selectors import CommitmentWithStatus, commitment_statuses
from loften.promises.selectors import promise_set_in_force
from loften.registry.models import Municipality


class Command(BaseCommand):
    help = (
        "Print every commitment of a kommun's promise set in force on a day (default today) "
        "with its computed status, as JSON. Exits 1 for an unknown kommun or when no set is "
        "in force."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--municipality", required=True, metavar="CODE", help="kommunkod (or the kommun's slug)"
        )
        parser.add_argument(
            "--on", type=date.fromisoformat, metavar="YYYY-MM-DD", help="the day (default today)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        wanted = options["municipality"].strip()
        municipality = Municipality.objects.filter(code=wanted).first() or (
            Municipality.objects.filter(slug=wanted.casefold()).first()
        )
        if municipality is None:
            self._fail(f"Det finns ingen kommun med koden {wanted}.")
        on: date = options["on"] or timezone.localdate()
        promise_set = promise_set_in_force(municipality, on)
        if promise_set is None:
            self._fail(f"Inget medborgarlöfte gäller i {municipality.name} den {on.isoformat()}.")
        rows = commitment_statuses(promise_set, on)
        document = {
            "municipality": {"code": municipality.code, "name": municipality.name},
            "promise_set": {
                "id": promise_set.pk,
                "title": promise_set.title,
                "period": promise_set.period_label,
            },
            "on": on.isoformat(),
            "commitments": [_commitment_json(row) for row in rows],
        }
        self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))

    def _fail(self, message: str) -> NoReturn:
        self.stderr.write(f"loften status: {message}")
        sys.exit(1)


def _commitment_json(row: CommitmentWithStatus) -> dict[str, Any]:
    commitment, status = row.commitment, row.status
    return {
        "id": commitment.pk,
        "promise": {"id": commitment.promise_id, "text": commitment.promise.text},
        "party": commitment.party,
        "party_label": commitment.get_party_display(),
        "what": commitment.what,
        "schedule": commitment.schedule_label,
        "state": status.state.value,
        "label": status.label,
        "done": status.done,
        "required": status.required,
        "window": {"start": _iso(status.window_start), "end": _iso(status.window_end)},
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
