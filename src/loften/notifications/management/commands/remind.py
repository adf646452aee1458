import sys
from datetime import date, time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from loften.notifications.reminders import (
    daily_schedule,
    reminders_plan,
    reminders_send,
)
from loften.notifications.services import subscription_requests_expire


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--on {value!r}: give a date like 2024-06-30") from exc


def _time(value: str) -> time:
    try:
        return time.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"--at {value!r}: give a time like 06:00") from exc


class Command(BaseCommand):
    help = (
        "Send the day's reminders: to whoever is responsible for a commitment when it becomes "
        "due soon and when it becomes overdue, and a digest to each coordinator 14 days before "
        "a follow-up round is due. Each e-mail once, however often it runs; run it daily from "
        "cron, or once with --schedule to have `loften worker` run it every day. Exits 1 when "
        "an e-mail could not be sent (it is tried again on the next run)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--on", type=_date, metavar="DATE", help="the day to remind for (default: today)"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="list what would be sent; send nothing"
        )
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="queue a daily run for `loften worker` instead of running now",
        )
        parser.add_argument(
            "--at",
            type=_time,
            default=time(6, 0),
            metavar="HH:MM",
            help="with --schedule: the local time of the daily run (default 06:00)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["schedule"]:
            first = daily_schedule(at=options["at"])
            self.stdout.write(
                f"Daily reminders queued for `loften worker`; first run {first:%Y-%m-%d %H:%M}."
            )
            return
        on = options["on"] or timezone.localdate()
        if options["dry_run"]:
            planned = reminders_plan(on)
            for item in planned:
                self.stdout.write(
                    f"would send to {', '.join(item.message.to)}: {item.message.subject}"
                )
            self.stdout.write(
                f"{len(planned)} e-mails for {on.isoformat()} (dry run: nothing sent)."
            )
            return
        outcome = reminders_send(on=on)
        for item in outcome.sent:
            self.stdout.write(f"sent to {', '.join(item.message.to)}: {item.message.subject}")
        for item in outcome.failed:
            self.stdout.write(
                self.style.ERROR(f"FAILED to {', '.join(item.message.to)}: {item.message.subject}")
            )
        forgotten = subscription_requests_expire()
        self.stdout.write(
            f"{on.isoformat()}: {outcome}; {forgotten} unconfirmed follow requests forgotten."
        )
        if outcome.failed:
            sys.exit(1)
