"""Each entry keeps its compounds' parts for highlighting: empty the index, to be filled again.

Highlighting a hit used to split compounds with the Swedish dictionary while the visitor
waited, which made every web worker that served a search read it (some 240 MB). The
entries now carry the parts (`loften.search.text.compounds_of`). The entries are deleted
here; the search app's post_migrate handler (`search_index_missing`) indexes every
published promise again, with its compounds. On SQLite the FTS5 rows go too.
"""

from django.db import migrations, models


def empty_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DELETE FROM search_fts")
    apps.get_model("search", "SearchEntry").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0003_index_compound_parts")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="compounds",
            field=models.JSONField(default=dict, editable=False, verbose_name="sammansättningar"),
        ),
        migrations.RunPython(empty_index, migrations.RunPython.noop, elidable=False),
    ]
