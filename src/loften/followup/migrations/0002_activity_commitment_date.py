"""The link between an activity and a commitment becomes a model of its own, with the date.

The table stays the one Django made for the many-to-many relation; only the
project's state learns its name. The new date column is filled from the
activities, then required, and indexed so that a commitment's activities come
newest first.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("followup", "0001_initial"),
        ("promises", "0008_target_indicator_key"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ActivityCommitment",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "activity",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                to="followup.activity",
                            ),
                        ),
                        (
                            "commitment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                to="promises.commitment",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "followup_activity_commitments",
                        "unique_together": {("activity", "commitment")},
                    },
                ),
                migrations.AlterField(
                    model_name="activity",
                    name="commitments",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="activities",
                        through="followup.ActivityCommitment",
                        to="promises.commitment",
                        verbose_name="uppfyller åtaganden",
                    ),
                ),
            ],
        ),
        migrations.AddField(
            model_name="activitycommitment",
            name="date",
            field=models.DateField(null=True, verbose_name="datum"),
        ),
        migrations.RunSQL(
            "UPDATE followup_activity_commitments SET date = ("
            "SELECT a.date FROM followup_activity a"
            " WHERE a.id = followup_activity_commitments.activity_id)",
            migrations.RunSQL.noop,
        ),
        migrations.AlterField(
            model_name="activitycommitment",
            name="date",
            field=models.DateField(verbose_name="datum"),
        ),
        migrations.AddIndex(
            model_name="activitycommitment",
            index=models.Index(
                fields=["commitment", "-date", "-activity"], name="activity_link_newest_idx"
            ),
        ),
    ]
