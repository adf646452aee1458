"""The back office of the dialogue: a kommun's notes and comments, filtered by theme and
period, a note written or changed, a comment's themes corrected.

Every page finds its kommun, note or comment through the `access_*` selectors (404 for
anyone whose organisation does not work on the kommun, and for a write by anyone who is
not the editor of one of its parties), and writes only through `loften.dialogue.services`.
"""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from loften.accounts.permissions import (
    can_edit_dialogue,
    municipalities_to_read,
    municipalities_to_write_dialogue,
)
from loften.accounts.selectors import signed_in
from loften.dialogue.forms import NoteForm, ThemesForm
from loften.dialogue.selectors import (
    access_comment,
    access_municipality,
    access_note,
    dialogue_of,
    original_shown,
)
from loften.dialogue.services import (
    ORIGINAL_DAYS,
    DialogueError,
    comment_delete,
    comment_themes_save,
    note_create,
    note_delete,
    note_update,
)
from loften.promises.models import Theme


@login_required
def dialogue_start(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    return render(
        request,
        "dialogue/office/start.html",
        {
            "municipalities": municipalities_to_read(user),
            "editable": set(municipalities_to_write_dialogue(user).values_list("pk", flat=True)),
        },
    )


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@login_required
def dialogue_list(request: HttpRequest, code: str) -> HttpResponse:
    user = signed_in(request)
    municipality = access_municipality(user, code)
    theme = request.GET.get("tema", "")
    theme = theme if theme in Theme.values else ""
    start, end = _day(request.GET.get("fran")), _day(request.GET.get("till"))
    found = dialogue_of(municipality, theme=theme, start=start, end=end)
    return render(
        request,
        "dialogue/office/list.html",
        {
            "municipality": municipality,
            "notes": found.notes,
            "comments": found.comments,
            "theme": Theme(theme) if theme else None,
            "themes": Theme.choices,
            "start": start,
            "end": end,
            "may_edit": can_edit_dialogue(user, municipality),
            "form_url": request.build_absolute_uri(
                reverse("dialogue-form", args=[municipality.slug])
            ),
        },
    )


@login_required
def note_new(request: HttpRequest, code: str) -> HttpResponse:
    user = signed_in(request)
    municipality = access_municipality(user, code, edit=True)
    form = NoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            note = note_create(municipality=municipality, draft=form.draft(), acting_user=user)
        except DialogueError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request, "Anteckningarna är sparade. Kontrollera temana som föreslogs."
            )
            return redirect("dialogue-note", note.pk)
    return render(
        request,
        "dialogue/office/note_new.html",
        {"municipality": municipality, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def note_page(request: HttpRequest, note_id: int) -> HttpResponse:
    user = signed_in(request)
    note = access_note(user, note_id, edit=request.method == "POST")
    may_edit = can_edit_dialogue(user, note.municipality)
    initial = {
        "kind": note.kind, "organiser": note.organiser, "held_on": note.held_on,
        "place": note.place, "participants": note.participants, "text": note.text,
        "themes": note.themes,
    }  # fmt: skip
    form = NoteForm(request.POST or None, initial=initial, with_themes=True)
    if request.method == "POST" and form.is_valid():
        try:
            note_update(note=note, draft=form.draft(), acting_user=user)
        except DialogueError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Anteckningarna är sparade.")
            return redirect("dialogue-note", note.pk)
    return render(
        request,
        "dialogue/office/note.html",
        {
            "municipality": note.municipality,
            "note": note,
            "form": form if may_edit else None,
            "original": original_shown(user, note),
            "original_days": ORIGINAL_DAYS,
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def note_remove(request: HttpRequest, note_id: int) -> HttpResponse:
    user = signed_in(request)
    note = access_note(user, note_id, edit=True)
    note_delete(note=note, acting_user=user)
    messages.success(request, "Anteckningarna är borttagna.")
    return redirect("dialogue-list", note.municipality.code)


@login_required
def comment_page(request: HttpRequest, comment_id: int) -> HttpResponse:
    user = signed_in(request)
    comment = access_comment(user, comment_id, edit=request.method == "POST")
    form = ThemesForm(request.POST or None, initial={"themes": comment.themes})
    if request.method == "POST" and form.is_valid():
        comment_themes_save(comment=comment, themes=form.cleaned_data["themes"], acting_user=user)
        messages.success(request, "Temana är sparade.")
        return redirect("dialogue-comment", comment.pk)
    return render(
        request,
        "dialogue/office/comment.html",
        {
            "municipality": comment.municipality,
            "comment": comment,
            "form": form if can_edit_dialogue(user, comment.municipality) else None,
            "original": original_shown(user, comment),
            "original_days": ORIGINAL_DAYS,
        },
    )


@login_required
@require_POST
def comment_remove(request: HttpRequest, comment_id: int) -> HttpResponse:
    user = signed_in(request)
    comment = access_comment(user, comment_id, edit=True)
    comment_delete(comment=comment, acting_user=user)
    messages.success(request, "Synpunkten är borttagen.")
    return redirect("dialogue-list", comment.municipality.code)
