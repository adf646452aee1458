"""The browser checks themselves catch what they are there to catch."""

import pytest
from playwright.sync_api import Browser

from tests.browser.browsing import ConsoleWatch, OwnHostGuard, assert_accessible


def test_axe_names_the_rule_its_impact_and_the_element(browser: Browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.set_content(
        '<!doctype html><html lang="sv"><title>Prov</title><main>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="utan-text"></main></html>'
    )
    with pytest.raises(AssertionError) as failure:
        assert_accessible(page)
    context.close()
    report = str(failure.value)
    assert "image-alt (critical, violation)" in report
    assert "\n    img: Fix any of the following:" in report
    assert 'class="utan-text"' in report


def test_a_request_to_another_host_is_stopped_and_reported(browser: Browser) -> None:
    context = browser.new_context()
    guard = OwnHostGuard(origin="http://localhost:8000")
    guard.watch(context)
    page = context.new_page()
    page.set_content(
        '<link rel="stylesheet" href="https://fonts.example.net/css?family=Inter">'
        '<img src="http://localhost:8000/static/ok.png" alt="">'
    )
    context.close()
    assert guard.foreign == ["https://fonts.example.net/css?family=Inter"]
    with pytest.raises(AssertionError, match=r"fonts\.example\.net"):
        guard.assert_none_foreign()


def test_axe_fails_what_it_cannot_vouch_for(browser: Browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.set_content(
        '<!doctype html><html lang="sv"><title>Prov</title><main><label for="f">Fil</label>'
        '<input id="f" aria-describedby="finns-inte"></main></html>'
    )
    with pytest.raises(AssertionError, match=r"aria-valid-attr-value \(critical, needs review\)"):
        assert_accessible(page)
    context.close()


def test_what_the_content_security_policy_blocks_is_reported(browser: Browser) -> None:
    context = browser.new_context()
    console = ConsoleWatch()
    console.watch(context)
    context.route(
        "http://loften.test/",
        lambda route: route.fulfill(
            headers={"Content-Security-Policy": "default-src 'self'"},
            content_type="text/html",
            body='<!doctype html><title>Prov</title><p style="color: red">Hej</p>',
        ),
    )
    page = context.new_page()
    page.goto("http://loften.test/")
    page.evaluate("() => document.readyState")
    context.close()
    with pytest.raises(AssertionError, match="Content Security Policy"):
        console.assert_no_errors()
