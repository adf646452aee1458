"""Reading a long ordered list a chunk at a time, each chunk its own short query.

A server-side cursor (`QuerySet.iterator()`) outside a transaction is declared
`WITH HOLD` on PostgreSQL, and such a cursor is computed to its end when the
statement's transaction commits: an export of 344 543 activities cost its whole
result before the first line left. Here every chunk is a query of its own that
continues after the last row's key, as an API page with `LIMIT` would, so the
first rows leave after one chunk's work, memory holds one chunk, and no cursor or
transaction stays open while a slow client downloads.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterator
from typing import TypeVar

from django.db.models import Model, Q, QuerySet

M = TypeVar("M", bound=Model)


def in_chunks(rows: QuerySet[M], size: int) -> Iterator[M]:
    """Every row of `rows` in its order, read `size` rows (and their prefetches) at a time.

    The list must be ordered by ascending fields whose last one is unique (such
    as `("date", "pk")` or `("code",)`), so that a key says where a chunk ends.
    """
    keys = [str(key) for key in rows.query.order_by]
    if not keys or any(key.startswith("-") or "__" in key for key in keys):
        raise ValueError(f"chunks need an ascending order of the row's own fields, not {keys}")
    chunk = rows
    while True:
        batch = list(chunk[:size])
        yield from batch
        if len(batch) < size:
            return
        chunk = rows.filter(_after(keys, batch[-1]))


def _after(keys: list[str], row: Model) -> Q:
    """The rows after `row` in the order of `keys`: (a, b) > (x, y) spelt out for the ORM."""
    values = [getattr(row, key) for key in keys]
    later = (
        Q(**{f"{key}__gt": value}, **dict(zip(keys[:n], values[:n], strict=True)))
        for n, (key, value) in enumerate(zip(keys, values, strict=True))
    )
    # The first key's bound alone lets an index on it start at the right place.
    return Q(**{f"{keys[0]}__gte": values[0]}) & functools.reduce(operator.or_, later)
