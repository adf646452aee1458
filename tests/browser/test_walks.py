"""A safety walk on a phone: log a finding on the walk, then close it as fixed."""

from datetime import date

import pytest

from loften.registry.models import Organisation
from loften.walks.models import Finding, Walk
from loften.walks.services import WalkFields, walk_record
from tests.browser.browsing import Visitor, assert_accessible
from tests.factories import member, municipality

ROUTE = '{"type": "LineString", "coordinates": [[21.0, 65.67], [21.01, 65.68]]}'


@pytest.fixture
def walk() -> Walk:
    member("Älvsbyns kommun", "editor", username="redaktor")
    Organisation.objects.create(name="Älvsbyns Energi AB", kind=Organisation.Kind.OTHER)
    fields = WalkFields(
        organiser=Organisation.objects.get(name="Älvsbyns kommun"),
        title="Centrum till stationen",
        walked_on=date(2026, 10, 1),
        route=ROUTE,
        participants={"boende": 10},
    )
    return walk_record(municipality=municipality("2560"), fields=fields, acting_user=None)


@pytest.mark.parametrize("width", ["phone"])
def test_an_editor_logs_a_finding_on_a_phone_and_closes_it(visitor: Visitor, walk: Walk) -> None:
    visitor.log_in("redaktor", "ett långt lösenord")
    page = visitor.open(f"/arbetsyta/vandringar/2560/{walk.pk}/")
    assert visitor.page_width() <= 360
    assert page.locator("#karta .leaflet-interactive").count() == 1  # the route, no tiles
    assert_accessible(page)

    page.get_by_role("group", name="Vad såg ni?").get_by_label("Belysning").check()
    page.get_by_label("Latitud").fill("65.675")
    page.get_by_label("Longitud").fill("21.005")
    page.get_by_label("Adress eller plats").fill("Gångtunneln vid stationen")
    page.get_by_label("Beskrivning").fill("Två lampor trasiga i tunneln")
    page.get_by_label("Ansvarig organisation").select_option(label="Älvsbyns Energi AB")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Spara iakttagelsen").click()

    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="Belysning: Gångtunneln vid stationen").click()
    assert page.get_by_role("heading", name="Belysning: Gångtunneln vid stationen").is_visible()
    assert_accessible(page)
    page.get_by_role("group", name="Status").get_by_label("Åtgärdad").check()
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Spara").click()

    finding = Finding.objects.get()
    assert finding.status == Finding.Status.FIXED
    assert finding.closed_by is not None and finding.closed_by.username == "redaktor"
    assert page.get_by_role("definition").filter(has_text="Åtgärdad").is_visible()
    assert visitor.page_width() <= 360
    assert_accessible(page)
