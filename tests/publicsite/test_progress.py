"""Progress at a glance: the kommun page's summary, each promise's roll-up, and the theme page.

The counts are `loften status`'s; a promise with no schedule still says where it stands.
"""

import json
import re
from collections import Counter
from datetime import UTC, date, datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from time_machine import TimeMachineFixture

from loften.followup.models import Activity, FollowUpRound, Outcome
from loften.promises.models import Promise, PromiseSet, PromiseTheme
from loften.promises.publishing import promise_set_publish
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory

pytestmark = pytest.mark.django_db

QUIET = "Kommunen lovar att samverka med föreningarna."
BUSY = "Kommun: Kommunen lovar att hålla öppet på fritidsgården på fredagar."
TOLD = "Polisen lovar att synas vid skolorna."


@pytest.fixture(autouse=True)
def _today(time_machine: TimeMachineFixture) -> None:
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC))


def log(promise_set: PromiseSet, commitment: object, day: date) -> None:
    activity = Activity.objects.create(
        promise_set=promise_set, party="municipality", date=day, description="Gjort"
    )
    activity.commitments.add(commitment, through_defaults={"date": activity.date})


@pytest.fixture
def alvsbyn() -> PromiseSet:
    """Commitments in four states, and three promises without a schedule."""
    promise_set = PromiseSetFactory(title="Medborgarlöfte 2023-2025", until_replaced=True)
    checks = PromiseFactory(promise_set=promise_set, text="Polis: Hundsök i skolan.")
    PromiseTheme.objects.create(promise=checks, theme="drugs")
    met = CommitmentFactory(promise=checks, what="Kontroll", count=1, per="year")
    log(promise_set, met, date(2024, 3, 1))
    on_track = CommitmentFactory(
        promise=checks, what="Hundsök", count=2, per="year", seasons=["spring", "autumn"]
    )
    log(promise_set, on_track, date(2024, 4, 2))
    CommitmentFactory(promise=checks, what="Möte", count=1, per="period", due_date=date(2024, 5, 1))
    CommitmentFactory(promise=checks, what="Utbildning", count=1, per="half_year")
    quiet = PromiseFactory(promise_set=promise_set, text=QUIET)
    PromiseTheme.objects.create(promise=quiet, theme="drugs")
    busy = PromiseFactory(promise_set=promise_set, text=BUSY)
    open_evenings = CommitmentFactory(
        promise=busy, party="municipality", what="Öppet", count=None, per=""
    )
    for day in (date(2023, 11, 3), date(2024, 2, 9), date(2024, 3, 12)):
        log(promise_set, open_evenings, day)
    told = PromiseFactory(promise_set=promise_set, text=TOLD)
    promise_set_publish(promise_set=promise_set, acting_user=None)
    first = FollowUpRound.objects.get(promise_set=promise_set, number=1)
    first.summary = "Det mesta blev gjort under året."
    first.published_at = datetime(2024, 2, 1, 9, tzinfo=UTC)
    first.save(update_fields=["summary", "published_at"])
    Outcome.objects.create(
        promise=told, follow_up_round=first, kind=Outcome.Kind.DONE, text="Polisen syntes."
    )
    # The round under way says something too, but it is not published.
    second = FollowUpRound.objects.get(promise_set=promise_set, number=2)
    Outcome.objects.create(
        promise=quiet, follow_up_round=second, kind=Outcome.Kind.NOT_DONE, text="Inget möte"
    )
    return promise_set


def status_counts() -> Counter[str]:
    out = StringIO()
    call_command("status", "--municipality", "2560", stdout=out)
    return Counter(row["state"] for row in json.loads(out.getvalue())["commitments"])


def summary_of(page: str) -> str:
    return page[page.index('class="summary"') : page.index("Gäller nu:")]


def test_the_summary_bar_counts_what_loften_status_prints(
    client: Client, alvsbyn: PromiseSet
) -> None:
    expected = status_counts()
    assert expected == Counter(
        {"met": 1, "on_track": 1, "overdue": 1, "due_soon": 1, "unscheduled": 1}
    )
    summary = summary_of(client.get("/kommun/alvsbyn/").content.decode())
    drawn = Counter(
        {
            state: int(width)
            for state, width in re.findall(
                r'<rect class="seg-(\w+)" x="\d+" y="0" width="(\d+)"', summary
            )
        }
    )
    assert drawn == expected
    assert (
        "Av 5 åtaganden är 1 uppfyllt, 1 enligt plan, 1 snart dags, 1 försenat, "
        "0 inte uppfyllda och 1 utan tidsplan." in summary
    )


def test_the_summary_tells_of_the_last_published_round_and_links_its_report(
    client: Client, alvsbyn: PromiseSet
) -> None:
    summary = summary_of(client.get("/kommun/alvsbyn/").content.decode())
    link = f'href="/kommun/alvsbyn/lofte/{alvsbyn.pk}/sa-gick-det/?round=1"'
    assert link in summary
    assert (
        "uppföljning 1, publicerad 1 februari 2024</a>: Det mesta blev gjort under året." in summary
    )
    assert "uppföljning 2" not in summary


def test_every_promise_has_a_status_or_says_why_not(client: Client, alvsbyn: PromiseSet) -> None:
    page = client.get("/kommun/alvsbyn/").content.decode()
    assert "4 åtaganden: 1 uppfyllt, 1 enligt plan, 1 snart dags, 1 försenat." in page
    # Activities this round (2024), the latest named; one from 2023 is not "this period".
    assert "2 aktiviteter sedan 1 januari 2024, senast 12 mars 2024." in page
    assert "Enligt uppföljning 1: genomfört. Ingen tidsplan angiven." in page
    # What the unpublished round says of the quiet promise does not show.
    assert "Ingen tidsplan angiven. Inga aktiviteter registrerade." in page
    assert "inte genomfört" not in page
    assert "3 löften har inget åtagande med tidsplan" in page


def test_a_promise_page_shows_its_own_roll_up(client: Client, alvsbyn: PromiseSet) -> None:
    busy = Promise.objects.get(text=BUSY)
    page = client.get(f"/kommun/alvsbyn/lofte/{alvsbyn.pk}/{busy.pk}/").content.decode()
    assert (
        '<h1 class="promise-title">Kommunen lovar att hålla öppet på fritidsgården på fredagar.'
        in page
    )
    assert "2 aktiviteter sedan 1 januari 2024, senast 12 mars 2024." in page
    assert "Perioden 2023–2025 pågår till 31 december 2025" in page


def test_the_theme_page_shows_each_promises_status(client: Client, alvsbyn: PromiseSet) -> None:
    page = client.get("/tema/narkotika/").content.decode()
    assert ">Hundsök i skolan.</a>" in page
    assert "4 åtaganden: 1 uppfyllt, 1 enligt plan, 1 snart dags, 1 försenat." in page
    assert "Ingen tidsplan angiven. Inga aktiviteter registrerade." in page


def test_a_title_that_holds_the_period_is_not_followed_by_it_again(client: Client) -> None:
    PromiseSetFactory(
        title="Medborgarlöften 2021–2022",
        period_start=date(2021, 1, 1),
        period_end=date(2022, 12, 31),
        publish=True,
    )
    page = client.get("/kommun/alvsbyn/").content.decode()
    assert "Medborgarlöften 2021–2022</a>" in page
    words = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "2021–2022 2021–2022" not in words
