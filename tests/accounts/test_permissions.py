import pytest
from django.contrib.auth.models import AnonymousUser, User

from loften.accounts import permissions
from tests.factories import PromiseFactory, PromiseSetFactory, member, municipality

pytestmark = pytest.mark.django_db

ALVSBYN = "Älvsbyns kommun"
PITEA_POLICE = "Lokalpolisområde Piteå älvdal"
UMEA = "Umeå kommun"


def test_a_coordinator_edits_every_set_of_the_own_kommun_and_nothing_else() -> None:
    coordinator = member(ALVSBYN, "coordinator")
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
