"""The follow-up dashboard: what is due, overdue and done this round, and the targets."""

from datetime import date
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from loften.followup.models import FollowUpRound, Outcome
from loften.followup.selectors import follow_up_dashboard
from loften.followup.status import State
from loften.promises.models import Target
from tests.factories import CommitmentFactory, PromiseFactory, member

from .conftest import ALVSBYN, PITEA_POLICE, UMEA, Alvsbyn, logged, measured

pytestmark = pytest.mark.django_db

URL = "/arbetsyta/uppfoljning/alvsbyn/"


def page(client: Client, user: Any, url: str = URL) -> str:
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_dashboard_shows_this_round_and_each_commitment_with_its_status(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    logged(alvsbyn.promise_set, date(2024, 4, 2), alvsbyn.dog_search)
    logged(alvsbyn.promise_set, date(2023, 10, 2), alvsbyn.dog_search, description="I fjol")

    html = page(client, member(ALVSBYN, "coordinator"))

    assert "Uppföljning 3 avser 1 januari 2024–30 juni 2024 och ska vara klar 30 juli 2024." in html
    assert '<span class="badge state-on_track">Enligt plan</span>' in html
    assert "Enligt plan: 1 av 2 tillfällen (vår klar, höst återstår)" in html
    assert "Hundsök på Älvåkraskolan" in html
    assert "I fjol" not in html, "last year's activity is not done this round"
    assert '<span class="badge state-due_soon">Snart dags</span>' in html
    assert "Snart dags: 0 av 1 tillfälle, senast 2024-06-30" in html
    assert f'href="/arbetsyta/rapport/{alvsbyn.promise_set.pk}/">Så gick det' in html


def test_what_needs_doing_is_listed_first_overdue_before_due_soon(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    html = page(client, member(ALVSBYN, "viewer"))

    attention = html.split("<h2>Att göra</h2>")[1].split("</ul>")[0]
    assert attention.index("Hundsök i skolan") < attention.index("Trygghetsvandring")
    assert "Försenat: 0 av 2 tillfällen (vår missad, höst återstår)" in attention


def test_targets_show_baseline_goal_and_the_latest_value_with_source_and_date(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    measured(alvsbyn.target, "38", date(2023, 12, 31), source="BRÅ 2023")
    measured(alvsbyn.target, "35.5", date(2024, 3, 31), source="Polisens öppna statistik")
    measured(alvsbyn.target, "30", date(2024, 9, 30), source="Framtiden")

    html = page(client, member(ALVSBYN, "coordinator"))

    assert "Mål: Anmälda narkotikabrott bland unga ska minska med 10 procent." in html
    assert "<dt>Utgångsvärde</dt><dd>40 (2022)</dd>" in html
    assert "<dd>35,50 den 31 mars 2024, källa: Polisens öppna statistik</dd>" in html, (
        "the latest value measured by today, with its source"
    )


def test_a_reason_given_this_round_is_shown_with_its_commitment(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    this_round = FollowUpRound.objects.get(promise_set=alvsbyn.promise_set, number=3)
    Outcome.objects.create(
        promise=alvsbyn.youth, commitment=alvsbyn.dog_search, follow_up_round=this_round,
        kind=Outcome.Kind.NOT_DONE, text="Hundsöket i våras", reason="på grund av pandemin",
    )  # fmt: skip

    html = page(client, member(PITEA_POLICE, "editor"))

    assert "<strong>Inte gjort:</strong> Hundsöket i våras." in html
    assert "<strong>Skäl:</strong> på grund av pandemin" in html


def test_the_dashboard_can_show_another_day(client: Client, alvsbyn: Alvsbyn) -> None:
    logged(alvsbyn.promise_set, date(2024, 4, 2), alvsbyn.dog_search)

    html = page(client, member(ALVSBYN, "coordinator"), URL + "?dag=2024-10-15")

    assert "Du ser läget den 15 oktober 2024." in html
    assert "Uppföljning 4 avser 1 juli 2024–31 december 2024" in html
    assert "Enligt plan: 1 av 2 tillfällen (vår klar, höst återstår)" in html
    assert "Logga aktivitet" not in html, "activities are logged on today's dashboard"


def test_a_kommun_without_a_set_in_force_says_so(client: Client, alvsbyn: Alvsbyn) -> None:
    html = page(client, member(ALVSBYN, "coordinator"), URL + "?dag=2022-05-01")

    assert "Inget medborgarlöfte gäller i Älvsbyn den 1 maj 2022." in html
    assert "Det senaste publicerade är Medborgarlöften Älvsbyn 2023–2025" in html


def test_another_kommuns_people_and_visitors_do_not_see_the_dashboard(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    assert client.get(URL).status_code == 302
    client.force_login(member(UMEA, "coordinator"))
    assert client.get(URL).status_code == 404
    assert client.get("/arbetsyta/uppfoljning/okand-kommun/").status_code == 404


def test_the_start_page_goes_straight_to_the_one_kommun(client: Client, alvsbyn: Alvsbyn) -> None:
    client.force_login(member(ALVSBYN, "viewer"))

    response = client.get("/arbetsyta/uppfoljning/")

    assert response.status_code == 302
    assert response["Location"] == URL


def test_the_dashboard_reads_in_a_fixed_number_of_queries(
    alvsbyn: Alvsbyn, django_assert_num_queries: Any
) -> None:
    def read_everything() -> None:
        with django_assert_num_queries(9):
            board = follow_up_dashboard(alvsbyn.promise_set, date(2024, 6, 30))
            for item in board.commitments:
                assert item.commitment.promise.text
                for activity in item.logged.latest:
                    assert activity.description

    logged(alvsbyn.promise_set, date(2024, 4, 2), alvsbyn.dog_search)
    measured(alvsbyn.target, "38", date(2023, 12, 31))
    read_everything()
    for position in range(3, 6):
        promise = PromiseFactory(promise_set=alvsbyn.promise_set, position=position)
        commitment = CommitmentFactory(promise=promise)
        logged(alvsbyn.promise_set, date(2024, 5, position), commitment)
    read_everything()


def test_the_dashboard_page_asks_no_more_for_more_promises(
    client: Client, alvsbyn: Alvsbyn, django_assert_max_num_queries: Any
) -> None:
    client.force_login(member(PITEA_POLICE, "editor"))
    logged(alvsbyn.promise_set, date(2024, 4, 2), alvsbyn.dog_search)
    with CaptureQueriesContext(connection) as first:
        client.get(URL)
    for position in range(3, 6):
        promise = PromiseFactory(promise_set=alvsbyn.promise_set, position=position)
        logged(alvsbyn.promise_set, date(2024, 5, position), CommitmentFactory(promise=promise))
        Target.objects.create(promise_set=alvsbyn.promise_set, promise=promise, indicator="x")

    with django_assert_max_num_queries(len(first)):
        assert client.get(URL).status_code == 200


def test_the_dashboard_counts_commitments_per_state(alvsbyn: Alvsbyn) -> None:
    logged(alvsbyn.promise_set, date(2024, 2, 1), alvsbyn.walks)

    board = follow_up_dashboard(alvsbyn.promise_set, date(2024, 6, 30))

    assert board.counts == [(State.OVERDUE, 1), (State.MET, 1)]


def test_a_round_after_the_period_says_the_set_is_still_in_force(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    alvsbyn.promise_set.until_replaced = True
    alvsbyn.promise_set.save()
    FollowUpRound.objects.create(
        promise_set=alvsbyn.promise_set, number=7, covers_from=date(2026, 1, 1),
        covers_until=date(2026, 6, 30), due_date=date(2026, 7, 30),
    )  # fmt: skip
    coordinator = member(ALVSBYN, "coordinator")

    after = page(client, coordinator, URL + "?dag=2026-03-01")
    within = page(client, coordinator, URL + "?dag=2025-03-01")

    assert "Uppföljning 7 avser 1 januari 2026–30 juni 2026" in after
    assert (
        "Perioden 2023–2025 är slut; medborgarlöftet gäller tills ett nytt ges och följs "
        "därför upp även efter perioden."
    ) in after
    assert "Perioden 2023–2025 är slut" not in within


def test_promises_and_commitments_carry_the_numbers_of_the_form_and_the_files(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    """A promise without commitments still counts: the third promise's commitment is 3.1."""
    PromiseFactory(promise_set=alvsbyn.promise_set, position=0, text="Ett löfte utan åtaganden.")
    html = page(client, member(ALVSBYN, "coordinator"))

    assert "<h3>1. Ett löfte utan åtaganden.</h3>" in html
    assert "<h3>2. Polisen lovar att arbeta mot narkotika bland unga.</h3>" in html
    assert '<span class="number">2.1</span> <strong>Polisen:</strong> Hundsök i skolan' in html
    assert '<span class="number">3.1</span> <strong>Kommunen:</strong> Trygghetsvandring' in html
