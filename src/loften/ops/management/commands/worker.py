from typing import Any

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from loften.ops.workers import Heartbeat


class Command(DatabaseWorkerCommand):
    help = (
        "Run background jobs (document imports, report files, e-mail) from the database "
        "queue. Start as many as you like, on any machine that reaches the database; --batch "
        "exits when the queue is empty. Each worker writes a heartbeat, and puts the jobs of "
        "a worker not heard from for LOFTEN_WORKER_LOST_AFTER seconds (killed, machine gone) "
        "back in the queue."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        heartbeat = Heartbeat(options["worker_id"])
        heartbeat.start()
        try:
            super().handle(*args, **options)
        finally:
            heartbeat.stop()
