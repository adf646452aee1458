from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.ops.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by 'loften backup' into an empty database, then migrate it. "
        "The configured database must be empty (new, or just migrated) and of the same kind "
        "(SQLite or PostgreSQL); a damaged or foreign file is refused and the database left "
        "as it was."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, metavar="FILE", help="the backup file")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="overwrite a database that already holds data (everything in it is lost)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            backup_restore(options["file"], replace=options["replace"], log=self.stderr.write)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stderr.write("Migrating the restored database.")
        call_command("migrate", interactive=False, verbosity=0)
        self.stderr.write("Done.")
