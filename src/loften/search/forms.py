from typing import Any

from django import forms

from loften.search.selectors import MAX_QUERY_LENGTH, SearchChoices, SearchFilters


class SearchForm(forms.Form):
    """The search page's parameters: q, lan, kommun, tema, part, ar, status and sida."""

    q = forms.CharField(
        label="Sökord",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={"max_length": "Skriv högst %(limit_value)d tecken."},
    )
    lan = forms.ChoiceField(label="Län", required=False)
    kommun = forms.ChoiceField(label="Kommun", required=False)
    tema = forms.ChoiceField(label="Tema", required=False)
    part = forms.ChoiceField(label="Vem lovar", required=False)
    ar = forms.TypedChoiceField(label="Gäller år", required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label="Status", required=False)
    sida = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args: Any, choices: SearchChoices, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.label_suffix = ""
        by_county: dict[str, list[tuple[str, str]]] = {}
        for municipality in choices.municipalities:
            by_county.setdefault(municipality.county.name, []).append(
                (municipality.slug, municipality.name)
            )
        options: dict[str, list[Any]] = {
            "lan": [("", "Alla län")] + [(c.code, c.name) for c in choices.counties],
            "kommun": [("", "Alla kommuner"), *by_county.items()],
            "tema": [("", "Alla teman"), *choices.themes],
            "part": [("", "Alla"), *choices.parties],
            "ar": [("", "Alla år")] + [(str(year), str(year)) for year in choices.years],
            "status": [("", "Alla"), *choices.statuses],
        }
        for name, field_choices in options.items():
            self.fields[name].choices = field_choices  # type: ignore[attr-defined]

    def query(self) -> str:
        return str(self.cleaned_data.get("q") or "")

    def filters(self) -> SearchFilters:
        """The valid filters; an invalid one is left out (and its error shown)."""
        data = self.cleaned_data
        return SearchFilters(
            county=data.get("lan") or "",
            municipality=data.get("kommun") or "",
            theme=data.get("tema") or "",
            party=data.get("part") or "",
            year=data.get("ar"),
            status=data.get("status") or "",
        )

    def page(self) -> int:
        return int(self.cleaned_data.get("sida") or 1)
