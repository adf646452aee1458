"""A target tied to a statistics series is measured by each import, without anyone typing."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.test import Client

from loften.followup.models import Measurement
from loften.statistics.services import statistics_import
from tests.factories import MeasurementFactory, PromiseFactory, PromiseSetFactory, TargetFactory

pytestmark = pytest.mark.django_db

CRIMES = (Path(__file__).parent / "data" / "anmalda_brott.csv").read_bytes()


def values(target: object) -> dict[date, Decimal]:
    return dict(
        Measurement.objects.filter(target=target, entered_by=None)
        .exclude(source="typed")
        .values_list("measured_on", "value")
    )


def test_a_published_targets_measured_value_follows_the_imports(client: Client) -> None:
    promise_set = PromiseSetFactory(publish=True)  # Älvsbyn
    promise = PromiseFactory(promise_set=promise_set, text="Polisen lovar färre bedrägerier.")
    tied = TargetFactory(promise=promise, indicator_key="brott:bedrageri", baseline_value=150)
    untied = TargetFactory(promise=promise, indicator="trygghet")
    typed = MeasurementFactory(
        target=tied, value=170, measured_on=date(2024, 6, 30), source="typed"
    )

    statistics_import(data=CRIMES, filename="brott.csv", acting_user=None)
    assert values(tied) == {date(2023, 12, 31): 160, date(2024, 12, 31): 182}
    assert Measurement.objects.filter(target=tied).count() == 3
    assert not Measurement.objects.filter(target=untied).exists()
    source = (
        Measurement.objects.exclude(source="typed")
        .get(target=tied, measured_on=date(2024, 12, 31))
        .source
    )
    assert source.startswith("Brå, anmälda brott, hämtad ")

    revised = CRIMES.replace(
        b"2560 \xc4lvsbyn;Bedr\xe4geri;2024;182", b"2560 \xc4lvsbyn;Bedr\xe4geri;2024;176"
    )
    statistics_import(data=revised, filename="brott-reviderad.csv", acting_user=None)
    assert values(tied)[date(2024, 12, 31)] == 176
    typed.refresh_from_db()
    assert typed.value == 170  # what people typed stays

    page = client.get(f"/kommun/alvsbyn/lofte/{promise_set.pk}/{promise.pk}/").content.decode()
    assert "176" in page
