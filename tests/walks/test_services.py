"""Who records walks and handles findings; masking, closing, promises; every change audited."""

from datetime import date

import pytest
import time_machine
from django.contrib.auth.models import User

from loften.promises.models import PromiseSet, Theme
from loften.registry.models import Municipality, Organisation
from loften.walks.models import Finding, Walk
from loften.walks.services import (
    WalkError,
    WalkFields,
    finding_to_commitment,
    finding_update,
    walk_record,
)
from tests.factories import PromiseSetFactory, member
from tests.walks.conftest import ALVSBYN, ENERGY, OTHER_COMPANY, POLICE, ROUTE, add_finding

pytestmark = pytest.mark.django_db


def test_a_walk_keeps_its_route_and_counts_but_no_names(walk: Walk) -> None:
    assert walk.route["type"] == "LineString"  # type: ignore[index]
    assert walk.participants == {"boende": 12, "polis": 2, "kommun": 3}


def test_a_walk_with_a_route_outside_sweden_is_refused(alvsbyn: Municipality, editor: User) -> None:
    with pytest.raises(WalkError, match="ligger inte i Sverige"):
        walk_record(
            municipality=alvsbyn, acting_user=editor,
            fields=WalkFields(
                Organisation.objects.get(name=ALVSBYN), "Oslo", date(2026, 10, 1),
                '{"type": "LineString", "coordinates": [[10.7, 59.9], [5.0, 59.9]]}', {},
            ),
        )  # fmt: skip
    assert not Walk.objects.exists()


def test_another_organisation_cannot_record_walks(
    alvsbyn: Municipality, other_company: Organisation
) -> None:
    outsider = member(OTHER_COMPANY, "coordinator")
    with pytest.raises(WalkError, match="kan inte registrera"):
        walk_record(
            municipality=alvsbyn, acting_user=outsider,
            fields=WalkFields(other_company, "X", date(2026, 1, 1), ROUTE, {}),
        )  # fmt: skip


def test_the_description_is_masked_before_it_is_stored(
    walk: Walk, editor: User, energy: Organisation
) -> None:
    finding = add_finding(
        walk, editor, energy, description="Anna Svensson 19850101-1234 klagade på lampan"
    )
    assert "19850101-1234" not in finding.description
    assert "19850101-1234" not in finding.history.first().description  # type: ignore[attr-defined]


def test_the_responsible_organisation_closes_a_finding_with_day_and_who(
    walk: Walk, editor: User, energy: Organisation
) -> None:
    finding = add_finding(walk, editor, energy, due_date=date(2026, 11, 1))
    fixer = member(ENERGY, "reporter", "montor")
    with time_machine.travel(date(2026, 10, 20)):
        finding_update(
            finding=finding, status=Finding.Status.FIXED, due_date=finding.due_date,
            acting_user=fixer,
        )  # fmt: skip
    finding.refresh_from_db()
    assert (finding.status, finding.closed_on, finding.closed_by) == (
        Finding.Status.FIXED, date(2026, 10, 20), fixer,
    )  # fmt: skip
    history = list(finding.history.order_by("history_id"))  # type: ignore[attr-defined]
    assert [(h.history_type, h.history_user.username, h.status) for h in history] == [
        ("+", "redaktor", "open"),
        ("~", "montor", "fixed"),
    ]
    assert walk.history.filter(history_type="+", history_user=editor).exists()  # type: ignore[attr-defined]


def test_opening_again_clears_who_closed_it(walk: Walk, editor: User, energy: Organisation) -> None:
    finding = add_finding(walk, editor, energy)
    finding_update(finding=finding, status=Finding.Status.CLOSED, due_date=None, acting_user=editor)
    finding_update(finding=finding, status=Finding.Status.OPEN, due_date=None, acting_user=editor)
    finding.refresh_from_db()
    assert (finding.closed_on, finding.closed_by) == (None, None)


def test_another_organisation_cannot_update_a_finding(
    walk: Walk, editor: User, energy: Organisation, other_company: Organisation
) -> None:
    finding = add_finding(walk, editor, energy)
    with pytest.raises(WalkError, match="kan inte ändra"):
        finding_update(
            finding=finding, status=Finding.Status.FIXED, due_date=None,
            acting_user=member(OTHER_COMPANY, "coordinator"),
        )  # fmt: skip
    finding.refresh_from_db()
    assert finding.status == Finding.Status.OPEN


def test_a_coordinator_starts_a_promise_from_a_finding(
    alvsbyn: Municipality, walk: Walk, editor: User, energy: Organisation
) -> None:
    draft = PromiseSetFactory(municipalities=[alvsbyn])
    assert draft.status == PromiseSet.Status.DRAFT
    finding = add_finding(walk, editor, energy, due_date=date(2026, 12, 1))
    coordinator = member(ALVSBYN, "coordinator", "samordnare")
    commitment = finding_to_commitment(finding=finding, acting_user=coordinator)
    finding.refresh_from_db()
    assert finding.commitment == commitment
    assert commitment.promise.promise_set == draft
    assert commitment.promise.text.startswith("Kommunen lovar att åtgärda belysning vid")
    assert [t.theme for t in commitment.promise.themes.all()] == [Theme.PUBLIC_SPACE_SAFETY]
    assert (commitment.party, commitment.due_date) == ("municipality", date(2026, 12, 1))
    assert commitment.history.filter(history_user=coordinator).exists()  # type: ignore[attr-defined]
    with pytest.raises(WalkError, match="redan"):
        finding_to_commitment(finding=finding, acting_user=coordinator)


def test_an_editor_or_the_police_editor_cannot_make_promises_without_coordinating(
    alvsbyn: Municipality, walk: Walk, editor: User, energy: Organisation
) -> None:
    PromiseSetFactory(municipalities=[alvsbyn])
    finding = add_finding(walk, editor, energy)
    for user in (editor, member(POLICE, "editor"), member(ENERGY, "coordinator")):
        with pytest.raises(WalkError, match="samordnare"):
            finding_to_commitment(finding=finding, acting_user=user)
