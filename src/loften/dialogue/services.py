"""Every write to the dialogue input: one function each, with the acting user.

Everything a person types is masked (`masking.mask`) before it is stored for display;
the words as typed are kept for `ORIGINAL_DAYS` days for the kommun's editors, then
forgotten by `dialogue_forget`. `acting_user=None` is a command at the operator's prompt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from loften.accounts.acting import acts
from loften.accounts.permissions import can_edit_dialogue
from loften.dialogue.masking import mask
from loften.dialogue.models import DialogueComment, DialogueNote, SentCommentForm
from loften.dialogue.themes import suggest_themes
from loften.promises.models import Theme
from loften.registry.models import Municipality

# How long the words as written are kept beside the masked text: long enough for an
# editor to check the masking after a meeting, no longer.
ORIGINAL_DAYS = 30
MAX_COMMENT_LENGTH = 3000
NOT_ALLOWED = "Du har inte rätt att ändra kommunens dialoger."


class DialogueError(ValueError):
    """A write refused, with the reason in Swedish."""


class AlreadySent(DialogueError):
    """This very form has been sent before (a double click, the back button)."""


def _require(acting_user: User | None, municipality: Municipality) -> None:
    if acting_user is not None and not can_edit_dialogue(acting_user, municipality):
        raise DialogueError(NOT_ALLOWED)


def _themes(themes: Sequence[str]) -> list[str]:
    unknown = set(themes) - set(Theme.values)
    if unknown:
        raise DialogueError(f"Okänt tema: {', '.join(sorted(unknown))}.")
    return [theme for theme in Theme.values if theme in themes]


def _kept_until(today: date) -> date:
    return today + timedelta(days=ORIGINAL_DAYS)


@dataclass(frozen=True)
class NoteDraft:
    """A dialogue note as typed; `themes=None` takes the suggested ones."""

    kind: str
    organiser: str
    held_on: date
    text: str
    place: str = ""
    participants: int | None = None
    themes: Sequence[str] | None = None


def _fill(note: DialogueNote, draft: NoteDraft) -> None:
    if draft.kind not in DialogueNote.Kind.values:
        raise DialogueError("Välj medborgardialog eller medarbetardialog.")
    if not draft.text.strip():
        raise DialogueError("Skriv anteckningarna från mötet.")
    if draft.held_on > timezone.localdate():
        raise DialogueError("Mötet kan inte ha hållits i framtiden.")
    note.kind = draft.kind
    note.organiser = mask(draft.organiser.strip())
    note.place = mask(draft.place.strip())
    note.held_on = draft.held_on
    note.participants = draft.participants
    note.text = mask(draft.text.strip())
    note.original = draft.text.strip()
    note.original_until = _kept_until(timezone.localdate())
    note.suggested_themes = suggest_themes(draft.text)
    note.themes = note.suggested_themes if draft.themes is None else _themes(draft.themes)


@acts
@transaction.atomic
def note_create(
    *, municipality: Municipality, draft: NoteDraft, acting_user: User | None
) -> DialogueNote:
    """Store the notes of a dialogue meeting, masked, with their themes."""
    _require(acting_user, municipality)
    note = DialogueNote(municipality=municipality, created_by=acting_user)
    _fill(note, draft)
    note.full_clean()
    note.save()
    return note


@acts
@transaction.atomic
def note_update(*, note: DialogueNote, draft: NoteDraft, acting_user: User | None) -> DialogueNote:
    """Change a note: what is typed is masked again and kept as written for another
    `ORIGINAL_DAYS` days."""
    _require(acting_user, note.municipality)
    locked = DialogueNote.objects.select_for_update().get(pk=note.pk)
    _fill(locked, draft)
    locked.full_clean()
    locked.save()
    return locked


@acts
@transaction.atomic
def note_delete(*, note: DialogueNote, acting_user: User | None) -> None:
    _require(acting_user, note.municipality)
    note.delete()


def comment_submit(
    *, municipality: Municipality, text: str, area: str, form_digest: str
) -> DialogueComment:
    """Store one anonymous comment from the public form: the only way a comment is stored.

    No user: the sender is nobody the product knows. The form's token is taken once.
    """
    text = text.strip()
    if not text:
        raise DialogueError("Skriv din synpunkt.")
    if len(text) > MAX_COMMENT_LENGTH:
        raise DialogueError(f"Synpunkten får vara högst {MAX_COMMENT_LENGTH} tecken.")
    today = timezone.localdate()
    with transaction.atomic():
        try:
            with transaction.atomic():
                SentCommentForm.objects.create(
                    municipality=municipality, digest=form_digest, sent_on=today
                )
        except IntegrityError as exc:
            raise AlreadySent("Synpunkten är redan inskickad. Tack!") from exc
        suggested = suggest_themes(text)
        return DialogueComment.objects.create(
            municipality=municipality,
            received_on=today,
            area=mask(area.strip())[:100],
            text=mask(text),
            original=text,
            original_until=_kept_until(today),
            themes=suggested,
            suggested_themes=suggested,
        )


@acts
@transaction.atomic
def comment_themes_save(
    *, comment: DialogueComment, themes: Sequence[str], acting_user: User | None
) -> DialogueComment:
    """The themes of a comment, as corrected by hand."""
    _require(acting_user, comment.municipality)
    comment.themes = _themes(themes)
    comment.save(update_fields=["themes"])
    return comment


@acts
@transaction.atomic
def comment_delete(*, comment: DialogueComment, acting_user: User | None) -> None:
    """Remove a comment that is no comment (advertising, nonsense)."""
    _require(acting_user, comment.municipality)
    comment.delete()


def dialogue_forget(*, today: date) -> int:
    """Forget the words as written whose time is up, and the hashes of comment forms sent
    before yesterday (their tokens have expired). Run daily by `loften dialogue forget`."""
    forgotten = 0
    for model in (DialogueNote, DialogueComment):
        forgotten += model.objects.filter(original_until__lt=today).update(
            original="", original_until=None
        )
    forms, _ = SentCommentForm.objects.filter(sent_on__lt=today - timedelta(days=1)).delete()
    return forgotten + forms
