"""The history of an activity's commitments follows the link's new model and its date.

The rows already recorded are kept: the table is renamed, and each row's date
is the one its activity had in the same historical record.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0010_historical_walks"),
        ("followup", "0002_activity_commitment_date"),
        ("promises", "0008_target_indicator_key"),
    ]

    operations = [
        migrations.RenameModel("HistoricalActivity_commitments", "HistoricalActivityCommitment"),
        migrations.AlterModelOptions(
            name="historicalactivitycommitment",
            options={"verbose_name": "HistoricalActivityCommitment"},
        ),
        *(
            migrations.AlterField(
                model_name="historicalactivitycommitment",
                name=name,
                field=models.ForeignKey(
                    blank=True,
                    db_constraint=False,
                    null=True,
                    on_delete=django.db.models.deletion.DO_NOTHING,
                    related_name="+",
                    to=to,
                ),
            )
            for name, to in (
                ("activity", "followup.activity"),
                ("commitment", "promises.commitment"),
            )
        ),
        migrations.AddField(
            model_name="historicalactivitycommitment",
            name="date",
            field=models.DateField(null=True, verbose_name="datum"),
        ),
        migrations.RunSQL(
            "UPDATE audit_historicalactivitycommitment SET date = COALESCE("
            "(SELECT h.date FROM audit_historicalactivity h"
            " WHERE h.history_id = audit_historicalactivitycommitment.history_id),"
            " (SELECT a.date FROM followup_activity a"
            " WHERE a.id = audit_historicalactivitycommitment.activity_id))",
            migrations.RunSQL.noop,
        ),
        migrations.AlterField(
            model_name="historicalactivitycommitment",
            name="date",
            field=models.DateField(verbose_name="datum"),
        ),
    ]
