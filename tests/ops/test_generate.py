"""`loften generate`: national-scale synthetic data for benchmarks."""

from collections import Counter
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from loften.followup.models import Activity, FollowUpRound, Measurement, Outcome
from loften.ops.generate import generate, generated_remove
from loften.promises.models import Party, PromiseSet
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
    small = ["--municipalities", "1", "--years", "2"]
    call_command("generate", *small, stdout=StringIO())
    with pytest.raises(CommandError, match="--replace"):
        call_command("generate", *small, stdout=StringIO())
    out = StringIO()
    call_command("generate", *small, "--replace", stdout=out)
    assert "Removed 1 generated promise sets." in out.getvalue()
    assert "[####################] 1/1" in out.getvalue()
    assert PromiseSet.objects.count() == 1


def _activities_per_kommun_and_year() -> dict[tuple[str, int], int]:
    counted = (
        Activity.objects.values_list("promise_set__municipalities__code", "date__year")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {(code, year): n for code, year, n in counted}


def test_kommuner_log_tens_to_hundreds_a_year_and_heavy_ones_tens_of_thousands() -> None:
    result = generate(municipalities=5, years=4, heavy=["0180"], heavy_activities=3000, today=TODAY)
    per_year = _activities_per_kommun_and_year()
    heavy = sum(n for (code, _), n in per_year.items() if code == "0180")
    assert heavy >= 3000
    normal = {key: n for key, n in per_year.items() if key[0] != "0180"}
    assert len({code for code, _ in normal}) == 4
    # Whole years (the current one is not over yet).
    assert all(10 <= n <= 1000 for (_, year), n in normal.items() if year < TODAY.year)
    assert result.activities == sum(per_year.values())
    assert heavy > 10 * max(normal.values())


def test_activities_say_what_was_done_where_and_by_whom_mostly_on_weekdays() -> None:
    generate(municipalities=2, years=2, heavy=[], today=TODAY)
    activities = list(Activity.objects.select_related("organisation", "promise_set"))
    assert len({a.description for a in activities}) > len(activities) // 10
    assert sum(a.date.weekday() < 5 for a in activities) > 0.8 * len(activities)
    by_kommun = [a for a in activities if a.party in (Party.MUNICIPALITY, Party.JOINT)]
    assert by_kommun
    assert all(a.organisation and a.organisation.kind == "municipality" for a in by_kommun)
    assert all(
        a.organisation and a.organisation.kind == "police_area"
        for a in activities
        if a.party == Party.POLICE
    )
    assert any(a.quantity for a in activities)


def test_published_rounds_tell_outcomes_of_the_promises() -> None:
    result = generate(municipalities=2, years=4, heavy=[], today=TODAY)
    outcomes = Outcome.objects.select_related("follow_up_round", "promise__promise_set")
    assert outcomes.count() == result.outcomes > 0
    for outcome in outcomes:
        assert outcome.follow_up_round is not None
        assert outcome.follow_up_round.published_at is not None
        assert outcome.follow_up_round.promise_set == outcome.promise.promise_set
    assert outcomes.filter(kind=Outcome.Kind.NOT_DONE).exclude(reason="").exists()


def _contents() -> list[tuple[object, ...]]:
    return list(
        Activity.objects.order_by(
            "promise_set__municipalities__code", "date", "description"
        ).values_list("promise_set__municipalities__code", "date", "description", "quantity")
    )


def test_the_same_seed_gives_the_same_activities_and_another_seed_other_ones() -> None:
    generate(municipalities=2, years=2, heavy=["0180"], heavy_activities=500, seed=7, today=TODAY)
    first = _contents()
    generated_remove()
    generate(municipalities=2, years=2, heavy=["0180"], heavy_activities=500, seed=7, today=TODAY)
    assert _contents() == first
    generated_remove()
    generate(municipalities=2, years=2, heavy=["0180"], heavy_activities=500, seed=8, today=TODAY)
    assert _contents() != first


def test_a_failure_halfway_leaves_nothing_generated(monkeypatch: pytest.MonkeyPatch) -> None:
    indexed: list[object] = []

    def index_then_fail(municipalities: list[object]) -> None:
        indexed.extend(municipalities)
        if len(indexed) == 2:
            raise RuntimeError("disk full")

    monkeypatch.setattr("loften.ops.generate.search_index_update", index_then_fail)
    with pytest.raises(RuntimeError):
        generate(municipalities=3, years=2, heavy=[], today=TODAY)
    assert len(indexed) == 2
    assert not PromiseSet.objects.exists()
    assert not Activity.objects.exists()
    assert not FollowUpRound.objects.exists()


def test_a_failed_replace_keeps_the_earlier_generated_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = ["--municipalities", "2", "--years", "2"]
    call_command("generate", *small, stdout=StringIO())
    before = _contents()

    def fail(municipalities: list[object]) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("loften.ops.generate.search_index_update", fail)
    with pytest.raises(RuntimeError):
        call_command("generate", *small, "--replace", "--seed", "9", stdout=StringIO())
    assert _contents() == before
    assert PromiseSet.objects.count() == 2


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--municipalities", "2", "--heavy", "0180,1480,1280"], "--heavy names 3"),
        (["--municipalities", "2", "--heavy", "9999"], "no kommun with the code 9999"),
        (["--municipalities", "2", "--heavy", "", "--heavy-activities", "0"], "--heavy-act"),
    ],
)
def test_the_command_refuses_heavy_kommuner_it_cannot_make(
    arguments: list[str], message: str
) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("generate", *arguments, stdout=StringIO())
    assert not PromiseSet.objects.exists()


def test_the_default_heavy_kommuner_are_those_of_the_three_among_the_generated() -> None:
    out = StringIO()
    call_command("generate", "--municipalities", "2", "--years", "2", stdout=out)
    assert "for 2 kommuner." in out.getvalue()
    assert not Activity.objects.filter(promise_set__municipalities__code="0180").exists()
    generated_remove()

    generate(municipalities=17, years=2, heavy_activities=2000, today=TODAY)
    per_kommun = Counter(
        Activity.objects.values_list("promise_set__municipalities__code", flat=True)
    )
    assert len(per_kommun) == 17
    assert per_kommun.pop("0180") >= 2000  # Stockholm, the 17th kommun by code
    assert max(per_kommun.values()) < 2000


def test_the_command_names_the_heavy_kommuner_and_reports_what_it_made() -> None:
    out = StringIO()
    call_command(
        "generate", "--municipalities", "2", "--years", "2", "--heavy", "1480",
        "--heavy-activities", "800", stdout=out,
    )  # fmt: skip
    assert "Göteborg: " in out.getvalue()
    assert "for 2 kommuner." in out.getvalue()
    goteborg = Activity.objects.filter(promise_set__municipalities__code="1480").count()
    assert goteborg >= 800
