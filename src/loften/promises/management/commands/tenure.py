from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from loften.promises.tenure import tenures_rebuild


class Command(BaseCommand):
    help = (
        "Keep the table of which published promise set is in force in each kommun, and when. "
        "'rebuild' checks every kommun against its decided sets and repairs what differs "
        "(safe to run again; needed only after writes outside Löften, such as raw SQL)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["rebuild"], help="what to do")

    def handle(self, *args: Any, **options: Any) -> None:
        change = tenures_rebuild()
        if change.added or change.removed:
            self.stdout.write(
                f"Tabellen rättad: {change.added} perioder i kraft tillagda, "
                f"{change.removed} borttagna."
            )
        else:
            self.stdout.write("Tabellen stämmer: inget att rätta.")
