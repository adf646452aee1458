from datetime import date

import pytest
from django.contrib.auth.models import AnonymousUser, User

from loften.accounts import permissions
from loften.followup.models import Activity
from loften.promises.models import Target
from loften.registry.models import Organisation
from tests.factories import PromiseFactory, PromiseSetFactory, member, municipality

pytestmark = pytest.mark.django_db

ALVSBYN = "Älvsbyns kommun"
PITEA_POLICE = "Lokalpolisområde Piteå älvdal"
UMEA = "Umeå kommun"


def test_a_coordinator_edits_every_set_of_the_own_kommun_and_nothing_else() -> None:
    coordinator = member(ALVSBYN, "coordinator")
    member(UMEA, "coordinator")  # someone else's membership reaches nothing for this person
    own = PromiseSetFactory()
    other = PromiseSetFactory(municipalities=[municipality("2480")])
    assert permissions.can_edit_set(coordinator, own)
    assert not permissions.can_view(coordinator, other)
    assert list(permissions.promise_sets_of(coordinator)) == [own]


def test_the_police_area_reaches_the_kommuner_it_covers() -> None:
    police = member(PITEA_POLICE, "editor")
    covered = PromiseSetFactory()
    assert permissions.can_log_activity(police, covered)
    assert not permissions.can_edit_set(police, covered)
    assert permissions.approving_organisations(police, covered)[0].name == PITEA_POLICE


def test_an_editor_edits_only_promises_the_own_organisation_is_party_to() -> None:
    kommun_editor = member(ALVSBYN, "editor")
    police_only = PromiseFactory(by_police=True, by_municipality=False)
    joint = PromiseFactory(promise_set=police_only.promise_set, by_municipality=True)
    assert not permissions.can_edit_promise(kommun_editor, police_only)
    assert permissions.can_edit_promise(kommun_editor, joint)


def test_reporters_log_and_viewers_only_read() -> None:
    promise_set = PromiseSetFactory()
    reporter, viewer = member(ALVSBYN, "reporter"), member(ALVSBYN, "viewer")
    assert permissions.can_log_activity(reporter, promise_set)
    assert not permissions.can_edit_promise(reporter, PromiseFactory(promise_set=promise_set))
    assert permissions.can_view(viewer, promise_set)
    assert not permissions.can_log_activity(viewer, promise_set)


def test_installation_admins_reach_everything_and_anonymous_visitors_nothing() -> None:
    promise_set = PromiseSetFactory(municipalities=[municipality("2480")])
    superuser = User.objects.create_superuser("root", password="ett långt lösenord")
    assert permissions.can_edit_set(member(UMEA, "admin"), PromiseSetFactory())
    assert permissions.can_edit_set(superuser, promise_set)
    assert not permissions.can_view(AnonymousUser(), promise_set)
    assert not permissions.promise_sets_of(AnonymousUser()).exists()


def test_activities_are_changed_by_their_own_organisation_and_admins() -> None:
    promise_set = PromiseSetFactory()
    police, kommun = member(PITEA_POLICE, "reporter"), member(ALVSBYN, "editor")

    def activity(organisation: str | None, created_by: User | None = None) -> Activity:
        return Activity.objects.create(
            promise_set=promise_set, party="police", date=date(2024, 5, 1), description="x",
            organisation=Organisation.objects.get(name=organisation) if organisation else None,
            created_by=created_by,
        )  # fmt: skip

    by_police, unowned = activity(PITEA_POLICE), activity(None, created_by=kommun)
    assert permissions.can_change_activities(police, promise_set)(by_police)
    assert not permissions.can_change_activities(kommun, promise_set)(by_police)
    assert permissions.can_change_activities(kommun, promise_set)(unowned)
    assert not permissions.can_change_activities(police, promise_set)(unowned)
    assert permissions.can_change_activities(member(UMEA, "admin"), promise_set)(by_police)
    assert not permissions.can_change_activities(member(ALVSBYN, "viewer"), promise_set)(unowned)


@pytest.mark.parametrize("role", ["coordinator", "editor", "reporter", "viewer"])
def test_the_police_area_reaches_no_kommun_it_does_not_cover(role: str) -> None:
    """Piteå älvdal covers Älvsbyn and Piteå; Umeå's sets are not its business."""
    police = member(PITEA_POLICE, role)
    uncovered = PromiseSetFactory(municipalities=[municipality("2480")])
    promise = PromiseFactory(promise_set=uncovered, by_police=True)
    assert permissions.roles_in(police, uncovered) == set()
    assert not permissions.can_view(police, uncovered)
    assert not permissions.can_log_activity(police, uncovered)
    assert not permissions.can_edit_promise(police, promise)
    assert permissions.approving_organisations(police, uncovered) == []
    assert permissions.logging_organisations(police, uncovered) == []
    assert list(permissions.promise_sets_of(police)) == []


def test_only_the_own_coordinator_membership_invites() -> None:
    """Another person's right to invite is not this person's."""
    member(ALVSBYN, "coordinator")
    editor = member(ALVSBYN, "editor")
    alvsbyn = Organisation.objects.get(name=ALVSBYN)
    assert list(permissions.inviting_memberships(editor)) == []
    assert not permissions.can_invite(editor, alvsbyn, "viewer")


def test_set_wide_targets_are_the_coordinators_and_promise_targets_the_partys() -> None:
    promise = PromiseFactory(by_police=True, by_municipality=False)
    promise_set = promise.promise_set
    set_wide = Target.objects.create(
        promise_set=promise_set, indicator="trygghet", direction="increase"
    )
    of_promise = Target.objects.create(
        promise_set=promise_set, promise=promise, indicator="brott", direction="decrease"
    )
    police = permissions.can_edit_targets(member(PITEA_POLICE, "editor"), promise_set)
    coordinator = permissions.can_edit_targets(member(ALVSBYN, "coordinator"), promise_set)
    assert (police(set_wide), police(of_promise)) == (False, True)
    assert (coordinator(set_wide), coordinator(of_promise)) == (True, True)
