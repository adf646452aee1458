"""The forms of EST: one short form to report an incident on a phone, and the uploads."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from loften.incidents.categories import Category
from loften.incidents.geo import SWEDEN
from loften.incidents.models import Area, Incident
from loften.incidents.services import Place
from loften.registry.models import Municipality, Organisation


def _coordinate(label: str, low: float, high: float) -> forms.FloatField:
    return forms.FloatField(
        label=label, required=False, min_value=low, max_value=high,
        widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
    )  # fmt: skip


def latitude_field() -> forms.FloatField:
    """A point's latitude, tapped on the map or typed, within Sweden."""
    _west, south, _east, north = SWEDEN
    return _coordinate("Latitud", south, north)


def longitude_field() -> forms.FloatField:
    """A point's longitude, tapped on the map or typed, within Sweden."""
    west, _south, east, _north = SWEDEN
    return _coordinate("Longitud", west, east)


class IncidentForm(forms.Form):
    organisation = forms.ModelChoiceField(
        Organisation.objects.none(), label="Rapporterar för", empty_label=None
    )
    category = forms.ChoiceField(
        label="Vad hände?", choices=Category.choices, widget=forms.RadioSelect
    )
    occurred_at = forms.DateTimeField(
        label="När?",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    address = forms.CharField(
        label="Adress eller plats", required=False, max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )  # fmt: skip
    area = forms.ModelChoiceField(
        Area.objects.none(), label="Område", required=False, empty_label="Välj område (frivilligt)"
    )
    latitude = latitude_field()
    longitude = longitude_field()
    description = forms.CharField(
        label="Beskrivning", required=False, max_length=2000,
        help_text="Skriv inte namn, personnummer eller annat som pekar ut en person.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )  # fmt: skip

    def __init__(
        self,
        *args: Any,
        municipality: Municipality,
        organisations: list[Organisation],
        incident: Incident | None = None,
        **kwargs: Any,
    ) -> None:
        if incident is not None:
            kwargs.setdefault(
                "initial",
                {
                    "organisation": incident.organisation_id,
                    "category": incident.category,
                    "occurred_at": timezone.localtime(incident.occurred_at),
                    "address": incident.address,
                    "area": incident.area_id,
                    "latitude": incident.latitude,
                    "longitude": incident.longitude,
                    "description": incident.description,
                },
            )
        else:
            kwargs.setdefault(
                "initial", {"occurred_at": timezone.localtime().replace(second=0, microsecond=0)}
            )
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(  # type: ignore[attr-defined]
            pk__in=[o.pk for o in organisations]
        )
        if incident is not None:
            del self.fields["organisation"]
        self.fields["area"].queryset = Area.objects.filter(municipality=municipality)  # type: ignore[attr-defined]

    def place(self) -> Place:
        data = self.cleaned_data
        return Place(data["latitude"], data["longitude"], data["address"], data["area"])


class UploadForm(forms.Form):
    file = forms.FileField(label="Fil")


class ReporterForm(forms.Form):
    """Which of the person's organisations the incidents of a file are reported by."""

    organisation = forms.ModelChoiceField(
        Organisation.objects.none(), label="Händelserna rapporteras av", empty_label=None
    )

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(  # type: ignore[attr-defined]
            pk__in=[o.pk for o in organisations]
        )


class ImportForm(ReporterForm):
    file = forms.FileField(label="Fil")


class ConfirmImportForm(ReporterForm):
    """Import the file just previewed, kept under `key` (`loften.keptfiles`)."""

    key = forms.CharField(widget=forms.HiddenInput)


class ActorForm(forms.Form):
    organisation = forms.ModelChoiceField(
        Organisation.objects.filter(kind=Organisation.Kind.OTHER),
        label="Organisation",
        empty_label="Välj organisation",
    )
