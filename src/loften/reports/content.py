"""The "så gick det" report as plain values, read from the database in a fixed number of queries.

Seed 003 ("Så gick det med medborgarlöftena 2019–2021") gives the structure: per
focus area and promise, what was done and what was not, and why. The report adds
what the platform knows beyond the document: each commitment's status, the
activities logged, and each target's latest measured value.

Activities are told per commitment as a count, a total of their quantities and the
latest few (`LATEST_ACTIVITIES`), never one line each: a kommun may log tens of
thousands, and the page, the PDF and the Word file stay the same size.

A report covers either a promise set's period up to a day, or one follow-up
round. Every renderer (HTML, PDF, DOCX) reads the same `Report`, so the three
formats always say the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import (
    Count,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Sum,
    prefetch_related_objects,
)
from django.utils.text import slugify

from loften.followup.models import (
    Activity,
    ActivityCommitment,
    FollowUpRound,
    Measurement,
    Outcome,
)
from loften.followup.selectors import commitment_statuses, newest_links, numbering_with
from loften.followup.status import (
    STATE_ORDER,
    PromiseState,
    State,
    Told,
    tally,
    unscheduled_promise_state,
)
from loften.promises.models import Party, Promise, PromiseSet, Target
from loften.promises.validity import swedish_date
from loften.publicsite.charts import goal_of, swedish_number
from loften.registry.models import Municipality

# How many of a commitment's activities the report lists, newest first; the rest are counted.
LATEST_ACTIVITIES = 5


def state_heading(state: State) -> str:
    """The state as a heading or legend writes it: "Inte uppfyllt"."""
    return state.label[:1].upper() + state.label[1:]


@dataclass(frozen=True)
class ActivityLine:
    day: date
    description: str
    quantity: int | None
    done_by: str

    @property
    def date_label(self) -> str:
        return swedish_date(self.day)

    @property
    def text(self) -> str:
        """One line: "12 mars 2024: Hundsök i skolan (antal: 3), Lokalpolisområde Piteå älvdal"."""
        quantity = f" (antal: {self.quantity})" if self.quantity is not None else ""
        return f"{self.date_label}: {self.description}{quantity}, {self.done_by}"


@dataclass(frozen=True)
class ActivitySummary:
    """What was logged: how many activities, their quantities added up, and the latest few."""

    count: int
    quantity: int
    latest: tuple[ActivityLine, ...]

    @property
    def label(self) -> str:
        """ "12 aktiviteter registrerade (antal sammanlagt: 40). De 5 senaste:"."""
        logged = "aktivitet registrerad" if self.count == 1 else "aktiviteter registrerade"
        total = f" (antal sammanlagt: {self.quantity})" if self.quantity else ""
        latest = f" De {len(self.latest)} senaste:" if self.count > len(self.latest) else ""
        return f"{self.count} {logged}{total}.{latest}"


NOTHING_LOGGED = ActivitySummary(0, 0, ())


@dataclass(frozen=True)
class CommitmentLine:
    number: str
    party: str
    what: str
    schedule: str
    target_group: str
    state: State
    status: str
    activities: ActivitySummary

    @property
    def state_label(self) -> str:
        return state_heading(self.state)

    @property
    def text(self) -> str:
        """ "2.1 Polisen: Hundsök i skolan (2 gånger per år). Enligt plan: 1 av 2 tillfällen"."""
        schedule = f" ({self.schedule})" if self.schedule else ""
        return f"{self.number} {self.party}: {self.what}{schedule}. {self.status}"


@dataclass(frozen=True)
class NotDone:
    text: str
    reason: str

    @property
    def reason_label(self) -> str:
        return self.reason or "inget skäl angivet"

    @property
    def sentence(self) -> str:
        """The text as a sentence: "krogtillsyner" is told as "Krogtillsyner."."""
        text = self.text.strip()
        text = text[:1].upper() + text[1:]
        return text if text.endswith((".", "!", "?")) else f"{text}."

    @property
    def text_with_reason(self) -> str:
        return f"{self.sentence} Skäl: {self.reason_label}."


@dataclass(frozen=True)
class Measured:
    value: Decimal
    measured_on: date
    source: str

    @property
    def label(self) -> str:
        """ "140 (1 mars 2024, BRÅ:s statistik)"."""
        where = f", {self.source}" if self.source else ""
        return f"{swedish_number(self.value)} ({swedish_date(self.measured_on)}{where})"


@dataclass(frozen=True)
class TargetLine:
    indicator: str
    direction: str
    baseline: str
    goal: str
    data_source: str
    baseline_value: Decimal | None
    goal_value: Decimal | None
    latest: Measured | None

    @property
    def reached(self) -> bool | None:
        """Whether the latest value meets the goal; None when that cannot be told."""
        if self.latest is None or self.goal_value is None:
            return None
        if self.direction == Target.Direction.DECREASE:
            return self.latest.value <= self.goal_value
        if self.direction == Target.Direction.INCREASE:
            return self.latest.value >= self.goal_value
        return None

    @property
    def latest_label(self) -> str:
        if self.latest is None:
            return "inget värde inlagt"
        verdict = {True: ", målet är nått", False: ", målet är inte nått", None: ""}
        return self.latest.label + verdict[self.reached]


@dataclass(frozen=True)
class PromiseReport:
    number: int
    text: str
    parties: tuple[str, ...]
    commitments: tuple[CommitmentLine, ...]
    done: tuple[str, ...]
    not_done: tuple[NotDone, ...]
    targets: tuple[TargetLine, ...]
    # Where the promise stands in words when none of its commitments has a schedule.
    state: PromiseState | None = None

    @property
    def progress(self) -> dict[State, int]:
        """How many commitments are in each state, in STATE_ORDER, none empty."""
        return dict(tally(commitment.state for commitment in self.commitments).present)

    @property
    def bar(self) -> dict[State, int]:
        """What the overview draws: the commitments by state, or one unscheduled part."""
        return self.progress or {State.UNSCHEDULED: 1}

    @property
    def progress_label(self) -> str:
        """ "2 av 3 åtaganden uppfyllda, 1 enligt plan"."""
        if not self.commitments:
            return "Inga åtaganden med tidsplan."
        total = len(self.commitments)
        noun = "åtagande" if total == 1 else "åtaganden"
        parts = [f"{count} {state.label}" for state, count in self.progress.items()]
        return f"{total} {noun}: {', '.join(parts)}."

    @property
    def anything_told(self) -> bool:
        logged = any(commitment.activities.count for commitment in self.commitments)
        return bool(logged or self.done or self.not_done)


@dataclass(frozen=True)
class FocusAreaReport:
    title: str
    promises: tuple[PromiseReport, ...]


@dataclass(frozen=True)
class Report:
    title: str
    promise_set_title: str
    municipalities: tuple[str, ...]
    police_areas: tuple[str, ...]
    period: str
    round_number: int | None
    covers: str
    status_on: date
    summary: str
    decided: bool
    file_stem: str
    focus_areas: tuple[FocusAreaReport, ...]
    targets: tuple[TargetLine, ...]
    # Activities that fulfil no commitment.
    other_activities: ActivitySummary

    @property
    def municipality_label(self) -> str:
        names = list(self.municipalities)
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} och {names[-1]}"

    @property
    def promise_set_label(self) -> str:
        """The set's title, with its period when the title does not already say it."""
        if self.period in self.promise_set_title:
            return self.promise_set_title
        return f"{self.promise_set_title} ({self.period})"

    @property
    def status_on_label(self) -> str:
        return swedish_date(self.status_on)

    @property
    def promises(self) -> list[PromiseReport]:
        return [promise for area in self.focus_areas for promise in area.promises]

    @property
    def states(self) -> list[State]:
        """The states that occur in this report, in STATE_ORDER."""
        present = {state for promise in self.promises for state in promise.bar}
        return [state for state in STATE_ORDER if state in present]


def report_day(follow_up_round: FollowUpRound | None, promise_set: PromiseSet, *, on: date) -> date:
    """The day a report asked for on `on` tells the state on: `on`, or the last day of a
    round or of a period that has run out (and is not extended until replaced)."""
    if follow_up_round is not None:
        return min(follow_up_round.covers_until, on)
    validity = promise_set.validity
    if validity.end is not None and not validity.open_ended and on > validity.end:
        return validity.end
    return on


def report_for_promise_set(promise_set: PromiseSet, *, on: date, public: bool) -> Report:
    """The whole period as it stands on `on`: what was logged up to that day, statuses that day.

    A period that has run out (and is not extended until replaced) is told up to
    its last day, with each commitment's final verdict: the status engine gives
    that for the day after the period. A `public` report leaves out what rounds not
    yet published say.
    """
    end = report_day(None, promise_set, on=on)
    return _report(
        promise_set,
        title=f"Så gick det med medborgarlöftena {promise_set.period_label}",
        start=None,
        end=end,
        verdict_on=end + timedelta(days=1) if end < on else end,
        follow_up_round=None,
        public=public,
    )


def report_for_round(follow_up_round: FollowUpRound, *, on: date, public: bool) -> Report:
    """One follow-up round: what was logged from its first day to its last (or to `on`).

    Statuses are computed on the round's last day, or on `on` while the round is
    still running; targets show the latest value measured by then. A `public` report of a
    round not yet published is refused.
    """
    if public and follow_up_round.published_at is None:
        raise ValueError("A round that is not published has no public report.")
    promise_set = follow_up_round.promise_set
    return _report(
        promise_set,
        title=(
            f"Så gick det: uppföljning {follow_up_round.number} av medborgarlöftena "
            f"{promise_set.period_label}"
        ),
        start=follow_up_round.covers_from,
        end=report_day(follow_up_round, promise_set, on=on),
        verdict_on=report_day(follow_up_round, promise_set, on=on),
        follow_up_round=follow_up_round,
        public=public,
    )


def _report(
    promise_set: PromiseSet,
    *,
    title: str,
    start: date | None,
    end: date,
    verdict_on: date,
    follow_up_round: FollowUpRound | None,
    public: bool,
) -> Report:
    """What was logged, told and measured from `start` to `end`; statuses on `verdict_on`."""
    prefetch_related_objects([promise_set], "municipalities__police_areas", "police_areas")
    municipalities = list(promise_set.municipalities.all())
    police_areas = list(promise_set.police_areas.all()) or sorted(
        {area for m in municipalities for area in m.police_areas.all()}, key=str
    )
    promises = list(Promise.objects.filter(promise_set=promise_set).select_related("focus_area"))

    statuses = commitment_statuses(promise_set, verdict_on)
    numbering = numbering_with(promises, statuses)
    logged, other_activities = _activities(
        promise_set, [entry.commitment.pk for entry in statuses], start=start, end=end
    )
    commitments: dict[int, list[CommitmentLine]] = defaultdict(list)
    # The days logged against each promise's commitments, for the state of one with no schedule.
    days: dict[int, list[date]] = defaultdict(list)
    for entry in statuses:
        commitment = entry.commitment
        days[commitment.promise_id].extend(
            day for day in entry.dates if start is None or day >= start
        )
        commitments[commitment.promise_id].append(
            CommitmentLine(
                number=numbering.commitments[commitment.pk],
                party=str(commitment.get_party_display()),
                what=commitment.what,
                schedule=commitment.schedule_label,
                target_group=commitment.target_group,
                state=entry.status.state,
                status=entry.status.label or state_heading(entry.status.state),
                activities=logged.get(commitment.pk, NOTHING_LOGGED),
            )
        )

    done, not_done = _outcomes(promise_set, end=end, follow_up_round=follow_up_round, public=public)
    targets = _targets(promise_set, end=end)

    round_number = follow_up_round.number if follow_up_round else None
    reports = [
        PromiseReport(
            number=numbering.promises[promise.pk],
            text=promise.title,
            parties=tuple(str(party.label) for party in promise.parties),
            commitments=tuple(commitments[promise.pk]),
            done=tuple(done[promise.pk]),
            not_done=tuple(not_done[promise.pk]),
            targets=tuple(targets[promise.pk]),
            state=(
                None
                if any(c.state is not State.UNSCHEDULED for c in commitments[promise.pk])
                else unscheduled_promise_state(
                    days[promise.pk],
                    since=None,
                    told=Told(round_number, len(done[promise.pk]), len(not_done[promise.pk])),
                    on=end,
                )
            ),
        )
        for promise in promises
    ]
    if follow_up_round is not None:
        first, last = follow_up_round.covers_from, follow_up_round.covers_until
        covers = f"{swedish_date(first)} – {swedish_date(last)}"
    else:
        covers = promise_set.period_label
    return Report(
        title=title,
        promise_set_title=promise_set.title,
        municipalities=tuple(m.official_name for m in municipalities),
        police_areas=tuple(str(area) for area in police_areas),
        period=promise_set.period_label,
        round_number=round_number,
        covers=covers,
        status_on=end,
        summary=follow_up_round.summary if follow_up_round else "",
        decided=promise_set.status in PromiseSet.DECIDED,
        file_stem=_file_stem(promise_set, municipalities, follow_up_round),
        focus_areas=_by_focus_area(promises, reports),
        targets=tuple(targets[None]),
        other_activities=other_activities,
    )


def _file_stem(
    promise_set: PromiseSet,
    municipalities: list[Municipality],
    follow_up_round: FollowUpRound | None,
) -> str:
    """ "sa-gick-det-alvsbyn-2023-2025", "...-uppfoljning-2": a file name in plain ASCII."""
    period = slugify(promise_set.period_label.replace("–", "-"))
    stem = "-".join(["sa-gick-det", *(m.slug for m in municipalities), period])
    return f"{stem}-uppfoljning-{follow_up_round.number}" if follow_up_round else stem


def _by_focus_area(
    promises: list[Promise], reports: list[PromiseReport]
) -> tuple[FocusAreaReport, ...]:
    """Consecutive promises under the same focus area form one section, as on the public page."""
    any_titled = any(p.focus_area_id for p in promises)
    sections: list[tuple[int | None, str, list[PromiseReport]]] = []
    for promise, report in zip(promises, reports, strict=True):
        if sections and sections[-1][0] == promise.focus_area_id:
            sections[-1][2].append(report)
            continue
        if promise.focus_area is not None:
            title = promise.focus_area.title
        else:
            title = "Övriga löften" if any_titled else "Löften"
        sections.append((promise.focus_area_id, title, [report]))
    return tuple(FocusAreaReport(title, tuple(items)) for _, title, items in sections)


def _activities(
    promise_set: PromiseSet, commitment_ids: list[int], *, start: date | None, end: date
) -> tuple[dict[int, ActivitySummary], ActivitySummary]:
    """What was logged from `start` to `end` per commitment (of the set's, by id), and what
    fulfils no commitment.

    Four queries however many activities: counts and sums in SQL, and the latest few
    of each commitment picked by a window function. The commitments are named by id:
    PostgreSQL then reads their links from the index, where a join to the set's
    commitments had it scan every link in the country.
    """
    window = Q(date__lte=end) if start is None else Q(date__lte=end, date__gte=start)
    logged = Activity.objects.filter(window, promise_set=promise_set)
    links = ActivityCommitment.objects.filter(
        window, commitment_id__in=commitment_ids, activity__promise_set=promise_set
    ).order_by()
    totals = links.values("commitment_id").annotate(
        count=Count("activity_id"), quantity=Sum("activity__quantity")
    )
    latest = newest_links(links, LATEST_ACTIVITIES).select_related("activity__organisation")
    lines: dict[int, list[ActivityLine]] = defaultdict(list)
    for link in latest:
        lines[link.commitment_id].append(_activity_line(link.activity))
    per_commitment = {
        row["commitment_id"]: ActivitySummary(
            row["count"], row["quantity"] or 0, tuple(lines[row["commitment_id"]])
        )
        for row in totals
    }
    linked = ActivityCommitment.objects.filter(activity=OuterRef("pk"))
    return per_commitment, _summary(logged.filter(~Exists(linked)))


def _summary(activities: QuerySet[Activity]) -> ActivitySummary:
    """Count, total quantity and the latest few of these activities: two queries."""
    totals = activities.order_by().aggregate(count=Count("pk"), quantity=Sum("quantity"))
    latest = activities.select_related("organisation").order_by("-date", "-pk")
    return ActivitySummary(
        totals["count"],
        totals["quantity"] or 0,
        tuple(_activity_line(activity) for activity in latest[:LATEST_ACTIVITIES]),
    )


def _activity_line(activity: Activity) -> ActivityLine:
    return ActivityLine(
        day=activity.date,
        description=activity.description,
        quantity=activity.quantity,
        done_by=(
            activity.organisation.name
            if activity.organisation
            else str(Party(activity.party).label)
        ),
    )


def _outcomes(
    promise_set: PromiseSet, *, end: date, follow_up_round: FollowUpRound | None, public: bool
) -> tuple[dict[int, list[str]], dict[int, list[NotDone]]]:
    """What follow-ups said was done and not done: of this round, or of the period up to `end`."""
    outcomes = Outcome.objects.filter(promise__promise_set=promise_set)
    if public:
        outcomes = outcomes.public()
    if follow_up_round is not None:
        outcomes = outcomes.filter(follow_up_round=follow_up_round)
    else:
        outcomes = outcomes.filter(
            Q(follow_up_round__isnull=True) | Q(follow_up_round__covers_from__lte=end)
        )
    done: dict[int, list[str]] = defaultdict(list)
    not_done: dict[int, list[NotDone]] = defaultdict(list)
    for outcome in outcomes.order_by("promise", "position", "pk"):
        if outcome.kind == Outcome.Kind.DONE:
            done[outcome.promise_id].append(outcome.text)
        else:
            not_done[outcome.promise_id].append(NotDone(outcome.text, outcome.reason))
    return done, not_done


def _targets(promise_set: PromiseSet, *, end: date) -> dict[int | None, list[TargetLine]]:
    """Targets per promise (None: of the whole set), each with its latest value up to `end`."""
    measured = Measurement.objects.filter(measured_on__lte=end).order_by("-measured_on", "-pk")
    targets = Target.objects.filter(promise_set=promise_set).prefetch_related(
        Prefetch("measurements", queryset=measured)
    )
    per_promise: dict[int | None, list[TargetLine]] = defaultdict(list)
    for target in targets:
        latest = next(iter(target.measurements.all()), None)
        per_promise[target.promise_id].append(
            TargetLine(
                indicator=target.indicator,
                direction=target.direction,
                baseline=_baseline(target),
                goal=_goal(target),
                data_source=target.data_source,
                baseline_value=target.baseline_value,
                goal_value=goal_of(
                    target.baseline_value, target.change_percent, target.target_value
                ),
                latest=(
                    Measured(latest.value, latest.measured_on, latest.source) if latest else None
                ),
            )
        )
    return per_promise


def _baseline(target: Target) -> str:
    """ "163 (2019)", or the baseline as the document words it."""
    if target.baseline_value is None:
        return target.baseline_text
    year = f" ({target.baseline_year})" if target.baseline_year else ""
    return f"{swedish_number(target.baseline_value)}{year}"


def _goal(target: Target) -> str:
    """ "minska med 10 procent fram till 2022, till högst 146,7", "minska till högst 147"."""
    direction = str(target.get_direction_display()) if target.direction else ""
    deadline = f" fram till {target.deadline.year}" if target.deadline else ""
    level = goal_of(target.baseline_value, target.change_percent, target.target_value)
    bound = {"decrease": "högst ", "increase": "minst "}.get(target.direction, "")
    level_text = f"{bound}{swedish_number(level)}" if level is not None else ""
    if target.change_size is not None:
        text = f"{direction or 'ändras'} med {swedish_number(target.change_size)} procent{deadline}"
        return f"{text}, till {level_text}" if level_text else text
    if level_text:
        return f"{direction} till {level_text}{deadline}" if direction else level_text + deadline
    return direction + deadline if direction else ""
