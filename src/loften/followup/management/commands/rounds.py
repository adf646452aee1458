from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from loften.followup.services import follow_up_rounds_sync
from loften.promises.models import PromiseSet


class Command(BaseCommand):
    help = (
        "Create the follow-up rounds of published promise sets from their cadence (twice a "
        "year: half-years; yearly: years), for every kommun or one. Safe to run again; run it "
        "yearly (or daily with cron) so sets in force until replaced get next year's rounds."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--municipality", metavar="CODE", help="only this kommun (kommunkod)")

    def handle(self, *args: Any, **options: Any) -> None:
        sets = PromiseSet.objects.decided().order_by("pk")
        if options["municipality"]:
            sets = sets.filter(municipalities__code=options["municipality"])
        today = timezone.localdate()
        total = 0
        for promise_set in sets:
            created = follow_up_rounds_sync(promise_set, today=today)
            total += len(created)
            if created:
                self.stdout.write(f"{promise_set}: {len(created)} nya uppföljningsomgångar.")
        self.stdout.write(f"Klart: {total} nya uppföljningsomgångar i {len(sets)} medborgarlöften.")
