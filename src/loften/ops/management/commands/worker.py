from typing import Any

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from loften.ingest.uploads import uploads_requeue_stale


class Command(DatabaseWorkerCommand):
    help = (
        "Run background jobs (document imports) from the database queue. Start as many as "
        "you like, on any machine that reaches the database; --batch exits when the queue "
        "is empty. On start, uploads left half-read by a worker that stopped are queued again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        uploads_requeue_stale()
        super().handle(*args, **options)
