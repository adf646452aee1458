"""The forms of the dialogue: the public comment form and the back office's."""

from __future__ import annotations

from typing import Any

from django import forms

from loften.dialogue.models import DialogueNote
from loften.dialogue.services import MAX_COMMENT_LENGTH, NoteDraft
from loften.promises.models import Theme
from loften.publicforms import GuardedForm


class CommentForm(GuardedForm):
    """An anonymous comment to the kommun and the police."""

    text = forms.CharField(
        label="Din synpunkt",
        max_length=MAX_COMMENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Skriv inte namn, telefonnummer eller adresser: sådant tas bort innan "
        "synpunkten sparas.",
    )
    area = forms.CharField(
        label="Område eller plats (frivilligt)",
        max_length=100,
        required=False,
        help_text="Till exempel stadsdelen, torget eller skolan det gäller.",
    )


def _theme_field() -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label="Teman",
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Förslaget kommer från orden i texten; rätta det om det inte stämmer.",
    )


class NoteForm(forms.Form):
    kind = forms.ChoiceField(label="Slag", choices=DialogueNote.Kind.choices)
    organiser = forms.CharField(
        label="Arrangör", max_length=200, help_text="Organisationen eller organisationerna."
    )
    held_on = forms.DateField(label="Datum", widget=forms.DateInput(attrs={"type": "date"}))
    place = forms.CharField(label="Plats", max_length=200, required=False)
    participants = forms.IntegerField(
        label="Antal deltagare", min_value=0, max_value=100_000, required=False
    )
    text = forms.CharField(
        label="Anteckningar",
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text="Namn, personnummer, telefonnummer, e-postadresser och gatuadresser "
        "ersätts med [namn], [personnummer] … innan anteckningarna sparas.",
    )

    def __init__(self, *args: Any, with_themes: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if with_themes:
            self.fields["themes"] = _theme_field()

    def draft(self) -> NoteDraft:
        data = self.cleaned_data
        return NoteDraft(
            kind=data["kind"],
            organiser=data["organiser"],
            held_on=data["held_on"],
            text=data["text"],
            place=data["place"],
            participants=data["participants"],
            themes=data.get("themes"),
        )


class ThemesForm(forms.Form):
    themes = _theme_field()
