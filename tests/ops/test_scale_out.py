"""Two app servers and two workers on one PostgreSQL, behind one `loften nginx` front.

Each process gets a data folder of its own, as on separate machines; only the database
is shared. Uploads queued through one server are read once, a publication made through
one server shows on the other and through the front, and the job of a worker that is
killed is done by the other.
"""

from __future__ import annotations

import contextlib
import http.cookies
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from loften.accounts.models import Membership
from loften.ingest.models import SourceDocument, Upload
from loften.ops.models import WorkerHeartbeat
from loften.promises.models import PromiseSet
from loften.registry.models import Municipality, Organisation
from tests.ops.jobs import write_slowly
from tests.ops.processes import free_port, fresh_environment, start, wait_for_page

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("LOFTEN_TEST_DATABASE", "sqlite") != "postgres",
        reason="servers on several machines share a PostgreSQL: runs in the PostgreSQL pass",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
LOFTEN = str(Path(sys.executable).with_name("loften"))
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SEEDS = ROOT / "src/loften/ops/seeds"
# The kommun each seed document promises for, and the kommun organisation that uploads it.
DOCUMENTS = {
    "000_2d4a401379370ee3.txt": ("2480", "Umeå kommun"),
    "002_307e26fc5e31ffd9.txt": ("2560", "Älvsbyns kommun"),
    "003_55caf2bb7bed1e8d.txt": ("2313", "Strömsunds kommun"),
    "004_a34657226f142e30.txt": ("2380", "Östersunds kommun"),
}
LOST_AFTER = 10  # LOFTEN_WORKER_LOST_AFTER for the workers here


@dataclass
class Process:
    popen: subprocess.Popen[bytes]
    log: Path


@dataclass
class Cluster:
    servers: list[str]
    front: str
    workers: list[Process]
    folder: Path


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_open = urllib.request.build_opener(_NoRedirect).open


def _get(url: str, cookie: str = "") -> tuple[int, Message, str]:
    request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310 - loopback
    try:
        with _open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _wait(what: str, done: Callable[[], bool], *, timeout: float, logs: list[Path]) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            tails = "\n".join(f"{log.name}:\n{log.read_text()[-2000:]}" for log in logs)
            raise AssertionError(f"{what} not within {timeout} s\n{tails}")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def cluster(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Cluster]:
    if not Path(NGINX).exists():
        pytest.fail("nginx is not installed: run scripts/install-system-packages", pytrace=False)
    folder = tmp_path_factory.mktemp("scale-out")
    started: list[Process] = []

    def run(name: str, *command: str) -> Process:
        env = fresh_environment(
            DATABASE_URL=_database_url(),
            LOFTEN_DATA_DIR=str(folder / name),  # a machine of its own
            SECRET_KEY=settings.SECRET_KEY,  # the tests' sessions are valid on every server
            LOFTEN_WORKER_LOST_AFTER=str(LOST_AFTER),
            PYTHONPATH=str(ROOT),  # the test job below
        )
        log = folder / f"{name}.log"
        process = Process(start([LOFTEN, *command], cwd=folder, env=env, log=log), log)
        started.append(process)
        return process

    try:
        ports = [free_port(), free_port()]
        servers = [
            run(f"app-{port}", "serve", "--no-worker", "--workers", "1", "--port", str(port))
            for port in ports
        ]
        workers = [run(f"worker-{n}", "worker", "--interval", "0.2") for n in (1, 2)]
        front_port = free_port()
        config = folder / "nginx.conf"
        with config.open("w") as out:
            call_command(
                "nginx", standalone=folder, listen=f"127.0.0.1:{front_port}", workers=1,
                app_servers=[f"127.0.0.1:{port}" for port in ports], stdout=out,
            )  # fmt: skip
        front = start([NGINX, "-p", str(folder), "-c", str(config)], cwd=folder,
                      env=fresh_environment(), log=folder / "nginx.log")  # fmt: skip
        started.append(Process(front, folder / "nginx.log"))
        for server, port in zip(servers, ports, strict=True):
            wait_for_page(server.popen, f"http://127.0.0.1:{port}/", log=server.log,
                          timeout=120, ready=lambda page: "Löften" in page)  # fmt: skip
        wait_for_page(front, f"http://127.0.0.1:{front_port}/", log=folder / "nginx.log",
                      timeout=30, ready=lambda page: "Löften" in page)  # fmt: skip
        yield Cluster(
            servers=[f"http://127.0.0.1:{port}" for port in ports],
            front=f"http://127.0.0.1:{front_port}",
            workers=workers,
            folder=folder,
        )
    finally:
        with django_db_blocker.unblock():
            _stop(started)


def _stop(processes: list[Process]) -> None:
    """Stop every process as a service manager would, kill what is left, and wait until
    the database has no sessions of theirs, so that the suite can drop it."""
    for process in processes:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.popen.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.popen.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.popen.pid, signal.SIGKILL)
            process.popen.wait(timeout=10)
    deadline = time.monotonic() + 10
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone() == (0,):
                return
            time.sleep(0.1)


class Browser:
    """A logged-in coordinator's browser talking to one app server."""

    def __init__(self, server: str, user: User) -> None:
        client = Client()
        client.force_login(user)
        self.server = server
        self.cookies = {"sessionid": client.cookies["sessionid"].value}

    @property
    def cookie(self) -> str:
        return "; ".join(f"{name}={value}" for name, value in self.cookies.items())

    def form_token(self) -> str:
        """The CSRF token of the upload form, which every form of the person accepts."""
        status, headers, page = _get(self.server + "/arbetsyta/inlasning/", self.cookie)
        assert status == 200, page[:500]
        for set_cookie in headers.get_all("Set-Cookie") or []:
            jar = http.cookies.SimpleCookie(set_cookie)
            self.cookies.update({name: morsel.value for name, morsel in jar.items()})
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert found, page[:500]
        return found.group(1)

    def post(
        self, path: str, fields: dict[str, str], files: dict[str, tuple[str, bytes]] | None = None
    ) -> tuple[int, str]:
        fields = {"csrfmiddlewaretoken": self.form_token(), **fields}
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
            for name, value in fields.items()
        ]
        for name, (filename, content) in (files or {}).items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: text/plain\r\n\r\n'.encode()
                + content
                + b"\r\n"
            )
        request = urllib.request.Request(  # noqa: S310 - loopback
            self.server + path,
            data=b"".join(parts) + f"--{boundary}--\r\n".encode(),
            headers={
                "Cookie": self.cookie,
                "Content-Type": f"multipart/form-data; boundary={boundary}",
            },
        )
        try:
            with _open(request, timeout=30) as response:
                return response.status, response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location", "")


def _coordinator_of(*organisations: str) -> User:
    user = User.objects.create_user("samordnare", password="ett långt lösenord")
    for name in organisations:
        Membership.objects.create(
            user=user, organisation=Organisation.objects.get(name=name), role="coordinator"
        )
    return user


def test_uploads_through_one_server_are_read_once_and_a_publication_shows_on_the_other(
    cluster: Cluster,
) -> None:
    cache.clear()  # the cache table outlives the flush between tests
    server_a, server_b = cluster.servers
    browser = Browser(server_a, _coordinator_of(*(org for _, org in DOCUMENTS.values())))
    for filename, (code, _) in DOCUMENTS.items():
        municipality = str(Municipality.objects.get(code=code).pk)
        sent = browser.post(
            "/arbetsyta/inlasning/",
            {"municipality": municipality},
            {"documents": (filename, (SEEDS / filename).read_bytes())},
        )
        assert sent == (302, "/arbetsyta/inlasning/")

    _wait(
        "every upload read",
        lambda: not Upload.objects.filter(status__in=["waiting", "running"]).exists(),
        timeout=90,
        logs=[worker.log for worker in cluster.workers],
    )
    assert sorted(Upload.objects.values_list("status", flat=True)) == ["done"] * len(DOCUMENTS)
    # One reading per file: one source document each, and the drafts it made, each
    # linked to its own upload and created once (one history row).
    assert SourceDocument.objects.count() == len(DOCUMENTS)
    linked = [
        pk
        for upload in Upload.objects.all()
        for pk in upload.promise_sets.values_list("pk", flat=True)
    ]
    assert sorted(linked) == sorted(PromiseSet.objects.values_list("pk", flat=True))
    assert all(draft.history.count() == 1 for draft in PromiseSet.objects.all())  # type: ignore[attr-defined]
    jobs = list(DBTaskResult.objects.all())
    assert [(job.status, len(job.worker_ids)) for job in jobs] == [("SUCCESSFUL", 1)] * len(
        DOCUMENTS
    )

    alvsbyn = PromiseSet.objects.get(municipalities__code="2560")
    for reader in (server_b, cluster.front, cluster.front):  # the front keeps a copy
        assert "Hundsök i skolan" not in _get(reader + "/kommun/alvsbyn/")[2]

    published = browser.post(f"/arbetsyta/inlasning/utkast/{alvsbyn.pk}/publicera/", {})
    assert published == (302, "/kommun/alvsbyn/")

    shown: set[str] = set()

    def shown_everywhere() -> bool:
        for reader in {server_b, cluster.front} - shown:
            if "Hundsök i skolan" in _get(reader + "/kommun/alvsbyn/")[2]:
                shown.add(reader)
        return len(shown) == 2

    # Within the front's second, with a second to spare for a machine busy with other work.
    _wait("the publication on server B and the front", shown_everywhere,
          timeout=settings.FRONT_CACHE_SECONDS + 1.0, logs=[])  # fmt: skip
    # The publication queued jobs of its own (telling the parties): let the workers finish
    # them, so that no worker is mid-job when the next test empties the tables.
    waiting = [TaskResultStatus.READY, TaskResultStatus.RUNNING]
    _wait("the publication's jobs done",
          lambda: not DBTaskResult.objects.filter(status__in=waiting).exists(),
          timeout=60, logs=[worker.log for worker in cluster.workers])  # fmt: skip


def test_the_job_of_a_killed_worker_is_done_by_the_other(cluster: Cluster) -> None:
    folder = cluster.folder / "job"
    folder.mkdir()
    write_slowly.enqueue(str(folder), 3)
    _wait("the job started", (folder / "started").exists, timeout=60,
          logs=[worker.log for worker in cluster.workers])  # fmt: skip
    job = DBTaskResult.objects.get()
    (claimed_by,) = job.worker_ids
    # On a machine this busy a heartbeat may come late, so that the other worker forgets
    # the row for a moment until the next beat writes it again.
    _wait("the claiming worker's heartbeat",
          WorkerHeartbeat.objects.filter(worker_id=claimed_by).exists, timeout=LOST_AFTER,
          logs=[])  # fmt: skip
    pid = WorkerHeartbeat.objects.get(worker_id=claimed_by).pid
    (killed,) = [worker for worker in cluster.workers if worker.popen.pid == pid]
    (other,) = [worker for worker in cluster.workers if worker is not killed]

    os.kill(pid, signal.SIGKILL)
    killed.popen.wait(timeout=10)

    _wait(
        "the job done by the other worker",
        lambda: DBTaskResult.objects.get().status == "SUCCESSFUL",
        timeout=LOST_AFTER + 30,
        logs=[other.log],
    )
    job.refresh_from_db()
    (survivor,) = WorkerHeartbeat.objects.all()  # the killed worker is forgotten
    assert job.worker_ids == [claimed_by, survivor.worker_id]
    assert survivor.pid == other.popen.pid
    assert (folder / "done").exists()
    assert DBTaskResult.objects.count() == 1
    assert f"its worker {claimed_by} has not been seen" in other.log.read_text()
