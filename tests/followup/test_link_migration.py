"""An installation with activities logged before links carried their date keeps them all."""

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.factories import CommitmentFactory, PromiseSetFactory

BEFORE = [("followup", "0001_initial"), ("audit", "0010_historical_walks")]
AFTER = [
    ("followup", "0002_activity_commitment_date"),
    ("audit", "0011_historical_activity_commitment_date"),
]


def migrate(targets: list[tuple[str, str]]) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_links_and_their_history_get_the_date_of_their_activity() -> None:
    commitment = CommitmentFactory(promise__promise_set=PromiseSetFactory())
    set_id = commitment.promise.promise_set_id
    migrate(BEFORE)
    try:
        with connection.cursor() as cursor:
            for day in ("2023-04-12", "2024-09-30"):
                cursor.execute(
                    "INSERT INTO followup_activity (promise_set_id, party, date, description,"
                    " created_at, updated_at) VALUES (%s, 'police', %s, 'Hundsök', %s, %s)",
                    [set_id, day, "2024-10-01 12:00:00+00", "2024-10-01 12:00:00+00"],
                )
            cursor.execute("SELECT id, date FROM followup_activity ORDER BY date")
            activities = cursor.fetchall()
            for activity_id, _ in activities:
                cursor.execute(
                    "INSERT INTO followup_activity_commitments (activity_id, commitment_id)"
                    " VALUES (%s, %s)",
                    [activity_id, commitment.pk],
                )
            cursor.execute(
                "INSERT INTO audit_historicalactivity (id, promise_set_id, party, date,"
                " description, created_at, updated_at, history_date, history_type,"
                " history_username) VALUES (%s, %s, 'police', '2023-04-12', 'Hundsök',"
                " %s, %s, %s, '+', 'sara')",
                [activities[0][0], set_id, *["2024-10-01 12:00:00+00"] * 3],
            )
            cursor.execute("SELECT history_id FROM audit_historicalactivity")
            (history_id,) = cursor.fetchone()
            cursor.execute(
                "INSERT INTO audit_historicalactivity_commitments (id, activity_id,"
                " commitment_id, history_id) VALUES (1, %s, %s, %s)",
                [activities[0][0], commitment.pk, history_id],
            )
    finally:
        migrate(AFTER)

    with connection.cursor() as cursor:
        cursor.execute("SELECT date FROM followup_activity_commitments ORDER BY date")
        assert [row[0] for row in cursor.fetchall()] == [date(2023, 4, 12), date(2024, 9, 30)]
        cursor.execute("SELECT date FROM audit_historicalactivitycommitment")
        assert [row[0] for row in cursor.fetchall()] == [date(2023, 4, 12)]
