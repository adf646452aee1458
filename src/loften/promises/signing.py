"""Signing a promise set: draft → for signing → approved by every party → published.

The parties are the organisations of the set's kommuner and of its
lokalpolisområden. While the set waits for signing nothing in it changes;
each party approves it once, naming who signs and with which title, and
that person becomes the party's signatory. When every party has approved, a
coordinator publishes it, and the set it replaces becomes superseded.
Withdrawing it to draft again removes the approvals, since what was
approved may then change. Publishing is `publishing.promise_set_publish`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from loften.accounts.acting import acts
from loften.accounts.permissions import approving_organisations
from loften.promises.drafting import lock_promise_set, require_set
from loften.promises.errors import PromiseSetError
from loften.promises.models import Approval, PromiseSet, Signatory
from loften.registry.models import Organisation


@dataclass(frozen=True)
class SigningProgress:
    """Who must approve a set and who has."""

    parties: list[Organisation]
    approvals: list[Approval]

    @property
    def missing(self) -> list[Organisation]:
        approved = {approval.organisation_id for approval in self.approvals}
        return [party for party in self.parties if party.pk not in approved]

    @property
    def by_party(self) -> list[tuple[Organisation, Approval | None]]:
        approvals = {approval.organisation_id: approval for approval in self.approvals}
        return [(party, approvals.get(party.pk)) for party in self.parties]

    @property
    def complete(self) -> bool:
        return bool(self.parties) and not self.missing


def signing_progress(promise_set: PromiseSet) -> SigningProgress:
    """The parties (kommun first) and approvals; reads only what a caller may have prefetched:
    `municipalities__organisation`, `police_areas__organisation`, `approvals__organisation`.
    """
    parties = [
        organisation
        for place in [*promise_set.municipalities.all(), *promise_set.police_areas.all()]
        if (organisation := getattr(place, "organisation", None)) is not None
    ]
    return SigningProgress(parties=parties, approvals=list(promise_set.approvals.all()))


@acts
@transaction.atomic
def promise_set_send_for_signing(
    *, promise_set: PromiseSet, acting_user: User | None
) -> PromiseSet:
    """Freeze a finished draft so that each party can approve it."""
    locked = lock_promise_set(
        promise_set, PromiseSet.Status.DRAFT, "Bara ett utkast kan skickas för underskrift."
    )
    require_set(acting_user, locked)
    problems = []
    if not locked.promises.exists():
        problems.append("Lägg till minst ett löfte innan medborgarlöftet skickas för underskrift.")
    if locked.period_start is None:
        problems.append("Ange när medborgarlöftet börjar gälla (gäller från).")
    if problems:
        raise PromiseSetError(" ".join(problems))
    locked.status = PromiseSet.Status.FOR_SIGNING
    locked.save(update_fields=["status", "updated_at"])
    return locked


@acts
@transaction.atomic
def promise_set_withdraw_from_signing(
    *, promise_set: PromiseSet, acting_user: User | None
) -> PromiseSet:
    """Take a set back to draft; every approval and the signatories it named are removed."""
    locked = lock_promise_set(
        promise_set,
        PromiseSet.Status.FOR_SIGNING,
        "Bara ett medborgarlöfte som väntar på underskrift kan dras tillbaka.",
    )
    require_set(acting_user, locked)
    approved = list(locked.approvals.values_list("organisation", flat=True))
    Signatory.objects.filter(promise_set=locked, organisation__in=approved).delete()
    locked.approvals.all().delete()
    locked.status = PromiseSet.Status.DRAFT
    locked.save(update_fields=["status", "updated_at"])
    return locked


@acts
@transaction.atomic
def promise_set_approve(
    *,
    promise_set: PromiseSet,
    organisation: Organisation,
    signatory_name: str,
    signatory_title: str,
    acting_user: User,
    at: datetime | None = None,
) -> Approval:
    """Approve a set on behalf of one party; the named signatory replaces any earlier one."""
    locked = lock_promise_set(
        promise_set,
        PromiseSet.Status.FOR_SIGNING,
        "Medborgarlöftet är inte skickat för underskrift och kan inte godkännas nu.",
    )
    parties = signing_progress(locked).parties
    if organisation not in parties:
        raise PromiseSetError(f"{organisation.name} är inte part i medborgarlöftet.")
    if organisation not in approving_organisations(acting_user, locked):
        raise PromiseSetError(f"Du kan inte godkänna medborgarlöftet för {organisation.name}.")
    if locked.approvals.filter(organisation=organisation).exists():
        raise PromiseSetError(f"{organisation.name} har redan godkänt medborgarlöftet.")
    name = signatory_name.strip()
    if not name:
        raise PromiseSetError(f"Ange namnet på den som undertecknar för {organisation.name}.")
    approval = Approval.objects.create(
        promise_set=locked,
        organisation=organisation,
        approved_by=acting_user,
        signatory_name=name,
        signatory_title=signatory_title.strip(),
        approved_at=at or timezone.now(),
    )
    Signatory.objects.filter(promise_set=locked, organisation=organisation).delete()
    Signatory.objects.create(
        promise_set=locked,
        name=name,
        title=approval.signatory_title,
        organisation=organisation,
        organisation_name=organisation.name,
        position=parties.index(organisation),
    )
    return approval
