"""Which promise set and follow-up round a report is about, and who may read it."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import AnonymousUser, User
from django.http import Http404
from django.shortcuts import get_object_or_404

from loften.accounts.permissions import can_view
from loften.followup.models import FollowUpRound
from loften.promises.models import PromiseSet
from loften.promises.selectors import promise_set_in_force, promise_sets_decided
from loften.registry.models import Municipality


class ReportNotFound(Exception):
    """What was asked for does not exist; the message says so in Swedish."""


def access_report_promise_set(user: User | AnonymousUser, promise_set_id: int) -> PromiseSet:
    """Any set, in any status, that the user may read; 404 for everything else."""
    promise_set = get_object_or_404(PromiseSet, pk=promise_set_id)
    if not can_view(user, promise_set):
        raise Http404("Det finns inget medborgarlöfte med det numret.")
    return promise_set


def public_report_promise_set(municipality: Municipality, promise_set_id: int) -> PromiseSet | None:
    """A published or superseded set of this kommun; None for drafts and other kommuners sets."""
    return promise_sets_decided(municipality).filter(pk=promise_set_id).first()


def report_rounds(promise_set: PromiseSet, *, published_only: bool) -> list[FollowUpRound]:
    """The set's follow-up rounds by number; the public sees only those published."""
    rounds = FollowUpRound.objects.filter(promise_set=promise_set).order_by("number")
    if published_only:
        rounds = rounds.filter(published_at__isnull=False)
    found = list(rounds)
    for follow_up_round in found:
        follow_up_round.promise_set = promise_set
    return found


def promise_set_for_report(
    municipality_code: str, *, period: str | None, on: date
) -> tuple[Municipality, PromiseSet]:
    """The decided set of this period ("2023-2025"); with no period, the set in force on `on`."""
    wanted = municipality_code.strip()
    municipality = (
        Municipality.objects.filter(code=wanted).first()
        or Municipality.objects.filter(slug=wanted.casefold()).first()
    )
    if municipality is None:
        raise ReportNotFound(f"Det finns ingen kommun med kommunkoden {municipality_code}.")
    if period is None:
        in_force = promise_set_in_force(municipality, on)
        if in_force is None:
            raise ReportNotFound(
                f"Inget publicerat medborgarlöfte gäller i {municipality.name} "
                f"den {on.isoformat()}."
            )
        return municipality, in_force
    decided = list(promise_sets_decided(municipality))
    matching = [s for s in decided if _period_key(s.period_label) == _period_key(period)]
    if not matching:
        known = ", ".join(s.period_label for s in decided)
        raise ReportNotFound(
            f"{municipality.name} har inget publicerat medborgarlöfte för perioden {period}"
            + (f" (publicerade perioder: {known})." if known else "; inget är publicerat.")
        )
    return municipality, matching[-1]


def round_for_report(promise_set: PromiseSet, number: int) -> FollowUpRound:
    """A published round of the set: what `loften report` may print for the public."""
    for follow_up_round in report_rounds(promise_set, published_only=True):
        if follow_up_round.number == number:
            return follow_up_round
    raise ReportNotFound(
        f"Medborgarlöftet {promise_set.period_label} har ingen publicerad uppföljning "
        f"nummer {number}."
    )


def _period_key(label: str) -> str:
    """ "2023–2025", "2023-2025" and "2023 - 2025" are the same period."""
    return "".join(label.replace("–", "-").split())
