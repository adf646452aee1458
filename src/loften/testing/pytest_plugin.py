"""Run the test suite against a real PostgreSQL server that the tests start themselves.

With LOFTEN_TEST_DATABASE=postgres, a temporary server is started before
Django reads its settings and stopped when the run ends. The default,
sqlite, uses the embedded database.
"""

from __future__ import annotations

import os
from collections.abc import Generator

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


def _browser_left_to_postgres() -> bool:
    """Whether this SQLite pass runs beside a PostgreSQL pass that runs the browser tests.

    `make test` says so: the browser drives pages whose database work the other tests
    check on both databases, and on the production one it runs once, not twice.
    """
    return _database() == "sqlite" and bool(os.environ.get("LOFTEN_TEST_BROWSER_ON_POSTGRES"))


def pytest_report_header() -> str:
    if _server is None:
        beside = (
            "; the browser tests run in the PostgreSQL pass" if _browser_left_to_postgres() else ""
        )
        return f"database: {_database()}{beside}"
    only = "" if os.environ.get("LOFTEN_TEST_EVERYTHING") else "; only tests that reach it"
    return f"database: postgres ({_server.url}){only}"


def pytest_unconfigure() -> None:
    if _server is not None:
        _server.stop()


def _touches_database(item: pytest.Item) -> bool:
    """Whether a test may reach the database, by pytest-django's own rule of access.

    Marked for it, or using a fixture built on it; the live server asks for its
    transactional database at run time, so it is named.
    """
    fixtures = getattr(item, "fixturenames", ())
    return item.get_closest_marker("django_db") is not None or bool(
        {"django_db_setup", "live_server"} & set(fixtures)
    )


def _reads_document_sets(item: pytest.Item) -> bool:
    """Whether the test reads whole document sets (it asks for their figures as text)."""
    return "text_figures" in getattr(item, "fixturenames", ())


@pytest.hookimpl(wrapper=True)  # after pytest-django and the browser tests order them
def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> Generator[None, None, None]:
    """On PostgreSQL, run only the tests that reach the database; beside it, on SQLite,
    leave the browser tests to it; run the tests that read whole document sets last.

    The rest (the extractor, the aggregation rules, pure helpers) give the same result
    on either database and have run in the SQLite pass of `make test`. The document sets
    are read by a worker process per core: last, the PostgreSQL pass beside them has
    ended and they have every core.
    """
    yield
    if _database() == "postgres" and not os.environ.get("LOFTEN_TEST_EVERYTHING"):
        _keep(config, items, [item for item in items if _touches_database(item)])
    if _browser_left_to_postgres():
        _keep(config, items, [item for item in items if not item.get_closest_marker("browser")])
    items.sort(key=_reads_document_sets)


def _keep(config: pytest.Config, items: list[pytest.Item], kept: list[pytest.Item]) -> None:
    """Run only `kept` of `items`; the rest are reported as deselected."""
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept
