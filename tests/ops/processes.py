"""Start Löften as a person would, in its own session, and find what is left of it."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# Variables a fresh terminal would not have: the suite's own, and an outer make's.
NOT_IN_A_FRESH_SHELL = (
    "DATABASE_URL",
    "LOFTEN_DATA_DIR",
    "LOFTEN_TEST_DATABASE",
    "DJANGO_SETTINGS_MODULE",
    "VIRTUAL_ENV",
    "PYTHONPATH",
    "MAKEFLAGS",
    "MFLAGS",
    "MAKELEVEL",
)


def fresh_environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NOT_IN_A_FRESH_SHELL}
    return {**env, **extra}


def start(
    command: list[str], *, cwd: Path, env: dict[str, str], log: Path
) -> subprocess.Popen[bytes]:
    """Run `command` as the leader of a new session, as a terminal would."""
    with log.open("wb") as output:
        return subprocess.Popen(  # noqa: S603
            command,
            cwd=cwd,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_for_page(
    process: subprocess.Popen[bytes],
    url: str,
    *,
    log: Path,
    timeout: float,
    ready: Callable[[str], bool],
) -> str:
    """The page's text once it answers 200 and `ready` accepts it; fails if the process ends."""
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"stopped with {process.returncode} before serving:\n{_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
                last = response.read().decode()
                if ready(last):
                    return last
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(1)
    raise AssertionError(f"{url} did not answer in {timeout} s:\n{last[:500]}\n{_tail(log)}")


def left_over(session: int, marker: str) -> list[str]:
    """Processes of the session, or whose command line names `marker`, still alive."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        # Fields after the command name: state, ppid, pgrp, session, ...
        state, _ppid, _pgrp, sid = stat.rsplit(")", 1)[1].split()[:4]
        if state == "Z":
            continue
        if int(sid) == session or marker in command:
            found.append(f"{entry.name}: {command.strip()}")
    return found


def wait_until_gone(session: int, marker: str, *, timeout: float) -> list[str]:
    deadline = time.monotonic() + timeout
    while (remaining := left_over(session, marker)) and time.monotonic() < deadline:
        time.sleep(0.5)
    return remaining


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _tail(log: Path) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-40:])
