"""Synthetic national data: every kommun's promises, activities and follow-ups over years.

For benchmarks and for trying the product at national scale, never for a real
installation's public pages. Every promise set made here carries
`provenance = {"generated": seed}`, so `generated_remove` finds exactly them.
The data is deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from loften.followup.models import Activity, FollowUpRound, Measurement, Outcome
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
from loften.registry.models import Cadence, Municipality, PoliceArea
from loften.registry.reference import municipality_organisation_name
from loften.search.services import search_index_update

PERIOD_YEARS = 2
PROMISES_PER_SET = 8


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


@dataclass(frozen=True)
class GenerateResult:
    municipalities: int
    promise_sets: int
    promises: int
    activities: int


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
    today: date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> GenerateResult:
    """Promise sets for the first `municipalities` kommuner (by code), one per two years.

    Periods run back from the current one over `years` years; each set has
    eight promises with commitments, some with targets measured yearly, and
    activities logged as the schedules ask (less often in earlier years, and
    with outcomes saying what was not done and why). One transaction per kommun,
    which also puts the kommun's promises in the search index.
    """
    today = today or timezone.localdate()
    rng = random.Random(seed)  # noqa: S311 - repeatable synthetic data, not a secret
    chosen = list(Municipality.objects.order_by("code")[:municipalities])
    areas = _police_areas(chosen)
    first_year = today.year - years + 1
    totals = [0, 0, 0]
    for number, municipality in enumerate(chosen, start=1):
        with transaction.atomic():
            for start_year in range(first_year, today.year + 1, PERIOD_YEARS):
                counts = _promise_set(
                    municipality, areas.get(municipality.pk, []), start_year, today, rng, seed
                )
                totals = [a + b for a, b in zip(totals, counts, strict=True)]
            search_index_update([municipality])
        if progress:
            progress(number, len(chosen), municipality.name)
    return GenerateResult(len(chosen), *totals)


def _police_areas(municipalities: list[Municipality]) -> dict[int, list[PoliceArea]]:
    found: dict[int, list[PoliceArea]] = {}
    local = PoliceArea.objects.filter(
        level=PoliceArea.Level.LOCAL, municipalities__in=municipalities
    ).prefetch_related("municipalities")
    for area in local.distinct():
        for municipality in area.municipalities.all():
            found.setdefault(municipality.pk, []).append(area)
    return found


def _promise_set(
    municipality: Municipality,
    areas: list[PoliceArea],
    start_year: int,
    today: date,
    rng: random.Random,
    seed: int,
) -> tuple[int, int, int]:
    start, end = date(start_year, 1, 1), date(start_year + PERIOD_YEARS - 1, 12, 31)
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
    templates = rng.sample(TEMPLATES, PROMISES_PER_SET)
    focus_areas: dict[str, FocusArea] = {}
    for template in templates:
        if template.focus_area not in focus_areas:
            focus_areas[template.focus_area] = FocusArea.objects.create(
                promise_set=promise_set, title=template.focus_area, position=len(focus_areas)
            )
    activities = 0
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
        # Earlier periods were followed up less diligently than the current one.
        diligence = 0.95 if current else rng.uniform(0.5, 0.9)
        dates = list(_activity_dates(template, start, min(end, today), diligence, rng))
        created = Activity.objects.bulk_create(
            Activity(
                promise_set=promise_set,
                party=party,
                date=day,
                description=f"Genomfört: {template.commitment}.",
                quantity=rng.randint(1, 12) if rng.random() < 0.4 else None,
            )
            for day in dates
        )
        Activity.commitments.through.objects.bulk_create(
            Activity.commitments.through(activity_id=a.pk, commitment_id=commitment.pk)
            for a in created
        )
        activities += len(created)
        if not current and rng.random() < 0.25:
            Outcome.objects.create(
                promise=promise,
                commitment=commitment,
                kind=Outcome.Kind.NOT_DONE,
                text=f"En planerad {template.commitment} blev inte av",
                reason=rng.choice(REASONS),
            )
        if template.target:
            _target(promise_set, promise, template, start, min(end, today), rng)
    _rounds(promise_set, start, end, today)
    return 1, len(templates), activities


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
) -> None:
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


def _rounds(promise_set: PromiseSet, start: date, end: date, today: date) -> None:
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
    FollowUpRound.objects.bulk_create(rounds)
