"""The command line prints what Löften does, not what its libraries do, and records what
it changed as its own."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

LOFTEN = str(Path(sys.executable).with_name("loften"))


def test_the_demo_is_recorded_as_its_own_and_a_report_prints_no_chatter(
    tmp_path: Path, data_dir: Path
) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "LOG_LEVEL")},
        "LOFTEN_DATA_DIR": str(data_dir),
    }

    def loften(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(  # noqa: S603
            [LOFTEN, *args], env=env, cwd=tmp_path, capture_output=True, text=True, check=True
        )

    loften("demo", "--no-logins")
    with sqlite3.connect(data_dir / "loften.sqlite3") as database:
        made_by = database.execute(
            "SELECT DISTINCT history_user_id, history_change_reason"
            " FROM audit_historicalpromiseset WHERE history_type = '+'"
        ).fetchall()
    assert made_by == [(None, "loften demo")]
    output = tmp_path / "alvsbyn.pdf"
    report = loften(
        "report", "--municipality", "2560", "--output", str(output), "--on", "2026-01-15"
    )
    assert output.read_bytes().startswith(b"%PDF")
    assert [line for line in report.stderr.splitlines() if " INFO " in line] == []
    assert "fontTools" not in report.stderr
