"""The residents' comment form as they meet it: on a phone, anonymous, with or without
JavaScript; the kommun's editor then reads the comment with the personal data masked.

An earlier version of this test hung on the form's first axe check: it ran with
JavaScript turned off, and Playwright's `page.evaluate` (which injects and runs axe)
never returns in such a page. The flow without JavaScript is now one test and the axe
checks another with JavaScript on, as for the survey form; `browsing.axe_findings` fails
at once when asked to check a page without JavaScript.
"""

from typing import Any

import pytest
from playwright.sync_api import Locator, Page

from loften.dialogue.models import DialogueComment
from tests.browser.browsing import Visitor, assert_accessible
from tests.factories import member, municipality

WRITTEN = (
    "Jag heter Anna Svensson och bor vid skolan. Det är mörkt i gångtunneln på kvällarna. "
    "Ring mig på 070-123 45 67 eller skriv till anna.svensson@example.se."
)
MASKED = (
    "Jag heter [namn] och bor vid skolan. Det är mörkt i gångtunneln på kvällarna. "
    "Ring mig på [telefon] eller skriv till [e-post]."
)


@pytest.fixture
def editor(settings: Any) -> None:
    # The form refuses one sent within seconds of being handed out (against bots).
    settings.LOFTEN_SURVEY_MIN_SECONDS = 0
    municipality("2560")
    member("Älvsbyns kommun", "editor", username="redaktor")


def send_comment(page: Page) -> None:
    page.get_by_label("Din synpunkt").fill(WRITTEN)
    page.get_by_label("Område eller plats (frivilligt)").fill("Centrum")
    with page.expect_navigation(wait_until="load", timeout=10_000):
        page.get_by_role("button", name="Skicka synpunkten").click()
    assert page.url.endswith("/synpunkt/alvsbyn/tack/")
    assert page.get_by_role("heading", name="Tack för din synpunkt").is_visible()


def comments_as_editor(visitor: Visitor) -> Locator:
    visitor.log_in("redaktor", "ett långt lösenord")
    page = visitor.open("/arbetsyta/dialog/2560/")
    return page.get_by_role("region", name="Synpunkter från formuläret (1)")


@pytest.mark.parametrize(("width", "javascript"), [("phone", False)])
def test_a_resident_comments_on_a_phone_without_javascript_and_the_editor_reads_it_masked(
    visitor: Visitor, editor: None
) -> None:
    page = visitor.open("/synpunkt/alvsbyn/")
    assert visitor.page_width() <= 360
    send_comment(page)

    assert page.get_by_text("är sparad, utan något som visar vem du är").is_visible()
    assert not visitor.context.cookies()
    assert DialogueComment.objects.get().text == MASKED

    comments = comments_as_editor(visitor)
    assert comments.get_by_text(MASKED).is_visible()
    assert comments.get_by_role("link", name="Centrum").is_visible()
    for personal in ("Anna Svensson", "070-123 45 67", "anna.svensson@example.se"):
        assert personal not in comments.inner_text()
    assert visitor.page_width() <= 360


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_the_comment_form_its_thanks_and_the_editors_list_are_accessible(
    visitor: Visitor, editor: None, width: str
) -> None:
    page = visitor.open("/synpunkt/alvsbyn/")
    assert_accessible(page)
    send_comment(page)
    assert_accessible(page)
    comments = comments_as_editor(visitor)
    assert comments.get_by_text(MASKED).is_visible()
    assert visitor.page_width() <= (360 if width == "phone" else 1280)
    assert_accessible(visitor.page)
