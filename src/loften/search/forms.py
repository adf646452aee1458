from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from loften.promises.models import Theme
from loften.search.selectors import MAX_QUERY_LENGTH, SearchChoices, SearchFilters


@dataclass(frozen=True)
class FilterField:
    """A filter as the page draws it: a labelled select."""

    name: str
    label: str
    options: SafeString  # the <option> and <optgroup> elements, the chosen one selected
    errors: list[str]


def _options(choices: Iterable[tuple[Any, Any]], selected: str) -> SafeString:
    parts = []
    for value, label in choices:
        if isinstance(label, list):
            parts.append(
                format_html('<optgroup label="{}">{}</optgroup>', value, _options(label, selected))
            )
        else:
            chosen = " selected" if str(value) == selected else ""
            parts.append(format_html('<option value="{}"{}>{}</option>', value, chosen, label))
    return mark_safe("".join(parts))  # noqa: S308 - every part is built by format_html


def _theme(slug: str) -> str:
    """The theme's value for a Swedish slug from the tema filter ("" for none)."""
    theme = Theme.from_slug(slug)
    return theme.value if theme is not None else ""


class SearchForm(forms.Form):
    """The search page's parameters: q, lan, kommun, tema (a theme's Swedish slug, as in
    its address), part, ar, status and sida."""

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
        for slug, name, county in choices.municipalities:
            by_county.setdefault(county, []).append((slug, name))
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

    FILTERS = ("lan", "kommun", "tema", "part", "ar", "status")

    def filter_fields(self) -> list[FilterField]:
        """The filters, ready for the page's template.

        The options are drawn here: Django's select widgets took 25 ms for the
        300-odd options of a national search, a template loop ten.
        """
        return [
            FilterField(
                name=name,
                label=str(self.fields[name].label),
                options=_options(
                    self.fields[name].choices,  # type: ignore[attr-defined]
                    str(self[name].value() or ""),
                ),
                errors=[str(error) for error in self[name].errors],
            )
            for name in self.FILTERS
        ]

    def query(self) -> str:
        return str(self.cleaned_data.get("q") or "")

    def filters(self) -> SearchFilters:
        """The valid filters; an invalid one is left out (and its error shown)."""
        data = self.cleaned_data
        return SearchFilters(
            county=data.get("lan") or "",
            municipality=data.get("kommun") or "",
            theme=_theme(data.get("tema") or ""),
            party=data.get("part") or "",
            year=data.get("ar"),
            status=data.get("status") or "",
        )

    def page(self) -> int:
        return int(self.cleaned_data.get("sida") or 1)
