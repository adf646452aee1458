"""Follow-up rounds come from the set's cadence, clipped to its period, and once only."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from loften.followup.models import FollowUpRound
from loften.followup.rounds import ROUND_WINDOWS, PlannedRound, planned_rounds
from loften.followup.services import follow_up_rounds_sync
from loften.registry.models import Cadence
from tests.factories import PromiseSetFactory, member, municipality
from tests.followup.conftest import ALVSBYN, PITEA_POLICE, UMEA, Alvsbyn

D = date


@pytest.mark.parametrize(
    ("cadence", "start", "until", "expected"),
    [
        pytest.param(
            "twice_yearly", D(2024, 1, 1), D(2024, 12, 31),
            [(D(2024, 1, 1), D(2024, 6, 30), D(2024, 7, 30)),
             (D(2024, 7, 1), D(2024, 12, 31), D(2025, 1, 30))],
            id="twice a year: half-years",
        ),
        pytest.param(
            "yearly", D(2023, 1, 1), D(2025, 12, 31),
            [(D(2023, 1, 1), D(2023, 12, 31), D(2024, 1, 30)),
             (D(2024, 1, 1), D(2024, 12, 31), D(2025, 1, 30)),
             (D(2025, 1, 1), D(2025, 12, 31), D(2026, 1, 30))],
            id="yearly: calendar years",
        ),
        pytest.param(
            "twice_yearly", D(2024, 9, 15), D(2025, 3, 31),
            [(D(2024, 9, 15), D(2024, 12, 31), D(2025, 1, 30)),
             (D(2025, 1, 1), D(2025, 3, 31), D(2025, 4, 30))],
            id="twice a year: clipped to a period that starts and ends mid-half",
        ),
        pytest.param(
            "continuous", D(2024, 7, 1), D(2025, 6, 30),
            [(D(2024, 7, 1), D(2024, 12, 31), D(2025, 1, 30)),
             (D(2025, 1, 1), D(2025, 6, 30), D(2025, 7, 30))],
            id="continuous: yearly rounds",
        ),
        pytest.param(
            "", D(2024, 2, 29), D(2024, 2, 29),
            [(D(2024, 2, 29), D(2024, 2, 29), D(2024, 3, 30))],
            id="no cadence named: one day on leap day",
        ),
    ],
)  # fmt: skip
def test_planned_rounds(
    cadence: str, start: date, until: date, expected: list[tuple[date, date, date]]
) -> None:
    assert planned_rounds(cadence, start, until) == [
        PlannedRound(number, *dates) for number, dates in enumerate(expected, start=1)
    ]


def test_every_cadence_has_rounds() -> None:
    assert set(ROUND_WINDOWS) == {*Cadence.values, ""}


def covered(promise_set: object) -> list[tuple[int, date, date]]:
    return list(
        FollowUpRound.objects.filter(promise_set=promise_set).values_list(
            "number", "covers_from", "covers_until"
        )
    )


@pytest.mark.django_db
def test_publishing_a_set_creates_its_rounds() -> None:
    promise_set = PromiseSetFactory(
        period_start=D(2023, 1, 1), period_end=D(2024, 12, 31), follow_up_cadence="twice_yearly",
        publish=True,
    )  # fmt: skip

    assert covered(promise_set) == [
        (1, D(2023, 1, 1), D(2023, 6, 30)),
        (2, D(2023, 7, 1), D(2023, 12, 31)),
        (3, D(2024, 1, 1), D(2024, 6, 30)),
        (4, D(2024, 7, 1), D(2024, 12, 31)),
    ]


@pytest.mark.django_db
def test_creating_rounds_again_adds_nothing_and_keeps_what_was_written() -> None:
    promise_set = PromiseSetFactory(follow_up_cadence="yearly", publish=True)
    FollowUpRound.objects.filter(promise_set=promise_set, number=1).update(summary="Bra år.")

    again = follow_up_rounds_sync(promise_set, today=D(2024, 5, 1))

    assert again == []
    assert FollowUpRound.objects.filter(promise_set=promise_set).count() == 3
    assert FollowUpRound.objects.get(promise_set=promise_set, number=1).summary == "Bra år."


@pytest.mark.django_db
def test_a_set_in_force_until_replaced_gets_rounds_year_by_year() -> None:
    promise_set = PromiseSetFactory(
        period_start=D(2023, 1, 1), period_end=None, follow_up_cadence="yearly"
    )

    follow_up_rounds_sync(promise_set, today=D(2024, 3, 1))
    assert [r[0] for r in covered(promise_set)] == [1, 2]
    created = follow_up_rounds_sync(promise_set, today=D(2025, 3, 1))

    assert [(r.number, r.covers_from) for r in created] == [(3, D(2025, 1, 1))]


@pytest.mark.django_db
def test_rounds_of_an_open_set_stop_where_the_next_set_begins() -> None:
    old = PromiseSetFactory(period_start=D(2022, 1, 1), period_end=None, publish=True)
    assert len(covered(old)) > 3

    PromiseSetFactory(period_start=D(2024, 7, 1), period_end=D(2026, 12, 31), publish=True)

    assert covered(old)[-1] == (3, D(2024, 1, 1), D(2024, 6, 30))
    assert FollowUpRound.objects.get(promise_set=old, number=3).due_date == D(2024, 7, 30)


@pytest.mark.django_db
def test_a_draft_without_any_start_has_no_rounds() -> None:
    draft = PromiseSetFactory(period_start=None, period_end=None)

    assert follow_up_rounds_sync(draft, today=D(2025, 3, 1)) == []


@pytest.mark.django_db
def test_rounds_command_creates_rounds_for_existing_sets() -> None:
    promise_set = PromiseSetFactory(follow_up_cadence="yearly", publish=True)
    other = PromiseSetFactory(municipalities=[municipality("0180")], publish=True)
    FollowUpRound.objects.all().delete()
    out = StringIO()

    call_command("rounds", "--municipality", "2560", stdout=out)

    assert len(covered(promise_set)) == 3
    assert covered(other) == []
    assert "Klart: 3 nya uppföljningsomgångar i 1 medborgarlöften." in out.getvalue()


# Publishing a round


@pytest.mark.django_db
def test_a_coordinator_publishes_a_round_from_the_dashboard_and_the_public_sees_it(
    client: Client, alvsbyn: Alvsbyn
) -> None:
    client.force_login(member(ALVSBYN, "coordinator"))
    dashboard = client.get("/arbetsyta/uppfoljning/alvsbyn/").content.decode()
    assert "Publicera uppföljning 3" in dashboard
    assert "Publicera uppföljning 4" not in dashboard, "a round that has not begun waits"
    third = alvsbyn.promise_set.follow_up_rounds.get(number=3)
    response = client.post(
        f"/arbetsyta/uppfoljning/alvsbyn/uppfoljning/{third.pk}/publicera/", follow=True
    )
    assert "Uppföljning 3 är publicerad." in response.content.decode()
    third.refresh_from_db()
    assert third.published_at is not None
    assert "Publicera uppföljning 3" not in response.content.decode()
    story = f"/kommun/alvsbyn/lofte/{alvsbyn.promise_set.pk}/{alvsbyn.youth.pk}/"
    assert "Uppföljning 3 publicerades" in client.get(story).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("organisation", "role"), [(PITEA_POLICE, "editor"), (ALVSBYN, "editor"), (UMEA, "coordinator")]
)
def test_only_the_kommuns_coordinator_publishes_a_round(
    client: Client, alvsbyn: Alvsbyn, organisation: str, role: str
) -> None:
    client.force_login(member(organisation, role))
    third = alvsbyn.promise_set.follow_up_rounds.get(number=3)
    response = client.post(f"/arbetsyta/uppfoljning/alvsbyn/uppfoljning/{third.pk}/publicera/")
    assert response.status_code == 404
    third.refresh_from_db()
    assert third.published_at is None
