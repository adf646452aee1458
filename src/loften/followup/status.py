"""Whether a commitment is kept: its schedule and its logged activities, on a given day.

Plain Python, no Django: a schedule, the dates of its activities and a day
in, one status out. The status is computed, never stored, so it can be
asked for any day, past or future.

The schedule is split into windows, each of which must meet the
requirement on its own:

* per year: calendar years; per half-year: January–June and July–December;
  per month: calendar months; per season: the Swedish meteorological
  seasons (vår March–May, sommar June–August, höst September–November,
  vinter December–February, across New Year);
* per period: once over the whole period; a due date alone, or a count
  alone, also asks once over the whole period; named seasons without a
  due date recur every year.

Windows are clipped to the promise set's period, so a period that starts
in the middle of a year has a short first window. A short window still asks
for the full count: the document says how many, and we do not guess at a
proportion of it.

Within a window the requirement is: at least `count` activities (one if no
count is given), and at least one activity in each named season that falls
in the window ("vår och höst"; winter inside a calendar year is its January,
February and December). With per season or per month, named seasons pick
which windows ask for anything at all ("en gång per månad under sommaren").
Activities are occasions: each logged activity is one, whatever its
quantity. Activities outside the period, or after the day asked about, do
not count.

The states, for the window the day falls in:

* met: the requirement is fulfilled (also when done after a due date);
* overdue: a named season or the due date passed unfulfilled while the
  window is still open;
* due_soon: not fulfilled and a deadline (the window's end, a named
  season's end or the due date) is at most 30 days away. In windows
  shorter than two months the horizon is half the window, so a monthly
  commitment is not "snart dags" for its whole month;
* on_track: not fulfilled yet, with time left;
* not_met: the window closed unfulfilled. A day after the period's end
  reports the last window's final result, and a day in a gap between named
  windows (winter for "varje vår och höst") the previous window's;
* not_started: the day is before the period;
* unscheduled: nothing to check against (no count, per, due date or season).
"""

from __future__ import annotations

import calendar
import enum
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from loften.promises.validity import swedish_date

DUE_SOON_DAYS = 30

PERS = ("", "year", "half_year", "season", "month", "period")
SEASONS = ("spring", "summer", "autumn", "winter")
SEASON_NAMES = {"spring": "vår", "summer": "sommar", "autumn": "höst", "winter": "vinter"}
_SEASON_MONTHS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "winter": (12, 1, 2),
}
_SEASON_OF_MONTH = {month: season for season, months in _SEASON_MONTHS.items() for month in months}


class State(enum.StrEnum):
    MET = "met"
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NOT_MET = "not_met"
    NOT_STARTED = "not_started"
    UNSCHEDULED = "unscheduled"

    @property
    def label(self) -> str:
        """The state in Swedish, as a badge shows it."""
        return STATE_LABELS[self]


STATE_LABELS = {
    State.MET: "uppfyllt",
    State.ON_TRACK: "enligt plan",
    State.DUE_SOON: "snart dags",
    State.OVERDUE: "försenat",
    State.NOT_MET: "inte uppfyllt",
    State.NOT_STARTED: "inte påbörjat",
    State.UNSCHEDULED: "ingen tidsplan",
}


@dataclass(frozen=True)
class Schedule:
    """A commitment's schedule and the period of its promise set."""

    count: int | None
    per: str
    seasons: tuple[str, ...]
    due_date: date | None
    start: date | None
    end: date | None

    def __post_init__(self) -> None:
        if self.per not in PERS:
            raise ValueError(f"unknown per: {self.per!r}")
        unknown = set(self.seasons) - set(SEASONS)
        if unknown:
            raise ValueError(f"unknown seasons: {sorted(unknown)}")

    @property
    def scheduled(self) -> bool:
        return bool(self.count is not None or self.per or self.due_date or self.seasons)

    @property
    def effective_per(self) -> str:
        """The window kind: named seasons alone recur yearly, anything else alone is once."""
        if self.per:
            return self.per
        return "year" if self.seasons and not self.due_date else "period"

    def in_period(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Status:
    state: State
    label: str
    done: int
    required: int | None
    window_start: date | None
    window_end: date | None


def commitment_status(schedule: Schedule, activity_dates: Sequence[date], on: date) -> Status:
    """The status of a commitment with this schedule and these activities, on `on`."""
    dates = sorted(d for d in activity_dates if d <= on and schedule.in_period(d))
    start = schedule.start
    not_started = start is not None and on < start
    window = _current_window(schedule, start if start is not None and not_started else on)
    if start is not None and not_started:
        evaluation = _Evaluation(schedule, window, [], on) if window else None
        return Status(
            state=State.NOT_STARTED,
            label=f"Inte påbörjat: perioden börjar {start.isoformat()}",
            done=0,
            required=evaluation.required if evaluation else None,
            window_start=window.start if window else schedule.start,
            window_end=window.end if window else schedule.end,
        )
    if window is None:
        why = (
            "inget av det som ska göras infaller under perioden"
            if schedule.scheduled
            else _activities_logged(len(dates))
        )
        return Status(
            state=State.UNSCHEDULED,
            label=f"Ingen tidsplan: {why}",
            done=0 if schedule.scheduled else len(dates),
            required=None,
            window_start=schedule.start,
            window_end=schedule.end,
        )
    return _Evaluation(schedule, window, dates, on).status()


@dataclass(frozen=True)
class _Window:
    start: date | None
    end: date | None

    def contains(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class _Span:
    """A window of the calendar, before it is clipped to the period."""

    start: date
    end: date

    def clip(self, start: date | None, end: date | None) -> _Window:
        return _Window(
            start=self.start if start is None else max(self.start, start),
            end=self.end if end is None else min(self.end, end),
        )


@dataclass(frozen=True)
class _SeasonPart:
    """A named season as it falls in a window: met by one activity, due by its end."""

    season: str
    deadline: date | None
    done: bool


class _Evaluation:
    def __init__(self, schedule: Schedule, window: _Window, dates: list[date], on: date) -> None:
        self.schedule = schedule
        self.window = window
        self.on = on
        self.dates = [d for d in dates if window.contains(d)]
        self.parts = self._season_parts()
        count = 1 if schedule.count is None else schedule.count
        self.required = max(count, len(self.parts))

    def _season_parts(self) -> list[_SeasonPart]:
        if self.schedule.effective_per in ("season", "month"):
            return []
        parts = []
        for season in self.schedule.seasons:
            present, deadline = _season_in_window(season, self.window)
            if present:
                done = any(_SEASON_OF_MONTH[d.month] == season for d in self.dates)
                parts.append(_SeasonPart(season=season, deadline=deadline, done=done))
        return sorted(parts, key=lambda p: (p.deadline is None, p.deadline or date.min))

    def status(self) -> Status:
        state = self._state()
        return Status(
            state=state,
            label=self._label(state),
            done=len(self.dates),
            required=self.required,
            window_start=self.window.start,
            window_end=self.window.end,
        )

    @property
    def met(self) -> bool:
        return len(self.dates) >= self.required and all(p.done for p in self.parts)

    @property
    def closed(self) -> bool:
        return self.window.end is not None and self.on > self.window.end

    def _due_date(self) -> date | None:
        due = self.schedule.due_date
        if due is None or not self.window.contains(due):
            return None
        return due

    def _missed_seasons(self) -> list[_SeasonPart]:
        return [
            p
            for p in self.parts
            if not p.done and (self.closed or (p.deadline is not None and p.deadline < self.on))
        ]

    def _next_deadline(self) -> date | None:
        deadlines = [p.deadline for p in self.parts if not p.done and p.deadline is not None]
        deadlines += [d for d in (self._due_date(), self.window.end) if d is not None]
        upcoming = [d for d in deadlines if d >= self.on]
        return min(upcoming, default=None)

    def _horizon(self) -> timedelta:
        if self.window.start is None or self.window.end is None:
            return timedelta(days=DUE_SOON_DAYS)
        length = (self.window.end - self.window.start).days + 1
        return timedelta(days=min(DUE_SOON_DAYS, length // 2))

    def _state(self) -> State:
        if self.met:
            return State.MET
        if self.closed:
            return State.NOT_MET
        due = self._due_date()
        if self._missed_seasons() or (due is not None and due < self.on):
            return State.OVERDUE
        deadline = self._next_deadline()
        if deadline is not None and deadline - self.on <= self._horizon():
            return State.DUE_SOON
        return State.ON_TRACK

    def _label(self, state: State) -> str:
        times = "tillfälle" if self.required == 1 else "tillfällen"
        text = f"{state.label.capitalize()}: {len(self.dates)} av {self.required} {times}"
        due, deadline = self._due_date(), self._next_deadline()
        if state is State.DUE_SOON and deadline is not None:
            text += f", senast {deadline.isoformat()}"
        elif state is State.OVERDUE and due is not None and due < self.on:
            text += f", skulle vara klart {due.isoformat()}"
        if self.parts and state is not State.MET:
            missed = self._missed_seasons()
            notes = [
                f"{SEASON_NAMES[p.season]} "
                + ("klar" if p.done else "missad" if p in missed else "återstår")
                for p in self.parts
            ]
            text += f" ({', '.join(notes)})"
        return text


def _current_window(schedule: Schedule, day: date) -> _Window | None:
    """The window `day` falls in, the last one if after the period; None if none asks anything.

    With named seasons per season or month, a day between named windows
    belongs to the previous named window, or to the first if none came before.
    """
    if not schedule.scheduled:
        return None
    per = schedule.effective_per
    if per == "period":
        return _Window(schedule.start, schedule.end)
    if schedule.end is not None and day > schedule.end:
        day = schedule.end
    origin = _window_around(per, day)
    for step in (_previous_window, _next_window):
        candidate = origin
        while _overlaps_period(candidate, schedule) and not _too_far(candidate, origin):
            if _window_allowed(schedule, candidate):
                return candidate.clip(schedule.start, schedule.end)
            candidate = step(per, candidate)
    return None


def calendar_windows(per: str, start: date, end: date) -> list[tuple[date, date]]:
    """The windows per year, half-year, season or month from `start` to `end`, clipped to them."""
    windows = []
    span = _window_around(per, start)
    while span.start <= end:
        windows.append((max(span.start, start), min(span.end, end)))
        span = _next_window(per, span)
    return windows


def _overlaps_period(span: _Span, schedule: Schedule) -> bool:
    return (schedule.start is None or span.end >= schedule.start) and (
        schedule.end is None or span.start <= schedule.end
    )


def _window_allowed(schedule: Schedule, span: _Span) -> bool:
    if not schedule.seasons or schedule.effective_per not in ("season", "month"):
        return True
    return _SEASON_OF_MONTH[span.start.month] in schedule.seasons


def _too_far(candidate: _Span, origin: _Span) -> bool:
    """Every named window recurs within a year; looking further finds nothing new."""
    return abs((candidate.start - origin.start).days) > 366


def _window_around(per: str, day: date) -> _Span:
    year, month = day.year, day.month
    if per == "year":
        return _Span(date(year, 1, 1), date(year, 12, 31))
    if per == "half_year":
        if month <= 6:
            return _Span(date(year, 1, 1), date(year, 6, 30))
        return _Span(date(year, 7, 1), date(year, 12, 31))
    if per == "month":
        return _Span(date(year, month, 1), _month_end(year, month))
    if per == "season":
        season = _SEASON_OF_MONTH[month]
        return _season_occurrence(season, year - 1 if month in (1, 2) else year)
    raise ValueError(f"no windows per {per!r}")


def _previous_window(per: str, span: _Span) -> _Span:
    return _window_around(per, span.start - timedelta(days=1))


def _next_window(per: str, span: _Span) -> _Span:
    return _window_around(per, span.end + timedelta(days=1))


def _season_occurrence(season: str, year: int) -> _Span:
    """The season of `year`; winter is the one that begins in December of `year`."""
    months = _SEASON_MONTHS[season]
    first, last = months[0], months[-1]
    end_year = year + 1 if season == "winter" else year
    return _Span(date(year, first, 1), _month_end(end_year, last))


def _season_in_window(season: str, window: _Window) -> tuple[bool, date | None]:
    """Whether the season falls in the window, and when its last part there ends."""
    if window.end is None:
        return True, None
    for year in (window.end.year, window.end.year - 1):
        occurrence = _season_occurrence(season, year)
        if occurrence.start <= window.end:
            present = window.start is None or occurrence.end >= window.start
            return present, min(occurrence.end, window.end)
    return False, None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _activities_logged(count: int) -> str:
    if count == 0:
        return "inga aktiviteter registrerade"
    if count == 1:
        return "1 aktivitet registrerad"
    return f"{count} aktiviteter registrerade"


# The order states are counted, drawn and explained in: done first, trouble last.
STATE_ORDER = (
    State.MET,
    State.ON_TRACK,
    State.DUE_SOON,
    State.NOT_STARTED,
    State.OVERDUE,
    State.NOT_MET,
    State.UNSCHEDULED,
)
# What a summary always counts, even when none are in the state: the question a
# resident comes with. The other two states are counted when they occur.
SUMMARY_STATES = (State.MET, State.ON_TRACK, State.DUE_SOON, State.OVERDUE, State.NOT_MET)
_COUNTED = {
    State.MET: ("uppfyllt", "uppfyllda"),
    State.ON_TRACK: ("enligt plan", "enligt plan"),
    State.DUE_SOON: ("snart dags", "snart dags"),
    State.OVERDUE: ("försenat", "försenade"),
    State.NOT_MET: ("inte uppfyllt", "inte uppfyllda"),
    State.NOT_STARTED: ("inte påbörjat", "inte påbörjade"),
    State.UNSCHEDULED: ("utan tidsplan", "utan tidsplan"),
}


def counted(state: State, count: int) -> str:
    """ "3 uppfyllda", "1 försenat": a number of commitments in a state."""
    singular, plural = _COUNTED[state]
    return f"{count} {singular if count == 1 else plural}"


@dataclass(frozen=True)
class Tally:
    """How many commitments are in each state: a summary bar and its words."""

    counts: tuple[tuple[State, int], ...]  # every state in STATE_ORDER, zeros included

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)

    def count(self, state: State) -> int:
        return dict(self.counts)[state]

    @property
    def present(self) -> list[tuple[State, int]]:
        """The states that occur, in STATE_ORDER: the segments of the bar."""
        return [(state, count) for state, count in self.counts if count]

    @property
    def segments(self) -> list[tuple[State, int, int]]:
        """(state, count, where its segment starts) for each state present, left to right."""
        found, start = [], 0
        for state, count in self.present:
            found.append((state, count, start))
            start += count
        return found

    @property
    def scheduled(self) -> int:
        return self.total - self.count(State.UNSCHEDULED)

    @property
    def words(self) -> str:
        """ "Av 7 åtaganden är 2 uppfyllda, 3 enligt plan, 1 snart dags, 1 försenat och
        0 inte uppfyllda." What the bar shows, for everyone and for screen readers."""
        if not self.total:
            return "Inga åtaganden."
        shown = [
            counted(state, count)
            for state, count in self.counts
            if state in SUMMARY_STATES or count
        ]
        noun = "åtagande" if self.total == 1 else "åtaganden"
        listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} och {shown[-1]}"
        return f"Av {self.total} {noun} är {listed}."

    @property
    def brief(self) -> str:
        """ "3 åtaganden: 1 uppfyllt, 2 snart dags": the states that occur, for one promise."""
        noun = "åtagande" if self.total == 1 else "åtaganden"
        return f"{self.total} {noun}: " + ", ".join(counted(s, n) for s, n in self.present) + "."


def tally(states: Iterable[State]) -> Tally:
    found = Counter(states)
    return Tally(tuple((state, found[state]) for state in STATE_ORDER))


@dataclass(frozen=True)
class Told:
    """What a follow-up said about a promise: how many things done and not done."""

    round_number: int | None
    done: int
    not_done: int


@dataclass(frozen=True)
class PromiseState:
    """Where a promise without a scheduled commitment stands, in words.

    `short` fits a badge or a chart label; `text` is the whole sentence.
    """

    short: str
    text: str


def unscheduled_promise_state(
    activity_dates: Sequence[date], *, since: date | None, told: Told | None, on: date
) -> PromiseState:
    """A promise with nothing to check against: what a follow-up said, and what was logged.

    `since` is where "this period" begins (the follow-up round under way, or the
    set's first day); `told` is what the last published follow-up said, if it said
    anything about the promise.
    """
    dates = sorted(d for d in activity_dates if d <= on)
    recent = [d for d in dates if since is None or d >= since]
    if recent:
        n = len(recent)
        when = f"sedan {swedish_date(since)}" if since else "under perioden"
        logged = (
            f"{n} {'aktivitet' if n == 1 else 'aktiviteter'} {when}, "
            f"senast {swedish_date(recent[-1])}."
        )
        short = f"{n} {'aktivitet' if n == 1 else 'aktiviteter'}"
    elif dates:
        logged = f"Ingen tidsplan angiven. Senaste aktivitet {swedish_date(dates[-1])}."
        short = "Ingen tidsplan angiven"
    elif told is not None and (told.done or told.not_done):
        logged = "Ingen tidsplan angiven."
        short = "Ingen tidsplan angiven"
    else:
        logged = "Ingen tidsplan angiven. Inga aktiviteter registrerade."
        short = "Ingen tidsplan angiven"
    if told is None or not (told.done or told.not_done):
        return PromiseState(short=short, text=logged)
    verdict = (
        "delvis genomfört"
        if told.done and told.not_done
        else "genomfört"
        if told.done
        else "inte genomfört"
    )
    source = f"uppföljning {told.round_number}" if told.round_number else "uppföljningen"
    return PromiseState(
        short=verdict[:1].upper() + verdict[1:],
        text=f"Enligt {source}: {verdict}. {logged}",
    )
