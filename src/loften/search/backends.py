"""Where the index's words live and how a query finds them, per database.

* PostgreSQL: a `tsvector` column on each entry, built with the `swedish`
  text search configuration, behind a GIN index; queries are read by
  `websearch_to_tsquery` and ranked with `ts_rank`.
* SQLite: the FTS5 table `search_fts`, holding the lexemes `text.py` makes
  with the same Snowball stemmer and stop words; queries are the same query
  parsed in Python, ranked with bm25.

Both are given the same words (`text.index_words`: the text's words, then the
parts of its compounds), so they find the same
promises. Known difference: in a quoted phrase, a stop word stands for any
one word on PostgreSQL ("polisen och kommunen" also finds "polisen i
kommunen" and "polisen bjuder kommunen"), but only for a stop word on SQLite.
Ranks differ in scale and detail; the order of hits with equal relevance is
the same.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce
from typing import Protocol

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import Expression, F, Q, QuerySet, Value
from django.db.models.expressions import Combinable, RawSQL

from loften.search.models import SearchEntry
from loften.search.text import ParsedQuery, Stemmer, fts5_alternative, fts5_any, plain_text


@dataclass(frozen=True)
class Document:
    """The text of one promise as it is indexed, most telling part first."""

    promise_id: int
    promise: str
    commitments: str
    context: str
    place: str

    @property
    def parts(self) -> tuple[str, str, str, str]:
        return (self.promise, self.commitments, self.context, self.place)


class SearchBackend(Protocol):
    def store(self, entries: Sequence[SearchEntry], documents: Sequence[Document]) -> None:
        """Insert new entries with the words of their documents (same order)."""

    def forget(self, promise_ids: Sequence[int]) -> None:
        """Drop the words of entries about to be deleted."""

    def tidy(self) -> None:
        """Drop words whose entry is gone."""

    def match(
        self, entries: QuerySet[SearchEntry], query: ParsedQuery
    ) -> tuple[QuerySet[SearchEntry], Combinable]:
        """The entries that match, and their relevance (higher is better)."""


class PostgresBackend:
    CONFIG = "swedish"
    # One weighted vector per part, most telling first. Written as SQL rather
    # than with SearchVector expressions: compiling four expressions per row
    # made indexing the country ten times slower.
    STORE = (
        "UPDATE search_entry SET vector = "
        "setweight(to_tsvector('swedish', %s), 'A') || "
        "setweight(to_tsvector('swedish', %s), 'B') || "
        "setweight(to_tsvector('swedish', %s), 'C') || "
        "setweight(to_tsvector('swedish', %s), 'D') "
        "WHERE promise_id = %s"
    )

    def store(self, entries: Sequence[SearchEntry], documents: Sequence[Document]) -> None:
        SearchEntry.objects.bulk_create(entries)
        with connection.cursor() as cursor:
            cursor.executemany(
                self.STORE,
                [
                    (*(plain_text(part) for part in document.parts), document.promise_id)
                    for document in documents
                ],
            )

    def forget(self, promise_ids: Sequence[int]) -> None:
        """Nothing to do: the words are a column of the entry."""

    def tidy(self) -> None:
        """Nothing to do: the words are a column of the entry."""

    def match(
        self, entries: QuerySet[SearchEntry], query: ParsedQuery
    ) -> tuple[QuerySet[SearchEntry], Combinable]:
        search_query = SearchQuery(query.websearch, search_type="websearch", config=self.CONFIG)
        return entries.filter(vector=search_query), SearchRank(F("vector"), search_query)


class SqliteBackend:
    TABLE = "search_fts"
    MATCHING_ROWS = "SELECT rowid FROM search_fts WHERE search_fts MATCH %s"

    def store(self, entries: Sequence[SearchEntry], documents: Sequence[Document]) -> None:
        SearchEntry.objects.bulk_create(entries)
        self.forget([document.promise_id for document in documents])
        stemmer = Stemmer()
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {self.TABLE} (rowid, promise, commitments, context, place) "  # noqa: S608
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    (document.promise_id, *(stemmer.index_text(part) for part in document.parts))
                    for document in documents
                ],
            )

    def forget(self, promise_ids: Sequence[int]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"DELETE FROM {self.TABLE} WHERE rowid = %s",  # noqa: S608
                [(promise_id,) for promise_id in promise_ids],
            )

    def tidy(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {self.TABLE} "  # noqa: S608
                f"WHERE rowid NOT IN (SELECT promise_id FROM {SearchEntry._meta.db_table})"
            )

    def match(
        self, entries: QuerySet[SearchEntry], query: ParsedQuery
    ) -> tuple[QuerySet[SearchEntry], Combinable]:
        if not query.needs_all_rows:
            matched = entries.filter(full_text__document__match=query.fts5())
            return matched, F("full_text__rank") * -1
        # FTS5 cannot list the rows without a word: take all rows minus those with it.
        alternatives: list[Q] = []
        for group in query.groups:
            if any(not item.negated for item in group):
                alternatives.append(Q(pk__in=self._rows(fts5_alternative(group))))
            else:
                alternatives.append(~Q(pk__in=self._rows(fts5_any(list(group)))))
        return entries.filter(reduce(operator.or_, alternatives)), Value(0.0)

    def _rows(self, expression: str) -> Expression:
        return RawSQL(self.MATCHING_ROWS, [expression])  # noqa: S611 - the query is a parameter


def search_backend() -> SearchBackend:
    """The backend for the database in use."""
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SqliteBackend()
    raise ImproperlyConfigured(f"Search supports PostgreSQL and SQLite, not {connection.vendor}.")
