"""Synthetic national data: every kommun's promises, activities and follow-ups over years.

For benchmarks and for trying the product at national scale, never for a real
installation's public pages. Every promise set made here carries
`provenance = {"generated": seed}`, so `generated_remove` finds exactly them.
The data is deterministic for a given seed.

Activities are logged as kommuner log them: every kommun at its own pace (most
tens to a hundred or two a year, some several hundred), on weekdays more than at
weekends, in a commitment's seasons, with what was done where and by whom; a
few named heavy kommuner log every patrol and visit, tens of thousands in all.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from loften.followup.models import Activity, ActivityCommitment, FollowUpRound, Measurement, Outcome
from loften.followup.rounds import planned_rounds
from loften.promises.models import (
    Commitment,
    FocusArea,
    Party,
    Promise,
    PromiseSet,
    PromiseTheme,
    Signatory,
    Target,
    Theme,
)
from loften.registry.models import Cadence, Municipality, Organisation, PoliceArea
from loften.registry.reference import municipality_organisation_name
from loften.search.services import search_index_update

PERIOD_YEARS = 2
PROMISES_PER_SET = 8
# Stockholm, Göteborg and Malmö: the kommuner that log tens of thousands of activities.
HEAVY_MUNICIPALITIES = ("0180", "1480", "1280")
HEAVY_ACTIVITIES = 50_000
# A kommun's activities a year: log-normal around the median, bounded both ways.
MEDIAN_ACTIVITIES_A_YEAR = 60
MIN_ACTIVITIES_A_YEAR, MAX_ACTIVITIES_A_YEAR = 20, 600
BATCH_SIZE = 2_000


@dataclass(frozen=True)
class _Template:
    focus_area: str
    themes: tuple[Theme, ...]
    text: str  # "{subject}" is who promises
    commitment: str
    count: int
    per: str
    seasons: tuple[str, ...] = ()
    target: str = ""  # an indicator measured yearly, if the promise has one
    target_increases: bool = False  # "andel som känner sig trygga" should rise, crimes fall


TEMPLATES = (
    _Template("Narkotika", (Theme.DRUGS, Theme.YOUTH),
              "{subject} lovar att arbeta förebyggande mot narkotika bland unga, med hundsök i skolan och information till föräldrar.",
              "hundsök i skolan", 2, "year", target="andel elever i årskurs 9 som erbjudits narkotika"),
    _Template("Narkotika", (Theme.DRUGS,),
              "{subject} lovar att stoppa narkotika i postförsändelser genom samverkan med utlämningsställen.",
              "besök hos ett utlämningsställe", 1, "year"),
    _Template("Trafik", (Theme.TRAFFIC,),
              "{subject} lovar att vid minst två tillfällen under året, vår och höst, genomföra trafikinsatser vid skolor.",
              "trafikinsatser vid skolor", 2, "year", ("spring", "autumn"), "antal trafikolyckor med personskada"),
    _Template("Trafik", (Theme.TRAFFIC, Theme.PUBLIC_ORDER),
              "{subject} lovar att motverka buskörning och hög musik från mopeder och A-traktorer i centrum.",
              "kontroller av mopeder och A-traktorer", 4, "year", ("spring", "summer")),
    _Template("Trygghet i centrum", (Theme.PUBLIC_SPACE_SAFETY,),
              "{subject} lovar att genomföra trygghetsvandringar i centrum och åtgärda det som gör platsen otrygg.",
              "trygghetsvandring", 2, "year", ("spring", "autumn"), "andel som känner sig trygga i centrum", True),
    _Template("Trygghet i centrum", (Theme.PUBLIC_SPACE_SAFETY, Theme.POLICE_PRESENCE),
              "{subject} lovar att öka polisens synlighet under kvälls- och nattetid på helger.",
              "helgpatrullering i centrum", 1, "month"),
    _Template("Bedrägerier", (Theme.FRAUD,),
              "{subject} lovar att förebygga bedrägerier mot äldre genom information på träffpunkter.",
              "informationsträff om bedrägerier", 2, "year", target="antal anmälda bedrägeribrott"),
    _Template("Våld i nära relationer", (Theme.DOMESTIC_VIOLENCE,),
              "{subject} lovar att sprida kunskap om våld i nära relationer och arbeta enligt konceptet Huskurage.",
              "utbildning om Huskurage för fastighetsägare", 1, "year"),
    _Template("Inbrott", (Theme.BURGLARY_THEFT, Theme.NEIGHBOURHOOD_WATCH),
              "{subject} lovar att starta fler områden med grannsamverkan för att minska bostadsinbrotten.",
              "informationsmöte om grannsamverkan", 2, "year", target="antal bostadsinbrott"),
    _Template("Skadegörelse", (Theme.VANDALISM, Theme.YOUTH),
              "{subject} lovar att minska skadegörelse och klotter kring skolor och fritidsgårdar.",
              "samverkansmöte med skola och fritid", 1, "half_year"),
    _Template("Unga", (Theme.YOUTH, Theme.ALCOHOL_TOBACCO),
              "{subject} lovar att förebygga langning av alkohol till unga inför skolavslutning och valborg.",
              "langningskampanj", 1, "year", ("spring",)),
    _Template("Krogar", (Theme.LICENSED_PREMISES, Theme.ALCOHOL_TOBACCO),
              "{subject} lovar att genomföra gemensamma tillsyner på restauranger med serveringstillstånd.",
              "gemensam krogtillsyn", 4, "year"),
    _Template("Arbetslivskriminalitet", (Theme.WORK_CRIME, Theme.ORGANISED_CRIME),
              "{subject} lovar att genomföra kontroller mot arbetslivskriminalitet tillsammans med andra myndigheter.",
              "kontroll mot arbetslivskriminalitet", 1, "year"),
    _Template("Segregation", (Theme.SEGREGATION,),
              "{subject} lovar att ta fram en lägesbild av segregationen och delta i aktiviteter som främjar delaktighet.",
              "lägesbild av segregationen", 1, "period"),
)  # fmt: skip
SUBJECTS = (
    ("Polisen", (Party.POLICE,)),
    ("Kommunen", (Party.MUNICIPALITY,)),
    ("Polisen och kommunen", (Party.POLICE, Party.MUNICIPALITY)),
    ("Polisen och kommunen tillsammans med andra aktörer", (Party.POLICE, Party.MUNICIPALITY, Party.OTHERS)),
)  # fmt: skip
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 12)}
REASONS = ("pandemin", "personalbrist", "att skolan ställde in", "omprioriteringar i polisområdet")
PLACES = (
    "i centrum",
    "vid resecentrum",
    "vid busstationen",
    "på Storgatan",
    "i köpcentret",
    "vid idrottsplatsen",
    "på fritidsgården",
    "vid Centralskolan",
    "vid Norra skolan",
    "vid Södra skolan",
    "i parken vid biblioteket",
    "i hamnen",
    "vid stationen",
    "i bostadsområdet i väster",
)
PARTNERS = (
    "skolan",
    "fritidsgården",
    "räddningstjänsten",
    "bostadsbolaget",
    "föreningslivet",
    "nattvandrarna",
    "ordningsvakterna",
    "socialtjänsten",
    "fältassistenterna",
)
DESCRIPTIONS = (
    "{what} {place}.",
    "{what} {place} tillsammans med {partner}.",
    "{what} {place} efter tips från boende.",
    "{what} {place}, kvällstid.",
    "{what} {place}; uppföljning med {partner} veckan efter.",
    "{what} {place}, planerad på samverkansmötet.",
)  # fmt: skip
WEEKEND_KEPT = 0.25  # a weekend day in a draw stays one this often; the rest move to a weekday


@dataclass(frozen=True)
class GenerateResult:
    municipalities: int
    promise_sets: int
    promises: int
    activities: int
    outcomes: int
    measurements: int
    follow_up_rounds: int


@dataclass(frozen=True)
class _Kommun:
    """One kommun as the generator sees it: who does things there, and how much it logs."""

    municipality: Municipality
    areas: list[PoliceArea]
    organisations: dict[Party, Organisation | None]
    activities_a_day: float
    heavy: bool


class _Counts:
    def __init__(self) -> None:
        self.promise_sets = self.promises = self.activities = 0
        self.outcomes = self.measurements = self.follow_up_rounds = 0


def generated_remove() -> int:
    """Delete every promise set made by `generate` (with everything in it); how many."""
    generated = PromiseSet.objects.filter(provenance__has_key="generated")
    count = generated.count()
    generated.delete()
    return count


def generate(
    *,
    municipalities: int,
    years: int,
    seed: int = 2026,
    heavy: Sequence[str] | None = None,
    heavy_activities: int = HEAVY_ACTIVITIES,
    today: date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> GenerateResult:
    """Promise sets for `municipalities` kommuner, one per two years, followed up.

    The kommuner are those named in `heavy` (kommunkoder) and the first others by
    code; with `heavy` None, the first by code, and those of `HEAVY_MUNICIPALITIES`
    among them are the heavy ones. Periods run back from the current one over `years` years; each set has
    eight promises with commitments, some with targets measured yearly, follow-up
    rounds as its cadence asks (published when due), outcomes told in them, and
    activities: what the schedules ask, and as many more as the kommun logs (less
    in earlier periods); each heavy kommun logs at least `heavy_activities` in all.
    All in one transaction: a failure leaves nothing behind. The promises go into
    the search index as each kommun is done.
    """
    if heavy is not None and len(heavy) > municipalities:
        raise ValueError("more heavy kommuner than kommuner")
    today = today or timezone.localdate()
    rng = random.Random(seed)  # noqa: S311 - repeatable synthetic data, not a secret
    forced = heavy or ()
    named = list(Municipality.objects.filter(code__in=forced))
    unknown = sorted(set(forced) - {m.code for m in named})
    if unknown:
        raise ValueError(f"no kommun with the code {', '.join(unknown)}")
    others = Municipality.objects.exclude(code__in=forced).order_by("code")
    chosen = sorted(named + list(others[: municipalities - len(named)]), key=lambda m: m.code)
    if heavy is None:
        heavy = [m.code for m in chosen if m.code in HEAVY_MUNICIPALITIES]
    areas = _police_areas(chosen)
    organisations = _organisations(chosen, areas)
    first_year = today.year - years + 1
    days = (today - date(first_year, 1, 1)).days + 1
    counts = _Counts()
    with transaction.atomic():
        for number, municipality in enumerate(chosen, start=1):
            kommun = _kommun(municipality, areas, organisations, heavy, heavy_activities, days, rng)
            logged = counts.activities
            for start_year in range(first_year, today.year + 1, PERIOD_YEARS):
                _promise_set(kommun, start_year, today, rng, seed, counts)
            search_index_update([municipality])
            if progress:
                progress(
                    number,
                    len(chosen),
                    f"{municipality.name}: {counts.activities - logged} activities",
                )
    return GenerateResult(
        len(chosen),
        counts.promise_sets,
        counts.promises,
        counts.activities,
        counts.outcomes,
        counts.measurements,
        counts.follow_up_rounds,
    )


def _kommun(
    municipality: Municipality,
    areas: dict[int, list[PoliceArea]],
    organisations: dict[int, Organisation],
    heavy: Sequence[str],
    heavy_activities: int,
    days: int,
    rng: random.Random,
) -> _Kommun:
    own_areas = areas.get(municipality.pk, [])
    kommun = organisations.get(municipality.pk)
    police = organisations.get(-own_areas[0].pk) if own_areas else None
    is_heavy = municipality.code in heavy
    if is_heavy:
        a_day = heavy_activities / days
    else:
        a_year = MEDIAN_ACTIVITIES_A_YEAR * math.exp(rng.gauss(0, 0.7))
        a_day = min(max(a_year, MIN_ACTIVITIES_A_YEAR), MAX_ACTIVITIES_A_YEAR) / 365
    return _Kommun(
        municipality=municipality,
        areas=own_areas,
        organisations={
            Party.POLICE: police,
            Party.MUNICIPALITY: kommun,
            Party.JOINT: kommun,
            Party.OTHERS: None,
        },
        activities_a_day=a_day,
        heavy=is_heavy,
    )


def _police_areas(municipalities: list[Municipality]) -> dict[int, list[PoliceArea]]:
    found: dict[int, list[PoliceArea]] = {}
    local = PoliceArea.objects.filter(
        level=PoliceArea.Level.LOCAL, municipalities__in=municipalities
    ).prefetch_related("municipalities")
    for area in local.distinct().order_by("pk"):
        for municipality in area.municipalities.all():
            found.setdefault(municipality.pk, []).append(area)
    return found


def _organisations(
    municipalities: list[Municipality], areas: dict[int, list[PoliceArea]]
) -> dict[int, Organisation]:
    """Each kommun's organisation by the kommun's id, each police area's by minus its id."""
    area_ids = {area.pk for found in areas.values() for area in found}
    found: dict[int, Organisation] = {}
    for organisation in Organisation.objects.filter(
        municipality__in=municipalities
    ) | Organisation.objects.filter(police_area__in=area_ids):
        if organisation.municipality_id is not None:
            found[organisation.municipality_id] = organisation
        elif organisation.police_area_id is not None:
            found[-organisation.police_area_id] = organisation
    return found


def _promise_set(
    kommun: _Kommun,
    start_year: int,
    today: date,
    rng: random.Random,
    seed: int,
    counts: _Counts,
) -> None:
    municipality, areas = kommun.municipality, kommun.areas
    start, end = date(start_year, 1, 1), date(start_year + PERIOD_YEARS - 1, 12, 31)
    until = min(end, today)
    current = start <= today <= end
    signed_on = start - timedelta(days=rng.randint(20, 80))
    promise_set = PromiseSet.objects.create(
        title=f"Medborgarlöften {municipality.name} {start.year}–{end.year}",
        status=PromiseSet.Status.PUBLISHED if current else PromiseSet.Status.SUPERSEDED,
        period_start=start,
        period_end=end,
        until_replaced=rng.random() < 0.3,
        signed_on=signed_on,
        signed_place=municipality.name,
        follow_up_cadence=rng.choice([Cadence.TWICE_YEARLY, Cadence.YEARLY]),
        report_to=[f"Brottsförebyggande rådet i {municipality.name}"],
        published_on=["polisen.se"],
        published_at=timezone.make_aware(datetime.combine(signed_on, time(9))),
        provenance={"generated": seed},
    )
    promise_set.municipalities.set([municipality])
    promise_set.police_areas.set(areas)
    Signatory.objects.bulk_create(
        [
            Signatory(promise_set=promise_set, name=f"Kommunalråd {municipality.name}",
                      title="Kommunstyrelsens ordförande",
                      organisation_name=municipality_organisation_name(municipality.name),
                      position=0),
            Signatory(promise_set=promise_set, name="Lokalpolisområdeschef",
                      title="Chef lokalpolisområde",
                      organisation_name=areas[0].name if areas else "Polisen", position=1),
        ]
    )  # fmt: skip
    rounds = _rounds(promise_set, start, end, today)
    published = [r for r in rounds if r.published_at is not None]
    templates = rng.sample(TEMPLATES, PROMISES_PER_SET)
    focus_areas: dict[str, FocusArea] = {}
    for template in templates:
        if template.focus_area not in focus_areas:
            focus_areas[template.focus_area] = FocusArea.objects.create(
                promise_set=promise_set, title=template.focus_area, position=len(focus_areas)
            )
    # Earlier periods were followed up less diligently than the current one.
    diligence = 1.0 if kommun.heavy else 0.95 if current else rng.uniform(0.5, 0.9)
    days = (until - start).days + 1
    logged = kommun.activities_a_day * days * (1.0 if kommun.heavy else diligence)
    # How the kommun's logging falls on the commitments: a few carry most of it.
    weights = [rng.expovariate(1.0) for _ in templates]
    outcomes: list[Outcome] = []
    for position, template in enumerate(templates):
        subject, parties = rng.choice(SUBJECTS)
        promise = Promise.objects.create(
            promise_set=promise_set,
            focus_area=focus_areas[template.focus_area],
            text=template.text.format(subject=subject),
            by_police=Party.POLICE in parties,
            by_municipality=Party.MUNICIPALITY in parties,
            with_others=Party.OTHERS in parties,
            position=position,
        )
        PromiseTheme.objects.bulk_create(
            PromiseTheme(promise=promise, theme=theme, position=i)
            for i, theme in enumerate(template.themes)
        )
        party = Party.JOINT if len(parties) > 1 else parties[0]
        commitment = Commitment.objects.create(
            promise=promise,
            party=party,
            what=template.commitment,
            count=template.count,
            at_least=rng.random() < 0.5,
            per=template.per,
            seasons=list(template.seasons),
            position=0,
        )
        dates = list(_activity_dates(template, start, until, diligence, rng))
        share = math.ceil(logged * weights[position] / sum(weights))
        dates += [_logged_day(template, start, until, rng) for _ in range(share - len(dates))]
        counts.activities += _activities(promise_set, commitment, template, kommun, dates, rng)
        outcomes += _outcomes(promise, commitment, template, published, current, rng)
        if template.target:
            counts.measurements += _target(promise_set, promise, template, start, until, rng)
    Outcome.objects.bulk_create(outcomes)
    counts.promise_sets += 1
    counts.promises += len(templates)
    counts.outcomes += len(outcomes)
    counts.follow_up_rounds += len(rounds)


def _activities(
    promise_set: PromiseSet,
    commitment: Commitment,
    template: _Template,
    kommun: _Kommun,
    dates: list[date],
    rng: random.Random,
) -> int:
    """Store the commitment's activities on these days, in batches; how many."""
    what = template.commitment[0].upper() + template.commitment[1:]
    organisation = kommun.organisations[Party(commitment.party)]
    for first in range(0, len(dates), BATCH_SIZE):
        created = Activity.objects.bulk_create(
            [
                Activity(
                    promise_set=promise_set,
                    party=commitment.party,
                    organisation=organisation,
                    date=day,
                    description=rng.choice(DESCRIPTIONS).format(
                        what=what, place=rng.choice(PLACES), partner=rng.choice(PARTNERS)
                    ),
                    quantity=rng.randint(1, 40) if rng.random() < 0.4 else None,
                )
                for day in sorted(dates[first : first + BATCH_SIZE])
            ]
        )
        ActivityCommitment.objects.bulk_create(
            [
                ActivityCommitment(activity_id=a.pk, commitment_id=commitment.pk, date=a.date)
                for a in created
            ]
        )
    return len(dates)


def _logged_day(template: _Template, start: date, until: date, rng: random.Random) -> date:
    """A day some activity for the commitment was done: in its seasons, mostly a weekday."""
    day = start + timedelta(days=rng.randint(0, (until - start).days))
    if template.seasons:
        months = [
            month
            for season in template.seasons
            for month in range(SEASON_MONTHS[season][0], SEASON_MONTHS[season][1] + 1)
        ]
        years = range(start.year, until.year + 1)
        candidate = date(rng.choice(years), rng.choice(months), rng.randint(1, 28))
        day = candidate if start <= candidate <= until else day
    if day.weekday() >= 5 and rng.random() > WEEKEND_KEPT:
        weekday = day - timedelta(days=day.weekday() - 4)  # the Friday before
        day = weekday if weekday >= start else day + timedelta(days=7 - day.weekday())
    return min(day, until)


def _outcomes(
    promise: Promise,
    commitment: Commitment,
    template: _Template,
    published: list[FollowUpRound],
    current: bool,
    rng: random.Random,
) -> list[Outcome]:
    """What the published rounds told about the promise: done, and now and then not done."""
    outcomes: list[Outcome] = []
    for follow_up_round in published:
        if rng.random() < 0.4:
            outcomes.append(
                Outcome(
                    promise=promise,
                    commitment=commitment,
                    follow_up_round=follow_up_round,
                    kind=Outcome.Kind.DONE,
                    text=f"Genomfört: {template.commitment} {rng.choice(PLACES)}",
                    position=len(outcomes),
                )
            )
    if not current and rng.random() < 0.25:
        outcomes.append(
            Outcome(
                promise=promise,
                commitment=commitment,
                follow_up_round=published[-1] if published else None,
                kind=Outcome.Kind.NOT_DONE,
                text=f"En planerad {template.commitment} blev inte av",
                reason=rng.choice(REASONS),
                position=len(outcomes),
            )
        )
    return outcomes


def _activity_dates(
    template: _Template, start: date, until: date, diligence: float, rng: random.Random
) -> Iterator[date]:
    """Dates a diligent party would have logged for the schedule, some left out."""
    year = start.year
    while date(year, 1, 1) <= until:
        if template.per == "period":
            windows = [(start, until)] if year == start.year else []
        elif template.per == "month":
            windows = [(date(year, m, 1), date(year, m, 28)) for m in range(1, 13)]
        elif template.per == "half_year":
            windows = [
                (date(year, 1, 1), date(year, 6, 30)),
                (date(year, 7, 1), date(year, 12, 31)),
            ]
        elif template.seasons:
            spread = max(1, template.count // len(template.seasons))
            windows = [
                (date(year, SEASON_MONTHS[s][0], 1), date(year, SEASON_MONTHS[s][1], 28))
                for s in template.seasons
                for _ in range(spread)
            ]
        else:
            windows = [(date(year, 1, 1), date(year, 12, 31))] * template.count
        for first, last in windows:
            if first <= until and rng.random() < diligence:
                last = min(last, until)
                yield first + timedelta(days=rng.randint(0, max(0, (last - first).days)))
        year += 1


def _target(
    promise_set: PromiseSet,
    promise: Promise,
    template: _Template,
    start: date,
    until: date,
    rng: random.Random,
) -> int:
    """A target of the promise with a value measured at the end of each year; how many."""
    sign = 1 if template.target_increases else -1
    baseline = Decimal(rng.randint(40, 70) if template.target_increases else rng.randint(20, 400))
    target = Target.objects.create(
        promise_set=promise_set,
        promise=promise,
        indicator=template.target,
        direction=Target.Direction.INCREASE if sign > 0 else Target.Direction.DECREASE,
        baseline_value=baseline,
        baseline_year=start.year - 1,
        change_percent=Decimal(10 * sign),
        deadline=date(promise_set.period_end.year, 12, 31) if promise_set.period_end else None,
        data_source="Polisens öppna statistik",
    )
    measurements, value = [], baseline
    for year in range(start.year, until.year + 1):
        if date(year, 12, 31) > until:
            break
        drift = rng.uniform(0.92, 1.15) if sign > 0 else rng.uniform(0.85, 1.08)
        value = (value * Decimal(drift)).quantize(Decimal("1"))
        measurements.append(
            Measurement(
                target=target,
                value=value,
                measured_on=date(year, 12, 31),
                source="Polisens öppna statistik",
            )
        )
    Measurement.objects.bulk_create(measurements)
    return len(measurements)


def _rounds(promise_set: PromiseSet, start: date, end: date, today: date) -> list[FollowUpRound]:
    """The set's follow-up rounds as its cadence asks, those due by today published."""
    rounds = []
    for planned in planned_rounds(promise_set.follow_up_cadence, start, end):
        due = planned.due_date
        published = timezone.make_aware(datetime.combine(due, time(9))) if due <= today else None
        rounds.append(
            FollowUpRound(
                promise_set=promise_set,
                number=planned.number,
                covers_from=planned.covers_from,
                covers_until=planned.covers_until,
                due_date=due,
                summary="Uppföljningen visar att de flesta åtaganden genomförts enligt plan."
                if published
                else "",
                published_at=published,
            )
        )
    return FollowUpRound.objects.bulk_create(rounds)
