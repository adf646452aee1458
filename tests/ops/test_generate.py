"""`loften generate`: national-scale synthetic data for benchmarks."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from loften.followup.models import Activity, FollowUpRound, Measurement
from loften.ops.generate import generate, generated_remove
from loften.promises.models import PromiseSet
from loften.promises.selectors import promise_set_in_force
from tests.factories import PromiseSetFactory, municipality

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 23)


def test_each_kommun_gets_a_promise_set_per_two_years_with_the_latest_in_force() -> None:
    result = generate(municipalities=3, years=4, today=TODAY)
    assert (result.municipalities, result.promise_sets, result.promises) == (3, 6, 48)
    first = municipality("0114")
    in_force = promise_set_in_force(first, TODAY)
    assert in_force is not None
    assert (in_force.period_start, in_force.period_end) == (date(2025, 1, 1), date(2026, 12, 31))
    assert sorted(first.promise_sets.values_list("status", flat=True)) == [
        "published",
        "superseded",
    ]


def test_activities_follow_the_schedules_inside_the_period_and_never_in_the_future() -> None:
    generate(municipalities=2, years=4, today=TODAY)
    activities = Activity.objects.select_related("promise_set")
    assert activities.count() > 50
    for activity in activities:
        assert activity.promise_set.period_start <= activity.date <= TODAY
        assert activity.date <= activity.promise_set.period_end
    assert Activity.commitments.through.objects.count() == activities.count()
    assert Measurement.objects.filter(measured_on__gt=TODAY).count() == 0
    assert FollowUpRound.objects.filter(published_at__isnull=False, due_date__gt=TODAY).count() == 0


def test_the_same_seed_gives_the_same_data() -> None:
    first = generate(municipalities=2, years=2, today=TODAY, seed=7)
    generated_remove()
    again = generate(municipalities=2, years=2, today=TODAY, seed=7)
    assert first == again


def test_removing_generated_data_leaves_real_promise_sets_alone() -> None:
    real = PromiseSetFactory(publish=True)
    generate(municipalities=2, years=2, today=TODAY)
    assert generated_remove() == 2
    assert list(PromiseSet.objects.all()) == [real]


def test_the_command_refuses_to_generate_twice_unless_asked_to_replace() -> None:
    call_command("generate", "--municipalities", "1", "--years", "2", stdout=StringIO())
    with pytest.raises(CommandError, match="--replace"):
        call_command("generate", "--municipalities", "1", "--years", "2", stdout=StringIO())
    out = StringIO()
    call_command("generate", "--municipalities", "1", "--years", "2", "--replace", stdout=out)
    assert "Removed 1 generated promise sets." in out.getvalue()
    assert "[####################] 1/1" in out.getvalue()
    assert PromiseSet.objects.count() == 1
