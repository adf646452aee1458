"""New drafts: from scratch, a copy of the previous period, a new version of a published set."""

from datetime import date

import pytest

from loften.promises.errors import PromiseSetError
from loften.promises.models import (
    Commitment,
    FocusArea,
    Promise,
    PromiseSet,
    PromiseTheme,
    Signatory,
    Target,
)
from loften.promises.publishing import promise_set_publish
from loften.promises.services import (
    promise_set_copy,
    promise_set_create,
    promise_set_delete_draft,
    promise_set_new_version,
)
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory, municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def alvsbyn_2023() -> PromiseSet:
    """A published 2023–2025 set with a focus area, themes, a seasonal commitment and targets."""
    promise_set = PromiseSetFactory(
        title="Medborgarlöften Älvsbyn 2023–2025",
        until_replaced=True,
        follow_up_cadence="twice_yearly",
        report_to=["BRÅ i Älvsbyn"],
        signed_on=date(2023, 2, 1),
        signed_place="Älvsbyn",
    )
    promise_set.police_areas.set(municipality("2560").police_areas.filter(level="local"))
    schools = FocusArea.objects.create(promise_set=promise_set, title="Skolan", position=0)
    promise = PromiseFactory(
        promise_set=promise_set,
        focus_area=schools,
        text="Polisen besöker skolorna.",
        by_municipality=True,
        source_start=10,
        source_end=40,
    )
    PromiseTheme.objects.create(promise=promise, theme="youth", position=0)
    PromiseTheme.objects.create(promise=promise, theme="drugs", position=1)
    CommitmentFactory(
        promise=promise,
        what="Föräldramöte",
        at_least=True,
        seasons=["spring", "autumn"],
        season_topics={"spring": "Alkohol", "autumn": "Narkotika"},
        target_group="Föräldrar i årskurs 7",
        responsible="Kommunpolisen",
        due_date=date(2024, 2, 29),
    )
    Target.objects.create(
        promise_set=promise_set,
        promise=promise,
        indicator="Andel elever som provat narkotika",
        direction="decrease",
        baseline_value=13,
        baseline_year=2022,
        change_percent=-10,
        deadline=date(2025, 12, 31),
        data_source="CAN:s rapport 2023",
    )
    Target.objects.create(promise_set=promise_set, indicator="Bedrägerier", target_value=140)
    Signatory.objects.create(promise_set=promise_set, name="Anna Andersson")
    return promise_set_publish(promise_set=promise_set, acting_user=None)


def test_a_new_draft_belongs_to_one_kommun_and_the_police_areas_that_cover_it() -> None:
    draft = promise_set_create(
        title="Medborgarlöften 2026",
        municipality=municipality("2560"),
        period_start=date(2026, 1, 1),
        period_end=None,
        until_replaced=False,
        follow_up_cadence="yearly",
        report_to=["BRÅ"],
        acting_user=None,
    )
    assert draft.status == PromiseSet.Status.DRAFT
    assert [m.code for m in draft.municipalities.all()] == ["2560"]
    assert [str(p) for p in draft.police_areas.all()] == ["Lokalpolisområde Piteå älvdal"]


def test_copying_the_previous_period_copies_everything_it_promised(
    alvsbyn_2023: PromiseSet,
) -> None:
    copy = promise_set_copy(
        source=alvsbyn_2023,
        title="Medborgarlöften Älvsbyn 2026–2028",
        period_start=date(2026, 1, 1),
        period_end=date(2028, 12, 31),
        until_replaced=False,
        acting_user=None,
    )
    assert (copy.status, copy.based_on, copy.period_label) == (
        PromiseSet.Status.DRAFT,
        alvsbyn_2023,
        "2026–2028",
    )
    assert (copy.follow_up_cadence, copy.report_to) == ("twice_yearly", ["BRÅ i Älvsbyn"])
    assert list(copy.police_areas.all()) == list(alvsbyn_2023.police_areas.all())
    assert [a.title for a in copy.focus_areas.all()] == ["Skolan"]
    promise = copy.promises.get()
    assert promise.focus_area == copy.focus_areas.get()
    assert (promise.text, promise.parties) == (
        "Polisen besöker skolorna.",
        ["police", "municipality"],
    )
    assert (promise.source_start, promise.source_end) == (None, None)
    assert [t.theme for t in promise.themes.all()] == ["youth", "drugs"]
    commitment = promise.commitments.get()
    assert commitment.schedule_label == "minst 2 gånger per år (vår, höst)"
    assert commitment.season_topics == {"spring": "Alkohol", "autumn": "Narkotika"}
    assert commitment.due_date == date(2027, 2, 28)  # three years on; 2027 has no 29 February
    target = copy.targets.get(promise=promise)
    assert (target.baseline_value, target.change_percent, target.deadline) == (
        13,
        -10,
        date(2028, 12, 31),
    )
    assert copy.targets.get(promise__isnull=True).target_value == 140
    assert (copy.signed_on, copy.signatories.count(), copy.published_at) == (None, 0, None)


def test_copying_leaves_the_source_as_it_was(alvsbyn_2023: PromiseSet) -> None:
    promise_set_copy(
        source=alvsbyn_2023,
        title="Ny period",
        period_start=date(2026, 1, 1),
        period_end=None,
        until_replaced=True,
        acting_user=None,
    )
    alvsbyn_2023.refresh_from_db()
    assert alvsbyn_2023.status == PromiseSet.Status.PUBLISHED
    assert Promise.objects.filter(promise_set=alvsbyn_2023).count() == 1
    assert Commitment.objects.filter(promise__promise_set=alvsbyn_2023).count() == 1
    assert alvsbyn_2023.promises.get().source_start == 10


def test_a_copy_must_start_after_the_period_it_copies(alvsbyn_2023: PromiseSet) -> None:
    with pytest.raises(PromiseSetError, match="måste börja efter den som kopieras"):
        promise_set_copy(
            source=alvsbyn_2023,
            title="Samma period",
            period_start=date(2023, 1, 1),
            period_end=None,
            until_replaced=False,
            acting_user=None,
        )
    assert PromiseSet.objects.count() == 1


def test_a_new_version_keeps_the_period_and_dates_and_replaces_the_published_set_on_publishing(
    alvsbyn_2023: PromiseSet,
) -> None:
    version = promise_set_new_version(promise_set=alvsbyn_2023, acting_user=None)
    assert (version.based_on, version.period_start, version.title) == (
        alvsbyn_2023,
        alvsbyn_2023.period_start,
        alvsbyn_2023.title,
    )
    assert version.promises.get().commitments.get().due_date == date(2024, 2, 29)
    promise_set_publish(promise_set=version, acting_user=None)
    alvsbyn_2023.refresh_from_db()
    assert (alvsbyn_2023.status, version.status) == (
        PromiseSet.Status.SUPERSEDED,
        PromiseSet.Status.PUBLISHED,
    )


def test_asking_twice_for_a_new_version_gives_the_same_draft(alvsbyn_2023: PromiseSet) -> None:
    first = promise_set_new_version(promise_set=alvsbyn_2023, acting_user=None)
    assert promise_set_new_version(promise_set=alvsbyn_2023, acting_user=None) == first


@pytest.mark.parametrize(
    "status, refusal",
    [
        ("draft", "ändras direkt"),
        ("for_signing", "väntar på underskrift"),
        ("superseded", "Kopiera det till en ny period"),
    ],
)
def test_only_a_published_set_gets_a_new_version(status: str, refusal: str) -> None:
    promise_set = PromiseSetFactory(status=status)
    with pytest.raises(PromiseSetError, match=refusal):
        promise_set_new_version(promise_set=promise_set, acting_user=None)
    assert PromiseSet.objects.count() == 1


def test_a_published_set_of_the_same_start_that_is_not_its_base_stays_published() -> None:
    first = PromiseSetFactory(publish=True)
    second = PromiseSetFactory(publish=True)
    first.refresh_from_db()
    assert (first.status, second.status) == ("published", "published")


def test_a_draft_can_be_thrown_away_but_not_a_decided_set(alvsbyn_2023: PromiseSet) -> None:
    draft = PromiseFactory().promise_set
    promise_set_delete_draft(promise_set=draft, acting_user=None)
    assert not PromiseSet.objects.filter(pk=draft.pk).exists()
    with pytest.raises(PromiseSetError, match="Bara ett utkast kan tas bort"):
        promise_set_delete_draft(promise_set=alvsbyn_2023, acting_user=None)
    assert PromiseSet.objects.filter(pk=alvsbyn_2023.pk).exists()
