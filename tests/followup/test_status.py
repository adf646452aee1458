"""The commitment status engine: every schedule kind and its edges, by the calendar."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loften.followup.status import (
    PERS,
    SEASONS,
    Schedule,
    State,
    Status,
    calendar_windows,
    commitment_status,
)

D = date
YEAR_START, YEAR_END = D(2024, 1, 1), D(2024, 12, 31)


def schedule(
    count: int | None = None,
    per: str = "",
    seasons: tuple[str, ...] = (),
    due_date: date | None = None,
    start: date | None = YEAR_START,
    end: date | None = YEAR_END,
) -> Schedule:
    return Schedule(count=count, per=per, seasons=seasons, due_date=due_date, start=start, end=end)


TWICE_SPRING_AUTUMN = schedule(count=2, per="year", seasons=("spring", "autumn"))
TWICE_A_YEAR = schedule(count=2, per="year", start=D(2023, 1, 1), end=D(2025, 12, 31))
THREE_YEARS = {"start": D(2023, 1, 1), "end": D(2025, 12, 31)}

CASES = [
    # The example: "vid minst två tillfällen under året, vår och höst".
    ("example: one spring visit, on track in June",
     TWICE_SPRING_AUTUMN, [D(2024, 4, 2)], D(2024, 6, 30), State.ON_TRACK),
    ("example: one spring visit, not met on 1 January after the period",
     TWICE_SPRING_AUTUMN, [D(2024, 4, 2)], D(2025, 1, 1), State.NOT_MET),
    ("example: spring and autumn visits, met",
     TWICE_SPRING_AUTUMN, [D(2024, 4, 2), D(2024, 10, 1)], D(2024, 10, 1), State.MET),
    ("example: two spring visits and no autumn one is overdue in December",
     TWICE_SPRING_AUTUMN, [D(2024, 4, 2), D(2024, 5, 2)], D(2024, 12, 1), State.OVERDUE),
    ("example: nothing by May 10, spring ends within 30 days",
     TWICE_SPRING_AUTUMN, [], D(2024, 5, 10), State.DUE_SOON),
    ("example: nothing by June, spring passed while the year is open",
     TWICE_SPRING_AUTUMN, [], D(2024, 6, 1), State.OVERDUE),
    ("example: autumn due soon in November",
     TWICE_SPRING_AUTUMN, [D(2024, 4, 2)], D(2024, 11, 5), State.DUE_SOON),
    # Per year, across year boundaries of a longer period.
    ("year: twice by mid-year is met",
     TWICE_A_YEAR, [D(2024, 2, 1), D(2024, 3, 1)], D(2024, 6, 30), State.MET),
    ("year: last year's activities do not count on 2 January",
     TWICE_A_YEAR, [D(2023, 12, 30), D(2023, 12, 31)], D(2024, 1, 2), State.ON_TRACK),
    ("year: 31 December is still the old year",
     TWICE_A_YEAR, [D(2023, 12, 30), D(2023, 12, 31)], D(2023, 12, 31), State.MET),
    ("year: one of two on 15 December is due soon",
     TWICE_A_YEAR, [D(2024, 2, 1)], D(2024, 12, 15), State.DUE_SOON),
    ("year: one of two on 30 November is still on track",
     TWICE_A_YEAR, [D(2024, 2, 1)], D(2024, 11, 30), State.ON_TRACK),
    ("year: after the period the last year's result stands",
     TWICE_A_YEAR, [D(2025, 3, 1)], D(2026, 3, 1), State.NOT_MET),
    ("year: after the period a met last year stays met",
     TWICE_A_YEAR, [D(2025, 3, 1), D(2025, 4, 1)], D(2026, 3, 1), State.MET),
    ("year: activities after the day asked about do not count",
     TWICE_A_YEAR, [D(2024, 2, 1), D(2024, 8, 1)], D(2024, 6, 1), State.ON_TRACK),
    ("year: once a year without a count",
     schedule(per="year"), [D(2024, 9, 9)], D(2024, 9, 9), State.MET),
    # Periods that start mid-year: a short first window, asking the full count.
    ("mid-year start: first window is July-December",
     schedule(count=2, per="year", start=D(2024, 7, 1), end=D(2026, 6, 30)),
     [D(2024, 5, 1)], D(2024, 8, 1), State.ON_TRACK),
    ("mid-year start: spring is not asked for in the short first window",
     schedule(count=1, per="year", seasons=("spring", "autumn"), start=D(2024, 7, 1), end=None),
     [D(2024, 9, 15)], D(2024, 10, 1), State.MET),
    ("mid-year end: the last window is January-June",
     schedule(count=1, per="year", start=D(2024, 1, 1), end=D(2025, 6, 30)),
     [], D(2025, 6, 10), State.DUE_SOON),
    # Periods without end go on year after year.
    ("no end: a new year asks again",
     schedule(count=1, per="year", start=D(2020, 1, 1), end=None),
     [D(2029, 12, 1)], D(2030, 3, 1), State.ON_TRACK),
    ("no end: per period never closes",
     schedule(count=3, per="period", start=D(2020, 1, 1), end=None),
     [D(2021, 1, 1)], D(2040, 3, 1), State.ON_TRACK),
    ("no start or end: per period is met by anything logged",
     schedule(count=1, per="period", start=None, end=None),
     [D(1999, 1, 1)], D(2040, 3, 1), State.MET),
    # Activities outside the period are ignored.
    ("outside: activities before the period do not count",
     TWICE_SPRING_AUTUMN, [D(2023, 4, 2), D(2023, 10, 2)], D(2024, 3, 1), State.ON_TRACK),
    ("outside: activities after the period do not count",
     schedule(count=1, per="period"), [D(2025, 1, 5)], D(2025, 2, 1), State.NOT_MET),
    ("outside: before the period it has not started",
     TWICE_SPRING_AUTUMN, [D(2023, 4, 2)], D(2023, 12, 31), State.NOT_STARTED),
    # Half-years.
    ("half-year: met in the first half",
     schedule(count=1, per="half_year"), [D(2024, 6, 30)], D(2024, 6, 30), State.MET),
    ("half-year: the second half starts on 1 July",
     schedule(count=1, per="half_year"), [D(2024, 6, 30)], D(2024, 7, 1), State.ON_TRACK),
    ("half-year: due soon in December",
     schedule(count=1, per="half_year"), [], D(2024, 12, 10), State.DUE_SOON),
    ("half-year: due soon in June",
     schedule(count=1, per="half_year"), [], D(2024, 6, 1), State.DUE_SOON),
    ("half-year: after the period the second half's result",
     schedule(count=1, per="half_year"), [D(2024, 3, 1)], D(2025, 1, 1), State.NOT_MET),
    ("half-year: named winter in the first half passed unvisited",
     schedule(per="half_year", seasons=("winter",)), [D(2024, 3, 3)], D(2024, 3, 10),
     State.OVERDUE),
    ("half-year: named winter met on leap day",
     schedule(per="half_year", seasons=("winter",)), [D(2024, 2, 29)], D(2024, 3, 10),
     State.MET),
    # Months: the due-soon horizon is half the month.
    ("month: early in the month it is on track",
     schedule(count=1, per="month"), [], D(2024, 5, 5), State.ON_TRACK),
    ("month: late in the month it is due soon",
     schedule(count=1, per="month"), [], D(2024, 5, 20), State.DUE_SOON),
    ("month: last month's activity does not count",
     schedule(count=1, per="month"), [D(2024, 4, 30)], D(2024, 5, 1), State.ON_TRACK),
    ("month: leap February ends on the 29th",
     schedule(count=1, per="month"), [D(2024, 2, 29)], D(2024, 2, 29), State.MET),
    ("month: February 29 closes February",
     schedule(count=1, per="month", end=D(2024, 2, 29)), [D(2024, 2, 10)], D(2024, 3, 1),
     State.MET),
    ("month: summer months only, in autumn the last summer month's result",
     schedule(count=1, per="month", seasons=("summer",)), [D(2024, 7, 1)], D(2024, 10, 1),
     State.NOT_MET),
    ("month: summer months only, before summer the first one is ahead",
     schedule(count=1, per="month", seasons=("summer",)), [], D(2024, 3, 1), State.ON_TRACK),
    # Seasons, each by the Swedish meteorological convention.
    ("season: spring is March to May",
     schedule(count=1, per="season"), [D(2024, 3, 1)], D(2024, 5, 31), State.MET),
    ("season: June is summer, not spring",
     schedule(count=1, per="season"), [D(2024, 5, 31)], D(2024, 6, 1), State.ON_TRACK),
    ("season: summer is June to August",
     schedule(count=1, per="season"), [D(2024, 8, 31)], D(2024, 8, 31), State.MET),
    ("season: autumn is September to November",
     schedule(count=1, per="season"), [D(2024, 9, 1)], D(2024, 11, 30), State.MET),
    ("season: winter crosses New Year, a December visit counts in January",
     schedule(count=1, per="season", end=None), [D(2024, 12, 5)], D(2025, 1, 20), State.MET),
    ("season: winter ends on leap day",
     schedule(count=1, per="season", start=D(2023, 1, 1), end=None), [], D(2024, 2, 15),
     State.DUE_SOON),
    ("season: March 1 after a leap winter opens spring",
     schedule(count=1, per="season", start=D(2023, 1, 1), end=None), [D(2024, 2, 29)],
     D(2024, 3, 1), State.ON_TRACK),
    ("season: the period's first winter is cut at its start",
     schedule(count=1, per="season"), [D(2023, 12, 24)], D(2024, 1, 10), State.ON_TRACK),
    ("season: named seasons only, winter reports autumn",
     schedule(count=1, per="season", seasons=("spring", "autumn"), end=None),
     [D(2024, 10, 1)], D(2025, 1, 15), State.MET),
    ("season: named seasons only, none fits in the period",
     schedule(count=1, per="season", seasons=("winter",), start=D(2024, 6, 1),
              end=D(2024, 8, 31)),
     [], D(2024, 7, 1), State.UNSCHEDULED),
    ("named season: summer alone recurs yearly",
     schedule(seasons=("summer",), end=None), [D(2024, 7, 1)], D(2025, 7, 1), State.ON_TRACK),
    ("named season: winter in a year window is January, February and December",
     schedule(per="year", seasons=("winter",)), [D(2024, 12, 20)], D(2024, 12, 20), State.MET),
    ("named season: winter in a year is not overdue after February",
     schedule(per="year", seasons=("winter",)), [], D(2024, 6, 1), State.ON_TRACK),
    ("named season: every season of the year asked for",
     schedule(per="year", seasons=SEASONS),
     [D(2024, 1, 5), D(2024, 4, 5), D(2024, 7, 5), D(2024, 10, 5)], D(2024, 10, 5), State.MET),
    # Per period and due dates.
    ("period: three times over three years",
     schedule(count=3, per="period", **THREE_YEARS),
     [D(2023, 5, 1), D(2024, 5, 1)], D(2025, 1, 1), State.ON_TRACK),
    ("period: due soon at its end",
     schedule(count=3, per="period", **THREE_YEARS),
     [D(2023, 5, 1), D(2024, 5, 1)], D(2025, 12, 20), State.DUE_SOON),
    ("period: not met when it closed",
     schedule(count=3, per="period", **THREE_YEARS),
     [D(2023, 5, 1), D(2024, 5, 1)], D(2026, 1, 1), State.NOT_MET),
    ("count alone asks once over the period",
     schedule(count=2, **THREE_YEARS), [D(2023, 5, 1), D(2025, 5, 1)], D(2025, 6, 1),
     State.MET),
    ("due date: before it, on track",
     schedule(due_date=D(2024, 6, 30)), [], D(2024, 3, 1), State.ON_TRACK),
    ("due date: within 30 days, due soon",
     schedule(due_date=D(2024, 6, 30)), [], D(2024, 6, 1), State.DUE_SOON),
    ("due date: on the day, due soon",
     schedule(due_date=D(2024, 6, 30)), [], D(2024, 6, 30), State.DUE_SOON),
    ("due date: passed while the period runs, overdue",
     schedule(due_date=D(2024, 6, 30)), [], D(2024, 7, 1), State.OVERDUE),
    ("due date: done late is met",
     schedule(due_date=D(2024, 6, 30)), [D(2024, 7, 10)], D(2024, 7, 10), State.MET),
    ("due date: the period closed without it, not met",
     schedule(due_date=D(2024, 6, 30)), [], D(2025, 1, 1), State.NOT_MET),
    ("due date: inside a yearly window it is a deadline of that year",
     schedule(count=1, per="year", due_date=D(2024, 3, 31), **THREE_YEARS), [],
     D(2024, 4, 2), State.OVERDUE),
    ("due date: other years of a yearly schedule do not have it",
     schedule(count=1, per="year", due_date=D(2024, 3, 31), **THREE_YEARS), [],
     D(2025, 4, 2), State.ON_TRACK),
    # Without a schedule.
    ("unscheduled: nothing to check",
     schedule(), [D(2024, 5, 1)], D(2024, 6, 1), State.UNSCHEDULED),
    ("unscheduled: before the period it has not started",
     schedule(), [], D(2023, 6, 1), State.NOT_STARTED),
    ("count zero asks for nothing",
     schedule(count=0, per="year"), [], D(2024, 6, 1), State.MET),
    # The first day of a period belongs to it: an activity that day counts, and it is not
    # "not started" any more.
    ("an activity on the period's first day counts that day",
     schedule(count=1, per="year", start=D(2024, 3, 1)), [D(2024, 3, 1)], D(2024, 3, 1),
     State.MET),
    ("a monthly commitment from a month's last day is due that month",
     schedule(count=1, per="month", start=D(2024, 3, 31)), [D(2024, 3, 31)], D(2024, 3, 31),
     State.MET),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sched", "activities", "on", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_commitment_status(
    sched: Schedule, activities: list[date], on: date, expected: State
) -> None:
    assert commitment_status(sched, activities, on).state is expected


@pytest.mark.parametrize(
    ("sched", "activities", "on", "expected"),
    [
        pytest.param(
            TWICE_SPRING_AUTUMN,
            [D(2024, 4, 2)],
            D(2024, 6, 30),
            Status(
                State.ON_TRACK,
                "Enligt plan: 1 av 2 tillfällen (vår klar, höst återstår)",
                1,
                2,
                D(2024, 1, 1),
                D(2024, 12, 31),
            ),
            id="example in June",
        ),
        pytest.param(
            TWICE_SPRING_AUTUMN,
            [D(2024, 4, 2)],
            D(2025, 1, 1),
            Status(
                State.NOT_MET,
                "Inte uppfyllt: 1 av 2 tillfällen (vår klar, höst missad)",
                1,
                2,
                D(2024, 1, 1),
                D(2024, 12, 31),
            ),
            id="example on New Year's Day",
        ),
        pytest.param(
            TWICE_SPRING_AUTUMN,
            [],
            D(2024, 5, 10),
            Status(
                State.DUE_SOON,
                "Snart dags: 0 av 2 tillfällen, senast 2024-05-31 (vår återstår, höst återstår)",
                0,
                2,
                D(2024, 1, 1),
                D(2024, 12, 31),
            ),
            id="spring ending soon",
        ),
        pytest.param(
            schedule(due_date=D(2024, 6, 30)),
            [],
            D(2024, 7, 1),
            Status(
                State.OVERDUE,
                "Försenat: 0 av 1 tillfälle, skulle vara klart 2024-06-30",
                0,
                1,
                D(2024, 1, 1),
                D(2024, 12, 31),
            ),
            id="due date passed",
        ),
        pytest.param(
            schedule(count=1, per="year", start=D(2024, 7, 1), end=None),
            [D(2024, 8, 1), D(2024, 9, 1)],
            D(2024, 9, 1),
            Status(State.MET, "Uppfyllt: 2 av 1 tillfälle", 2, 1, D(2024, 7, 1), D(2024, 12, 31)),
            id="short first window",
        ),
        pytest.param(
            schedule(count=1, per="season", end=None),
            [],
            D(2025, 1, 10),
            Status(
                State.ON_TRACK,
                "Enligt plan: 0 av 1 tillfälle",
                0,
                1,
                D(2024, 12, 1),
                D(2025, 2, 28),
            ),
            id="winter window across New Year",
        ),
        pytest.param(
            TWICE_SPRING_AUTUMN,
            [],
            D(2023, 11, 1),
            Status(
                State.NOT_STARTED,
                "Inte påbörjat: perioden börjar 2024-01-01",
                0,
                2,
                D(2024, 1, 1),
                D(2024, 12, 31),
            ),
            id="before the period",
        ),
        pytest.param(
            schedule(),
            [D(2024, 2, 1), D(2024, 3, 1), D(2025, 3, 1)],
            D(2025, 6, 1),
            Status(
                State.UNSCHEDULED,
                "Ingen tidsplan: 2 aktiviteter registrerade",
                2,
                None,
                D(2024, 1, 1),
                D(2024, 12, 31),
            ),
            id="unscheduled counts what the period logged",
        ),
    ],
)
def test_commitment_status_tells_what_and_when(
    sched: Schedule, activities: list[date], on: date, expected: Status
) -> None:
    assert commitment_status(sched, activities, on) == expected


def test_unknown_schedule_values_are_refused() -> None:
    with pytest.raises(ValueError, match="per"):
        schedule(per="fortnight")
    with pytest.raises(ValueError, match="seasons"):
        schedule(seasons=("monsoon",))


days = st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31))


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    start = draw(st.none() | days)
    end = draw(st.none() | days.filter(lambda d: start is None or d >= start))
    return Schedule(
        count=draw(st.none() | st.integers(min_value=0, max_value=20)),
        per=draw(st.sampled_from(PERS)),
        seasons=tuple(draw(st.lists(st.sampled_from(SEASONS), unique=True))),
        due_date=draw(st.none() | days),
        start=start,
        end=end,
    )


@given(schedules(), st.lists(days, max_size=12), days)
def test_commitment_status_always_answers(
    sched: Schedule, activities: list[date], on: date
) -> None:
    status = commitment_status(sched, activities, on)
    assert status.done >= 0
    assert status.done <= len(activities)
    assert status.label
    if status.state is State.MET:
        assert status.required is not None and status.done >= status.required


# The edges a mutation run (`make mutants`) showed no test held: each case fails when
# one comparison or boundary of status.py moves by a day.
EDGE_CASES = [
    pytest.param(
        schedule(count=1, per="period"), [D(2024, 12, 31)], D(2024, 12, 31),
        Status(State.MET, "Uppfyllt: 1 av 1 tillfälle", 1, 1, YEAR_START, YEAR_END),
        id="an activity on the period's last day counts",
    ),
    pytest.param(
        schedule(), [], D(2023, 6, 1),
        Status(State.NOT_STARTED, "Inte påbörjat: perioden börjar 2024-01-01", 0, None,
               YEAR_START, YEAR_END),
        id="unscheduled before the period: the period's dates",
    ),
    pytest.param(
        schedule(count=1, per="month", seasons=("summer",)), [], D(2023, 11, 1),
        Status(State.NOT_STARTED, "Inte påbörjat: perioden börjar 2024-01-01", 0, 1,
               D(2024, 6, 1), D(2024, 6, 30)),
        id="monthly in summer before the period: the first named window",
    ),
    pytest.param(
        schedule(count=1, per="month", seasons=("winter",), start=D(2024, 6, 1),
                 end=D(2024, 8, 31)),
        [D(2024, 7, 1)], D(2024, 7, 2),
        Status(State.UNSCHEDULED,
               "Ingen tidsplan: inget av det som ska göras infaller under perioden", 0, None,
               D(2024, 6, 1), D(2024, 8, 31)),
        id="named winter months outside a summer period ask nothing",
    ),
    pytest.param(
        schedule(), [], D(2024, 6, 1),
        Status(State.UNSCHEDULED, "Ingen tidsplan: inga aktiviteter registrerade", 0, None,
               YEAR_START, YEAR_END),
        id="unscheduled without activities",
    ),
    pytest.param(
        schedule(), [D(2024, 2, 1)], D(2024, 6, 1),
        Status(State.UNSCHEDULED, "Ingen tidsplan: 1 aktivitet registrerad", 1, None,
               YEAR_START, YEAR_END),
        id="unscheduled with one activity",
    ),
    pytest.param(
        schedule(count=1, per="season", seasons=("spring",)), [], D(2024, 4, 1),
        Status(State.ON_TRACK, "Enligt plan: 0 av 1 tillfälle", 0, 1,
               D(2024, 3, 1), D(2024, 5, 31)),
        id="per season in spring: the window is the season, no season note",
    ),
    pytest.param(
        schedule(count=1, per="month", seasons=("summer",)), [], D(2024, 6, 10),
        Status(State.ON_TRACK, "Enligt plan: 0 av 1 tillfälle", 0, 1,
               D(2024, 6, 1), D(2024, 6, 30)),
        id="per month in summer: the window is the month, no season note",
    ),
    pytest.param(
        schedule(count=2, per="year", seasons=("autumn", "spring")), [], D(2024, 4, 1),
        Status(State.ON_TRACK, "Enligt plan: 0 av 2 tillfällen (vår återstår, höst återstår)",
               0, 2, YEAR_START, YEAR_END),
        id="seasons are told in the order they come, not as written",
    ),
    pytest.param(
        TWICE_SPRING_AUTUMN, [], D(2024, 5, 31),
        Status(State.DUE_SOON,
               "Snart dags: 0 av 2 tillfällen, senast 2024-05-31 (vår återstår, höst återstår)",
               0, 2, YEAR_START, YEAR_END),
        id="on the last day of spring, spring is not yet missed",
    ),
    pytest.param(
        schedule(count=1, per="month"), [], D(2024, 7, 16),
        Status(State.DUE_SOON, "Snart dags: 0 av 1 tillfälle, senast 2024-07-31", 0, 1,
               D(2024, 7, 1), D(2024, 7, 31)),
        id="a 31-day month is due soon 15 days before its end",
    ),
    pytest.param(
        schedule(count=1, per="month"), [], D(2024, 7, 15),
        Status(State.ON_TRACK, "Enligt plan: 0 av 1 tillfälle", 0, 1,
               D(2024, 7, 1), D(2024, 7, 31)),
        id="a 31-day month is on track 16 days before its end",
    ),
    pytest.param(
        schedule(count=1, per="year", seasons=("spring", "autumn"), due_date=D(2024, 9, 1)),
        [], D(2024, 9, 1),
        Status(State.OVERDUE, "Försenat: 0 av 2 tillfällen (vår missad, höst återstår)", 0, 2,
               YEAR_START, YEAR_END),
        id="on its due date a missed season is late, the date not yet",
    ),
    pytest.param(
        schedule(count=1, per="month", end=D(2024, 7, 1)), [D(2024, 6, 15)], D(2024, 7, 1),
        Status(State.DUE_SOON, "Snart dags: 0 av 1 tillfälle, senast 2024-07-01", 0, 1,
               D(2024, 7, 1), D(2024, 7, 1)),
        id="a period ending on a month's first day has that day as its last window",
    ),
    pytest.param(
        schedule(count=1, per="half_year"), [D(2024, 1, 1)], D(2024, 2, 1),
        Status(State.MET, "Uppfyllt: 1 av 1 tillfälle", 1, 1, D(2024, 1, 1), D(2024, 6, 30)),
        id="the first half-year begins on 1 January",
    ),
    pytest.param(
        schedule(count=1, per="half_year"), [D(2024, 7, 1)], D(2024, 8, 1),
        Status(State.MET, "Uppfyllt: 1 av 1 tillfälle", 1, 1, D(2024, 7, 1), D(2024, 12, 31)),
        id="the second half-year begins on 1 July",
    ),
    pytest.param(
        schedule(seasons=("spring",), due_date=D(2024, 12, 1), end=None), [D(2024, 10, 1)],
        D(2024, 11, 1),
        Status(State.DUE_SOON, "Snart dags: 1 av 1 tillfälle, senast 2024-12-01 (vår återstår)",
               1, 1, YEAR_START, None),
        id="without a period end a named season still asks for its own activity",
    ),
    pytest.param(
        schedule(count=1, per="year", seasons=("spring",), end=D(2024, 3, 1)), [D(2024, 2, 1)],
        D(2024, 3, 1),
        Status(State.DUE_SOON, "Snart dags: 1 av 1 tillfälle, senast 2024-03-01 (vår återstår)",
               1, 1, YEAR_START, D(2024, 3, 1)),
        id="a period ending on spring's first day still asks for spring",
    ),
    pytest.param(
        schedule(count=1, per="year", seasons=("spring",), start=D(2024, 5, 31)),
        [D(2024, 6, 5)], D(2024, 7, 1),
        Status(State.OVERDUE, "Försenat: 1 av 1 tillfälle (vår missad)", 1, 1,
               D(2024, 5, 31), YEAR_END),
        id="a period starting on spring's last day asks for spring",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("sched", "activities", "on", "expected"), EDGE_CASES)
def test_the_edges_of_windows_seasons_and_deadlines(
    sched: Schedule, activities: list[date], on: date, expected: Status
) -> None:
    assert commitment_status(sched, activities, on) == expected


def test_calendar_windows_are_clipped_to_the_period_at_both_ends() -> None:
    assert calendar_windows("half_year", D(2024, 3, 15), D(2025, 2, 10)) == [
        (D(2024, 3, 15), D(2024, 6, 30)),
        (D(2024, 7, 1), D(2024, 12, 31)),
        (D(2025, 1, 1), D(2025, 2, 10)),
    ]
    assert calendar_windows("season", D(2024, 1, 15), D(2024, 6, 1)) == [
        (D(2024, 1, 15), D(2024, 2, 29)),
        (D(2024, 3, 1), D(2024, 5, 31)),
        (D(2024, 6, 1), D(2024, 6, 1)),
    ]
    assert calendar_windows("month", D(2024, 12, 31), D(2024, 12, 31)) == [
        (D(2024, 12, 31), D(2024, 12, 31))
    ]
    with pytest.raises(ValueError, match="no windows per 'period'"):
        calendar_windows("period", D(2024, 1, 1), D(2024, 12, 31))
