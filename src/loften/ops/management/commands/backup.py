from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.ops.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Write a backup of the whole installation to one file: the database (SQLite with its "
        "online backup API, PostgreSQL with pg_dump), which holds every upload, source "
        "document and attachment too, with a manifest. Safe while the site runs."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output",
            required=True,
            type=Path,
            metavar="FILE",
            help="the backup file to write, e.g. loften-2026-12-02.tar (replaced if it exists)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            backup_create(options["output"], log=self.stderr.write)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
