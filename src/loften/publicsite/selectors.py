"""What the public pages read. Only decided (published or superseded) data reaches them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone

from loften.assessments.models import Assessment
from loften.assessments.selectors import published_assessment
from loften.followup.models import Activity, ActivityCommitment, FollowUpRound, Measurement, Outcome
from loften.followup.progress import PromiseProgress, promise_progress
from loften.followup.selectors import (
    latest_logged,
)
from loften.promises.models import (
    VALIDITY_FIELDS,
    Promise,
    PromiseSet,
    PromiseTheme,
    Target,
    Tenure,
    Theme,
    stated_validity,
)
from loften.promises.selectors import (
    agreement_in_force,
    latest_started,
    municipalities_with_decided,
    pick_in_force,
    promise_set_with_contents,
    promise_sets_decided,
)
from loften.promises.titles import promise_title
from loften.promises.validity import period_label, validity_sentence
from loften.publicsite.charts import TargetChart, goal_of, target_chart
from loften.publicsite.links import LinkPattern
from loften.registry.models import Agreement, Municipality, PoliceAreaCoverage


@dataclass(frozen=True)
class MunicipalityPage:
    municipality: Municipality
    in_force: PromiseSet | None
    earlier: list[PromiseSet]
    later: list[PromiseSet]
    agreement: Agreement | None
    coverage: list[PoliceAreaCoverage]
    assessment: Assessment | None = None


def municipality_page(municipality: Municipality, on: date) -> MunicipalityPage:
    decided = list(promise_sets_decided(municipality))
    current = pick_in_force(decided, on)
    started = [s for s in decided if (start := s.validity.start) is not None and start <= on]
    earlier = [s for s in reversed(started) if s != current]
    later = [s for s in decided if s not in started]
    coverage = list(
        PoliceAreaCoverage.objects.filter(municipality=municipality)
        .select_related("police_area__parent__parent")
        .order_by("police_area__name")
    )
    return MunicipalityPage(
        municipality=municipality,
        in_force=promise_set_with_contents(current.pk) if current else None,
        earlier=earlier,
        later=later,
        agreement=agreement_in_force(municipality, on),
        coverage=coverage,
        assessment=published_assessment(municipality),
    )


def decided_promise_set(municipality: Municipality, promise_set_id: int) -> PromiseSet | None:
    """A published or superseded set of this kommun, with its contents; None for drafts."""
    if not promise_sets_decided(municipality).filter(pk=promise_set_id).exists():
        return None
    return promise_set_with_contents(promise_set_id)


def municipality_with_county(slug: str) -> Municipality | None:
    return Municipality.objects.select_related("county").filter(slug=slug).first()


@dataclass(frozen=True)
class MunicipalityEntry:
    """A kommun on the start page: its set in force, or else the latest, by period."""

    name: str
    url: str
    in_force: str
    latest: str


@dataclass(frozen=True)
class CountyMunicipalities:
    county: str
    entries: list[MunicipalityEntry]


def municipality_list(on: date) -> list[CountyMunicipalities]:
    """Kommuner that have published promises, by län and name, for the start page.

    Plain values, as on the theme page: a model object per kommun, län and set
    was most of the start page's time at national scale.
    """
    in_force = {
        municipality_id: _in_force_sentence(validity, on)
        for municipality_id, *validity in Tenure.objects.on(on).values_list(
            "municipality_id", *(f"promise_set__{name}" for name in VALIDITY_FIELDS)
        )
    }
    municipalities = list(
        municipalities_with_decided().values_list("pk", "name", "slug", "county__name")
    )
    latest = latest_started([pk for pk, *_ in municipalities if pk not in in_force])
    link = LinkPattern("municipality", "slug")
    counties: list[CountyMunicipalities] = []
    for pk, name, slug, county in municipalities:
        if not counties or counties[-1].county != county:
            counties.append(CountyMunicipalities(county, []))
        counties[-1].entries.append(
            MunicipalityEntry(
                name,
                link(slug=slug),
                in_force.get(pk, ""),
                latest[pk].period_label if pk in latest else "",
            )
        )
    return counties


def _in_force_sentence(values: list[Any], on: date) -> str:
    """When a set in force applies, from its `VALIDITY_FIELDS` values, as every page says it."""
    validity = stated_validity(*values)
    label = period_label(values[0], values[1], validity.start)
    return validity_sentence(validity, label, replaced=False, today=on)


@dataclass(frozen=True)
class ThemePromise:
    text: str
    url: str
    progress: PromiseProgress


@dataclass(frozen=True)
class ThemeEntry:
    """A kommun's promises on the theme, in its set in force."""

    municipality: str
    url: str
    validity: str
    promises: list[ThemePromise]


@dataclass(frozen=True)
class CountyThemes:
    """A län's entries on the shown page, and its totals over the whole country's list."""

    county: str
    municipality_count: int
    promise_count: int
    entries: list[ThemeEntry]


THEME_MUNICIPALITIES_PER_PAGE = 25


@dataclass(frozen=True)
class ThemePage:
    """One page of the kommuner with promises in force on a theme (`?sida=N`).

    The totals per län cover the whole country; the entries, with their
    promises' status, only the page's kommuner.
    """

    theme: Theme
    counties: list[CountyThemes]
    pages: Page[int]

    @property
    def municipality_count(self) -> int:
        return sum(county.municipality_count for county in self.counties)

    @property
    def promise_count(self) -> int:
        return sum(county.promise_count for county in self.counties)

    @property
    def shown(self) -> list[CountyThemes]:
        return [county for county in self.counties if county.entries]


def theme_page(theme: Theme, on: date, number: str | None = None) -> ThemePage:
    """A page of kommuner's promises in force on the theme, by län and kommun.

    Five or six queries whatever the page (the totals per län, the page's
    kommuner, their promises, then the roll-up of only those promises), and
    plain values: at national scale building a model object per row, and
    reversing a URL per link, took most of the page's time. A page number that
    is not a number, or past the last page, is 404.
    """
    tenures = Tenure.objects.on(on).filter(
        Exists(
            PromiseTheme.objects.filter(
                theme=theme, promise__promise_set_id=OuterRef("promise_set_id")
            )
        )
    )
    totals = (
        Tenure.objects.on(on)
        .filter(promise_set__promises__themes__theme=theme)
        .values_list("municipality__county__code", "municipality__county__name")
        .annotate(
            municipalities=Count("municipality_id", distinct=True),
            promises=Count("promise_set__promises__pk"),
        )
        .order_by("municipality__county__code")
    )
    ordered = tenures.order_by("municipality__county__code", "municipality__name").values_list(
        "pk", flat=True
    )
    try:
        pages = Paginator(ordered, THEME_MUNICIPALITIES_PER_PAGE).page(number or 1)
    except InvalidPage as missing:
        raise Http404("Det finns ingen sådan sida i listan.") from missing
    rows = list(
        Tenure.objects.filter(pk__in=list(pages), promise_set__promises__themes__theme=theme)
        .order_by(
            "municipality__county__code",
            "municipality__name",
            "promise_set__promises__position",
            "promise_set__promises__pk",
        )
        .values_list(
            "municipality__county__code",
            "municipality__name",
            "municipality__slug",
            "promise_set_id",
            "promise_set__promises__pk",
            "promise_set__promises__text",
            *(f"promise_set__{name}" for name in VALIDITY_FIELDS),
        )
    )
    _, progress, _ = promise_progress(
        {row[3]: stated_validity(*row[6:]) for row in rows}, [row[4] for row in rows], on
    )
    counties = {
        code: CountyThemes(name, municipalities, promises, [])
        for code, name, municipalities, promises in totals
    }
    municipality_link = LinkPattern("municipality", "slug")
    promise_link = LinkPattern("promise", "slug", "promise_set_id", "promise_id")
    entry: ThemeEntry | None = None
    for code, name, slug, promise_set_id, promise_id, text, *validity in rows:
        url = municipality_link(slug=slug)
        if entry is None or entry.url != url:
            entry = ThemeEntry(name, url, _in_force_sentence(validity, on), [])
            counties[code].entries.append(entry)
        entry.promises.append(
            ThemePromise(
                promise_title(text),
                promise_link(slug=slug, promise_set_id=promise_set_id, promise_id=promise_id),
                progress[promise_id],
            )
        )
    return ThemePage(theme, list(counties.values()), pages)


@dataclass(frozen=True)
class ThemeCount:
    theme: Theme
    municipalities: int


def theme_counts(on: date) -> list[ThemeCount]:
    """How many kommuner have promises in force on each theme, most first."""
    pairs = (
        PromiseTheme.objects.filter(promise__promise_set__tenures__in=Tenure.objects.on(on))
        .values("theme")
        .annotate(
            municipalities=Count("promise__promise_set__tenures__municipality", distinct=True)
        )
        .values_list("theme", "municipalities")
    )
    counts = [ThemeCount(Theme(theme), municipalities) for theme, municipalities in pairs]
    return sorted(counts, key=lambda c: (-c.municipalities, c.theme.label))


def latest_follow_ups(limit: int = 5) -> list[FollowUpRound]:
    """Follow-up rounds most recently published, of decided promise sets."""
    return list(
        FollowUpRound.objects.filter(
            published_at__isnull=False, promise_set__status__in=PromiseSet.DECIDED
        )
        .select_related("promise_set")
        .prefetch_related("promise_set__municipalities")
        .order_by("-published_at", "-pk")[:limit]
    )


@dataclass(frozen=True)
class StoryEvent:
    """One moment in a promise's story, for its timeline."""

    on: date
    kind: str  # promised | published | activity | follow_up | outcome | ended
    title: str
    detail: str = ""


@dataclass(frozen=True)
class TargetProgress:
    target: Target
    goal: Decimal | None
    latest: Measurement | None
    chart: TargetChart | None


def target_progress(target: Target) -> TargetProgress:
    """A target with its goal, latest measured value and chart (measurements prefetched)."""
    measurements = sorted(target.measurements.all(), key=lambda m: (m.measured_on, m.pk))
    goal = goal_of(target.baseline_value, target.change_percent, target.target_value)
    baseline = (
        (target.baseline_year, target.baseline_value)
        if target.baseline_year and target.baseline_value is not None
        else None
    )
    return TargetProgress(
        target=target,
        goal=goal,
        latest=measurements[-1] if measurements else None,
        chart=target_chart(
            indicator=target.indicator,
            baseline=baseline,
            measurements=[(m.measured_on, m.value) for m in measurements],
            goal=goal,
        ),
    )


@dataclass(frozen=True)
class PromiseStory:
    promise: Promise
    promise_set: PromiseSet
    quote: str
    targets: list[TargetProgress]
    activity_count: int
    activities: list[Activity]  # the latest few of each commitment, newest first
    outcomes: list[Outcome]
    timeline: list[StoryEvent]

    @property
    def more_activities(self) -> bool:
        """Whether the promise has activities the page does not show."""
        return self.activity_count > len(self.activities)


_QUOTE = 600


def decided_promise(
    municipality: Municipality, promise_set_id: int, promise_id: int
) -> QuerySet[Promise]:
    """The promise of a decided set of this kommun (empty for a draft or another kommun's)."""
    return Promise.objects.filter(
        pk=promise_id,
        promise_set_id=promise_set_id,
        promise_set__status__in=PromiseSet.DECIDED,
        promise_set__municipalities=municipality,
    )


def activities_of_promise(promise: Promise) -> QuerySet[Activity]:
    """Every activity logged for the promise's commitments, newest first."""
    linked = ActivityCommitment.objects.filter(commitment__promise=promise)
    return Activity.objects.filter(pk__in=linked.values("activity_id")).order_by("-date", "-pk")


def promise_story(
    municipality: Municipality, promise_set_id: int, promise_id: int, today: date
) -> PromiseStory | None:
    """A published promise with what happened to it; None unless decided.

    However many activities are logged, the page counts them and tells only the
    latest few of each commitment (`LATEST_SHOWN`); the rest are on the
    promise's list of activities, a page at a time.
    """
    promise = (
        decided_promise(municipality, promise_set_id, promise_id)
        .select_related("promise_set__source_document", "focus_area")
        .prefetch_related(
            "themes",
            "commitments",
            Prefetch("targets", queryset=Target.objects.prefetch_related("measurements")),
        )
        .first()
    )
    if promise is None:
        return None
    promise_set = promise.promise_set
    logged = latest_logged({commitment.pk: None for commitment in promise.commitments.all()})
    shown = {activity.pk: activity for each in logged.values() for activity in each.latest}
    activities = sorted(shown.values(), key=lambda a: (a.date, a.pk), reverse=True)
    # An activity may serve two of the promise's commitments and counts once: only when
    # more than one commitment has activities must they be counted together.
    counted = [each.count for each in logged.values() if each.count]
    if len(counted) > 1:
        counted = [activities_of_promise(promise).count()]
    outcomes = list(promise.outcomes.public().order_by("position", "pk"))
    rounds = promise_set.follow_up_rounds.filter(published_at__isnull=False)
    return PromiseStory(
        promise=promise,
        promise_set=promise_set,
        quote=_source_quote(promise),
        targets=[target_progress(t) for t in promise.targets.all()],
        activity_count=sum(counted),
        activities=activities,
        outcomes=outcomes,
        timeline=_timeline(promise_set, activities, outcomes, list(rounds), today),
    )


def _source_quote(promise: Promise) -> str:
    document = promise.promise_set.source_document
    if document is None or promise.source_start is None or promise.source_end is None:
        return ""
    words = " ".join(document.text[promise.source_start : promise.source_end].split())
    return words if len(words) <= _QUOTE else words[: _QUOTE - 1] + "…"


def _timeline(
    promise_set: PromiseSet,
    activities: list[Activity],
    outcomes: list[Outcome],
    rounds: list[FollowUpRound],
    today: date,
) -> list[StoryEvent]:
    events = []
    if promise_set.signed_on:
        place = f" i {promise_set.signed_place}" if promise_set.signed_place else ""
        events.append(
            StoryEvent(promise_set.signed_on, "promised", f"Löftet undertecknades{place}")
        )
    if promise_set.published_at:
        events.append(
            StoryEvent(timezone.localdate(promise_set.published_at), "published", "Publicerat")
        )
    events += [
        StoryEvent(
            a.date,
            "activity",
            a.description,
            f"{a.get_party_display()}" + (f", antal: {a.quantity}" if a.quantity else ""),
        )
        for a in activities
    ]
    events += [
        StoryEvent(
            timezone.localdate(r.published_at) if r.published_at else r.due_date,
            "follow_up",
            f"Uppföljning {r.number} publicerades",
            r.summary,
        )
        for r in rounds
    ]
    end = promise_set.period_end
    ended = end is not None and end < today
    if end is not None and ended:
        said = validity_sentence(
            promise_set.validity,
            promise_set.period_label,
            replaced=promise_set.status == PromiseSet.Status.SUPERSEDED,
            today=today,
        )
        events.append(StoryEvent(end, "ended", said))
    published_rounds = {r.pk: r for r in rounds}
    for outcome in outcomes:
        told_in = published_rounds.get(outcome.follow_up_round_id or 0)
        on = timezone.localdate(told_in.published_at) if told_in and told_in.published_at else end
        if on is None or not (told_in or ended):
            continue
        done = outcome.kind == Outcome.Kind.DONE
        events.append(
            StoryEvent(
                on,
                "outcome",
                ("Genomfört: " if done else "Inte genomfört: ") + outcome.text,
                f"Skäl: {outcome.reason}" if outcome.reason else "",
            )
        )
    return sorted(events, key=lambda e: e.on)
