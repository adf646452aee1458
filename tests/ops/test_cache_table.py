"""The shared cache is a database table: migrating a database creates it."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True)


def test_migrating_creates_the_cache_table_that_every_app_server_shares() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE loften_cache")
    call_command("migrate", verbosity=0)
    cache.set("publication", 7)
    assert cache.get("publication") == 7


def test_the_shared_cache_keeps_more_pages_than_djangos_default_of_300() -> None:
    """At national scale thousands of public pages are read; with 300 entries each
    new page would push out another and readers would miss the cache."""
    cache.set_many({f"page-{number}": number for number in range(400)})
    cache.set("page-400", 400)  # a set past the limit is when the table is culled
    assert cache.get("page-0") == 0
    assert cache.get("page-400") == 400
