"""Screenshots for the README: the kommun page and the follow-up page, on a phone and a laptop.

Loads the demo into a throw-away data folder, serves it with `loften serve` and
photographs what a resident and a coordinator see first, in Debian's chromium
through Playwright (nothing downloads a browser):

    .venv/bin/python scripts/screenshots.py [--output docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOFTEN = str(Path(sys.executable).with_name("loften"))
WIDTHS = {"telefon": (390, 844), "dator": (1280, 900)}
RESIDENT_PAGE = "/kommun/alvsbyn/"
COORDINATOR_PAGE = "/arbetsyta/uppfoljning/alvsbyn/"
COORDINATOR = "alvsbyns-kommun"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "screenshots")
    output = parser.parse_args().output
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "LOFTEN_DATA_DIR": data}
        env.pop("DATABASE_URL", None)
        subprocess.run([LOFTEN, "demo"], env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
        password = _fresh_password(env)
        port = _free_port()
        server = subprocess.Popen(  # noqa: S603
            [LOFTEN, "serve", "--port", str(port)], env=env, start_new_session=True
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_for(base)
            _photograph(base, password, output)
        finally:
            os.killpg(server.pid, signal.SIGINT)
            server.wait(timeout=30)
    return 0


def _fresh_password(env: dict[str, str]) -> str:
    """A new password for the Älvsbyn coordinator, set by the demo's own login maker."""
    code = (
        "import django; django.setup()\n"
        "from loften.ops.demo import demo_logins\n"
        f"print(next(l.password for l in demo_logins() if l.username == {COORDINATOR!r}))\n"
    )
    env = {**env, "DJANGO_SETTINGS_MODULE": "loften.settings"}
    answer = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return answer.stdout.strip()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(base: str) -> None:
    for _ in range(120):
        try:
            urllib.request.urlopen(base + "/", timeout=2)  # noqa: S310 - our own server
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{base} did not answer")


def _photograph(base: str, password: str, output: Path) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium)
        for device, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height}, locale="sv-SE")
            page.goto(base + RESIDENT_PAGE)  # as a resident sees it
            page.screenshot(path=output / f"kommunsida-{device}.png")
            page.goto(base + "/konto/logga-in/")
            page.get_by_label("Användarnamn").fill(COORDINATOR)
            page.get_by_label("Lösenord").fill(password)
            page.get_by_role("button", name="Logga in").click()
            page.wait_for_load_state()
            page.goto(base + COORDINATOR_PAGE)
            page.screenshot(path=output / f"uppfoljning-{device}.png")
            page.close()
        browser.close()


if __name__ == "__main__":
    raise SystemExit(main())
