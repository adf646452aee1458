"""The suite runs the tests that read whole document sets last, when they have every core."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_tests_that_read_document_sets_run_after_the_others() -> None:
    collected = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ingest/test_extract_variants.py",
            "tests/ingest/test_layout.py",
        ],
        cwd=ROOT,
        env={**os.environ, "LOFTEN_TEST_DATABASE": "sqlite"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    files = [line.split("::")[0] for line in collected.splitlines() if "::" in line]

    first_variant = files.index("tests/ingest/test_extract_variants.py")
    assert set(files[first_variant:]) == {"tests/ingest/test_extract_variants.py"}
    assert "tests/ingest/test_layout.py" in files[:first_variant]
