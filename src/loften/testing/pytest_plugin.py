"""Run the test suite against a real PostgreSQL server that the tests start themselves.

With LOFTEN_TEST_DATABASE=postgres, a temporary server is started before
Django reads its settings and stopped when the run ends. The default,
sqlite, uses the embedded database.
"""

from __future__ import annotations

import os

import pytest

from loften.testing.postgres import TemporaryPostgres

_server: TemporaryPostgres | None = None


def _database() -> str:
    value = os.environ.get("LOFTEN_TEST_DATABASE", "sqlite")
    if value not in {"sqlite", "postgres"}:
        raise pytest.UsageError(f"LOFTEN_TEST_DATABASE must be sqlite or postgres, not {value!r}")
    return value


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config) -> None:
    global _server
    if _database() == "postgres":
        _server = TemporaryPostgres().start()
        os.environ["DATABASE_URL"] = _server.url
    else:
        os.environ["DATABASE_URL"] = "sqlite:///:memory:"


def pytest_report_header() -> str:
    return f"database: {_database()}" + (f" ({_server.url})" if _server else "")


def pytest_unconfigure() -> None:
    if _server is not None:
        _server.stop()
