"""A coordinator writes the set's contacts in the browser; the forms and the list pass axe."""

import pytest
from playwright.sync_api import expect

from tests.browser.browsing import Visitor, assert_accessible
from tests.factories import PromiseSetFactory, member

PASSWORD = "ett långt lösenord"  # what tests.factories.member gives everyone


@pytest.mark.parametrize("width", ["phone"])
def test_a_coordinator_adds_a_contact_and_is_told_plainly_what_is_wrong(
    visitor: Visitor,
) -> None:
    draft = PromiseSetFactory(title="Medborgarlöften Älvsbyn 2026")
    member("Älvsbyns kommun", "coordinator", username="samordnare")
    visitor.log_in("samordnare", PASSWORD)
    page = visitor.open(f"/arbetsyta/{draft.pk}/")
    page.get_by_role("link", name="Ny kontakt").click()
    expect(page.get_by_label("Organisation")).to_have_value("Älvsbyns kommun")
    page.get_by_label("Namn").fill("Anna Berg")
    page.get_by_label("Telefon").fill("0929-17")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("alert")).to_have_text(
        "Det sparades inte. Rätta det som är markerat nedan."
    )
    expect(page.get_by_text("Telefonnumret har fel antal siffror")).to_be_visible()
    expect(page.get_by_text("En person visas bara som kontakt för sin roll.")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Roll").fill("Trygghetssamordnare")
    page.get_by_label("Telefon").fill("0929-170 00")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_text("Kontakten är sparad.")).to_be_visible()
    contact = page.locator("#kontakter address")
    expect(contact).to_contain_text("Anna Berg, Trygghetssamordnare")
    expect(contact.get_by_role("link", name="0929-170 00")).to_have_attribute(
        "href", "tel:+4692917000"
    )
    assert_accessible(page)
    assert visitor.page_width() <= 360
