"""The validity question against the database: one answer per kommun and day."""

from datetime import UTC, date, datetime

import pytest

from loften.promises.models import PromiseSet
from loften.promises.publishing import promise_set_publish
from loften.promises.selectors import agreement_in_force, promise_set_in_force
from loften.registry.models import Agreement
from tests.factories import PromiseSetFactory, municipality

pytestmark = pytest.mark.django_db


def test_alvsbyn_on_2026_03_01_has_its_2023_2025_promise_until_a_new_one_is_given() -> None:
    alvsbyn = municipality("2560")
    current = PromiseSetFactory(
        period_start=date(2023, 1, 1),
        period_end=date(2025, 12, 31),
        until_replaced=True,
        publish=True,
    )
    assert promise_set_in_force(alvsbyn, date(2026, 3, 1)) == current

    successor = PromiseSetFactory(
        period_start=date(2026, 2, 1), period_end=date(2027, 12, 31), publish=True
    )
    assert promise_set_in_force(alvsbyn, date(2026, 3, 1)) == successor
    assert promise_set_in_force(alvsbyn, date(2025, 6, 1)) == current


def test_drafts_are_never_in_force() -> None:
    PromiseSetFactory(period_start=date(2023, 1, 1))
    assert promise_set_in_force(municipality("2560"), date(2024, 1, 1)) is None


def test_another_kommuns_promises_do_not_count() -> None:
    PromiseSetFactory(municipalities=[municipality("2480")], publish=True)
    assert promise_set_in_force(municipality("2560"), date(2024, 1, 1)) is None


def test_publishing_a_successor_supersedes_the_set_it_replaces() -> None:
    older = PromiseSetFactory(
        period_start=date(2021, 1, 1), period_end=date(2022, 12, 31), publish=True
    )
    newer = PromiseSetFactory(period_start=date(2023, 1, 1), publish=True)
    older.refresh_from_db()
    assert (older.status, newer.status) == (
        PromiseSet.Status.SUPERSEDED,
        PromiseSet.Status.PUBLISHED,
    )


def test_publishing_an_older_period_afterwards_records_it_as_superseded() -> None:
    newer = PromiseSetFactory(period_start=date(2023, 1, 1), publish=True)
    older = PromiseSetFactory(
        period_start=date(2021, 1, 1), period_end=date(2022, 12, 31), publish=True
    )
    newer.refresh_from_db()
    assert (older.status, newer.status) == (
        PromiseSet.Status.SUPERSEDED,
        PromiseSet.Status.PUBLISHED,
    )


def test_a_set_that_states_no_date_is_in_force_from_its_publication() -> None:
    undated = PromiseSetFactory(period_start=None, period_end=None)
    promise_set_publish(
        promise_set=undated, acting_user=None, at=datetime(2024, 5, 2, 10, tzinfo=UTC)
    )
    alvsbyn = municipality("2560")
    assert promise_set_in_force(alvsbyn, date(2024, 5, 1)) is None
    assert promise_set_in_force(alvsbyn, date(2024, 5, 2)) == undated
    assert promise_set_in_force(alvsbyn, date(2030, 1, 1)) == undated


def test_the_signing_date_stands_in_for_a_missing_start() -> None:
    signed = PromiseSetFactory(
        period_start=None, period_end=None, signed_on=date(2023, 3, 3), publish=True
    )
    assert promise_set_in_force(municipality("2560"), date(2023, 3, 2)) is None
    assert promise_set_in_force(municipality("2560"), date(2024, 3, 3)) == signed


def test_an_agreement_extended_indefinitely_stays_in_force_after_its_end() -> None:
    umea = municipality("2480")
    agreement = Agreement.objects.create(
        title="Överenskommelse om samverkan",
        municipality=umea,
        valid_from=date(2021, 1, 1),
        valid_until=date(2024, 12, 31),
        extends_indefinitely=True,
    )
    assert agreement_in_force(umea, date(2026, 11, 23)) == agreement
    assert agreement_in_force(umea, date(2020, 12, 31)) is None
