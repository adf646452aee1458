"""Review of an imported draft: correct what was read, then accept and publish."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction

from loften.accounts.acting import acts
from loften.accounts.selectors import municipalities_of
from loften.ingest.contract import Candidate, Uncertainty
from loften.ingest.extract import Reference, blocks_of, extract
from loften.ingest.models import Correction
from loften.promises.drafting import part_delete, part_save, promise_save, promise_set_update
from loften.promises.errors import PromiseSetError
from loften.promises.models import FocusArea, Promise, PromiseSet, Signatory
from loften.registry.models import Municipality


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
    return _corrections(
        promise.promise_set, before, _promise_fields(promise), acting_user, before["text"]
    )


def _corrections(
    promise_set: PromiseSet,
    before: dict[str, Any],
    after: dict[str, Any],
    acting_user: User,
    promise_text: str = "",
) -> list[Correction]:
    """One kept correction for each field that changed."""
    return [
        Correction.objects.create(
            promise_set=promise_set,
            promise_text=promise_text,
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


# A passage taken as a promise is at most a long paragraph.
MAX_PASSAGE = 3000


@acts
@transaction.atomic
def promise_add_from_source(
    *, promise_set: PromiseSet, start: int, end: int, acting_user: User
) -> Promise:
    """Take a passage of the source the extractor missed as a promise of the draft.

    The promise keeps its place in the source, and the correction is kept so the
    extractor can be measured on it. Adding a promise is the coordinator's, as in
    the workspace.
    """
    text = promise_set.source_document.text if promise_set.source_document else ""
    passage = " ".join(text[start:end].split()) if 0 <= start < end <= len(text) else ""
    if not passage:
        raise PromiseSetError("Stycket finns inte i källtexten; ladda om sidan och försök igen.")
    if end - start > MAX_PASSAGE:
        raise PromiseSetError(
            f"Stycket är för långt för ett löfte (högst {MAX_PASSAGE} tecken); "
            "ta det som löfte och korta texten efteråt, eller välj ett kortare stycke."
        )
    police, municipality = bool(_POLICE.search(passage)), bool(_MUNICIPALITY.search(passage))
    promise = Promise(
        promise_set=promise_set,
        text=passage,
        by_police=police or not municipality,
        by_municipality=municipality or not police,
        source_start=start,
        source_end=end,
    )
    part_save(promise, fields=[], acting_user=acting_user)
    Correction.objects.create(
        promise_set=promise_set,
        promise_text="",
        field="promise",
        before=None,
        after={**_promise_fields(promise), "source": {"start": start, "end": end}},
        corrected_by=acting_user,
    )
    return promise


_POLICE = re.compile(r"\bpolis", re.IGNORECASE)
_MUNICIPALITY = re.compile(r"\bkommun", re.IGNORECASE)
KINDS = {
    "promise_set": "Medborgarlöfte",
    "agreement": "Samverkansöverenskommelse",
    "follow_up": "Uppföljning",
}


def _document_fields(promise_set: PromiseSet) -> dict[str, Any]:
    return {
        "kind": document_kind(promise_set),
        "period": {
            "start": promise_set.period_start.isoformat() if promise_set.period_start else None,
            "end": promise_set.period_end.isoformat() if promise_set.period_end else None,
        },
        "municipalities": [m.code for m in promise_set.municipalities.order_by("code")],
        "signatories": [s.name for s in promise_set.signatories.order_by("position", "pk")],
    }


def document_kind(promise_set: PromiseSet) -> str:
    """What the reviewer last said the document is; an imported set is a promise set."""
    said = promise_set.corrections.filter(field="kind").order_by("-corrected_at", "-pk").first()
    return str(said.after) if said else "promise_set"


@acts
@transaction.atomic
def document_correct(
    *,
    promise_set: PromiseSet,
    kind: str,
    period_start: date | None,
    period_end: date | None,
    municipalities: list[Municipality],
    signatories: list[str],
    acting_user: User,
) -> list[Correction]:
    """Correct what was read about the whole document, keeping each change as a correction.

    The period, kommuner and signatories change the draft; the kind is kept for
    measuring the extractor. Only the set's coordinator corrects these, and only
    to kommuner their organisations work on.
    """
    if kind not in KINDS:
        raise PromiseSetError("Välj vilket slags dokument det är.")
    if period_start and period_end and period_end < period_start:
        raise PromiseSetError("Perioden kan inte sluta innan den börjar.")
    allowed = {m.pk for m in municipalities_of(acting_user)} | {
        m.pk for m in promise_set.municipalities.all()
    }
    if not municipalities or any(m.pk not in allowed for m in municipalities):
        raise PromiseSetError("Välj minst en kommun, bland dem som din organisation arbetar med.")
    before = _document_fields(promise_set)
    promise_set.period_start, promise_set.period_end = period_start, period_end
    promise_set_update(
        promise_set=promise_set,
        fields=["period_start", "period_end"],
        police_areas=promise_set.police_areas.all(),
        acting_user=acting_user,
    )
    promise_set.municipalities.set(municipalities)
    names = [name.strip() for name in signatories if name.strip()]
    if names != before["signatories"]:
        kept = {s.name: s for s in promise_set.signatories.all()}
        promise_set.signatories.exclude(name__in=names).delete()
        for position, name in enumerate(names):
            signatory = kept.get(name) or Signatory(promise_set=promise_set, name=name)
            signatory.position = position
            signatory.save()
    after = {**_document_fields(promise_set), "kind": kind}
    return _corrections(promise_set, before, after, acting_user)


@dataclass(frozen=True)
class ReviewRow:
    """A promise on the review page with its number and how sure the extractor was of it."""

    number: int
    promise: Promise
    confidence: float | None  # None: a person added it
    reason: str


@dataclass(frozen=True)
class ReviewHints:
    """What the extractor would say about the source today, to review the draft by."""

    rows: list[ReviewRow]  # the least certain first
    candidates: list[Candidate]  # passages that look like promises but were not taken
    uncertain: list[Uncertainty]
    passages: list[tuple[int, int]]  # every passage a coordinator may take as a promise


def review_hints(promise_set: PromiseSet, promises: list[Promise]) -> ReviewHints:
    """Read the stored source again for the judgements the draft does not keep."""
    text = promise_set.source_document.text if promise_set.source_document else ""
    found = extract(text, Reference.from_shipped_files())
    judged = {p["source"]["start"]: (p["confidence"], p["reason"]) for p in found["promises"]}
    rows = [
        ReviewRow(number, promise, *judged.get(promise.source_start or -1, (None, "")))
        for number, promise in enumerate(promises, start=1)
    ]
    taken = [(p.source_start, p.source_end) for p in promises if p.source_start is not None]

    def read(start: int, end: int) -> bool:
        return any(s < end and start < (e or s) for s, e in taken)

    return ReviewHints(
        rows=sorted(rows, key=lambda r: (1.0 if r.confidence is None else r.confidence, r.number)),
        candidates=[
            c for c in found["candidates"] if not read(c["source"]["start"], c["source"]["end"])
        ],
        uncertain=found["uncertain"],
        passages=[
            (b.start, b.end)
            for b in blocks_of(text)
            if len(b.text.split()) >= 3 and not read(b.start, b.end)
        ],
    )


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
