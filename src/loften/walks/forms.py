"""The forms of safety walks: a walk with its route, a finding (on a phone, with a photo),
and a finding's status."""

from __future__ import annotations

from typing import Any

from django import forms

from loften.incidents.forms import latitude_field, longitude_field
from loften.incidents.models import Area
from loften.registry.models import Municipality, Organisation
from loften.walks.categories import FindingCategory, ParticipantGroup
from loften.walks.models import Finding
from loften.walks.photos import MAX_BYTES


class WalkForm(forms.Form):
    title = forms.CharField(label="Plats eller rubrik", max_length=200)
    walked_on = forms.DateField(label="Datum", widget=forms.DateInput(attrs={"type": "date"}))
    organiser = forms.ModelChoiceField(
        Organisation.objects.none(), label="Arrangör", empty_label=None
    )
    area = forms.ModelChoiceField(
        Area.objects.none(), label="Område", required=False, empty_label="Välj område (frivilligt)"
    )
    route = forms.CharField(
        label="Sträcka (GeoJSON)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Klicka på kartan längs vägen ni gick; sträckan fylls i här.",
    )

    def __init__(
        self,
        *args: Any,
        municipality: Municipality,
        organisations: list[Organisation],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organiser"].queryset = Organisation.objects.filter(  # type: ignore[attr-defined]
            pk__in=[o.pk for o in organisations]
        )
        self.fields["area"].queryset = Area.objects.filter(  # type: ignore[attr-defined]
            municipality=municipality
        )
        for group in ParticipantGroup:
            self.fields[f"antal_{group.value}"] = forms.IntegerField(
                label=f"Deltagare: {group.label.lower()}", required=False, min_value=0
            )

    def participants(self) -> dict[str, int]:
        return {g.value: self.cleaned_data.get(f"antal_{g.value}") or 0 for g in ParticipantGroup}


class FindingCorrectionForm(forms.Form):
    """What a finding is and where: noted on a walk, corrected afterwards."""

    category = forms.ChoiceField(
        label="Vad såg ni?", choices=FindingCategory.choices, widget=forms.RadioSelect
    )
    latitude = latitude_field()
    longitude = longitude_field()
    address = forms.CharField(label="Adress eller plats", required=False, max_length=200)
    description = forms.CharField(
        label="Beskrivning", max_length=2000,
        help_text="Skriv inte namn, personnummer eller annat som pekar ut en person.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )  # fmt: skip
    responsible = forms.ModelChoiceField(
        Organisation.objects.order_by("name"), label="Ansvarig organisation"
    )


class FindingForm(FindingCorrectionForm):
    """A new finding, with when it should be fixed and an optional photo."""

    due_date = forms.DateField(
        label="Åtgärdas senast", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    photo = forms.FileField(
        label="Foto (frivilligt)",
        required=False,
        help_text=f"JPEG eller PNG, högst {MAX_BYTES // 1024 // 1024} MB. Platsuppgifter och "
        "kamerauppgifter tas bort. Undvik att fotografera människor.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )


class FindingStatusForm(forms.Form):
    status = forms.ChoiceField(
        label="Status", choices=Finding.Status.choices, widget=forms.RadioSelect
    )
    due_date = forms.DateField(
        label="Åtgärdas senast", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
