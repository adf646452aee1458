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
