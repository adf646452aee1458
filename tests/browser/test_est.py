"""EST on a phone: report an incident, then find it on the week's map and in its table."""

import pytest

from loften.incidents.services import areas_upload
from tests.browser.browsing import Visitor, assert_accessible
from tests.factories import member, municipality
from tests.incidents.conftest import geojson, square


@pytest.fixture
def reporter() -> None:
    areas_upload(
        municipality=municipality("2560"),
        data=geojson(square("Centrum", 21.0, 65.67), square("Vidsel", 20.5, 65.8)),
        acting_user=None,
    )
    member("Lokalpolisområde Piteå älvdal", "reporter", username="polisen")


@pytest.mark.parametrize("width", ["phone"])
def test_a_police_officer_reports_on_a_phone_and_sees_it_on_the_weekly_map(
    visitor: Visitor, reporter: None
) -> None:
    visitor.log_in("polisen", "ett långt lösenord")
    page = visitor.open("/arbetsyta/est/2560/rapportera/")
    assert visitor.page_width() <= 360
    assert page.locator("#karta .leaflet-interactive").count() == 2  # the two areas, no tiles
    assert_accessible(page)

    page.get_by_role("group", name="Vad hände?").get_by_label("Klotter").check()
    page.get_by_label("När?").fill("2025-04-02T22:15")
    page.get_by_label("Latitud").fill("65.68")
    page.get_by_label("Longitud").fill("21.01")
    page.get_by_label("Beskrivning").fill("Tags på busskuren vid torget")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Rapportera").click()

    assert page.get_by_role("heading", name="EST i Älvsbyn: vecka 14 2025").is_visible()
    counts = page.get_by_role("table", name="Händelser per område och kategori, vecka 14 2025")
    centrum = counts.get_by_role("row", name="Centrum")
    assert centrum.get_by_role("cell", name="Klotter").is_visible()
    assert page.get_by_role("cell", name="Tags på busskuren vid torget").is_visible()
    assert page.locator("#karta path.incident-marker").count() == 1
    area = page.locator("#karta path.leaflet-interactive").first
    width = area.bounding_box()["width"]  # type: ignore[index]
    page.get_by_role("button", name="Zooma in", exact=True).click()
    page.wait_for_function(
        "width => document.querySelector('#karta path.leaflet-interactive')"
        ".getBoundingClientRect().width > width * 1.5",
        arg=width,
    )
    assert page.get_by_role("button", name="Zooma ut", exact=True).is_visible()
    assert visitor.page_width() <= 360
    assert_accessible(page)
