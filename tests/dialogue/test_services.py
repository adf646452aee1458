"""Dialogue notes and comments: who may write and read them, masking, history, forgetting."""

from datetime import date, timedelta

import pytest
import time_machine
from django.utils import timezone

from loften.dialogue.models import DialogueComment, DialogueNote, SentCommentForm
from loften.dialogue.selectors import dialogue_mentions, original_shown
from loften.dialogue.services import (
    ORIGINAL_DAYS,
    AlreadySent,
    DialogueError,
    NoteDraft,
    comment_submit,
    comment_themes_save,
    dialogue_forget,
    note_create,
    note_delete,
    note_update,
)
from tests.factories import member, municipality

pytestmark = pytest.mark.django_db

ALVSBYN = "Älvsbyns kommun"
POLICE = "Lokalpolisområde Piteå älvdal"
WRITTEN = (
    "Anna Svensson (070-123 45 67) berättade att det säljs knark vid Storgatan 12. "
    "Kommunpolisen Erik Johansson lovade att komma tillbaka."
)


def draft(**changes: object) -> NoteDraft:
    values: dict[str, object] = {
        "kind": "medborgardialog", "organiser": "Kommunen och polisen",
        "held_on": timezone.localdate() - timedelta(days=3), "text": WRITTEN,
        "place": "Folkets hus", "participants": 24,
    }  # fmt: skip
    values.update(changes)
    return NoteDraft(**values)  # type: ignore[arg-type]


def test_an_editor_of_a_party_writes_a_note_stored_masked_and_tagged() -> None:
    police_editor = member(POLICE, "editor")
    note = note_create(municipality=municipality("2560"), draft=draft(), acting_user=police_editor)

    assert note.text == (
        "[namn] ([telefon]) berättade att det säljs knark vid [adress]. "
        "Kommunpolisen [namn] lovade att komma tillbaka."
    )
    assert note.themes == note.suggested_themes == ["drugs", "police_presence"]
    assert note.original == WRITTEN
    assert note.original_until == timezone.localdate() + timedelta(days=ORIGINAL_DAYS)
    assert original_shown(police_editor, note) == WRITTEN


def test_the_history_records_who_wrote_it_and_never_the_words_as_written() -> None:
    editor = member(ALVSBYN, "editor", username="redaktor")
    note = note_create(municipality=municipality("2560"), draft=draft(), acting_user=editor)
    note_update(note=note, draft=draft(themes=["drugs"]), acting_user=editor)

    records = list(DialogueNote.history.filter(id=note.pk).order_by("history_id"))  # type: ignore[attr-defined]
    assert [r.history_type for r in records] == ["+", "~"]
    assert {r.history_username for r in records} == {"redaktor"}
    assert records[-1].themes == ["drugs"] and records[-1].suggested_themes == [
        "drugs",
        "police_presence",
    ]
    assert all("Svensson" not in r.text and not hasattr(r, "original") for r in records)


@pytest.mark.parametrize(
    ("organisation", "role"),
    [("Umeå kommun", "coordinator"), (ALVSBYN, "reporter"), (ALVSBYN, "viewer")],
)
def test_others_cannot_write_a_kommuns_notes(organisation: str, role: str) -> None:
    note = note_create(municipality=municipality("2560"), draft=draft(), acting_user=None)
    person = member(organisation, role)
    with pytest.raises(DialogueError):
        note_create(municipality=municipality("2560"), draft=draft(), acting_user=person)
    with pytest.raises(DialogueError):
        note_update(note=note, draft=draft(text="Ändrat"), acting_user=person)
    with pytest.raises(DialogueError):
        note_delete(note=note, acting_user=person)
    assert DialogueNote.objects.get().text.startswith("[namn]")


def test_readers_of_the_kommun_never_see_the_words_as_written() -> None:
    note = note_create(municipality=municipality("2560"), draft=draft(), acting_user=None)
    assert original_shown(member(ALVSBYN, "viewer"), note) == ""
    assert original_shown(member("Umeå kommun", "coordinator"), note) == ""


def test_a_note_cannot_be_dated_in_the_future_nor_be_empty() -> None:
    tomorrow = timezone.localdate() + timedelta(days=1)
    for bad in (draft(held_on=tomorrow), draft(text="  "), draft(kind="möte")):
        with pytest.raises(DialogueError):
            note_create(municipality=municipality("2560"), draft=bad, acting_user=None)


def test_a_comment_is_taken_once_per_form_and_its_themes_corrected_by_an_editor() -> None:
    kommun = municipality("2560")
    comment = comment_submit(
        municipality=kommun, text="Mopederna buskör utanför Storgatan 12.", area="Centrum",
        form_digest="a" * 64,
    )  # fmt: skip
    with pytest.raises(AlreadySent):
        comment_submit(municipality=kommun, text="Igen", area="", form_digest="a" * 64)
    assert comment.text == "Mopederna buskör utanför [adress]." and comment.themes == ["traffic"]

    with pytest.raises(DialogueError):
        comment_themes_save(
            comment=comment, themes=["youth"], acting_user=member("Umeå kommun", "coordinator")
        )
    comment_themes_save(
        comment=comment, themes=["youth", "traffic"], acting_user=member(ALVSBYN, "editor")
    )
    comment.refresh_from_db()
    assert comment.themes == ["traffic", "youth"] and comment.suggested_themes == ["traffic"]
    assert DialogueComment.history.filter(id=comment.pk).count() == 2  # type: ignore[attr-defined]


def test_the_words_as_written_are_forgotten_after_their_time() -> None:
    note_create(municipality=municipality("2560"), draft=draft(), acting_user=None)
    comment_submit(municipality=municipality("2560"), text=WRITTEN, area="", form_digest="b" * 64)
    assert dialogue_forget(today=timezone.localdate()) == 0

    later = timezone.localdate() + timedelta(days=ORIGINAL_DAYS + 1)
    with time_machine.travel(later):
        assert dialogue_forget(today=later) == 3  # a note, a comment, a form hash
    assert not DialogueNote.objects.exclude(original="").exists()
    assert not DialogueComment.objects.exclude(original="").exists()
    assert not SentCommentForm.objects.exists()
    assert DialogueNote.objects.get().text.startswith("[namn]")


def test_mentions_count_each_note_and_comment_once_per_theme_in_the_period() -> None:
    kommun = municipality("2560")
    day = date(2026, 6, 1)
    with time_machine.travel(day):
        note_create(municipality=kommun, draft=draft(held_on=day - timedelta(days=10),
                    text="Knark och mer knark, och klotter."), acting_user=None)  # fmt: skip
        note_create(municipality=kommun, draft=draft(held_on=day - timedelta(days=400),
                    text="Knark för länge sedan."), acting_user=None)  # fmt: skip
        comment_submit(municipality=kommun, text="Hasch i parken.", area="", form_digest="c" * 64)
    mentions = dialogue_mentions(kommun, day - timedelta(days=364), day)
    assert mentions.total == 2
    assert mentions.by_theme == {"drugs": 2, "vandalism": 1}
