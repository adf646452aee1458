"""A visitor in headless Chromium: opens pages, checks them with axe, watches every request."""

from __future__ import annotations

import functools
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Route, ViewportSize
from playwright.sync_api import Error as PlaywrightError

AXE_SCRIPT = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.1 level A and AA, as axe-core tags its rules.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Rules whose undecided results mean "axe could not measure", not "something is broken".
UNMEASURABLE = {"color-contrast"}
WIDTHS = {
    "desktop": ViewportSize(width=1280, height=800),
    "phone": ViewportSize(width=360, height=740),
}


# Contexts with JavaScript turned off: axe cannot run in their pages (Playwright's
# `page.evaluate` never returns there), so checking one fails at once instead of hanging.
SCRIPTLESS: weakref.WeakSet[BrowserContext] = weakref.WeakSet()


@functools.cache
def axe_source() -> str:
    if not AXE_SCRIPT.is_file():
        pytest.fail(
            f"axe-core is missing ({AXE_SCRIPT}): `make test-sqlite` installs it, "
            "or run `npm ci --prefix tests/browser`.",
            pytrace=False,
        )
    return AXE_SCRIPT.read_text()


def axe_findings(page: Page) -> list[dict[str, Any]]:
    """The WCAG 2.1 A and AA rules the page breaks, and those axe could not decide.

    axe leaves a rule undecided ("incomplete") when it cannot tell on its own,
    for example an aria-describedby naming an element that does not exist; such
    a finding fails too. Only colour contrast is left to people where axe cannot
    measure it: text drawn in SVG charts or over images has no background to read.
    """
    if page.context in SCRIPTLESS:
        pytest.fail(
            "axe needs JavaScript: check this page in a test with JavaScript on "
            "(the default), as test_survey.py and test_dialogue.py do.",
            pytrace=False,
        )
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    result: dict[str, Any] = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
    )
    return [{**rule, "verdict": "violation"} for rule in result["violations"]] + [
        {**rule, "verdict": "needs review"}
        for rule in result["incomplete"]
        if rule["id"] not in UNMEASURABLE
    ]


def describe_findings(where: str, findings: list[dict[str, Any]]) -> str:
    """A report a person can act on: each rule, its impact, and the elements that break it."""
    lines = [f"axe found {len(findings)} WCAG 2.1 A/AA problem(s) on {where}:"]
    for rule in findings:
        lines.append(f"- {rule['id']} ({rule['impact']}, {rule['verdict']}): {rule['help']}")
        for node in rule["nodes"]:
            target = " ".join(
                " > ".join(part) if isinstance(part, list) else part for part in node["target"]
            )
            summary = " ".join(node.get("failureSummary", "").split())
            html = " ".join(node["html"].split())
            lines.append(f"    {target}: {summary}")
            lines.append(f"      {html[:160]}")
    return "\n".join(lines)


def assert_accessible(page: Page) -> None:
    findings = axe_findings(page)
    assert not findings, describe_findings(page.url, findings)


@dataclass
class OwnHostGuard:
    """Lets requests to the product's own origin through and records (and stops) all others."""

    origin: str
    foreign: list[str] = field(default_factory=list)

    def watch(self, context: BrowserContext) -> None:
        context.route("**/*", self._route)

    def _route(self, route: Route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" == self.origin:
            route.fallback()
        else:
            self.foreign.append(url)
            route.abort("blockedbyclient")

    def assert_none_foreign(self) -> None:
        assert not self.foreign, (
            "The page asked hosts other than the product itself (no CDN, fonts or trackers "
            "allowed):\n" + "\n".join(f"- {url}" for url in self.foreign)
        )


@dataclass
class ConsoleWatch:
    """Records what the browser reports as errors: blocked resources, policy breaches, scripts."""

    errors: list[str] = field(default_factory=list)

    def watch(self, context: BrowserContext) -> None:
        context.on("console", self._console)
        context.on("weberror", lambda error: self.errors.append(str(error.error)))

    def _console(self, message: ConsoleMessage) -> None:
        url = message.location.get("url", "")
        # A form answered with 400 is the page itself, which the tests look at anyway.
        the_page_itself = message.page is not None and url == message.page.url
        if message.type == "error" and not (the_page_itself and "status of 4" in message.text):
            self.errors.append(f"{message.text} ({url})")

    def assert_no_errors(self) -> None:
        assert not self.errors, "The browser reported errors:\n" + "\n".join(
            f"- {error}" for error in self.errors
        )


@dataclass
class Visitor:
    """One browser context on the live server, with the page a test drives."""

    base_url: str
    context: BrowserContext
    page: Page
    guard: OwnHostGuard
    console: ConsoleWatch

    def open(self, path: str) -> Page:
        response = self.page.goto(self.base_url + path)
        assert response is not None, f"{path} gave no response"
        assert response.ok, f"{path} answered {response.status}"
        self.guard.assert_none_foreign()
        self.console.assert_no_errors()
        return self.page

    def page_width(self) -> int:
        """The open page's width in CSS pixels; wider than the window means scrolling sideways.
        A page that reloads itself (a report's "Rapporten skapas …") may do so while it is
        measured: then the reloaded page is measured."""
        try:
            width: int = self.page.evaluate("document.scrollingElement.scrollWidth")
        except PlaywrightError as error:
            if "context was destroyed" not in str(error):
                raise
            self.page.wait_for_load_state()
            width = self.page.evaluate("document.scrollingElement.scrollWidth")
        return width

    def log_in(self, username: str, password: str) -> Page:
        self.open("/konto/logga-in/")
        self.page.get_by_label("Användarnamn").fill(username)
        self.page.get_by_label("Lösenord").fill(password)
        self.page.get_by_role("button", name="Logga in").click()
        self.page.wait_for_load_state()
        return self.page
