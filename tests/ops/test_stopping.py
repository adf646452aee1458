"""Stopping Löften: Ctrl-C on the README's first command, or SIGTERM from a service manager,
leaves no server, HTTP worker or job worker behind."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loften.ops.management.commands.serve import _wait_for_server
from tests.ops.processes import (
    free_port,
    fresh_environment,
    port_open,
    start,
    wait_for_page,
    wait_until_gone,
)

ROOT = Path(__file__).resolve().parents[2]
LOFTEN = str(Path(sys.executable).with_name("loften"))


def _kill_what_is_left(session: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(session, signal.SIGKILL)


def _shows_alvsbyn(page: str) -> bool:
    return "Medborgarlöfte 2023-2025" in page and "Hundsök i skolan" in page


def test_sigterm_to_serve_stops_the_server_and_its_workers(tmp_path: Path, data_dir: Path) -> None:
    port = free_port()
    env = fresh_environment(LOFTEN_DATA_DIR=str(data_dir), LOFTEN_PORT=str(port))
    log = tmp_path / "serve.log"
    serve = start([LOFTEN, "serve", "--workers", "2"], cwd=tmp_path, env=env, log=log)
    try:
        wait_for_page(
            serve,
            f"http://127.0.0.1:{port}/",
            log=log,
            timeout=60,
            ready=lambda page: "Löften" in page,
        )
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(timeout=60) == 0, log.read_text()
        assert wait_until_gone(serve.pid, str(tmp_path), timeout=10) == []
        assert not port_open(port)
    finally:
        _kill_what_is_left(serve.pid)


def test_sigterm_to_a_worker_lets_the_job_in_progress_finish(
    tmp_path: Path, data_dir: Path
) -> None:
    env = fresh_environment(LOFTEN_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    enqueue = f"from tests.ops.jobs import write_slowly; write_slowly.enqueue({str(tmp_path)!r}, 4)"
    subprocess.run([LOFTEN, "shell", "-c", enqueue], env=env, cwd=tmp_path, check=True)  # noqa: S603
    log = tmp_path / "worker.log"
    worker = start([LOFTEN, "worker"], cwd=tmp_path, env=env, log=log)
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "started").exists():
            assert time.monotonic() < deadline and worker.poll() is None, log.read_text()
            time.sleep(0.2)
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=60) == 0, log.read_text()
        assert (tmp_path / "done").exists(), "the job was cut off"
        status = subprocess.run(  # noqa: S603
            [LOFTEN, "shell", "-c", "from django_tasks_db.models import DBTaskResult; "
             "print(*DBTaskResult.objects.values_list('status', flat=True))"],
            env=env, cwd=tmp_path, check=True, capture_output=True, text=True,
        ).stdout.splitlines()  # fmt: skip
        assert status[-1] == "SUCCESSFUL"
        assert wait_until_gone(worker.pid, str(tmp_path), timeout=10) == []
    finally:
        _kill_what_is_left(worker.pid)


@pytest.mark.skipif(
    os.environ.get("LOFTEN_TEST_DATABASE", "sqlite") != "sqlite",
    reason="builds a fresh clone and its own SQLite demo: once per suite, in the SQLite run",
)
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs a git checkout to clone")
def test_the_readme_demo_command_works_in_a_fresh_clone_and_stops_on_ctrl_c(
    tmp_path: Path,
) -> None:
    clone = tmp_path / "loften"
    subprocess.run(  # noqa: S603
        [shutil.which("git") or "git", "clone", "--quiet", str(ROOT), str(clone)], check=True
    )
    assert not (clone / "var").exists() and not (clone / ".venv").exists()
    readme = (clone / "README.md").read_text(encoding="utf-8")
    first_command = readme.split("```sh\n", 1)[1].splitlines()[0].split("#")[0].split()
    assert first_command == ["make", "demo"]
    port = free_port()
    log = tmp_path / "demo.log"
    demo = start(first_command, cwd=clone, env=fresh_environment(LOFTEN_PORT=str(port)), log=log)
    try:
        page = wait_for_page(
            demo,
            f"http://127.0.0.1:{port}/kommun/alvsbyn/",
            log=log,
            timeout=900,
            ready=_shows_alvsbyn,
        )
        assert "Hundsök i skolan två gånger per år." in page
        assert (clone / "var" / "loften.sqlite3").exists()
        os.killpg(demo.pid, signal.SIGINT)
        demo.wait(timeout=60)
        assert wait_until_gone(demo.pid, str(clone), timeout=10) == []
        assert not port_open(port)
    finally:
        _kill_what_is_left(demo.pid)


def test_a_server_that_does_not_stop_when_asked_is_killed_with_its_workers() -> None:
    """granian waited for a worker that was still starting when Ctrl-C came."""
    stubborn = (
        "import signal, subprocess, sys, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", stubborn], process_group=0, stdout=subprocess.PIPE
    )
    assert server.stdout is not None and server.stdout.readline() == b"ready\n"
    server.terminate()
    started = time.monotonic()

    code = _wait_for_server(server, [time.monotonic()], timeout=1)

    assert code == -signal.SIGKILL
    assert time.monotonic() - started < 10
    assert _group_gone(server.pid)


def _group_gone(group: int, seconds: float = 10) -> bool:
    """Whether no process of the group is left (killed ones are reaped by init soon after)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False
