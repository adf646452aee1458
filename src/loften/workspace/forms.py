"""The workspace's forms: Swedish labels and messages, plain HTML inputs that need no script."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.db.models import QuerySet

from loften.promises.models import (
    Commitment,
    Contact,
    FocusArea,
    Party,
    Promise,
    PromiseSet,
    Target,
    Theme,
)
from loften.registry.models import Municipality, Organisation, PoliceArea
from loften.statistics.models import Indicator
from loften.surveys.aggregate import SURVEY_INDICATORS

PROMISING_PARTIES = [(p.value, p.label) for p in (Party.POLICE, Party.MUNICIPALITY, Party.OTHERS)]
SEASONS = Commitment.Season


class DateInput(forms.DateInput):
    """The browser's own date picker; the value travels as YYYY-MM-DD."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")


class LinesField(forms.CharField):
    """A list of short texts, one per line."""

    widget = forms.Textarea(attrs={"rows": 2})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


def _ticks(label: str, choices: Any, help_text: str) -> forms.MultipleChoiceField:
    """Any number of choices, as checkboxes."""
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
    )


class PeriodMixin:
    """A period's end may not come before its start."""

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}  # type: ignore[misc]
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "Slutdatumet kan inte ligga före startdatumet.")  # type: ignore[attr-defined]
        return cleaned


class StoredFieldsMixin:
    """The model fields a form writes, so that a save touches nothing else."""

    also_stores: tuple[str, ...] = ()

    @property
    def stored_fields(self) -> list[str]:
        fields = self._meta.fields  # type: ignore[attr-defined]
        return [*fields, *self.also_stores]


class _PromiseSetFields(PeriodMixin, forms.ModelForm[PromiseSet]):
    report_to = LinesField(
        label="Redovisas för",
        required=False,
        help_text="En mottagare per rad, till exempel Brottsförebyggande rådet.",
    )

    class Meta:
        model = PromiseSet
        fields = [
            "title",
            "period_start",
            "period_end",
            "until_replaced",
            "follow_up_cadence",
            "report_to",
        ]
        widgets = {"period_start": DateInput(), "period_end": DateInput()}
        help_texts = {"period_start": "Behövs innan löftet kan skickas för underskrift."}


class PromiseSetCreateForm(_PromiseSetFields):
    """A new draft, for one of the kommuner the user writes promises for."""

    municipality = forms.ModelChoiceField(
        queryset=Municipality.objects.none(), label="Kommun", empty_label=None
    )

    class Meta(_PromiseSetFields.Meta):
        fields = ["title", "municipality", *_PromiseSetFields.Meta.fields[1:]]

    def __init__(self, *args: Any, municipalities: QuerySet[Municipality], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = municipalities.order_by("name")  # type: ignore[attr-defined]


class PromiseSetForm(StoredFieldsMixin, _PromiseSetFields):
    """The draft's own fields, and which lokalpolisområden are parties to it."""

    police_areas = forms.ModelMultipleChoiceField(
        queryset=PoliceArea.objects.none(),
        label="Lokalpolisområden som är parter",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta(_PromiseSetFields.Meta):
        fields = [*_PromiseSetFields.Meta.fields, "signed_place"]

    def __init__(self, *args: Any, police_areas: QuerySet[PoliceArea], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["police_areas"].queryset = police_areas  # type: ignore[attr-defined]
        self.initial["police_areas"] = list(self.instance.police_areas.all())


class CopyForm(PeriodMixin, forms.Form):
    title = forms.CharField(label="Rubrik", max_length=300)
    period_start = forms.DateField(label="Gäller från", widget=DateInput())
    period_end = forms.DateField(label="Gäller till", widget=DateInput(), required=False)
    until_replaced = forms.BooleanField(label="Eller tills nytt löfte ges", required=False)

    @classmethod
    def for_next_period(cls, source: PromiseSet, data: Any = None) -> CopyForm:
        """Suggests the period right after the source's, as long as the source's."""
        start, end = source.period_start, source.period_end
        initial: dict[str, Any] = {"title": source.title, "until_replaced": source.until_replaced}
        if start and end:
            initial["period_start"] = end + timedelta(days=1)
            initial["period_end"] = initial["period_start"] + (end - start)
        return cls(data, initial=initial)


class FocusAreaForm(StoredFieldsMixin, forms.ModelForm[FocusArea]):
    class Meta:
        model = FocusArea
        fields = ["title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class ContactForm(StoredFieldsMixin, forms.ModelForm[Contact]):
    """How the public reaches a party; the model checks it (something to reach, a role)."""

    class Meta:
        model = Contact
        fields = ["organisation_name", "title", "name", "phone", "email", "website", "address"]
        widgets = {"address": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "email": {"invalid": "Ange en e-postadress, till exempel kommun@alvsbyn.se."}
        }


class PromiseForm(StoredFieldsMixin, forms.ModelForm[Promise]):
    """A promise: its text, who makes it, its themes and its focus area.

    Editors change the promises their organisation makes but not who makes them.
    """

    also_stores = ("by_police", "by_municipality", "with_others")

    parties = forms.MultipleChoiceField(
        label="Vem lovar",
        choices=PROMISING_PARTIES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Ange vem som lovar."},
    )
    themes = _ticks(
        "Teman", Theme.choices, "Den nationella indelningen, så att kommuner kan jämföras."
    )

    class Meta:
        model = Promise
        fields = ["text", "focus_area"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, may_change_parties: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        focus_area = self.fields["focus_area"]
        focus_area.queryset = self.instance.promise_set.focus_areas.all()  # type: ignore[attr-defined]
        focus_area.empty_label = "Ingen inriktning"  # type: ignore[attr-defined]
        self.fields["parties"].disabled = not may_change_parties
        self.initial["parties"] = [str(p.value) for p in self.instance.parties]
        self.initial["themes"] = (
            [t.theme for t in self.instance.themes.all()] if self.instance.pk else []
        )

    def clean_themes(self) -> list[str]:
        """The chosen themes, those the promise had keeping their order."""
        chosen = self.cleaned_data["themes"]
        kept = [theme for theme in self.initial["themes"] if theme in chosen]
        return kept + [theme for theme in chosen if theme not in kept]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        parties = cleaned.get("parties") or []
        self.instance.by_police = Party.POLICE in parties
        self.instance.by_municipality = Party.MUNICIPALITY in parties
        self.instance.with_others = Party.OTHERS in parties
        return cleaned


class PersonChoiceField(forms.ModelChoiceField[User]):
    def label_from_instance(self, obj: User) -> str:
        return obj.get_full_name() or obj.username


class CommitmentForm(StoredFieldsMixin, forms.ModelForm[Commitment]):
    """What a party undertakes, how often and how many times, so that it can be followed up."""

    also_stores = ("season_topics",)
    count = forms.IntegerField(label="Antal gånger", min_value=1, required=False)
    seasons = _ticks(
        "Årstider",
        SEASONS.choices,
        "Till exempel vår och höst för ”två gånger per år, vår och höst”.",
    )
    topic_spring = forms.CharField(label="Inriktning på våren", required=False, max_length=200)
    topic_summer = forms.CharField(label="Inriktning på sommaren", required=False, max_length=200)
    topic_autumn = forms.CharField(label="Inriktning på hösten", required=False, max_length=200)
    topic_winter = forms.CharField(label="Inriktning på vintern", required=False, max_length=200)
    responsible_user = PersonChoiceField(
        queryset=User.objects.none(),
        label="Ansvarig användare",
        required=False,
        empty_label="Ingen",
        help_text="Får påminnelser när åtagandet närmar sig eller har passerat sitt datum.",
    )

    class Meta:
        model = Commitment
        fields = [
            "party",
            "what",
            "count",
            "at_least",
            "per",
            "seasons",
            "target_group",
            "responsible",
            "responsible_user",
            "due_date",
        ]
        labels = {
            "party": "Vem gör det",
            "what": "Vad",
            "at_least": "Minst så många gånger",
            "per": "Hur ofta",
            "responsible": "Ansvarig (namn eller funktion)",
            "due_date": "Senast (datum)",
        }
        widgets = {"what": forms.Textarea(attrs={"rows": 3}), "due_date": DateInput()}

    # Each season's topic right after the seasons.
    field_order = [*Meta.fields[:6], *(f"topic_{season}" for season in SEASONS.values)]

    def __init__(self, *args: Any, people: QuerySet[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["responsible_user"].queryset = people  # type: ignore[attr-defined]
        for season, topic in (self.instance.season_topics or {}).items():
            self.initial[f"topic_{season}"] = topic

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        seasons = cleaned.get("seasons") or []
        topics = {
            season: text
            for season in SEASONS.values
            if (text := (cleaned.get(f"topic_{season}") or "").strip())
        }
        for season in topics:
            if season not in seasons:
                self.add_error(
                    f"topic_{season}",
                    f"Kryssa i {SEASONS(season).label} under Årstider, eller töm fältet.",
                )
        if cleaned.get("at_least") and cleaned.get("count") is None:
            self.add_error("count", "Ange antal gånger när du kryssar i ”minst”.")
        if cleaned.get("count") is not None and not cleaned.get("per"):
            self.add_error(
                "per", "Ange hur ofta: per år, halvår, årstid eller månad, eller under perioden."
            )
        self.instance.season_topics = topics
        return cleaned


class TargetForm(StoredFieldsMixin, forms.ModelForm[Target]):
    """A measurable goal: the change is entered as a size, the direction says which way."""

    also_stores = ("change_percent",)
    baseline_value = forms.DecimalField(
        label="Utgångsvärde", required=False, localize=True, max_digits=12, decimal_places=2
    )
    baseline_year = forms.IntegerField(
        label="Utgångsår", required=False, min_value=1900, max_value=2100
    )
    change_size = forms.DecimalField(
        label="Förändring i procent",
        required=False,
        localize=True,
        min_value=0,
        max_digits=6,
        decimal_places=2,
        help_text="Till exempel 10 för ”ska minska med tio procent”.",
    )
    target_value = forms.DecimalField(
        label="Målvärde", required=False, localize=True, max_digits=12, decimal_places=2
    )

    field_order = ["indicator", "direction", "change_size", "target_value", "deadline"]

    class Meta:
        model = Target
        fields = [
            "indicator",
            "direction",
            "baseline_value",
            "baseline_year",
            "baseline_text",
            "target_value",
            "deadline",
            "data_source",
            "indicator_key",
        ]
        labels = {"direction": "Ska", "deadline": "Senast (datum)"}
        widgets = {"baseline_text": forms.Textarea(attrs={"rows": 2}), "deadline": DateInput()}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["indicator_key"] = forms.ChoiceField(
            label="Mätvärden från statistiken",
            required=False,
            choices=[("", "Inga: mätvärden skrivs in för hand"), *SURVEY_INDICATORS.items(),
                     *Indicator.objects.values_list("key", "name")],
            help_text="Statistiken ger ett värde per år när den läses in, summerat över "
            "löftets kommuner; trygghetsmätningen ett per omgång, när svaren läses in eller "
            "omgången stänger.",
        )  # fmt: skip
        self.initial["change_size"] = self.instance.change_size
        for name in ("baseline_value", "change_size", "target_value"):
            self.initial[name] = _without_trailing_zeros(self.initial.get(name))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        direction, size = cleaned.get("direction"), cleaned.get("change_size")
        if size is not None and not direction:
            self.add_error("direction", "Ange om indikatorn ska öka eller minska.")
        if not direction and size is None and cleaned.get("target_value") is None:
            raise forms.ValidationError(
                "Ange vart indikatorn ska: om den ska öka eller minska, med hur mycket "
                "eller till vilket målvärde."
            )
        if size is None:
            self.instance.change_percent = None
        else:
            self.instance.change_percent = -size if direction == Target.Direction.DECREASE else size
        return cleaned


def _without_trailing_zeros(value: Decimal | None) -> Decimal | None:
    """163.00 is shown as 163 and 12.50 as 12,5."""
    if value is None:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


class ApprovalForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label="Godkänner för", empty_label=None
    )
    signatory_name = forms.CharField(label="Undertecknas av", max_length=200)
    signatory_title = forms.CharField(label="Titel", max_length=200, required=False)

    def __init__(self, *args: Any, organisations: list[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(  # type: ignore[attr-defined]
            pk__in=[o.pk for o in organisations]
        )
