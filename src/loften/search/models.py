"""The search index: one entry per promise of a published or superseded promise set."""

from __future__ import annotations

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.sql.compiler import SQLCompiler
from django.utils.translation import gettext_lazy as _

from loften.promises.models import Promise, PromiseSet


class SearchEntry(models.Model):
    """A promise as search finds it: when its set is in force, and (on PostgreSQL) its words.

    On SQLite the words are in the FTS5 table `search_fts` instead (see
    `FullTextRow`). Entries are written only by `loften.search.services`.
    """

    promise = models.OneToOneField(
        Promise,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_entry",
        verbose_name=_("löfte"),
    )
    promise_set = models.ForeignKey(
        PromiseSet,
        on_delete=models.CASCADE,
        related_name="search_entries",
        verbose_name=_("medborgarlöfte"),
    )
    in_force_from = models.DateField(_("gäller från"), null=True)
    in_force_until = models.DateField(
        _("gäller till"), null=True, help_text=_("Tomt: gäller tills vidare.")
    )
    vector = SearchVectorField(_("ord"), null=True, editable=False)
    # Each compound word of the promise and its commitments with its parts
    # (`text.compounds_of`), so that highlighting a hit needs no dictionary.
    compounds = models.JSONField(_("sammansättningar"), default=dict, editable=False)

    class Meta:
        db_table = "search_entry"
        indexes = [
            models.Index(fields=["in_force_from"], name="search_entry_from_idx"),
            models.Index(fields=["in_force_until"], name="search_entry_until_idx"),
        ]
        verbose_name = _("sökpost")
        verbose_name_plural = _("sökposter")

    def __str__(self) -> str:
        return str(self.promise)


class FullTextColumn(models.TextField[str, str]):
    """The hidden column of an FTS5 table that bears the table's name: what MATCH searches."""


@FullTextColumn.register_lookup
class FullTextMatch(models.Lookup[str]):
    lookup_name = "match"

    def as_sql(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper
    ) -> tuple[str, list[str | int]]:
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} MATCH {rhs}", [*lhs_params, *rhs_params]


class FullTextRow(models.Model):
    """A row of the SQLite FTS5 table `search_fts`: the lexemes of one entry.

    SQLite only: migration 0002 creates the table there, and nothing reads or
    writes it on PostgreSQL. Its `rowid` is the entry's promise id. Rows are
    written with plain SQL by the SQLite backend; this model lets queries join
    the table to the entries, filter with `document__match` and order by
    `rank` (bm25, column weights set when the table is created).
    """

    entry = models.OneToOneField(
        SearchEntry,
        on_delete=models.DO_NOTHING,
        primary_key=True,
        db_column="rowid",
        db_constraint=False,
        related_name="full_text",
    )
    promise = models.TextField()
    commitments = models.TextField()
    context = models.TextField()
    place = models.TextField()
    document = FullTextColumn(db_column="search_fts")
    rank = models.FloatField()

    class Meta:
        managed = False
        db_table = "search_fts"

    def __str__(self) -> str:
        return self.promise
