"""What a set changes compared with the set it is based on (its earlier version or period).

Promises carry no identity across a copy, so they are paired by their text
in reading order: unchanged texts pair up, and a text replaced by another at
the same place counts as the same promise reworded.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from django.db.models import Prefetch

from loften.promises.models import Commitment, Contact, Promise, PromiseSet, Target


class Kind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    kind: Kind
    subject: str
    before: str = ""
    after: str = ""


def promise_set_changes(promise_set: PromiseSet) -> list[Change]:
    """Every difference a reader of the two sets would notice; empty without a base."""
    if promise_set.based_on_id is None:
        return []
    old, new = _with_contents(promise_set.based_on_id), _with_contents(promise_set.pk)
    changes = _compare("Uppgift", _set_facts(old), _set_facts(new))
    changes += _lists(
        "Inriktning",
        [a.title for a in old.focus_areas.all()],
        [a.title for a in new.focus_areas.all()],
    )
    changes += _promises(list(old.promises.all()), list(new.promises.all()))
    changes += _lists(
        "Mål för hela löftet",
        [_target(t) for t in old.targets.all()],
        [_target(t) for t in new.targets.all()],
    )
    changes += _lists(
        "Kontakt",
        [_contact(c) for c in old.contacts.all()],
        [_contact(c) for c in new.contacts.all()],
    )
    return changes


def _with_contents(promise_set_id: int) -> PromiseSet:
    promises = Promise.objects.select_related("focus_area").prefetch_related(
        "themes",
        Prefetch("commitments", queryset=Commitment.objects.order_by("position", "pk")),
        Prefetch("targets", queryset=Target.objects.order_by("pk")),
    )
    return (
        PromiseSet.objects.prefetch_related("focus_areas", "contacts")
        .prefetch_related(
            Prefetch("promises", queryset=promises),
            Prefetch(
                "targets", queryset=Target.objects.filter(promise__isnull=True).order_by("pk")
            ),
        )
        .get(pk=promise_set_id)
    )


def _set_facts(promise_set: PromiseSet) -> dict[str, str]:
    return {
        "Rubrik": promise_set.title,
        "Period": promise_set.period_label
        + (", eller tills nytt löfte ges" if promise_set.until_replaced else ""),
        "Uppföljning": str(promise_set.get_follow_up_cadence_display()),
        "Redovisas för": ", ".join(promise_set.report_to),
    }


def _promise_facts(promise: Promise) -> dict[str, str]:
    return {
        "Inriktning": promise.focus_area.title if promise.focus_area else "",
        "Vem lovar": ", ".join(str(p.label) for p in promise.parties),
        "Teman": ", ".join(t.get_theme_display() for t in promise.themes.all()),
    }


def _commitment(commitment: Commitment) -> str:
    parts = [f"{commitment.get_party_display()}: {commitment.what}", commitment.schedule_label]
    if commitment.target_group:
        parts.append(f"målgrupp {commitment.target_group}")
    if commitment.responsible:
        parts.append(f"ansvarig {commitment.responsible}")
    if commitment.due_date:
        parts.append(f"senast {commitment.due_date.isoformat()}")
    return ", ".join(part for part in parts if part)


def _target(target: Target) -> str:
    parts = [target.indicator]
    if target.direction:
        parts.append(f"ska {target.get_direction_display()}")
    if target.change_size is not None:
        parts.append(f"med {target.change_size:g} procent")
    if target.target_value is not None:
        parts.append(f"till {target.target_value:g}")
    if target.deadline:
        parts.append(f"senast {target.deadline.isoformat()}")
    if target.baseline_text:
        parts.append(f"utgångsläge {target.baseline_text}")
    return " ".join(parts)


def _contact(contact: Contact) -> str:
    details = (contact.title, contact.phone, contact.email, contact.website, contact.address)
    return ", ".join([str(contact), *(" ".join(d.split()) for d in details if d)])


def _compare(subject: str, before: dict[str, str], after: dict[str, str]) -> list[Change]:
    return [
        Change(Kind.CHANGED, f"{subject}: {name}", before[name], after[name])
        for name in before
        if before[name] != after[name]
    ]


def _lists(subject: str, before: list[str], after: list[str]) -> list[Change]:
    return [Change(Kind.REMOVED, subject, before=text) for text in before if text not in after] + [
        Change(Kind.ADDED, subject, after=text) for text in after if text not in before
    ]


def _promises(before: list[Promise], after: list[Promise]) -> list[Change]:
    changes: list[Change] = []
    matcher = SequenceMatcher(a=[p.text for p in before], b=[p.text for p in after], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = before[i1:i2], after[j1:j2]
        pairs = list(zip(old, new, strict=False)) if tag in ("equal", "replace") else []
        for old_promise, new_promise in pairs:
            changes += _promise_pair(old_promise, new_promise)
        changes += [Change(Kind.REMOVED, "Löfte", before=p.text) for p in old[len(pairs) :]]
        changes += [Change(Kind.ADDED, "Löfte", after=p.text) for p in new[len(pairs) :]]
    return changes


def _promise_pair(old: Promise, new: Promise) -> list[Change]:
    subject = f"Löftet ”{_short(new.text)}”"
    changes = [Change(Kind.CHANGED, "Löfte", old.text, new.text)] if old.text != new.text else []
    changes += _compare(subject, _promise_facts(old), _promise_facts(new))
    changes += _lists(
        f"Åtagande i {subject[0].lower()}{subject[1:]}",
        [_commitment(c) for c in old.commitments.all()],
        [_commitment(c) for c in new.commitments.all()],
    )
    changes += _lists(
        f"Mål i {subject[0].lower()}{subject[1:]}",
        [_target(t) for t in old.targets.all()],
        [_target(t) for t in new.targets.all()],
    )
    return changes


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
