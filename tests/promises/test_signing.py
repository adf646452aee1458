"""The signing workflow: every transition, and every refusal with its Swedish reason."""

from datetime import UTC, date, datetime

import pytest
from django.contrib.auth.models import User

from loften.promises.errors import PromiseSetError
from loften.promises.models import Approval, PromiseSet, Signatory
from loften.promises.publishing import promise_set_publish
from loften.promises.services import promise_set_new_version
from loften.promises.signing import (
    promise_set_approve,
    promise_set_send_for_signing,
    promise_set_withdraw_from_signing,
    signing_progress,
)
from loften.registry.models import Organisation
from tests.factories import PromiseFactory, PromiseSetFactory, member, municipality

pytestmark = pytest.mark.django_db

ALVSBYN = "Älvsbyns kommun"
PITEA_POLICE = "Lokalpolisområde Piteå älvdal"


def organisation(name: str) -> Organisation:
    return Organisation.objects.get(name=name)


@pytest.fixture
def draft() -> PromiseSet:
    promise_set = PromiseFactory().promise_set
    promise_set.police_areas.set(municipality("2560").police_areas.filter(level="local"))
    return promise_set


@pytest.fixture
def for_signing(draft: PromiseSet) -> PromiseSet:
    return promise_set_send_for_signing(promise_set=draft, acting_user=None)


def approve(promise_set: PromiseSet, party: str, user: User, day: int = 1) -> Approval:
    return promise_set_approve(
        promise_set=promise_set,
        organisation=organisation(party),
        signatory_name=f"Signerare för {party}",
        signatory_title="Chef",
        acting_user=user,
        at=datetime(2026, 1, day, 12, tzinfo=UTC),
    )


def publish(promise_set: PromiseSet) -> PromiseSet:
    """Publish as the kommun's coordinator."""
    return promise_set_publish(promise_set=promise_set, acting_user=member(ALVSBYN, "coordinator"))


def test_the_parties_are_the_kommun_and_its_police_areas(draft: PromiseSet) -> None:
    assert [p.name for p in signing_progress(draft).parties] == [ALVSBYN, PITEA_POLICE]


def test_a_draft_with_promises_and_a_start_is_sent_for_signing(draft: PromiseSet) -> None:
    sent = promise_set_send_for_signing(promise_set=draft, acting_user=None)
    assert sent.status == PromiseSet.Status.FOR_SIGNING
    draft.refresh_from_db()
    assert draft.status == PromiseSet.Status.FOR_SIGNING


def test_a_draft_without_promises_or_start_is_not_sent_for_signing() -> None:
    empty = PromiseSetFactory(period_start=None, period_end=None)
    with pytest.raises(PromiseSetError) as refusal:
        promise_set_send_for_signing(promise_set=empty, acting_user=None)
    assert str(refusal.value) == (
        "Lägg till minst ett löfte innan medborgarlöftet skickas för underskrift. "
        "Ange när medborgarlöftet börjar gälla (gäller från)."
    )
    empty.refresh_from_db()
    assert empty.status == PromiseSet.Status.DRAFT


@pytest.mark.parametrize("status", ["for_signing", "published", "superseded"])
def test_only_a_draft_is_sent_for_signing(status: str) -> None:
    promise_set = PromiseFactory(promise_set__status=status).promise_set
    with pytest.raises(PromiseSetError, match="Bara ett utkast kan skickas för underskrift"):
        promise_set_send_for_signing(promise_set=promise_set, acting_user=None)


def test_each_party_approves_and_names_its_signatory(for_signing: PromiseSet) -> None:
    coordinator = member(ALVSBYN, "coordinator")
    approval = approve(for_signing, ALVSBYN, coordinator)
    assert (approval.approved_by, approval.signatory_name, approval.signatory_title) == (
        coordinator,
        f"Signerare för {ALVSBYN}",
        "Chef",
    )
    signatory = Signatory.objects.get(promise_set=for_signing)
    assert (signatory.name, signatory.organisation_name) == (f"Signerare för {ALVSBYN}", ALVSBYN)
    assert [p.name for p in signing_progress(for_signing).missing] == [PITEA_POLICE]


def test_an_approval_replaces_the_signatory_read_from_the_document(
    for_signing: PromiseSet,
) -> None:
    Signatory.objects.create(
        promise_set=for_signing, name="Gammal Namn", organisation=organisation(ALVSBYN)
    )
    approve(for_signing, ALVSBYN, member(ALVSBYN, "coordinator"))
    assert [s.name for s in for_signing.signatories.all()] == [f"Signerare för {ALVSBYN}"]


def test_a_draft_cannot_be_approved(draft: PromiseSet) -> None:
    with pytest.raises(PromiseSetError, match="inte skickat för underskrift"):
        approve(draft, ALVSBYN, member(ALVSBYN, "coordinator"))
    assert not Approval.objects.exists()


def test_an_organisation_that_is_not_a_party_cannot_approve(for_signing: PromiseSet) -> None:
    umea = member("Umeå kommun", "coordinator")
    with pytest.raises(PromiseSetError, match="Umeå kommun är inte part i medborgarlöftet"):
        approve(for_signing, "Umeå kommun", umea)


@pytest.mark.parametrize("role", ["reporter", "viewer"])
def test_a_party_approves_only_through_its_coordinators_and_editors(
    for_signing: PromiseSet, role: str
) -> None:
    with pytest.raises(
        PromiseSetError, match=f"Du kan inte godkänna medborgarlöftet för {ALVSBYN}"
    ):
        approve(for_signing, ALVSBYN, member(ALVSBYN, role))


def test_nobody_approves_for_another_party(for_signing: PromiseSet) -> None:
    police = member(PITEA_POLICE, "editor")
    with pytest.raises(
        PromiseSetError, match=f"Du kan inte godkänna medborgarlöftet för {ALVSBYN}"
    ):
        approve(for_signing, ALVSBYN, police)
    assert approve(for_signing, PITEA_POLICE, police).organisation.name == PITEA_POLICE


def test_a_party_approves_once(for_signing: PromiseSet) -> None:
    coordinator = member(ALVSBYN, "coordinator")
    approve(for_signing, ALVSBYN, coordinator)
    with pytest.raises(PromiseSetError, match=f"{ALVSBYN} har redan godkänt"):
        approve(for_signing, ALVSBYN, coordinator)


def test_an_approval_needs_the_signatory_name(for_signing: PromiseSet) -> None:
    with pytest.raises(PromiseSetError, match="Ange namnet på den som undertecknar"):
        promise_set_approve(
            promise_set=for_signing,
            organisation=organisation(ALVSBYN),
            signatory_name="  ",
            signatory_title="",
            acting_user=member(ALVSBYN, "coordinator"),
        )
    assert not Approval.objects.exists()


def test_withdrawing_returns_to_draft_without_the_approvals(for_signing: PromiseSet) -> None:
    approve(for_signing, ALVSBYN, member(ALVSBYN, "coordinator"))
    withdrawn = promise_set_withdraw_from_signing(promise_set=for_signing, acting_user=None)
    assert withdrawn.status == PromiseSet.Status.DRAFT
    assert not Approval.objects.exists()
    assert not Signatory.objects.exists()


def test_only_a_set_waiting_for_signing_is_withdrawn(draft: PromiseSet) -> None:
    with pytest.raises(PromiseSetError, match="Bara ett medborgarlöfte som väntar på underskrift"):
        promise_set_withdraw_from_signing(promise_set=draft, acting_user=None)


def test_publishing_waits_for_every_party(for_signing: PromiseSet) -> None:
    approve(for_signing, ALVSBYN, member(ALVSBYN, "coordinator"))
    with pytest.raises(PromiseSetError, match=f"godkännande från {PITEA_POLICE}"):
        publish(for_signing)
    for_signing.refresh_from_db()
    assert for_signing.status == PromiseSet.Status.FOR_SIGNING


def test_a_draft_nobody_signed_is_not_published(draft: PromiseSet) -> None:
    with pytest.raises(PromiseSetError) as refusal:
        publish(draft)
    assert str(refusal.value) == (
        "Utkastet visar inte att det är undertecknat (datum och undertecknare från ett "
        "inläst dokument). Skicka det för underskrift, så att varje part godkänner det."
    )
    draft.refresh_from_db()
    assert (draft.status, draft.published_at) == (PromiseSet.Status.DRAFT, None)


def test_when_every_party_approved_it_is_published_and_replaces_the_previous_period(
    for_signing: PromiseSet,
) -> None:
    previous = PromiseSetFactory(
        period_start=date(2020, 1, 1), period_end=date(2022, 12, 31), publish=True
    )
    approve(for_signing, ALVSBYN, member(ALVSBYN, "coordinator"), day=3)
    approve(for_signing, PITEA_POLICE, member(PITEA_POLICE, "editor"), day=9)
    published = publish(for_signing)
    previous.refresh_from_db()
    assert (published.status, previous.status) == ("published", "superseded")
    assert published.signed_on == date(2026, 1, 9)
    assert [s.organisation_name for s in published.signatories.all()] == [ALVSBYN, PITEA_POLICE]


def test_a_signing_date_already_set_is_kept(for_signing: PromiseSet) -> None:
    for_signing.signed_on = date(2025, 12, 24)
    for_signing.save()
    approve(for_signing, ALVSBYN, member(ALVSBYN, "coordinator"))
    approve(for_signing, PITEA_POLICE, member(PITEA_POLICE, "editor"))
    assert publish(for_signing).signed_on == date(2025, 12, 24)


def test_a_signed_new_version_supersedes_the_version_it_changes(for_signing: PromiseSet) -> None:
    approve(for_signing, ALVSBYN, member(ALVSBYN, "coordinator"))
    approve(for_signing, PITEA_POLICE, member(PITEA_POLICE, "editor"))
    published = publish(for_signing)
    version = promise_set_send_for_signing(
        promise_set=promise_set_new_version(promise_set=published, acting_user=None),
        acting_user=None,
    )
    approve(version, ALVSBYN, member(ALVSBYN, "coordinator"))
    approve(version, PITEA_POLICE, member(PITEA_POLICE, "editor"))
    publish(version)
    published.refresh_from_db()
    version.refresh_from_db()
    assert (published.status, version.status) == ("superseded", "published")
    assert version.period_start == published.period_start
