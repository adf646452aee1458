from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand


class Command(DatabaseWorkerCommand):
    help = (
        "Run background jobs (document imports) from the database queue. Start as many as "
        "you like, on any machine that reaches the database; --batch exits when the queue "
        "is empty."
    )
