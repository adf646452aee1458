"""Browser tests: Debian's chromium, headless, driven by Playwright against the live server.

Nothing here downloads a browser. Playwright launches the `chromium` that
scripts/install-system-packages installs, and axe-core comes from the npm
registry (`make test-sqlite` runs `npm ci` in this folder). Every context
refuses requests to hosts other than the live server and fails the test that
made them: the product serves everything itself.

Playwright's sync API keeps an asyncio event loop marked as running on the
main thread, and Django refuses database calls while a loop runs there. The
tests call the ORM only from plain synchronous code, so DJANGO_ALLOW_ASYNC_UNSAFE
is set while the browser is up, and the browser tests run after all the others
so that no other test ever runs beside that loop.

The live server needs a transactional database: a test's data is committed
and every table is flushed after it. The flush sends post_migrate again, which
loads the registry into the emptied tables (registry/apps.py), so each test
starts with every kommun in place. The page cache lives in a table the flush
leaves alone, so it is cleared for each test.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from playwright.sync_api import Browser, sync_playwright
from pytest_django.live_server_helper import LiveServer

from tests.browser.browsing import SCRIPTLESS, WIDTHS, ConsoleWatch, OwnHostGuard, Visitor

HERE = Path(__file__).resolve().parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: runs in headless Chromium (tests/browser)")


@pytest.hookimpl(trylast=True)  # after pytest-django's own ordering
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(autouse=True)
def _quick_password_hashing(settings: Any) -> None:
    """Logging in through the browser hashes passwords; the production hasher is slow on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            "chromium is not installed: run scripts/install-system-packages "
            "(Debian's chromium package; the tests never download a browser).",
            pytrace=False,
        )
    with pytest.MonkeyPatch.context() as env, sync_playwright() as playwright:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield launched
        launched.close()


@pytest.fixture(params=list(WIDTHS))
def width(request: pytest.FixtureRequest) -> str:
    """The window width a test runs at; every test runs at both unless it names one."""
    name: str = request.param
    return name


@pytest.fixture
def javascript() -> bool:
    return True


@pytest.fixture
def visitor(
    browser: Browser, live_server: LiveServer, width: str, javascript: bool
) -> Iterator[Visitor]:
    cache.clear()
    context = browser.new_context(
        viewport=WIDTHS[width], locale="sv-SE", java_script_enabled=javascript
    )
    if not javascript:
        SCRIPTLESS.add(context)
    guard = OwnHostGuard(origin=live_server.url)
    guard.watch(context)
    console = ConsoleWatch()
    console.watch(context)
    yield Visitor(
        base_url=live_server.url,
        context=context,
        page=context.new_page(),
        guard=guard,
        console=console,
    )
    context.close()
    guard.assert_none_foreign()
    console.assert_no_errors()
