"""The forms of the surveys app: the public survey form and the back office's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.db.models import QuerySet

from loften.publicforms import TRAP, GuardedForm
from loften.registry.models import Municipality
from loften.surveys.models import LocalQuestion, Survey
from loften.surveys.questions import AGE_BANDS, ENGLISH, GENDERS, GENDERS_EN, QUESTIONS
from loften.surveys.services import LocalQuestionDraft

NOT_ANSWERS = ("token", "kod", "sprak", TRAP)
SWEDISH_WORDS = {
    "trap": "Lämna det här fältet tomt",
    "code": "Koden i brevet",
    "code_help": "Koden gör att varje brev bara kan svara en gång. Den sparas inte ihop med "
    "dina svar.",
    "area": "I vilket område bor du?",
    "no_answer": "Vill inte svara",
    "gender": "Kön",
    "age": "Ålder",
    "years": "år",
}
ENGLISH_WORDS = {
    "trap": "Leave this field empty",
    "code": "The code in your letter",
    "code_help": "The code lets each letter answer once. It is not stored with your answers.",
    "area": "Which area do you live in?",
    "no_answer": "Prefer not to say",
    "gender": "Gender",
    "age": "Age",
    "years": "years",
}


class SurveyForm(GuardedForm):
    """One person's answers: every question may be left out, as on paper."""

    sprak = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        *args: Any,
        survey: Survey,
        english: bool = False,
        local: Sequence[LocalQuestion] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.local_codes = [question.code for question in local]
        words = ENGLISH_WORDS if english else SWEDISH_WORDS
        self.fields[TRAP].label = words["trap"]
        if survey.requires_code:
            self.fields["kod"] = forms.CharField(
                label=words["code"],
                max_length=30,
                help_text=words["code_help"],
                widget=forms.TextInput(
                    attrs={"autocomplete": "off", "autocapitalize": "characters"}
                ),
            )
        self.fields["omrade"] = (
            forms.ChoiceField(
                label=words["area"],
                choices=[("", words["no_answer"]), *((area, area) for area in survey.areas)],
                required=False,
            )
            if survey.areas
            else forms.CharField(label=words["area"], required=False, max_length=100)
        )
        genders = GENDERS_EN if english else GENDERS
        self.fields["kon"] = forms.ChoiceField(
            label=words["gender"],
            choices=list(genders.items()),
            required=False,
            widget=forms.RadioSelect,
        )
        self.fields["alder"] = forms.ChoiceField(
            label=words["age"],
            choices=[(band, f"{band.replace('-', '–')} {words['years']}") for band in AGE_BANDS],
            required=False,
            widget=forms.RadioSelect,
        )
        for question in QUESTIONS:
            text, answers = ENGLISH[question.code] if english else (question.text, question.answers)
            self.fields[question.code] = _choice(text, answers)
        for own in local:
            asked = own.asked(english=english)
            self.fields[asked.code] = _choice(asked.text, asked.answers)

    def answers(self) -> dict[str, str | int | None]:
        """The answers as a response stores them."""
        return {name: value for name, value in self.cleaned_data.items() if name not in NOT_ANSWERS}

    def background_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in ("omrade", "kon", "alder")]

    def question_fields(self) -> list[forms.BoundField]:
        return [self[question.code] for question in QUESTIONS]

    def local_fields(self) -> list[forms.BoundField]:
        """The kommun's own questions, asked after the standard ones."""
        return [self[code] for code in self.local_codes]


def _choice(text: str, answers: dict[int, str]) -> forms.TypedChoiceField:
    """A question answered with one of its answers, or left out, as on paper."""
    return forms.TypedChoiceField(
        label=text,
        choices=list(answers.items()),
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )


class SurveyCreateForm(forms.Form):
    """A new round of a kommun's survey, from the back office."""

    kommun = forms.ModelChoiceField(
        queryset=Municipality.objects.none(), label="Kommun", empty_label=None
    )
    title = forms.CharField(label="Namn", max_length=200, initial="Trygghetsmätning")
    year = forms.IntegerField(label="År", min_value=2000, max_value=2100)
    areas = forms.CharField(
        label="Områden",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Ett område eller en stadsdel per rad. Tomt: den svarande skriver själv.",
    )
    opens_on = forms.DateField(
        label="Öppnar", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    closes_on = forms.DateField(
        label="Stänger", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    english = forms.BooleanField(label="Formuläret även på engelska", required=False)
    min_group = forms.IntegerField(
        label="Minsta redovisade grupp",
        min_value=5,
        max_value=100,
        initial=15,
        help_text="Grupper med färre svarande visas utan resultat.",
    )

    def __init__(self, *args: Any, municipalities: QuerySet[Municipality], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kommun"].queryset = municipalities.order_by("name")  # type: ignore[attr-defined]

    def area_names(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["areas"].splitlines() if line.strip()]


class ResponseFileForm(forms.Form):
    file = forms.FileField(
        label="Fil med svar",
        help_text="CSV (UTF-8 eller Windows-1252, semikolon eller komma) eller Excel (.xlsx), "
        "en rad per svarande och en kolumn per fråga.",
    )


class CodesForm(forms.Form):
    count = forms.IntegerField(label="Antal koder", min_value=1, max_value=100_000, initial=1000)


class LocalQuestionForm(forms.Form):
    """One of the kommun's own questions on the Frågor page: kept, reworded, moved or removed."""

    code = forms.CharField(widget=forms.HiddenInput, required=False)
    text = forms.CharField(
        label="Fråga",
        max_length=300,
        required=False,
        help_text="För ett lokalt problem: vad problemet är (”hundbajs på gångvägar”); frågan "
        "blir ”Hur stort problem är … i ditt område?”. För ja eller nej: hela frågan.",
    )
    text_en = forms.CharField(
        label="På engelska",
        max_length=300,
        required=False,
        help_text="Visas i det engelska formuläret; tomt: den svenska texten visas.",
    )
    kind = forms.ChoiceField(
        label="Svar", choices=LocalQuestion.Kind.choices, initial=LocalQuestion.Kind.PROBLEM
    )


class BaseLocalQuestionFormSet(forms.BaseFormSet[LocalQuestionForm]):
    def add_fields(self, form: LocalQuestionForm, index: int | None) -> None:
        super().add_fields(form, index)
        form.fields["ORDER"].label = "Plats"
        form.fields["ORDER"].help_text = "Frågorna ställs i platsernas ordning."
        form.fields["DELETE"].label = "Ta bort"


LocalQuestionFormSet = forms.formset_factory(
    LocalQuestionForm,
    formset=BaseLocalQuestionFormSet,
    extra=2,
    can_order=True,
    can_delete=True,
    max_num=20,
    absolute_max=40,
)


def local_question_drafts(formset: forms.BaseFormSet[Any]) -> list[LocalQuestionDraft]:
    """The questions a valid Frågor form keeps and adds, in the order asked for."""
    return [
        LocalQuestionDraft(
            text=form.cleaned_data["text"],
            kind=form.cleaned_data["kind"],
            text_en=form.cleaned_data["text_en"],
            code=form.cleaned_data["code"],
        )
        for form in formset.ordered_forms
    ]
