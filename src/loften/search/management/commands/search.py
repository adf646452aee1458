from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from loften.search.services import search_index_rebuild


class Command(BaseCommand):
    help = (
        "Maintain the national search index. 'reindex' rebuilds it from every published and "
        "superseded promise set (safe to run again; searching goes on meanwhile)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["reindex"], help="what to do")

    def handle(self, *args: Any, **options: Any) -> None:
        def progress(done: int, total: int) -> None:
            filled = 20 * done // total
            self.stdout.write(
                f"[{'#' * filled}{'.' * (20 - filled)}] {done}/{total} promise sets "
                f"{100 * done // total:3}%"
            )

        indexed = search_index_rebuild(progress=progress)
        self.stdout.write(f"Search index rebuilt: {indexed} promises searchable.")
