import os
import shutil
import signal
import subprocess
import sys
import time
from types import FrameType
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from loften.env import env_bool


def _executable(name: str) -> str:
    found = shutil.which(name) or os.path.join(os.path.dirname(sys.executable), name)
    if not os.path.exists(found):
        raise CommandError(f"{name} is not installed: pip install the loften package.")
    return found


class Command(BaseCommand):
    help = (
        "Serve Löften with the granian HTTP server (collects static files first), with one "
        "background worker beside it unless --no-worker. Stateless: run as many as you like "
        "behind a load balancer."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("LOFTEN_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("LOFTEN_PORT", "8000")))
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("LOFTEN_WORKERS", os.cpu_count() or 2)),
            help="HTTP worker processes (default one per core, or LOFTEN_WORKERS)",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=int(os.environ.get("LOFTEN_THREADS", "4")),
            help="threads per HTTP worker that run requests (default 4, or LOFTEN_THREADS); "
            "each keeps a database connection",
        )
        parser.add_argument(
            "--stop-timeout",
            type=float,
            default=float(os.environ.get("LOFTEN_STOP_TIMEOUT", "30")),
            help="seconds to wait for the server and worker to stop on SIGTERM or Ctrl-C "
            "before they are killed (default 30, or LOFTEN_STOP_TIMEOUT)",
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            default=not env_bool("LOFTEN_SERVE_WORKER", True),
            help="do not start a background-job worker beside the server "
            "(or LOFTEN_SERVE_WORKER=0); run `loften worker` elsewhere",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("collectstatic", interactive=False, verbosity=0)
        server = [
            _executable("granian"),
            "--interface", "wsgi",
            "--host", options["host"],
            "--port", str(options["port"]),
            "--workers", str(options["workers"]),
            # Connections per worker. granian counts idle keep-alive ones too,
            # and a front proxy (`loften nginx`) keeps some open to each server.
            "--backpressure", "128",
            # Python threads per worker. granian's default for WSGI is half the
            # backpressure: 64 threads taking turns at one interpreter lock gave
            # cached pages a p99 of a second at 64 connections, and each thread holds
            # a database connection of its own.
            "--blocking-threads", str(options["threads"]),
            "--no-ws",
            "loften.wsgi:application",
        ]  # fmt: skip
        children: list[subprocess.Popen[bytes]] = []

        asked_to_stop: list[float] = []

        def forward(signum: int, frame: FrameType | None) -> None:
            asked_to_stop.append(time.monotonic())
            for child in children:
                if child.poll() is None:
                    child.send_signal(signum)

        # The children run in their own process group, so that each hears a signal once,
        # from here, whether it came from Ctrl-C (the terminal's process group), `kill` or a
        # service manager: granian left a worker hanging when it heard SIGINT twice.
        signal.signal(signal.SIGTERM, forward)
        signal.signal(signal.SIGINT, forward)
        try:
            if not options["no_worker"]:
                children.append(
                    subprocess.Popen([_executable("loften"), "worker"], process_group=0)  # noqa: S603
                )
            self.stdout.write(f"Löften on http://{options['host']}:{options['port']}/")
            sys.stdout.flush()
            web = subprocess.Popen(server, process_group=0)  # noqa: S603
            children.append(web)
            code = _wait_for_server(web, asked_to_stop, timeout=options["stop_timeout"])
        finally:
            _stop(children, timeout=options["stop_timeout"])
        if code > 0:
            raise CommandError(f"granian stopped with exit code {code}")


def _wait_for_server(
    web: subprocess.Popen[bytes], asked_to_stop: list[float], *, timeout: float
) -> int:
    """granian's exit code; once asked to stop, it has `timeout` seconds before it and its
    workers are killed (a worker that was still starting when the signal came can leave
    granian waiting for it)."""
    while True:
        try:
            return web.wait(timeout=1)
        except subprocess.TimeoutExpired:
            if asked_to_stop and time.monotonic() - asked_to_stop[0] > timeout:
                os.killpg(web.pid, signal.SIGKILL)
                return web.wait()


def _stop(children: list[subprocess.Popen[bytes]], *, timeout: float) -> None:
    """Ask every child still running to stop, wait for them together, then kill the rest.

    A worker finishes the job it is running before it exits; one that is still busy
    when the time is up is killed, and its job is queued again by the other workers
    (`loften.ops.workers`).
    """
    for child in children:
        if child.poll() is None:
            child.terminate()
    deadline = time.monotonic() + timeout
    for child in children:
        try:
            child.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
