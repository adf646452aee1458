"""Benchmark: public pages and API reads against nginx serving the same bytes.

Sets up a throw-away installation (SQLite in a temporary directory, the demo's
seeds, optionally `loften generate` data), serves it with `loften serve`
(granian, no background worker) behind the nginx front proxy `loften nginx`
configures, saves each URL's response body as a static file that another nginx
serves, and runs wrk against all three, side by side in one run:

    .venv/bin/python bench/public.py [--connections 64] [--seconds 10] [--generate 290]
    .venv/bin/python bench/public.py --postgres   # a throw-away PostgreSQL instead of SQLite

Prints requests per second and the 99th percentile latency of each: the static
file, Löften as deployed (through its front proxy) and the app server alone, and
their ratio to the static file. Targets (issue 7): at least 25 % of nginx's
requests per second and p99 under 25 ms. Needs wrk and nginx
(`scripts/install-bench-packages`).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

URLS = ("/kommun/alvsbyn/", "/api/v1/promises")
NGINX_CONF = """
worker_processes {workers};
daemon off;
pid {root}/nginx.pid;
error_log stderr error;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    types {{ application/json json; text/html html; }}
    server {{
        listen 127.0.0.1:{port};
        root {root}/static;
        location / {{ try_files $uri $uri/index.html =404; }}
    }}
}}
"""


@dataclass(frozen=True)
class Figures:
    requests_per_second: float
    p99_ms: float


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for(url: str, seconds: float = 60) -> bytes:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
                body: bytes = response.read()
                return body
        except urllib.error.HTTPError:
            raise
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


_LATENCY = re.compile(r"^\s*99%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
_RATE = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, connections: int, seconds: int) -> Figures:
    threads = str(min(connections, os.cpu_count() or 2))
    result = subprocess.run(  # noqa: S603
        ["wrk", "-t", threads, "-c", str(connections), "-d", f"{seconds}s", "--latency", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    rate, latency = _RATE.search(result.stdout), _LATENCY.search(result.stdout)
    if not rate or not latency:
        raise RuntimeError(f"could not read wrk's output:\n{result.stdout}{result.stderr}")
    if "Non-2xx" in result.stdout:
        raise RuntimeError(f"{url} answered errors under load:\n{result.stdout}")
    return Figures(float(rate[1]), float(latency[1]) * _UNIT_MS[latency[2]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--generate", type=int, default=0, metavar="N", help="also generate N kommuner's data"
    )
    parser.add_argument(
        "--postgres", action="store_true", help="use a throw-away PostgreSQL instead of SQLite"
    )
    args = parser.parse_args()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not shutil.which("wrk") or not os.path.exists(nginx):
        sys.exit("wrk and nginx are needed: run scripts/install-bench-packages")

    root = Path(tempfile.mkdtemp(prefix="loften-bench-"))
    root.chmod(0o755)  # nginx's workers run as an unprivileged user when started as root
    database = None
    if args.postgres:
        from loften.testing.postgres import TemporaryPostgres

        database = TemporaryPostgres().start()
    try:
        serve_and_measure(args, root, nginx, database.url if database else None)
    finally:
        if database is not None:
            database.stop()
        shutil.rmtree(root, ignore_errors=True)


def serve_and_measure(
    args: argparse.Namespace, root: Path, nginx: str, database_url: str | None
) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": database_url or f"sqlite:///{root}/loften.sqlite3",
        "LOFTEN_DATA_DIR": str(root),
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECRET_KEY": secrets.token_urlsafe(40),
    }
    loften = str(Path(sys.executable).parent / "loften")
    subprocess.run([loften, "demo", "--no-logins"], env=env, check=True, capture_output=True)  # noqa: S603
    if args.generate:
        subprocess.run(  # noqa: S603
            [loften, "generate", "--municipalities", str(args.generate)], env=env, check=True
        )
    app_port, nginx_port, front_port = free_port(), free_port(), free_port()
    servers = [
        subprocess.Popen(  # noqa: S603
            [loften, "serve", "--no-worker", "--port", str(app_port),
             "--workers", str(args.workers)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    ]  # fmt: skip
    try:
        bodies = {}
        for url in URLS:
            try:
                bodies[url] = wait_for(f"http://127.0.0.1:{app_port}{url}")
            except urllib.error.HTTPError as error:
                print(f"skipped {url}: HTTP {error.code} (not built yet?)")
        for url, body in bodies.items():
            target = root / "static" / url.strip("/") / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        (root / "nginx.conf").write_text(
            NGINX_CONF.format(workers=args.workers, root=root, port=nginx_port)
        )
        servers.append(
            subprocess.Popen([nginx, "-c", str(root / "nginx.conf"), "-p", str(root)])  # noqa: S603
        )
        front = root / "front"
        front.mkdir()
        front_conf = subprocess.run(  # noqa: S603
            [loften, "nginx", "--standalone", str(front), "--workers", str(args.workers),
             "--listen", f"127.0.0.1:{front_port}", "--app", f"127.0.0.1:{app_port}",
             "--cache-dir", str(front / "cache")],
            env=env, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        (front / "nginx.conf").write_text(front_conf)
        servers.append(
            subprocess.Popen([nginx, "-c", str(front / "nginx.conf"), "-p", str(front)])  # noqa: S603
        )
        wait_for(f"http://127.0.0.1:{nginx_port}{next(iter(bodies))}")
        for url in bodies:  # as at any moment after the first reader of each address
            wait_for(f"http://127.0.0.1:{front_port}{url}")
        print(
            f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, {'PostgreSQL' if database_url else 'SQLite'}; "
            f"wrk {args.connections} connections, "
            f"{args.seconds} s each, {args.workers} workers each"
        )
        print(f"{'url':24} {'server':14} {'req/s':>9} {'p99 ms':>8} {'of nginx':>9}")
        # The bare app server last: overloaded, it is still answering queued
        # requests after wrk stops, which would slow whatever ran next.
        static: dict[str, Figures] = {}
        for name, port in (("static file", nginx_port), ("löften (front)", front_port),
                           ("app alone", app_port)):  # fmt: skip
            for url in bodies:
                figures = wrk(f"http://127.0.0.1:{port}{url}", args.connections, args.seconds)
                baseline = static.setdefault(url, figures)
                ratio = figures.requests_per_second / baseline.requests_per_second
                print(
                    f"{url:24} {name:14} {figures.requests_per_second:9.0f} "
                    f"{figures.p99_ms:8.2f} {ratio:8.1%}"
                )
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
