"""The suite runs the tests that read whole document sets last, when they have every core,
and the browser tests once, in the PostgreSQL pass, when `make test` runs both passes."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _collected(*paths: str, **environment: str) -> list[str]:
    """The files of the tests a SQLite pass would run, in their order."""
    collected = subprocess.run(  # noqa: S603 - this Python, the suite's own files
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *paths],
        cwd=ROOT,
        env={**os.environ, "LOFTEN_TEST_DATABASE": "sqlite", **environment},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line.split("::")[0] for line in collected.splitlines() if "::" in line]


def test_the_tests_that_read_document_sets_run_after_the_others() -> None:
    files = _collected("tests/ingest/test_extract_variants.py", "tests/ingest/test_layout.py")

    first_variant = files.index("tests/ingest/test_extract_variants.py")
    assert set(files[first_variant:]) == {"tests/ingest/test_extract_variants.py"}
    assert "tests/ingest/test_layout.py" in files[:first_variant]


def test_beside_postgresql_the_sqlite_pass_leaves_the_browser_tests_to_it() -> None:
    paths = ("tests/browser/test_harness.py", "tests/ops/test_suite_order.py")

    alone = _collected(*paths, LOFTEN_TEST_BROWSER_ON_POSTGRES="")
    beside = _collected(*paths, LOFTEN_TEST_BROWSER_ON_POSTGRES="1")

    assert "tests/browser/test_harness.py" in alone
    assert set(beside) == {"tests/ops/test_suite_order.py"}
