"""Reading the dialogue input: the back office's lists, and the mentions per theme that
feed the lägesbild."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth.models import AnonymousUser, User
from django.http import Http404
from django.utils import timezone

from loften.accounts.permissions import can_edit_dialogue, can_read_dialogue
from loften.dialogue.models import DialogueComment, DialogueNote
from loften.registry.models import Municipality

# The lägesbild counts what was said in the year up to its day.
PERIOD_DAYS = 365


def period_before(day: date) -> tuple[date, date]:
    """The dialogue period a lägesbild of this day counts: the year up to and with it."""
    return day - timedelta(days=PERIOD_DAYS - 1), day


@dataclass(frozen=True)
class Mentions:
    """How many notes and comments of a period mention each theme, of how many in all."""

    by_theme: Counter[str]
    total: int


def dialogue_mentions(municipality: Municipality, start: date, end: date) -> Mentions:
    """Notes held and comments received in [start, end], counted per theme they are tagged
    with; a note or comment counts once per theme."""
    counts: Counter[str] = Counter()
    total = 0
    for rows in (
        DialogueNote.objects.filter(
            municipality=municipality, held_on__range=(start, end)
        ).values_list("themes", flat=True),
        DialogueComment.objects.filter(
            municipality=municipality, received_on__range=(start, end)
        ).values_list("themes", flat=True),
    ):
        for themes in rows:
            total += 1
            counts.update(set(themes))
    return Mentions(counts, total)


@dataclass(frozen=True)
class DialogueList:
    notes: list[DialogueNote]
    comments: list[DialogueComment]


def dialogue_of(
    municipality: Municipality,
    *,
    theme: str = "",
    start: date | None = None,
    end: date | None = None,
) -> DialogueList:
    """The kommun's notes and comments, newest first, those tagged with `theme` and in
    [start, end] where given."""
    notes = DialogueNote.objects.filter(municipality=municipality).select_related("created_by")
    comments = DialogueComment.objects.filter(municipality=municipality)
    if start:
        notes, comments = notes.filter(held_on__gte=start), comments.filter(received_on__gte=start)
    if end:
        notes, comments = notes.filter(held_on__lte=end), comments.filter(received_on__lte=end)
    # Themes are a short JSON list, which SQLite cannot search inside: filtered here.
    return DialogueList(
        [note for note in notes if not theme or theme in note.themes],
        [comment for comment in comments if not theme or theme in comment.themes],
    )


def access_municipality(
    user: User | AnonymousUser, code: str, *, edit: bool = False
) -> Municipality:
    """The back office's one way to a kommun's dialogue: 404 for anyone who may not."""
    municipality = Municipality.objects.filter(code=code).first()
    allowed = can_edit_dialogue if edit else can_read_dialogue
    if municipality is None or not allowed(user, municipality):
        raise Http404("Det finns ingen sådan kommun.")
    return municipality


def access_note(user: User | AnonymousUser, note_id: int, *, edit: bool = False) -> DialogueNote:
    note = DialogueNote.objects.select_related("municipality").filter(pk=note_id).first()
    allowed = can_edit_dialogue if edit else can_read_dialogue
    if note is None or not allowed(user, note.municipality):
        raise Http404("Det finns ingen sådan anteckning.")
    return note


def access_comment(
    user: User | AnonymousUser, comment_id: int, *, edit: bool = False
) -> DialogueComment:
    comment = DialogueComment.objects.select_related("municipality").filter(pk=comment_id).first()
    allowed = can_edit_dialogue if edit else can_read_dialogue
    if comment is None or not allowed(user, comment.municipality):
        raise Http404("Det finns ingen sådan synpunkt.")
    return comment


def original_shown(user: User | AnonymousUser, item: DialogueNote | DialogueComment) -> str:
    """The words as written, for the kommun's editors while they are kept; else ""."""
    if not item.original or item.original_until is None:
        return ""
    if item.original_until < timezone.localdate() or not can_edit_dialogue(user, item.municipality):
        return ""
    return item.original
