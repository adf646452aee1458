"""A set's and a promise's roll-up in words: counts by state, and promises with no schedule."""

from datetime import date

import pytest

from loften.followup.status import State, Told, tally, unscheduled_promise_state

D = date


def test_the_words_name_the_five_states_a_resident_asks_about_even_at_zero() -> None:
    counts = tally([State.MET, State.MET, State.ON_TRACK, State.OVERDUE])
    assert counts.words == (
        "Av 4 åtaganden är 2 uppfyllda, 1 enligt plan, 0 snart dags, 1 försenat "
        "och 0 inte uppfyllda."
    )
    assert counts.brief == "4 åtaganden: 2 uppfyllda, 1 enligt plan, 1 försenat."


def test_states_outside_the_five_are_counted_when_they_occur() -> None:
    counts = tally([State.UNSCHEDULED, State.NOT_STARTED, State.MET])
    assert "1 inte påbörjat" in counts.words
    assert "1 utan tidsplan" in counts.words
    assert counts.scheduled == 2


def test_the_bar_segments_follow_each_other_in_the_order_of_the_states() -> None:
    counts = tally([State.NOT_MET, State.MET, State.DUE_SOON, State.MET])
    assert counts.segments == [
        (State.MET, 2, 0),
        (State.DUE_SOON, 1, 2),
        (State.NOT_MET, 1, 3),
    ]
    assert counts.total == 4


def test_no_commitments_say_so() -> None:
    assert tally([]).words == "Inga åtaganden."


@pytest.mark.parametrize(
    "dates, told, expected_short, expected_text",
    [
        (
            [D(2026, 1, 20), D(2026, 2, 3), D(2026, 3, 12)],
            None,
            "3 aktiviteter",
            "3 aktiviteter sedan 1 januari 2026, senast 12 mars 2026.",
        ),
        (
            [D(2025, 10, 1)],
            None,
            "Ingen tidsplan angiven",
            "Ingen tidsplan angiven. Senaste aktivitet 1 oktober 2025.",
        ),
        (
            [],
            None,
            "Ingen tidsplan angiven",
            "Ingen tidsplan angiven. Inga aktiviteter registrerade.",
        ),
        (
            [D(2026, 2, 3)],
            Told(2, done=1, not_done=0),
            "Genomfört",
            "Enligt uppföljning 2: genomfört. 1 aktivitet sedan 1 januari 2026, "
            "senast 3 februari 2026.",
        ),
        (
            [],
            Told(None, done=2, not_done=1),
            "Delvis genomfört",
            "Enligt uppföljningen: delvis genomfört. Ingen tidsplan angiven.",
        ),
        (
            [],
            Told(3, done=0, not_done=1),
            "Inte genomfört",
            "Enligt uppföljning 3: inte genomfört. Ingen tidsplan angiven.",
        ),
        ([], Told(3, done=0, not_done=0), "Ingen tidsplan angiven", "Ingen tidsplan angiven. "
         "Inga aktiviteter registrerade."),
    ],
)  # fmt: skip
def test_a_promise_with_no_schedule_says_where_it_stands(
    dates: list[date], told: Told | None, expected_short: str, expected_text: str
) -> None:
    state = unscheduled_promise_state(dates, since=D(2026, 1, 1), told=told, on=D(2026, 3, 15))
    assert (state.short, state.text) == (expected_short, expected_text)


def test_activities_after_the_day_asked_about_do_not_count() -> None:
    state = unscheduled_promise_state(
        [D(2026, 3, 1), D(2026, 4, 1)], since=D(2026, 1, 1), told=None, on=D(2026, 3, 15)
    )
    assert state.text == "1 aktivitet sedan 1 januari 2026, senast 1 mars 2026."
