"""Long lists read a chunk at a time by key: every row once, in order, at any chunk size."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loften.followup.models import Activity
from loften.keyset import in_chunks
from tests.factories import PromiseSetFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def activities() -> list[Activity]:
    """23 activities on 5 days, so that chunks end in the middle of a day."""
    promise_set = PromiseSetFactory()
    return Activity.objects.bulk_create(
        Activity(
            promise_set=promise_set,
            party="police",
            date=date(2024, 3, 1) + timedelta(days=n % 5),
            description=f"Aktivitet {n}",
        )
        for n in range(23)
    )


@pytest.mark.parametrize("size", [1, 4, 5, 22, 23, 100])
def test_every_row_comes_once_in_the_lists_order(activities: list[Activity], size: int) -> None:
    rows = Activity.objects.order_by("date", "pk")

    assert [a.pk for a in in_chunks(rows, size)] == [a.pk for a in rows]


def test_each_chunk_is_one_short_query(activities: list[Activity]) -> None:
    with CaptureQueriesContext(connection) as queries:
        read = list(in_chunks(Activity.objects.order_by("pk"), 10))

    assert len(read) == 23
    assert len(queries) == 3
    assert all("LIMIT 10" in query["sql"] for query in queries.captured_queries)


def test_filters_and_an_empty_list_are_kept(activities: list[Activity]) -> None:
    later = Activity.objects.filter(date__gte=date(2024, 3, 4)).order_by("date", "pk")

    assert [a.pk for a in in_chunks(later, 3)] == [a.pk for a in later]
    assert list(in_chunks(Activity.objects.none().order_by("pk"), 3)) == []


@pytest.mark.parametrize("order", [(), ("-date", "pk"), ("promise_set__code", "pk")])
def test_an_order_without_a_key_to_continue_from_is_refused(order: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="ascending order"):
        next(in_chunks(Activity.objects.order_by(*order), 10))
