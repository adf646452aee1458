"""Review of an imported draft: correct what was read, then accept and publish."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from loften.accounts.acting import acts
from loften.ingest.models import Correction
from loften.promises.drafting import part_delete, part_save, promise_save
from loften.promises.models import FocusArea, Promise, PromiseSet


def _promise_fields(promise: Promise) -> dict[str, Any]:
    return {
        "text": promise.text,
        "focus_area": promise.focus_area.title if promise.focus_area else "",
        "parties": [str(p.value) for p in promise.parties],
        "themes": [t.theme for t in promise.themes.all()],
    }


@acts
@transaction.atomic
def promise_correct(
    *,
    promise: Promise,
    text: str,
    focus_area: str,
    parties: list[str],
    themes: list[str],
    acting_user: User,
) -> list[Correction]:
    """Apply a reviewer's corrections to one promise and keep each change.

    The promise is written through the drafting services, so the same rules hold
    as in the workspace: only a draft changes, an editor corrects only the
    promises of their own party and cannot change its parties, and only a
    coordinator adds a focus area.
    """
    before = _promise_fields(promise)
    promise.text = text.strip()
    promise.by_police = "police" in parties
    promise.by_municipality = "municipality" in parties
    promise.with_others = "others" in parties
    if focus_area.strip() != before["focus_area"]:
        promise.focus_area = _focus_area(promise.promise_set, focus_area.strip(), acting_user)
    promise_save(
        promise=promise,
        fields=["text", "by_police", "by_municipality", "with_others", "focus_area"],
        themes=themes,
        acting_user=acting_user,
    )
    after = _promise_fields(promise)
    return [
        Correction.objects.create(
            promise_set=promise.promise_set,
            promise_text=before["text"],
            field=field,
            before=before[field],
            after=after[field],
            corrected_by=acting_user,
        )
        for field in before
        if before[field] != after[field]
    ]


def _focus_area(promise_set: PromiseSet, title: str, acting_user: User) -> FocusArea | None:
    """The set's focus area of this title, added (as any part is) if it is new."""
    if not title:
        return None
    existing = promise_set.focus_areas.filter(title=title).first()
    if existing is not None:
        return existing
    added = FocusArea(promise_set=promise_set, title=title)
    part_save(added, fields=[], acting_user=acting_user)
    return added


@acts
@transaction.atomic
def promise_reject(*, promise: Promise, acting_user: User) -> Correction:
    """Remove something the extractor took for a promise, and remember that it was not one."""
    correction = Correction.objects.create(
        promise_set=promise.promise_set,
        promise_text=promise.text,
        field="promise",
        before=_promise_fields(promise),
        after=None,
        corrected_by=acting_user,
    )
    part_delete(promise, acting_user=acting_user)
    return correction


def draft_for_review(promise_set: PromiseSet) -> PromiseSet:
    """A draft with what its review page shows, in a fixed number of queries."""
    return (
        PromiseSet.objects.select_related("source_document")
        .prefetch_related("municipalities", "promises__themes", "promises__focus_area",
                          "promises__commitments", "corrections", "signatories")
        .get(pk=promise_set.pk)
    )  # fmt: skip


@dataclass(frozen=True)
class Evidence:
    """A fact about the document, what was read, and the words it was read from."""

    label: str
    value: str
    quote: str


_QUOTE = 160


def document_evidence(promise_set: PromiseSet) -> list[Evidence]:
    """The set's facts (title, period, signing, signatories, contacts, goals) and their words."""
    text = promise_set.source_document.text if promise_set.source_document else ""
    spans = promise_set.provenance or {}

    def quote(path: str) -> str:
        span = spans.get(path)
        if not span:
            return ""
        words = " ".join(text[span["start"] : span["end"]].split())
        return words if len(words) <= _QUOTE else words[: _QUOTE - 1] + "…"

    signed = " ".join(
        part for part in (promise_set.signed_place, str(promise_set.signed_on or "")) if part
    )
    facts = [
        Evidence("Rubrik", promise_set.title, quote("title")),
        Evidence("Period", promise_set.period_label, quote("period")),
        Evidence("Undertecknat", signed or "–", quote("signed")),
    ]
    facts += [
        Evidence(
            "Undertecknare",
            f"{s.name}, {s.title}, {s.organisation_name}",
            quote(f"signatories.{i}"),
        )
        for i, s in enumerate(promise_set.signatories.order_by("position"))
    ]
    facts += [
        Evidence("Kontakt", str(c), quote(f"contacts.{i}"))
        for i, c in enumerate(promise_set.contacts.order_by("position", "pk"))
    ]
    facts += [
        Evidence("Mål för hela löftet", t.indicator, quote(f"targets.{i}"))
        for i, t in enumerate(promise_set.targets.filter(promise__isnull=True).order_by("pk"))
    ]
    return facts
