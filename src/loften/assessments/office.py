"""The back office of the lägesbild: draft a version, write it, approve, publish, export,
and start promises from its themes.

Every page finds its lägesbild through `_assessment` (404 for anyone whose organisation
does not work on the kommun) and writes only through `loften.assessments.services`.
"""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from loften.accounts.permissions import (
    assessment_approving_organisations,
    can_edit_assessments,
    municipalities_to_edit,
    municipalities_to_read,
    promise_sets_of,
)
from loften.accounts.selectors import signed_in
from loften.assessments.document import FORMATS, assessment_context
from loften.assessments.models import Assessment, ThemeAssessment
from loften.assessments.selectors import assessment_with_contents, assessments_of
from loften.assessments.services import (
    AssessmentError,
    assessment_approve,
    assessment_draft,
    assessment_publish,
    assessment_texts_save,
    missing_approvals,
    promise_from_theme,
    theme_analysis_save,
)
from loften.promises.errors import PromiseSetError
from loften.promises.models import PromiseSet


def _assessment(request: HttpRequest, assessment_id: int) -> Assessment:
    readable = assessment_with_contents(assessment_id).filter(
        municipality__in=municipalities_to_read(signed_in(request))
    )
    return get_object_or_404(readable)


def _run(request: HttpRequest, write: Callable[[], object], success: str) -> bool:
    try:
        write()
    except (AssessmentError, PromiseSetError) as refusal:
        messages.error(request, str(refusal))
        return False
    messages.success(request, success)
    return True


@login_required
def assessment_list(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    if request.method == "POST":
        municipality = get_object_or_404(
            municipalities_to_edit(user), pk=request.POST.get("kommun") or 0
        )
        created: list[Assessment] = []
        if _run(
            request,
            lambda: created.append(assessment_draft(municipality=municipality, acting_user=user)),
            "Ett utkast till ny lägesbild är gjort från underlaget som finns i dag.",
        ):
            return redirect("assessment-office", created[0].pk)
        return redirect("assessments-office")
    return render(
        request,
        "assessments/office/list.html",
        {
            "assessments": assessments_of(municipalities_to_read(user)),
            "editable": municipalities_to_edit(user).order_by("name"),
        },
    )


class TextsForm(forms.Form):
    summary = forms.CharField(label="Sammanfattning", required=False, widget=forms.Textarea)
    participants = forms.CharField(
        label="Medverkande",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Vilka som tagit fram lägesbilden: förvaltningar, polisen, föreningar, "
        "medborgardialoger.",
    )


@login_required
def assessment_page(request: HttpRequest, assessment_id: int) -> HttpResponse:
    assessment = _assessment(request, assessment_id)
    user = signed_in(request)
    editable = assessment.status == Assessment.Status.DRAFT and can_edit_assessments(
        user, assessment.municipality
    )
    drafts = (
        promise_sets_of(user)
        .filter(status=PromiseSet.Status.DRAFT, municipalities=assessment.municipality)
        .order_by("-pk")
    )
    return render(
        request,
        "assessments/office/assessment.html",
        {
            **assessment_context(assessment),
            "tools": editable,
            "texts": TextsForm(
                initial={"summary": assessment.summary, "participants": assessment.participants}
            ),
            "missing": missing_approvals(assessment),
            "may_approve": assessment.status == Assessment.Status.DRAFT
            and bool(assessment_approving_organisations(user, assessment.municipality)),
            "drafts": list(drafts),
        },
    )


@login_required
@require_POST
def texts_save(request: HttpRequest, assessment_id: int) -> HttpResponse:
    assessment = _assessment(request, assessment_id)
    form = TextsForm(request.POST)
    if form.is_valid():
        _run(
            request,
            lambda: assessment_texts_save(
                assessment=assessment,
                summary=form.cleaned_data["summary"],
                participants=form.cleaned_data["participants"],
                acting_user=signed_in(request),
            ),
            "Texten är sparad.",
        )
    return redirect("assessment-office", assessment.pk)


def _theme(request: HttpRequest, assessment_id: int, theme_id: int) -> ThemeAssessment:
    assessment = _assessment(request, assessment_id)
    return get_object_or_404(
        assessment.themes.select_related("assessment__municipality"), pk=theme_id
    )


@login_required
@require_POST
def analysis_save(request: HttpRequest, assessment_id: int, theme_id: int) -> HttpResponse:
    theme = _theme(request, assessment_id, theme_id)
    _run(
        request,
        lambda: theme_analysis_save(
            theme=theme, analysis=request.POST.get("analysis", ""), acting_user=signed_in(request)
        ),
        f"Analysen av {theme.get_theme_display().lower()} är sparad.",
    )
    return redirect(reverse("assessment-office", args=[assessment_id]) + f"#tema-{theme.theme}")


@login_required
@require_POST
def promise_start(request: HttpRequest, assessment_id: int, theme_id: int) -> HttpResponse:
    """One click from a theme to a promise in a draft promise set, its baseline filled in."""
    theme = _theme(request, assessment_id, theme_id)
    user = signed_in(request)
    promise_set = get_object_or_404(
        promise_sets_of(user).filter(status=PromiseSet.Status.DRAFT),
        pk=request.POST.get("promise_set") or 0,
    )
    started = []
    if _run(
        request,
        lambda: started.append(
            promise_from_theme(
                theme=theme,
                promise_set=promise_set,
                text=request.POST.get("text", ""),
                acting_user=user,
            )
        ),
        "Löftet är påbörjat med utgångsläget från lägesbilden. Skriv klart det här.",
    ):
        return redirect("workspace:promise_edit", promise_set.pk, started[0].pk)
    return redirect("assessment-office", assessment_id)


# The buttons of a draft: what each does, and what it says when done.
STEPS: dict[str, tuple[Callable[..., object], str]] = {
    "approve": (assessment_approve, "Lägesbilden är godkänd."),
    "publish": (
        assessment_publish,
        "Lägesbilden är publicerad. Sammanfattningen visas nu på kommunens sida.",
    ),
}


@login_required
@require_POST
def step(request: HttpRequest, assessment_id: int, name: str) -> HttpResponse:
    assessment = _assessment(request, assessment_id)
    write, success = STEPS[name]
    _run(request, lambda: write(assessment=assessment, acting_user=signed_in(request)), success)
    return redirect("assessment-office", assessment.pk)


@login_required
def export(request: HttpRequest, assessment_id: int, file_format: str) -> HttpResponse:
    if file_format not in FORMATS:
        raise Http404("Okänt filformat.")
    assessment = _assessment(request, assessment_id)
    render_file, content_type = FORMATS[file_format]
    response = HttpResponse(render_file(assessment), content_type=content_type)
    name = f"lagesbild-{assessment.municipality.slug}-v{assessment.version}.{file_format}"
    # A file to keep, also as HTML: its inline stylesheet is for reading it offline.
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
