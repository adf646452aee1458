"""Progress at a glance in a real browser, on a phone and on a laptop.

The kommun page's summary bar counts what `loften status` prints, a promise with
no schedule says where it stands, and the report fits a phone.
"""

import json
from collections import Counter
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from loften.followup.models import Activity
from loften.promises.models import PromiseSet, Target
from loften.promises.validity import swedish_date
from tests.browser.browsing import Visitor, assert_accessible
from tests.browser.test_public_pages import Alvsbyn, alvsbyn  # noqa: F401 (a fixture)
from tests.factories import CommitmentFactory, PromiseFactory

COUNCIL = "Polis: Kommunen och polisen lovar att samverka i brottsförebyggande rådet."


def add_promise_without_schedule(promise_set: PromiseSet) -> str:
    """A promise whose one commitment has no schedule, with an activity logged today."""
    promise = PromiseFactory(promise_set=promise_set, text=COUNCIL, by_municipality=True)
    meetings = CommitmentFactory(
        promise=promise, party="municipality", what="Möten i rådet", count=None, per=""
    )
    today = timezone.localdate()
    activity = Activity.objects.create(
        promise_set=promise_set, party="municipality", date=today, description="Rådsmöte"
    )
    activity.commitments.add(meetings, through_defaults={"date": activity.date})
    return f"1 aktivitet sedan 1 januari {today.year}, senast {swedish_date(today)}."


def status_counts() -> Counter[str]:
    out = StringIO()
    call_command("status", "--municipality", "2560", stdout=out)
    return Counter(row["state"] for row in json.loads(out.getvalue())["commitments"])


def test_the_summary_bar_counts_what_loften_status_prints(
    visitor: Visitor,
    alvsbyn: Alvsbyn,  # noqa: F811
) -> None:
    add_promise_without_schedule(alvsbyn.in_force)
    expected = status_counts()
    page = visitor.open("/kommun/alvsbyn/")
    summary = page.locator("section.summary")
    expect(summary.get_by_role("heading", name="Så går det med löftena i dag")).to_be_visible()
    drawn: Counter[str] = Counter()
    for segment in summary.locator("svg.bar rect").all():
        state = (segment.get_attribute("class") or "").removeprefix("seg-")
        drawn[state] += int(segment.get_attribute("width") or 0)
    assert drawn == expected
    words = summary.locator(".tally-words")
    expect(words).to_be_visible()
    total = sum(expected.values())
    expect(words).to_contain_text(f"Av {total} åtaganden är ")
    expect(words).to_contain_text(f"{expected['unscheduled']} utan tidsplan")
    expect(summary.get_by_role("link", name="uppföljning 1, publicerad")).to_have_attribute(
        "href", f"/kommun/alvsbyn/lofte/{alvsbyn.in_force.pk}/sa-gick-det/?round=1"
    )
    assert visitor.page_width() <= page.viewport_size["width"]  # type: ignore[index]
    assert_accessible(page)


def test_a_promise_without_a_schedule_shows_its_state(
    visitor: Visitor,
    alvsbyn: Alvsbyn,  # noqa: F811
) -> None:
    state = add_promise_without_schedule(alvsbyn.in_force)
    page = visitor.open("/kommun/alvsbyn/")
    title = "Kommunen och polisen lovar att samverka i brottsförebyggande rådet."
    promise = page.locator("li.promise").filter(has=page.get_by_role("link", name=title))
    expect(promise.locator(".promise-state")).to_have_text(state)
    expect(promise.locator(".parties")).to_contain_text("Kommunen")
    assert "Polis:" not in promise.inner_text()
    promise.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".promise-state")).to_have_text(state)
    assert_accessible(page)


@pytest.mark.parametrize("width", ["phone"])
def test_the_report_fits_a_phone_and_charts_every_promise(
    visitor: Visitor,
    alvsbyn: Alvsbyn,  # noqa: F811
) -> None:
    add_promise_without_schedule(alvsbyn.in_force)
    Target.objects.create(
        promise_set=alvsbyn.in_force, promise=alvsbyn.followed,
        indicator="anmälda bedrägeribrott och kortbedrägerier", direction="decrease",
        baseline_value=Decimal(163), baseline_year=2019, change_percent=Decimal(-10),
        data_source="Polisens statistik över anmälda brott",
    )  # fmt: skip
    page = visitor.open(f"/kommun/alvsbyn/lofte/{alvsbyn.in_force.pk}/sa-gick-det/")
    assert visitor.page_width() <= 360, f"the report is {visitor.page_width()} px wide"
    cell = page.locator("table.targets td").first
    assert cell.evaluate("td => getComputedStyle(td).display") == "block"
    expect(page.locator("table.targets td[data-label='Målnivå']").first).to_be_visible()
    chart = page.locator("section.overview svg")
    promises = alvsbyn.in_force.promises.count()
    expect(chart.locator("text", has_text="Löfte ")).to_have_count(promises)
    assert_accessible(page)
