"""The nginx front `loften nginx` writes, before a live app server.

Readers get public pages from nginx's copy, a publication still shows within
LOFTEN_FRONT_CACHE_SECONDS, and nothing private or personal is ever kept.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from pytest_django.live_server_helper import LiveServer

from loften.promises.publishing import promise_set_publish
from tests.factories import PromiseFactory, PromiseSetFactory, member

pytestmark = pytest.mark.django_db(transaction=True)

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
KOMMUN_PAGE = "/kommun/alvsbyn/"


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Message
    body: str

    @property
    def cache_status(self) -> str | None:
        return self.headers.get("X-Cache-Status")


@dataclass(frozen=True)
class Front:
    url: str

    def get(self, path: str, cookie: str = "") -> Answer:
        request = urllib.request.Request(self.url + path, headers={"Cookie": cookie})  # noqa: S310
        return self.send(request)

    def send(self, request: urllib.request.Request) -> Answer:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
                return Answer(response.status, response.headers, response.read().decode())
        except urllib.error.HTTPError as error:
            return Answer(error.code, error.headers, error.read().decode())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def front(live_server: LiveServer, tmp_path: Path) -> Iterator[Front]:
    if not Path(NGINX).exists():
        pytest.fail("nginx is not installed: run scripts/install-system-packages", pytrace=False)
    cache.clear()  # the cache table outlives the flush between live-server tests
    port = _free_port()
    app = live_server.url.removeprefix("http://").replace("localhost", "127.0.0.1")
    config = tmp_path / "nginx.conf"
    with config.open("w") as out:
        call_command(
            "nginx", standalone=tmp_path, listen=f"127.0.0.1:{port}", app_servers=[app],
            cache_dir=tmp_path / "cache", max_body_mb=1, workers=1, stdout=out,
        )  # fmt: skip
    server = subprocess.Popen(  # noqa: S603
        [NGINX, "-p", str(tmp_path), "-c", str(config)], stderr=subprocess.PIPE, text=True
    )
    front = Front(f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"nginx did not start: {server.communicate()[1]}", pytrace=False)
            time.sleep(0.05)
    yield front
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def published() -> None:
    promise_set = PromiseSetFactory(
        title="Medborgarlöfte Älvsbyn", period_start=date(2020, 1, 1), period_end=None
    )
    PromiseFactory(promise_set=promise_set, text="Polisen lovar hundsök i skolorna.")
    promise_set_publish(promise_set=promise_set, acting_user=None)


@pytest.mark.usefixtures("published")
def test_a_second_reader_gets_the_page_from_the_front(front: Front, settings: Any) -> None:
    settings.FRONT_CACHE_SECONDS = 3  # so that both reads fall in the time the copy is kept

    first, second = front.get(KOMMUN_PAGE), front.get(KOMMUN_PAGE)

    assert (first.cache_status, second.cache_status) == ("MISS", "HIT")
    assert second.body == first.body
    assert "hundsök i skolorna" in second.body
    assert "X-Accel-Expires" not in second.headers  # nginx keeps that to itself
    assert second.headers["Cache-Control"] == "no-cache"  # browsers still ask every time


@pytest.mark.usefixtures("published")
def test_a_publication_shows_through_the_front_within_a_second(front: Front) -> None:
    # Read until nginx serves its copy (a copy may run out at a second's turn).
    reads = [front.get(KOMMUN_PAGE) for _ in range(3)]
    assert "HIT" in [read.cache_status for read in reads]
    assert "trygghetsvandringar" not in reads[-1].body
    next_period = PromiseSetFactory(
        title="Medborgarlöfte Älvsbyn 2024", period_start=date(2024, 1, 1), period_end=None
    )
    PromiseFactory(promise_set=next_period, text="Kommunen lovar fler trygghetsvandringar.")

    promise_set_publish(promise_set=next_period, acting_user=None)
    published_at = time.monotonic()

    time.sleep(max(0.0, published_at + 1.0 - time.monotonic()))
    page = front.get(KOMMUN_PAGE)
    assert "fler trygghetsvandringar" in page.body
    assert page.cache_status in {"EXPIRED", "MISS"}


@pytest.mark.usefixtures("published")
def test_a_logged_in_user_is_never_served_a_kept_page(front: Front) -> None:
    front.get(KOMMUN_PAGE)
    client = Client()
    client.force_login(member("Älvsbyns kommun", "coordinator"))
    session = f"sessionid={client.cookies['sessionid'].value}"

    page = front.get(KOMMUN_PAGE, cookie=session)

    assert page.cache_status == "BYPASS"
    assert "Logga ut" in page.body
    # ... and what they were shown is not kept for the next anonymous reader.
    assert "Logga ut" not in front.get(KOMMUN_PAGE).body


def test_an_answer_that_sets_a_cookie_is_never_kept(front: Front) -> None:
    first, second = front.get("/konto/logga-in/"), front.get("/konto/logga-in/")

    assert (first.cache_status, second.cache_status) == ("MISS", "MISS")
    assert first.headers["Set-Cookie"] != second.headers["Set-Cookie"]


def test_pages_that_are_not_public_answers_are_not_kept(front: Front) -> None:
    assert [front.get("/kommun/finns-inte/").cache_status for _ in range(2)] == ["MISS", "MISS"]


def test_too_large_an_upload_is_refused_in_swedish(front: Front) -> None:
    too_large = urllib.request.Request(  # noqa: S310 - loopback
        front.url + "/arbetsyta/inlasning/", data=b"x" * (2 * 1024 * 1024), method="POST"
    )

    answer = front.send(too_large)

    assert answer.status == 413
    assert "Filerna är för stora" in answer.body
    assert "högst 1 MB" in answer.body
