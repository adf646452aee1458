"""Publishing a promise set: the one way a set becomes public.

A set is published in one of three ways, and the publication records which:

- signed in Löften: it was sent for signing and every party approved it
  (`signing.py`); it counts as signed on the day of the last approval;
- signed on paper: a draft read from an uploaded document that names its
  signatories and its signing date, published by a coordinator as the document
  it is. The other parties did not approve it in Löften, so they are told;
- read from a published document: a command (`loften import --publish`,
  `loften demo`) loads a set that is already public elsewhere, as history.

Anything else, such as a copied draft or a new version nobody signed, is
refused: it has to be sent for signing first.

Publishing supersedes what it replaces (see `_supersede`) and then tells the
apps that follow a publication, through `signals.promise_set_published`.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from loften.accounts.acting import acts
from loften.accounts.permissions import can_edit_set
from loften.promises.errors import PromiseSetError
from loften.promises.models import PromiseSet
from loften.promises.signals import promise_set_published
from loften.promises.signing import signing_progress

Signing = PromiseSet.Signing
_PUBLICATION_FIELDS = ["status", "published_at", "signing", "signed_on", "updated_at"]


@acts
@transaction.atomic
def promise_set_publish(
    *, promise_set: PromiseSet, acting_user: User | None, at: datetime | None = None
) -> PromiseSet:
    """Publish a set as a coordinator (acting_user) or a command (None); see the module."""
    locked = PromiseSet.objects.select_for_update().get(pk=promise_set.pk)
    if acting_user is not None and not can_edit_set(acting_user, locked):
        raise PromiseSetError("Bara kommunens samordnare kan publicera medborgarlöftet.")
    locked.signing = _signing(locked, by_command=acting_user is None)
    if locked.signing == Signing.IN_LOFTEN and locked.signed_on is None:
        last = max(approval.approved_at for approval in locked.approvals.all())
        locked.signed_on = timezone.localdate(last)
    locked.published_at = at or timezone.now()
    superseded = _supersede(locked)
    promise_set_published.send(
        sender=PromiseSet, promise_set=locked, superseded=superseded, acting_user=acting_user
    )
    for field in _PUBLICATION_FIELDS:  # the caller's instance shows what became of it
        setattr(promise_set, field, getattr(locked, field))
    return promise_set


def signed_on_paper(promise_set: PromiseSet) -> bool:
    """Whether a draft is a document that shows it was signed: a date and signatories."""
    return (
        promise_set.source_document_id is not None
        and promise_set.signed_on is not None
        and promise_set.signatories.exists()
    )


def _signing(promise_set: PromiseSet, *, by_command: bool) -> str:
    """How the set was signed, or why it cannot be published now."""
    if promise_set.status == PromiseSet.Status.FOR_SIGNING:
        progress = signing_progress(promise_set)
        if not progress.complete:
            waiting = ", ".join(party.name for party in progress.missing)
            raise PromiseSetError(
                f"Medborgarlöftet väntar fortfarande på godkännande från {waiting}."
            )
        return Signing.IN_LOFTEN
    if promise_set.status != PromiseSet.Status.DRAFT:
        raise PromiseSetError("Medborgarlöftet är redan publicerat.")
    if signed_on_paper(promise_set):
        return Signing.ON_PAPER
    if by_command:
        return Signing.FROM_DOCUMENT
    raise PromiseSetError(
        "Utkastet visar inte att det är undertecknat (datum och undertecknare från ett "
        "inläst dokument). Skicka det för underskrift, så att varje part godkänner det."
    )


def _supersede(promise_set: PromiseSet) -> list[int]:
    """Store the set as published and supersede what it replaces; returns their pks.

    A set that states no start date is in force from its publication. It
    replaces every published set of the same kommun that started earlier, and
    the set it is a new version of (`based_on`) even when both start on the
    same day. Publishing an older period after a newer one (loading history)
    publishes it as superseded straight away.
    """
    start = promise_set.validity.start or timezone.localdate(promise_set.published_at)
    others = (
        PromiseSet.objects.filter(municipalities__in=promise_set.municipalities.all())
        .decided()
        .exclude(pk=promise_set.pk)
        .distinct()
    )
    newer_exists = any(
        (other_start := other.validity.start) is not None and other_start > start
        for other in others
    )
    replaced = [
        other
        for other in others
        if other.status == PromiseSet.Status.PUBLISHED
        and (other_start := other.validity.start) is not None
        and (other_start < start or (other.pk == promise_set.based_on_id and other_start == start))
    ]
    # Saved one by one, not with update(), so the audit history records each change.
    for other in replaced:
        other.status = PromiseSet.Status.SUPERSEDED
        other.save(update_fields=["status", "updated_at"])
    promise_set.status = (
        PromiseSet.Status.SUPERSEDED if newer_exists else PromiseSet.Status.PUBLISHED
    )
    promise_set.save(update_fields=["status", "published_at", "signing", "signed_on", "updated_at"])
    return [other.pk for other in replaced]
