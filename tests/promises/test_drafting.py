"""Writing a draft's parts: only while it is a draft, and always in reading order."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loften.promises.drafting import (
    part_delete,
    part_move,
    part_save,
    promise_save,
    promise_set_update,
)
from loften.promises.errors import PromiseSetError
from loften.promises.models import Commitment, FocusArea, Promise, PromiseSet
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory, member

pytestmark = pytest.mark.django_db


def texts(promise_set: PromiseSet) -> list[str]:
    return list(promise_set.promises.order_by("position", "pk").values_list("text", flat=True))


def add_promise(promise_set: PromiseSet, text: str, focus_area: FocusArea | None = None) -> Promise:
    promise = Promise(promise_set=promise_set, text=text, by_police=True, focus_area=focus_area)
    return promise_save(promise=promise, fields=[], themes=[], acting_user=None)


def add_area(promise_set: PromiseSet, title: str) -> FocusArea:
    return part_save(FocusArea(promise_set=promise_set, title=title), fields=[], acting_user=None)


def test_new_promises_go_last_under_their_focus_area_and_the_set_reads_in_order() -> None:
    draft = PromiseSetFactory()
    schools, traffic = add_area(draft, "Skolan"), add_area(draft, "Trafik")
    add_promise(draft, "Trafik 1", traffic)
    add_promise(draft, "Skola 1", schools)
    add_promise(draft, "Utan rubrik")
    add_promise(draft, "Skola 2", schools)
    assert texts(draft) == ["Utan rubrik", "Skola 1", "Skola 2", "Trafik 1"]


def test_moving_a_focus_area_moves_its_promises_along() -> None:
    draft = PromiseSetFactory()
    schools, traffic = add_area(draft, "Skolan"), add_area(draft, "Trafik")
    add_promise(draft, "Skola 1", schools)
    add_promise(draft, "Trafik 1", traffic)
    part_move(traffic, up=True, acting_user=None)
    assert [a.title for a in draft.focus_areas.all()] == ["Trafik", "Skolan"]
    assert texts(draft) == ["Trafik 1", "Skola 1"]


def test_a_promise_moves_within_its_focus_area_and_stops_at_its_edge() -> None:
    draft = PromiseSetFactory()
    schools, traffic = add_area(draft, "Skolan"), add_area(draft, "Trafik")
    first, second = add_promise(draft, "Skola 1", schools), add_promise(draft, "Skola 2", schools)
    add_promise(draft, "Trafik 1", traffic)
    part_move(second, up=True, acting_user=None)
    assert texts(draft) == ["Skola 2", "Skola 1", "Trafik 1"]
    part_move(
        first, up=False, acting_user=None
    )  # last of its focus area: it does not cross into Trafik
    assert texts(draft) == ["Skola 2", "Skola 1", "Trafik 1"]


def test_commitments_move_among_the_commitments_of_their_promise() -> None:
    promise = PromiseFactory()
    first = CommitmentFactory(promise=promise, what="Första", position=0)
    CommitmentFactory(promise=promise, what="Andra", position=0)
    part_move(first, up=False, acting_user=None)
    assert [c.what for c in promise.commitments.all()] == ["Andra", "Första"]


def test_themes_are_stored_in_the_order_given() -> None:
    promise = add_promise(PromiseSetFactory(), "Löfte")
    promise_save(promise=promise, fields=["text"], themes=["traffic", "youth"], acting_user=None)
    assert [t.theme for t in promise.themes.all()] == ["traffic", "youth"]
    promise_save(promise=promise, fields=["text"], themes=["youth"], acting_user=None)
    assert [t.theme for t in promise.themes.all()] == ["youth"]


def test_removing_a_focus_area_keeps_its_promises() -> None:
    draft = PromiseSetFactory()
    schools = add_area(draft, "Skolan")
    add_promise(draft, "Skola 1", schools)
    part_delete(schools, acting_user=None)
    assert draft.promises.get().focus_area is None


def test_only_the_fields_of_the_form_are_written() -> None:
    commitment = CommitmentFactory(what="Hundsök", position=3)
    stale = Commitment.objects.get(pk=commitment.pk)
    Commitment.objects.filter(pk=commitment.pk).update(position=5)
    stale.what = "Hundsök i skolan"
    part_save(stale, fields=["what"], acting_user=None)
    commitment.refresh_from_db()
    assert (commitment.what, commitment.position) == ("Hundsök i skolan", 5)


@pytest.mark.parametrize(
    "status, refusal",
    [
        ("for_signing", "väntar på underskrift och kan inte ändras"),
        ("published", "Välj ”Ändra” för att göra en ny version"),
        ("superseded", "Ett ersatt medborgarlöfte kan inte ändras"),
    ],
)
def test_a_set_that_is_no_longer_a_draft_does_not_change(status: str, refusal: str) -> None:
    commitment = CommitmentFactory(promise__promise_set__status=status, what="Hundsök")
    promise = commitment.promise
    promise_set = promise.promise_set
    commitment.what = "Något annat"
    promise.text = "Något annat"
    promise_set.title = "Något annat"
    attempts = [
        lambda: part_save(commitment, fields=["what"], acting_user=None),
        lambda: promise_save(promise=promise, fields=["text"], themes=["youth"], acting_user=None),
        lambda: part_delete(commitment, acting_user=None),
        lambda: part_move(promise, up=True, acting_user=None),
        lambda: add_area(promise_set, "Ny"),
        lambda: promise_set_update(
            promise_set=promise_set, fields=["title"], police_areas=[], acting_user=None
        ),
    ]
    for attempt in attempts:
        with pytest.raises(PromiseSetError, match=refusal):
            attempt()
    commitment.refresh_from_db()
    promise.refresh_from_db()
    promise_set.refresh_from_db()
    assert commitment.what == "Hundsök"
    assert "Något annat" not in (promise.text, promise_set.title)
    assert not promise.themes.exists()
    assert not promise_set.focus_areas.exists()


# Who may: the services hold the rule whatever page calls them


def test_an_editor_s_promise_is_read_once_to_check_it() -> None:
    promise = PromiseFactory(promise_set=PromiseSetFactory(), by_municipality=False)
    police = member("Lokalpolisområde Piteå älvdal", "editor")
    promise.text = "Polisen ses oftare i centrum."
    table = Promise._meta.db_table
    with CaptureQueriesContext(connection) as captured:
        part_save(promise, fields=["text"], acting_user=police)
    reads = [q["sql"] for q in captured if q["sql"].startswith(f'SELECT "{table}"."id"')]
    assert len([sql for sql in reads if f'"{table}"."id" = {promise.pk}' in sql]) == 1
    promise.refresh_from_db()
    assert promise.text == "Polisen ses oftare i centrum."


def test_an_editor_writes_only_their_partys_promises_and_never_their_parties() -> None:
    promise_set = PromiseSetFactory()
    police_promise = PromiseFactory(promise_set=promise_set, by_municipality=False)
    kommun_promise = PromiseFactory(promise_set=promise_set, by_police=False, by_municipality=True)
    police = member("Lokalpolisområde Piteå älvdal", "editor")

    kommun_promise.text = "Polisen skriver om kommunens löfte."
    with pytest.raises(PromiseSetError, match="Du har inte rätt att ändra det här"):
        promise_save(promise=kommun_promise, fields=["text"], themes=[], acting_user=police)
    with pytest.raises(PromiseSetError, match="Du har inte rätt att ändra det här"):
        part_delete(police_promise, acting_user=police)
    police_promise.by_police, police_promise.by_municipality = False, True
    with pytest.raises(PromiseSetError, match="Bara kommunens samordnare kan ändra vilka parter"):
        promise_save(
            promise=police_promise, fields=["by_police", "by_municipality"], themes=[],
            acting_user=police,
        )  # fmt: skip

    kommun_promise.refresh_from_db()
    police_promise.refresh_from_db()
    assert (kommun_promise.parties, police_promise.parties) == (["municipality"], ["police"])
    assert kommun_promise.text != "Polisen skriver om kommunens löfte."
    police_promise.text = "Polisen rättar sitt eget löfte."
    promise_save(promise=police_promise, fields=["text"], themes=[], acting_user=police)
    police_promise.refresh_from_db()
    assert police_promise.text == "Polisen rättar sitt eget löfte."
