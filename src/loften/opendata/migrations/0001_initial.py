import secrets

from django.db import migrations, models
from django.utils import timezone


def create_version(apps, schema_editor):
    PublicationVersion = apps.get_model("opendata", "PublicationVersion")
    PublicationVersion.objects.create(pk=1, token=secrets.token_hex(16), changed_at=timezone.now())


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="PublicationVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32, verbose_name="version")),
                ("changed_at", models.DateTimeField(verbose_name="senast publicerat")),
            ],
            options={
                "verbose_name": "publiceringsversion",
                "verbose_name_plural": "publiceringsversioner",
                "db_table": "opendata_publication_version",
            },
        ),
        migrations.RunPython(create_version, migrations.RunPython.noop),
    ]
