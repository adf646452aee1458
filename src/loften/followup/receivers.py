"""What follow-up does when a promise set is published: its rounds, and those it ends."""

from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Sum
from django.utils import timezone

from loften.followup.services import follow_up_rounds_sync, measurements_from_statistics
from loften.promises.models import PromiseSet, Target
from loften.statistics.models import Observation, StatisticsImport


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
