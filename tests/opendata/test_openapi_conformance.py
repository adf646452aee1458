"""schemathesis drives every API route from the OpenAPI document, against real data.

Generated requests, valid and invalid, must never meet a server error, and no
answer may break the document: status codes, content types and JSON bodies.
"""

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from loften.opendata.api import api

# The document as /api/v1/openapi.json serves it, built without a request so that
# test collection needs no database; the app answers in this process (WSGI).
DOCUMENT = api.get_openapi_schema()
# Each CSV route takes the filters of its list and shares its queries: fuzzing them
# is enough, and the suite stays fast (it runs on both databases).
CONFIG = SchemathesisConfig.from_dict(
    {
        "generation": {"max-examples": 10, "deterministic": True},
        "operations": [
            {"include-path-regex": r"\.csv$", "phases": {"coverage": {"enabled": False}}}
        ],
    }
)
schema = schemathesis.openapi.from_dict(DOCUMENT, config=CONFIG)


def _app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """Django, set up at the first request: by then the tests' settings apply."""
    return WSGIHandler()(environ, start_response)


schema.app = _app


@pytest.fixture(autouse=True)
def _keep_the_tests_connection() -> Iterator[None]:
    """Django closes old database connections as a request starts and finishes, which would
    end the test's transaction on PostgreSQL; Django's test client holds it open the same way."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.mark.django_db
def test_the_document_tested_is_the_document_served(client: Client) -> None:
    assert client.get("/api/v1/openapi.json").json() == DOCUMENT


@pytest.mark.django_db
@pytest.mark.usefixtures("hidden_data")
@schema.parametrize()
@settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_route_answers_as_its_openapi_document_says(case: schemathesis.Case) -> None:
    case.call_and_validate()
