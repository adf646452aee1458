"""The nginx configuration for a front proxy that keeps public answers for a moment.

Most readers of a kommun page or an API list then get bytes nginx already holds,
at the speed of a static file, and only one request per address and
`FRONT_CACHE_SECONDS` reaches an app server (a conditional one, usually answered
304). The app decides what may be kept: nginx keeps exactly the answers that carry
`X-Accel-Expires` (see `loften.opendata.cache`), never one that sets a cookie, and
never for a visitor with a session.
"""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.template.loader import render_to_string

_HOST_PORT = re.compile(r"^(?P<host>\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(?P<port>\d{1,5})$")
_UNIX_SOCKET = re.compile(r"^unix:/\S+$")
_SERVER_NAME = re.compile(r"^[A-Za-z0-9*._-]+$")
_COOKIE_NAME = re.compile(r"^[A-Za-z0-9_]+$")


class FrontConfigError(ValueError):
    """An option would make a broken or unsafe configuration; the message says which."""


# Where a system nginx keeps the answers; a standalone one keeps them in its own directory.
SYSTEM_CACHE_DIR = Path("/var/cache/nginx/loften")


@dataclass(frozen=True)
class Standalone:
    """Run nginx from one directory (`nginx -p DIR -c DIR/nginx.conf`), for tests and benchmarks."""

    prefix: Path
    workers: int = 2


@dataclass(frozen=True)
class FrontConfig:
    listen: str = "80"
    server_names: tuple[str, ...] = ("_",)
    app_servers: tuple[str, ...] = ("127.0.0.1:8000",)
    cache_dir: Path = SYSTEM_CACHE_DIR
    max_body_mb: int = 100
    session_cookie: str = "sessionid"
    standalone: Standalone | None = field(default=None)


def nginx_config(config: FrontConfig) -> str:
    """The configuration text: a `conf.d` file, or a whole nginx.conf when standalone."""
    _check(config)
    return render_to_string(
        "ops/nginx.conf",
        {
            "config": config,
            "standalone": config.standalone,
            "user": getpass.getuser(),
        },
    )


def _check(config: FrontConfig) -> None:
    if not config.listen.isdigit() and _HOST_PORT.match(config.listen) is None:
        raise FrontConfigError(f"--listen {config.listen!r}: give PORT or HOST:PORT.")
    if not config.app_servers:
        raise FrontConfigError("Name at least one app server (--app HOST:PORT).")
    for server in config.app_servers:
        match = _HOST_PORT.match(server)
        if match is None and not _UNIX_SOCKET.match(server):
            raise FrontConfigError(f"--app {server!r}: give HOST:PORT or unix:/path.")
        if match and not 0 < int(match["port"]) < 65536:
            raise FrontConfigError(f"--app {server!r}: the port must be 1–65535.")
    for name in config.server_names:
        if not _SERVER_NAME.match(name):
            raise FrontConfigError(f"--server-name {name!r} is not a host name.")
    if not _COOKIE_NAME.match(config.session_cookie):
        raise FrontConfigError(f"The session cookie name {config.session_cookie!r} is unusual.")
    if not config.cache_dir.is_absolute() or '"' in str(config.cache_dir):
        raise FrontConfigError(f"--cache-dir {config.cache_dir}: give an absolute path.")
    if config.max_body_mb < 1:
        raise FrontConfigError("--max-body-mb must be at least 1.")
    if config.standalone and config.standalone.workers < 1:
        raise FrontConfigError("--workers must be at least 1.")
