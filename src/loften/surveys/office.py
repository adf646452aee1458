"""The back office of safety surveys: start a round, follow its count, import, see results.

Every page finds its survey through `_survey` (404 for anyone whose organisation does
not work on the kommun) and writes only through `loften.surveys.services`.
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
    municipalities_to_edit,
    municipalities_to_read,
)
from loften.accounts.selectors import signed_in
from loften.sizes import megabytes
from loften.spreadsheet import cell_text
from loften.surveys.aggregate import INDEX_LABELS, INDICES, METHOD
from loften.surveys.forms import CodesForm, ResponseFileForm, SurveyCreateForm
from loften.surveys.models import Survey
from loften.surveys.responsefile import ResponseFileError
from loften.surveys.results import HEADINGS, figure, over_time, tables
from loften.surveys.selectors import survey_aggregate, survey_rounds_over_time, surveys_of
from loften.surveys.services import (
    SurveyError,
    responses_import,
    responses_preview,
    summary,
    survey_codes_create,
    survey_create,
)


def _survey(request: HttpRequest, survey_id: int, *, manage: bool = False) -> Survey:
    survey = get_object_or_404(Survey.objects.select_related("municipality"), pk=survey_id)
    user = signed_in(request)
    allowed = (can_manage_surveys if manage else can_read_surveys)(user, survey.municipality)
    if not allowed:
        raise Http404("Det finns ingen sådan mätning.")
    return survey


@login_required
def survey_list(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    return render(
        request,
        "surveys/office/list.html",
        {
            "surveys": surveys_of(municipalities_to_read(user)),
            "may_create": municipalities_to_edit(user).exists(),
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
    return render(
        request,
        "surveys/office/survey.html",
        {
            "survey": survey,
            "result": result,
            "tables": [*tables(result), *over_time(survey_rounds_over_time(survey))],
            "headings": HEADINGS,
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
    writer.writerow(["Område", "Kön", "Ålder", "Svarande", *(INDEX_LABELS[i] for i in INDICES)])
    for group in survey_aggregate(survey).groups:
        shown = (
            [""] * len(INDICES)
            if group.suppressed
            else [figure(index, group.indices[index]) for index in INDICES]
        )
        keys = [cell_text(key or "alla") for key in group.key]
        writer.writerow([*keys, group.n, *shown])
    return response
