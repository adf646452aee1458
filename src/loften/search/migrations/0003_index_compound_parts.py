"""The index now holds the parts of compounds: empty it, to be filled again.

The entries are deleted here; the search app's post_migrate handler
(`search_index_missing`) then indexes every published promise again with the
words `loften.search.text.index_words` gives. On SQLite the FTS5 rows go too.
"""

from django.db import migrations


def empty_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DELETE FROM search_fts")
    apps.get_model("search", "SearchEntry").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text_structures")]

    operations = [migrations.RunPython(empty_index, migrations.RunPython.noop, elidable=False)]
