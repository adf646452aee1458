"""The stored answer to "which set is in force in this kommun on this day" is the rule's answer."""

import importlib
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from hypothesis import given, settings
from hypothesis import strategies as st

from loften.ops.generate import generate, generated_remove
from loften.promises.models import PromiseSet, Tenure
from loften.promises.publishing import promise_set_publish
from loften.promises.selectors import (
    pick_in_force,
    promise_set_in_force,
    promise_sets_decided,
    promise_sets_in_force,
)
from loften.promises.services import promise_set_new_version
from loften.promises.validity import Validity
from loften.registry.models import Municipality
from tests.factories import PromiseSetFactory, municipality
from tests.promises.test_validity import FIRST_DAY, days, validities

pytestmark = pytest.mark.django_db

# A promise set as the database may hold it, however it got there: a stated period or
# none, signed or not, published at some moment (late in the evening is the next day in
# Sweden), in one or both of two kommuner, decided or not.
stored_sets = st.fixed_dictionaries(
    {
        "validity": validities(),
        "signed_on": st.none() | days,
        "published_at": st.none()
        | st.builds(
            lambda day, hour: datetime.combine(day, time(hour), tzinfo=UTC),
            days,
            st.sampled_from([9, 23]),
        ),
        "status": st.sampled_from(
            [PromiseSet.Status.PUBLISHED, PromiseSet.Status.SUPERSEDED, PromiseSet.Status.DRAFT]
        ),
        "kommuner": st.sampled_from([["2560"], ["2581"], ["2560", "2581"]]),
    }
)


def store(spec: dict[str, Any]) -> PromiseSet:
    validity: Validity = spec["validity"]
    promise_set = PromiseSet.objects.create(
        title="Medborgarlöfte",
        status=spec["status"],
        period_start=validity.start,
        period_end=validity.end,
        until_replaced=validity.until_replaced,
        extends_indefinitely=validity.extends_indefinitely,
        signed_on=spec["signed_on"],
        published_at=spec["published_at"],
    )
    promise_set.municipalities.set([municipality(code) for code in spec["kommuner"]])
    return promise_set


def assert_table_follows_the_rule(kommuner: list[Municipality], sets: list[PromiseSet]) -> None:
    """On every day where an answer could change, and the days either side of it."""
    turning = {FIRST_DAY}
    for promise_set in sets:
        validity = promise_set.validity
        turning.update(day for day in (validity.start, validity.end) if day is not None)
    checked = sorted({day + timedelta(days=d) for day in turning for d in (-1, 0, 1)})
    for day in checked:
        expected = {}
        for kommun in kommuner:
            rule = pick_in_force(promise_sets_decided(kommun), day)
            assert promise_set_in_force(kommun, day) == rule, (kommun, day)
            if rule is not None:
                expected[kommun.pk] = rule
        in_force_now = promise_sets_in_force(day)
        assert {pk: in_force_now[pk] for pk in in_force_now if pk in expected} == expected


@settings(max_examples=40, deadline=None)
@given(st.lists(stored_sets, min_size=1, max_size=6))
def test_the_table_answers_as_the_rule_for_any_sets_of_two_kommuner(
    specs: list[dict[str, Any]],
) -> None:
    with transaction.atomic():
        sets = [store(spec) for spec in specs]
        assert_table_follows_the_rule([municipality("2560"), municipality("2581")], sets)
        transaction.set_rollback(True)


def test_a_successor_that_starts_early_ends_its_predecessor_the_day_before() -> None:
    older = PromiseSetFactory(
        period_start=date(2023, 1, 1), period_end=date(2025, 12, 31), publish=True
    )
    newer = PromiseSetFactory(
        period_start=date(2024, 6, 1), period_end=date(2026, 12, 31), publish=True
    )
    stretches = Tenure.objects.filter(municipality=municipality("2560")).order_by("starts_on")
    assert [(t.promise_set, t.starts_on, t.ends_on) for t in stretches] == [
        (older, date(2023, 1, 1), date(2024, 5, 31)),
        (newer, date(2024, 6, 1), date(2026, 12, 31)),
    ]


def test_a_set_extended_indefinitely_stays_in_force_until_a_successor_starts() -> None:
    extended = PromiseSetFactory(
        period_start=date(2021, 1, 1),
        period_end=date(2022, 12, 31),
        extends_indefinitely=True,
        publish=True,
    )
    alvsbyn = municipality("2560")
    assert promise_set_in_force(alvsbyn, date(2030, 1, 1)) == extended
    successor = PromiseSetFactory(period_start=date(2026, 1, 1), period_end=None, publish=True)
    assert promise_set_in_force(alvsbyn, date(2025, 12, 31)) == extended
    assert promise_set_in_force(alvsbyn, date(2030, 1, 1)) == successor


def test_a_new_version_replaces_the_published_one_from_the_same_day() -> None:
    published = PromiseSetFactory(period_start=date(2023, 1, 1), publish=True)
    version = promise_set_new_version(promise_set=published, acting_user=None)
    assert promise_set_in_force(municipality("2560"), date(2024, 1, 1)) == published
    promise_set_publish(promise_set=version, acting_user=None)
    assert promise_set_in_force(municipality("2560"), date(2023, 1, 1)) == version
    assert Tenure.objects.filter(promise_set=published).count() == 0


def test_a_set_of_two_kommuner_is_in_force_in_both() -> None:
    shared = PromiseSetFactory(
        municipalities=[municipality("2560"), municipality("2581")], publish=True
    )
    in_force_now = promise_sets_in_force(date(2024, 1, 1))
    assert in_force_now[municipality("2560").pk] == shared
    assert in_force_now[municipality("2581").pk] == shared


def test_changes_made_as_the_admin_makes_them_are_followed() -> None:
    """The admin saves every field and then sets the kommuner, without the services."""
    promise_set = PromiseSetFactory(publish=True)
    alvsbyn, piteå = municipality("2560"), municipality("2581")
    promise_set.period_end = date(2023, 12, 31)
    promise_set.save()
    assert promise_set_in_force(alvsbyn, date(2024, 6, 1)) is None
    promise_set.municipalities.set([piteå])
    assert promise_set_in_force(alvsbyn, date(2023, 6, 1)) is None
    assert promise_set_in_force(piteå, date(2023, 6, 1)) == promise_set
    piteå.promise_sets.clear()
    assert promise_set_in_force(piteå, date(2023, 6, 1)) is None
    alvsbyn.promise_sets.add(promise_set)
    assert promise_set_in_force(alvsbyn, date(2023, 6, 1)) == promise_set
    promise_set.status = PromiseSet.Status.DRAFT
    promise_set.save()
    assert promise_set_in_force(alvsbyn, date(2023, 6, 1)) is None


def test_removing_a_decided_set_brings_back_the_one_it_had_replaced() -> None:
    older = PromiseSetFactory(period_start=date(2021, 1, 1), period_end=None, publish=True)
    newer = PromiseSetFactory(period_start=date(2024, 1, 1), period_end=None, publish=True)
    newer.delete()
    assert promise_set_in_force(municipality("2560"), date(2025, 1, 1)) == older


def test_generated_data_is_in_the_table_and_leaves_it_when_removed() -> None:
    today = date(2026, 11, 23)
    generate(municipalities=3, years=6, today=today)
    first = Municipality.objects.order_by("code").first()
    assert first is not None
    assert promise_set_in_force(first, today) == pick_in_force(promise_sets_decided(first), today)
    assert Tenure.objects.count() == 9
    generated_remove()
    assert not Tenure.objects.exists()


def test_the_rebuild_command_repairs_what_was_written_past_the_services(
    capsys: pytest.CaptureFixture[str],
) -> None:
    promise_set = PromiseSetFactory(period_start=date(2023, 1, 1), publish=True)
    PromiseSet.objects.filter(pk=promise_set.pk).update(period_start=date(2024, 1, 1))
    assert promise_set_in_force(municipality("2560"), date(2023, 6, 1)) == promise_set
    call_command("tenure", "rebuild")
    assert "1 perioder i kraft tillagda, 1 borttagna" in capsys.readouterr().out
    assert promise_set_in_force(municipality("2560"), date(2023, 6, 1)) is None
    call_command("tenure", "rebuild")
    assert "inget att rätta" in capsys.readouterr().out


def test_the_migration_fills_the_table_for_an_existing_database() -> None:
    older = PromiseSetFactory(period_start=date(2021, 1, 1), period_end=None, publish=True)
    newer = PromiseSetFactory(period_start=date(2024, 1, 1), period_end=None, publish=True)
    before = set(Tenure.objects.values_list("promise_set", "starts_on", "ends_on"))
    Tenure.objects.all().delete()
    migration = importlib.import_module("loften.promises.migrations.0006_tenure")
    migration.fill(apps, None)
    after = set(Tenure.objects.values_list("promise_set", "starts_on", "ends_on"))
    assert (
        after
        == before
        == {
            (older.pk, date(2021, 1, 1), date(2023, 12, 31)),
            (newer.pk, date(2024, 1, 1), None),
        }
    )
