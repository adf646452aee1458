from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.ops.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Write a backup of the whole installation to one file, safe while the site runs. It "
        "holds the database (SQLite through its online backup API, PostgreSQL through "
        "pg_dump), with every upload, source document and attachment, the photos of findings "
        "from their storage, and a manifest."
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
