"""The structures each database searches with, created only on that database.

PostgreSQL: a GIN index over the entries' `tsvector` column.
SQLite: the FTS5 table `search_fts` (rowid = the entry's promise id), whose
tokenizer keeps accents (å, ä, ö are letters, not a, o) and treats the "§"
that stands for a stop word as a word, and whose rank weighs a match in the
promise above one in its commitments, its heading and title, and its kommun.
"""

from django.db import migrations

POSTGRES_CREATE = "CREATE INDEX search_entry_vector_gin ON search_entry USING gin (vector)"
POSTGRES_DROP = "DROP INDEX IF EXISTS search_entry_vector_gin"
SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "promise, commitments, context, place, "
    "tokenize = \"unicode61 remove_diacritics 0 tokenchars '§'\")",
    "INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(8.0, 4.0, 2.0, 1.0)')",
]
SQLITE_DROP = "DROP TABLE IF EXISTS search_fts"


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_CREATE)
    elif vendor == "sqlite":
        for statement in SQLITE_CREATE:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_DROP)
    elif vendor == "sqlite":
        schema_editor.execute(SQLITE_DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
