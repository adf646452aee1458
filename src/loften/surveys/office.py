"""The back office of safety surveys: start a round, follow its count, import, see results.

Every page finds its survey through `_survey`, and a kommun's own questions through
`_municipality` (404 for anyone whose organisation does not work on the kommun, and for
a write by anyone who does not manage its surveys), and writes only through
`loften.surveys.services`.
"""

from __future__ import annotations

import csv

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from loften.accounts.permissions import (
    can_manage_surveys,
    can_read_surveys,
    is_installation_admin,
    municipalities_to_edit,
    municipalities_to_read,
)
from loften.accounts.selectors import signed_in
from loften.registry.models import Municipality
from loften.sizes import megabytes
from loften.spreadsheet import cell_text
from loften.surveys.aggregate import METHOD
from loften.surveys.forms import (
    CodesForm,
    LocalQuestionFormSet,
    ResponseFileForm,
    SurveyCreateForm,
    local_question_drafts,
)
from loften.surveys.models import Survey
from loften.surveys.responsefile import ResponseFileError
from loften.surveys.results import figure, index_labels, over_time, shown_indices, tables
from loften.surveys.selectors import (
    current_question_bank,
    local_questions,
    question_banks_of,
    survey_aggregate,
    survey_local_questions,
    survey_rounds_over_time,
    surveys_of,
)
from loften.surveys.services import (
    SurveyError,
    question_bank_edit,
    responses_import,
    responses_preview,
    summary,
    survey_codes_create,
    survey_create,
)


def _survey(request: HttpRequest, survey_id: int, *, manage: bool = False) -> Survey:
    survey = get_object_or_404(
        Survey.objects.select_related("municipality", "question_bank"), pk=survey_id
    )
    user = signed_in(request)
    allowed = (can_manage_surveys if manage else can_read_surveys)(user, survey.municipality)
    if not allowed:
        raise Http404("Det finns ingen sådan mätning.")
    return survey


@login_required
def survey_list(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    editable = municipalities_to_edit(user)
    return render(
        request,
        "surveys/office/list.html",
        {
            "surveys": surveys_of(municipalities_to_read(user)),
            "may_create": editable.exists(),
            # Where the user may set the questions before the first round; every kommun
            # for the installation's admins, who reach them through a round or the address.
            "without_surveys": []
            if is_installation_admin(user)
            else editable.filter(surveys__isnull=True).order_by("name"),
            "today": timezone.localdate(),
        },
    )


@login_required
def survey_new(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    municipalities = municipalities_to_edit(user)
    if not municipalities.exists():
        raise Http404("Du kan inte starta trygghetsmätningar.")
    form = SurveyCreateForm(
        request.POST or None,
        municipalities=municipalities,
        initial={"year": timezone.localdate().year},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            survey = survey_create(
                municipality=data["kommun"], title=data["title"], year=data["year"],
                areas=form.area_names(), opens_on=data["opens_on"], closes_on=data["closes_on"],
                english=data["english"], min_group=data["min_group"], acting_user=user,
            )  # fmt: skip
        except SurveyError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Mätningen är skapad.")
            return redirect("survey-office", survey.pk)
    return render(
        request,
        "surveys/office/new.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def survey_page(request: HttpRequest, survey_id: int) -> HttpResponse:
    survey = _survey(request, survey_id)
    return _page(request, survey, ResponseFileForm())


def _page(
    request: HttpRequest, survey: Survey, upload: ResponseFileForm, **extra: object
) -> HttpResponse:
    result = survey_aggregate(survey)
    local = survey_local_questions(survey)
    indices, labels = shown_indices(local), index_labels(local)
    return render(
        request,
        "surveys/office/survey.html",
        {
            "survey": survey,
            "result": result,
            "tables": [
                *tables(result, indices),
                *over_time(survey_rounds_over_time(survey), indices),
            ],
            "headings": [labels[index] for index in indices],
            "local": local,
            "method": METHOD.format(min_group=survey.min_group),
            "may_manage": can_manage_surveys(signed_in(request), survey.municipality),
            "upload": upload,
            "codes": CodesForm(),
            "today": timezone.localdate(),
            **extra,
        },
        status=400 if extra.get("problems") else 200,
    )


@login_required
@require_POST
def responses_upload(request: HttpRequest, survey_id: int) -> HttpResponse:
    """Check a file (the preview) or import it: the button pressed decides."""
    survey = _survey(request, survey_id, manage=True)
    upload = ResponseFileForm(request.POST, request.FILES)
    if not upload.is_valid():
        return _page(request, survey, upload, problems=["Välj en fil med svar."])
    file = upload.cleaned_data["file"]
    if file.size > (limit := settings.MAX_UPLOAD_BYTES):
        return _page(
            request, survey, upload, problems=[f"Filen är större än {megabytes(limit)} MB."]
        )
    data = file.read()
    try:
        if "import" not in request.POST:
            preview = responses_preview(survey=survey, data=data)
            return _page(request, survey, ResponseFileForm(), preview=preview, filename=file.name)
        record = responses_import(
            survey=survey, filename=file.name, data=data, acting_user=signed_in(request)
        )
    except ResponseFileError as exc:
        return _page(request, survey, upload, problems=exc.problems, filename=file.name)
    except SurveyError as exc:
        return _page(request, survey, upload, problems=[str(exc)], filename=file.name)
    messages.success(request, summary(record))
    return redirect("survey-office", survey.pk)


@login_required
@require_POST
def codes_download(request: HttpRequest, survey_id: int) -> HttpResponse:
    """New one-time codes for the letters, as a CSV for the mail merge: the only copy."""
    survey = _survey(request, survey_id, manage=True)
    form = CodesForm(request.POST)
    if not form.is_valid():
        return _page(request, survey, ResponseFileForm(), problems=["Ange antalet koder."])
    try:
        codes = survey_codes_create(
            survey=survey, count=form.cleaned_data["count"], acting_user=signed_in(request)
        )
    except SurveyError as exc:
        return _page(request, survey, ResponseFileForm(), problems=[str(exc)])
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="koder-matning-{survey.pk}.csv"'
    writer = csv.writer(response, delimiter=";")
    writer.writerow(["kod"])
    writer.writerows([code] for code in codes)
    return response


@login_required
def results_csv(request: HttpRequest, survey_id: int) -> HttpResponse:
    """The results as a spreadsheet: the same suppression as the page."""
    survey = _survey(request, survey_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="resultat-matning-{survey.pk}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    result = survey_aggregate(survey)
    labels = index_labels(survey_local_questions(survey))
    headings = [cell_text(labels[index]) for index in result.indices]
    writer.writerow(["Område", "Kön", "Ålder", "Svarande", *headings])
    for group in result.groups:
        shown = (
            [""] * len(result.indices)
            if group.suppressed
            else [figure(index, group.indices[index]) for index in result.indices]
        )
        keys = [cell_text(key or "alla") for key in group.key]
        writer.writerow([*keys, group.n, *shown])
    return response


def _municipality(request: HttpRequest, code: str, *, manage: bool = False) -> Municipality:
    municipality = get_object_or_404(Municipality, code=code)
    allowed = (can_manage_surveys if manage else can_read_surveys)(signed_in(request), municipality)
    if not allowed:
        raise Http404("Det finns ingen sådan kommun bland dina.")
    return municipality


@login_required
def questions_page(request: HttpRequest, code: str) -> HttpResponse:
    """The kommun's own questions: the current version, a form for the next, every version
    and the rounds that asked it."""
    municipality = _municipality(request, code, manage=request.method == "POST")
    current = current_question_bank(municipality)
    questions = local_questions(current) if current else []
    initial = [
        {"code": q.code, "text": q.text, "text_en": q.text_en, "kind": q.kind, "ORDER": n}
        for n, q in enumerate(questions, 1)
    ]
    formset = LocalQuestionFormSet(request.POST or None, initial=initial, prefix="fraga")
    problems: list[str] = []
    if request.method == "POST":
        if formset.is_valid():
            try:
                bank = question_bank_edit(
                    municipality=municipality,
                    questions=local_question_drafts(formset),
                    based_on=_version(request.POST.get("version", "")),
                    acting_user=signed_in(request),
                )
            except SurveyError as exc:
                problems.append(str(exc))
            else:
                messages.success(
                    request,
                    f"Frågorna är sparade som version {bank.version}. Nya mätningar ställer dem; "
                    "de som redan startats ställer sina frågor som förut.",
                )
                return redirect("survey-questions", municipality.code)
        else:
            problems.append("Frågorna sparades inte. Rätta det som är markerat nedan.")
    return render(
        request,
        "surveys/office/questions.html",
        {
            "municipality": municipality,
            "current": current,
            "questions": questions,
            "formset": formset,
            "problems": problems,
            "versions": question_banks_of(municipality),
            "may_manage": can_manage_surveys(signed_in(request), municipality),
        },
        status=400 if problems else 200,
    )


def _version(text: str) -> int:
    """The version the editor saw, as the form sent it back; -1 when it is not a number."""
    return int(text) if text.isdigit() else -1
