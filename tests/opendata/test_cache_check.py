"""The public fast path reads the database cache table: any other cache stops the start."""

from django.core.checks import run_checks
from django.test import override_settings


def error_ids() -> set[str]:
    return {message.id for message in run_checks() if message.is_serious()}


def test_the_configured_database_cache_passes() -> None:
    assert "opendata.E001" not in error_ids()


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
def test_a_cache_outside_the_database_is_an_error() -> None:
    assert "opendata.E001" in error_ids()
