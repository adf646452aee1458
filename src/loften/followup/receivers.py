"""What follow-up does when a promise set is published: its rounds, and those it ends."""

from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Sum
from django.utils import timezone

from loften.followup.services import follow_up_rounds_sync, measurements_from_statistics
from loften.promises.models import PromiseSet, Target
from loften.statistics.models import Observation, StatisticsImport
from loften.surveys.aggregate import SURVEY_INDICATORS
from loften.surveys.models import Survey
from loften.surveys.selectors import survey_aggregate


def promise_set_published(
    sender: type[PromiseSet], promise_set: PromiseSet, superseded: list[int], **kwargs: Any
) -> None:
    """The set gets the rounds its cadence asks for; the rounds of those it replaces end."""
    today = timezone.localdate()
    for affected in PromiseSet.objects.filter(pk__in=[promise_set.pk, *superseded]):
        follow_up_rounds_sync(affected, today=today)


def statistics_imported(*, record: StatisticsImport, indicators: list[str], **kwargs: Any) -> None:
    """Targets tied to a series that was imported get its values as measurements: for
    each year, the sum over the kommuner of the target's promise set."""
    targets = Target.objects.filter(indicator_key__in=indicators).select_related("promise_set")
    for target in targets:
        sums = (
            Observation.objects.filter(
                indicator__key=target.indicator_key,
                gender="T",
                value__isnull=False,
                municipality__in=target.promise_set.municipalities.all(),
            )
            .values("year")
            .annotate(total=Sum("value"))
        )
        values = {date(row["year"], 12, 31): row["total"].quantize(Decimal("0.01")) for row in sums}
        if values:
            measurements_from_statistics(
                target=target, values=values,
                source=f"{record.source}, hämtad {record.fetched_on:%Y-%m-%d}"[:300],
            )  # fmt: skip


def survey_results_changed(*, survey: Survey, **kwargs: Any) -> None:
    """Targets tied to a survey index of the round's kommun get the round's value, in per
    cent, dated the day it closed (or the year's end); nothing when everyone is too few."""
    targets = Target.objects.filter(
        indicator_key__in=SURVEY_INDICATORS, promise_set__municipalities=survey.municipality
    ).distinct()
    if not targets:
        return
    everyone = next(g for g in survey_aggregate(survey).groups if g.key == (None, None, None))
    day = survey.closes_on or date(survey.year, 12, 31)
    for target in targets:
        value = everyone.indices.get(target.indicator_key.removeprefix("trygghet:"))
        if everyone.suppressed or value is None:
            continue
        measurements_from_statistics(
            target=target,
            values={day: Decimal(str(round(value * 100, 2)))},
            source=f"{survey.title} ({everyone.n} svarande)"[:300],
        )
