"""Public pages as citizens meet them: accessible, on a phone, without JavaScript, on paper."""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from loften.followup.models import Activity, FollowUpRound, Measurement, Outcome
from loften.promises.models import (
    Contact,
    FocusArea,
    Promise,
    PromiseSet,
    PromiseTheme,
    Signatory,
    Target,
)
from loften.search.services import search_index_update
from tests.browser.browsing import Visitor, assert_accessible, axe_findings, describe_findings
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory

DOG_SEARCH = "Polisen och kommunen lovar att minska narkotikan bland unga i Älvsbyn."
NIGHT_WALKS = "Kommunen lovar att nattvandrare finns ute varje helg under sommarlovet."
EARLIER = "Polisen lovar fler trafikkontroller vid skolorna."


@dataclass(frozen=True)
class Alvsbyn:
    in_force: PromiseSet
    earlier: PromiseSet
    followed: Promise

    def pages(self) -> dict[str, str]:
        """Every public page there is today, by a name the failures use."""
        return {
            "start": "/",
            "themes": "/tema/",
            "theme": "/tema/narkotika/",
            "kommun": "/kommun/alvsbyn/",
            "earlier period": f"/kommun/alvsbyn/lofte/{self.earlier.pk}/",
            "promise": f"/kommun/alvsbyn/lofte/{self.in_force.pk}/{self.followed.pk}/",
            "report": f"/kommun/alvsbyn/lofte/{self.in_force.pk}/sa-gick-det/",
            "round report": f"/kommun/alvsbyn/lofte/{self.in_force.pk}/sa-gick-det/?round=1",
            "search": "/sok?q=narkotikan&lan=25&tema=narkotika",
            "search without hits": "/sok?q=kattungar",
            "search for a part of a compound": "/sok?q=trafik",
        }


@pytest.fixture
def alvsbyn() -> Alvsbyn:
    """Älvsbyn with an earlier period and the one in force, with all a page can show."""
    year = timezone.localdate().year
    earlier = PromiseSetFactory(
        title="Medborgarlöfte för Älvsbyn, förra perioden",
        period_start=date(year - 4, 1, 1), period_end=date(year - 2, 12, 31), publish=True,
    )  # fmt: skip
    PromiseFactory(promise_set=earlier, text=EARLIER)
    in_force = PromiseSetFactory(
        title="Medborgarlöfte för Älvsbyn",
        period_start=date(year - 1, 1, 1), period_end=date(year + 1, 12, 31), until_replaced=True,
        signed_on=date(year - 1, 1, 20), signed_place="Älvsbyn", publish=True,
    )  # fmt: skip
    focus = FocusArea.objects.create(promise_set=in_force, title="Unga och narkotika")
    followed = PromiseFactory(
        promise_set=in_force, focus_area=focus, text=DOG_SEARCH, by_municipality=True
    )
    PromiseTheme.objects.create(promise=followed, theme="drugs")
    dog_search = CommitmentFactory(
        promise=followed, what="Hundsök i skolan", count=2, at_least=True,
        seasons=["spring", "autumn"], target_group="elever på högstadiet",
    )  # fmt: skip
    CommitmentFactory(promise=followed, party="municipality", what="Föräldramöte om droger")
    walks = PromiseFactory(promise_set=in_force, text=NIGHT_WALKS, by_police=False)
    PromiseTheme.objects.create(promise=walks, theme="youth")
    CommitmentFactory(promise=walks, party="municipality", what="Nattvandring", per="month")
    target = Target.objects.create(
        promise_set=in_force, promise=followed, indicator="andel unga som provat narkotika",
        direction="decrease", baseline_value=Decimal(12), baseline_year=year - 2,
        change_percent=Decimal(-25), deadline=date(year + 1, 12, 31),
        data_source="Drogvaneundersökningen",
    )  # fmt: skip
    for measured, value in ((year - 2, 12), (year - 1, 10)):
        Measurement.objects.create(
            target=target, value=Decimal(value), measured_on=date(measured, 12, 31), source="CAN"
        )
    Target.objects.create(
        promise_set=in_force, indicator="andel som känner sig trygga i centrum",
        direction="increase", baseline_text="68 procent år 2022", data_source="Medborgarenkät",
    )  # fmt: skip
    Signatory.objects.create(
        promise_set=in_force, name="Anna Lind", title="kommunstyrelsens ordförande",
        organisation_name="Älvsbyns kommun",
    )  # fmt: skip
    Signatory.objects.create(
        promise_set=in_force, name="Erik Berg", title="lokalpolisområdeschef",
        organisation_name="Lokalpolisområde Piteå älvdal", position=1,
    )  # fmt: skip
    Contact.objects.create(
        promise_set=in_force, organisation_name="Älvsbyns kommun", title="Växel",
        phone="0929-170 00", email="trygghetssamordnare.kommunledningsforvaltningen@alvsbyn.se",
        website="www.alvsbyn.se", address="Besök: Storgatan 13\nPostadress: 942 85 Älvsbyn",
    )  # fmt: skip
    Contact.objects.create(
        promise_set=in_force, organisation_name="Lokalpolisområde Piteå älvdal",
        name="Erik Berg", title="kommunpolis", phone="114 14", position=1,
    )  # fmt: skip
    activity = Activity.objects.create(
        promise_set=in_force, party="police", date=date(year - 1, 4, 12),
        description="Hundsök på Älvåkraskolan", quantity=3,
    )  # fmt: skip
    activity.commitments.add(dog_search, through_defaults={"date": activity.date})
    # Publishing created a round a year; the first year's is written and published.
    first_year = FollowUpRound.objects.get(promise_set=in_force, number=1)
    first_year.summary = "Det mesta blev gjort."
    first_year.published_at = datetime(year, 2, 1, 9, tzinfo=UTC)
    first_year.save(update_fields=["summary", "published_at"])
    Outcome.objects.create(
        promise=followed, commitment=dog_search, follow_up_round=first_year,
        kind=Outcome.Kind.NOT_DONE, text="Hundsöket i höstas", reason="hunden var sjuk",
    )  # fmt: skip
    # Promises were added after publishing, which indexed the sets: index them again.
    search_index_update([in_force.municipalities.get()])
    return Alvsbyn(in_force=in_force, earlier=earlier, followed=followed)


def test_axe_finds_nothing_on_any_public_page(visitor: Visitor, alvsbyn: Alvsbyn) -> None:
    reports = []
    for name, path in alvsbyn.pages().items():
        findings = axe_findings(visitor.open(path))
        if findings:
            reports.append(describe_findings(f"the {name} page ({path})", findings))
    assert not reports, "\n\n".join(reports)


@pytest.mark.parametrize("width", ["phone"])
def test_no_public_page_scrolls_sideways_on_a_360_pixel_phone(
    visitor: Visitor, alvsbyn: Alvsbyn
) -> None:
    too_wide = {}
    for name, path in alvsbyn.pages().items():
        visitor.open(path)
        if visitor.page_width() > 360:
            too_wide[name] = visitor.page_width()
    assert not too_wide, f"pages wider than the 360 px screen: {too_wide}"


@pytest.mark.parametrize(("width", "javascript"), [("phone", False)])
def test_a_kommun_page_shows_its_promises_without_javascript(
    visitor: Visitor, alvsbyn: Alvsbyn
) -> None:
    page = visitor.open("/kommun/alvsbyn/")
    assert page.get_by_role("heading", name="Medborgarlöften i Älvsbyn").is_visible()
    assert page.get_by_role("link", name=DOG_SEARCH).is_visible()
    assert page.get_by_text(NIGHT_WALKS).is_visible()
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name=DOG_SEARCH).click()
    assert page.get_by_role("heading", name=DOG_SEARCH).is_visible()
    assert page.get_by_text("Hundsök på Älvåkraskolan").is_visible()


@pytest.mark.parametrize("width", ["desktop"])
def test_a_printed_kommun_page_keeps_the_promises_and_drops_the_site_chrome(
    visitor: Visitor, alvsbyn: Alvsbyn
) -> None:
    page = visitor.open("/kommun/alvsbyn/")
    page.emulate_media(media="print")
    assert page.get_by_text(DOG_SEARCH).is_visible()
    assert page.get_by_text("Hundsök i skolan").is_visible()
    assert page.get_by_text("Anna Lind").is_visible()
    assert not page.get_by_role("link", name="Logga in").is_visible()
    assert_accessible(page)


@pytest.mark.parametrize("width", ["phone"])
def test_the_first_tab_shows_a_link_past_the_header_to_the_content(
    visitor: Visitor, alvsbyn: Alvsbyn
) -> None:
    page = visitor.open("/kommun/alvsbyn/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Till innehållet")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/kommun/alvsbyn/#innehall$"))


def test_a_visitor_searches_the_country_and_narrows_it_down(
    visitor: Visitor, alvsbyn: Alvsbyn
) -> None:
    page = visitor.open("/")
    page.get_by_role("searchbox", name="Sök bland alla kommuners löften").fill("narkotika unga")
    page.locator("form.front-search").get_by_role("button", name="Sök").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sök bland medborgarlöften")
    expect(page.get_by_text(DOG_SEARCH)).to_be_visible()
    page.get_by_label("Län").select_option(label="Västerbottens län")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_role("heading", name="Inga träffar")).to_be_visible()
    page.get_by_label("Län").select_option(label="Norrbottens län")
    page.get_by_role("button", name="Visa").click()
    expect(page.get_by_text(DOG_SEARCH)).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_a_part_of_a_compound_finds_it_and_each_hit_shows_its_status(
    visitor: Visitor, alvsbyn: Alvsbyn
) -> None:
    page = visitor.open("/")
    page.get_by_role("searchbox", name="Sök bland alla kommuners löften").fill("trafik")
    page.get_by_role("button", name="Sök").click()
    expect(page.locator(".hit-text mark")).to_have_text(["trafikkontroller"])
    expect(page.get_by_role("heading", name="Inga träffar")).to_have_count(0)
    page = visitor.open("/sok?q=hundsök")
    expect(page.locator(".hit-progress .tally")).to_have_count(1)
    assert_accessible(page)


@pytest.mark.parametrize("width", ["phone"])
def test_a_theme_is_reached_at_its_swedish_address(visitor: Visitor, alvsbyn: Alvsbyn) -> None:
    page = visitor.open("/")
    page.get_by_role("link", name="Barn och unga").click()
    expect(page).to_have_url(re.compile(r"/tema/barn-och-unga/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Barn och unga")
    page = visitor.open("/tema/youth/")
    expect(page).to_have_url(re.compile(r"/tema/barn-och-unga/$"))
