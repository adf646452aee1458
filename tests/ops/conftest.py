"""What the tests that run Löften's own processes share."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ops.processes import fresh_environment

LOFTEN = str(Path(sys.executable).with_name("loften"))


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite database as `loften migrate` leaves a new machine's: made once for the
    suite, as migrating takes a quarter of a minute and these tests test something else."""
    folder = tmp_path_factory.mktemp("migrated")
    subprocess.run(  # noqa: S603
        [LOFTEN, "migrate"],
        env=fresh_environment(LOFTEN_DATA_DIR=str(folder)),
        cwd=folder,
        check=True,
        capture_output=True,
    )
    return folder / "loften.sqlite3"


@pytest.fixture
def data_dir(tmp_path: Path, migrated_database: Path) -> Path:
    """A data folder for `loften` whose database is migrated."""
    folder = tmp_path / "var"
    folder.mkdir()
    shutil.copy(migrated_database, folder / "loften.sqlite3")
    return folder
