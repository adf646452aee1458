"""The public survey form: anonymous, no login, no cookie, works without JavaScript."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from loften.surveys.anonymity import FormRefused, form_token, token_digest
from loften.surveys.forms import SurveyForm
from loften.surveys.models import Survey
from loften.surveys.selectors import survey_local_questions
from loften.surveys.services import AlreadySent, SurveyError, response_submit

# What the form page says around the questions, in the form's two languages.
PAGE = {
    "sv": {
        "lang": "sv",
        "intro": "{kommun} och polisen vill veta hur trygg du känner dig där du bor. Svaren "
        "används i kommunens och polisens lägesbild och i arbetet med medborgarlöften.",
        "anonymous": "Du är anonym: vi sparar inte vem du är, din IP-adress eller någon kaka, "
        "och resultat visas bara för grupper med minst {min_group} svarande. Hoppa över "
        "frågor du inte vill svara på.",
        "errors": "Några svar kunde inte tas emot. Se det som är markerat nedan.",
        "about_you": "Om dig",
        "safety": "Trygghet och problem där du bor",
        "local": "Fler frågor från {kommun}",
        "send": "Skicka svaren",
        "other_language": "In English",
        "other_code": "en",
    },
    "en": {
        "lang": "en",
        "intro": "{kommun} and the police want to know how safe you feel where you live. The "
        "answers are used in the local crime and safety assessment and in the citizen promises "
        "(medborgarlöften).",
        "anonymous": "You are anonymous: we do not store who you are, your IP address or any "
        "cookie, and results are shown only for groups of at least {min_group} people. Skip "
        "any question you do not want to answer.",
        "errors": "Some answers could not be accepted. See what is marked below.",
        "about_you": "About you",
        "safety": "Safety and problems where you live",
        "local": "More questions from {kommun}",
        "send": "Send your answers",
        "other_language": "På svenska",
        "other_code": "sv",
    },
}
REFUSALS_EN = {
    "Formuläret skickades för snabbt. Kontrollera svaren och skicka igen.": (
        "The form was sent too quickly. Check your answers and send them again."
    ),
    "Formuläret har gått ut. Dina svar står kvar; skicka dem igen.": (
        "The form has expired. Your answers are still here; send them again."
    ),
    "Formuläret kunde inte tas emot. Ladda om sidan och försök igen.": (
        "The form could not be accepted. Reload the page and try again."
    ),
    "Koden stämmer inte eller har redan använts. Skriv den som den står i brevet.": (
        "The code is wrong or has already been used. Type it as it stands in the letter."
    ),
}


def _private(response: HttpResponse) -> HttpResponse:
    # Each page carries its own one-time token: no cache may hand it to someone else.
    response["Cache-Control"] = "no-store"
    return response


# No CSRF cookie: it would outlive the form. The form's signed one-time token keeps
# forged and repeated posts out instead, and there is no session to ride on.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def survey_form(request: HttpRequest, survey_id: int) -> HttpResponse:
    survey = get_object_or_404(Survey.objects.select_related("municipality"), pk=survey_id)
    if not survey.is_open(timezone.localdate()):
        return _private(
            render(
                request, "surveys/closed.html", {"survey": survey, "today": timezone.localdate()}
            )
        )
    english = survey.english and request.GET.get("sprak", request.POST.get("sprak")) == "en"
    local = survey_local_questions(survey)
    refusal = ""
    if request.method == "POST":
        form = SurveyForm(request.POST, survey=survey, english=english, local=local)
        if form.is_valid():
            if form.is_trapped():
                return redirect("survey-thanks", survey.pk)
            try:
                response_submit(
                    survey=survey,
                    answers=form.answers(),
                    form_digest=token_digest(form.cleaned_data["token"], survey.pk),
                    code=form.cleaned_data.get("kod", ""),
                )
            except AlreadySent:
                return redirect("survey-thanks", survey.pk)
            except (FormRefused, SurveyError) as exc:
                refusal = REFUSALS_EN.get(str(exc), str(exc)) if english else str(exc)
            else:
                return redirect("survey-thanks", survey.pk)
        data = request.POST.copy()
        data["token"] = form_token(survey.pk)
        form = SurveyForm(data, survey=survey, english=english, local=local)
        form.is_valid()
    else:
        form = SurveyForm(
            initial={"token": form_token(survey.pk), "sprak": "en" if english else "sv"},
            survey=survey,
            english=english,
            local=local,
        )
    page = PAGE["en" if english else "sv"]
    return _private(
        render(
            request,
            "surveys/form.html",
            {
                "survey": survey,
                "form": form,
                "refusal": refusal,
                "page": page,
                "intro": page["intro"].format(kommun=survey.municipality.name),
                "anonymous": page["anonymous"].format(min_group=survey.min_group),
                "local_heading": page["local"].format(kommun=survey.municipality.name),
                "action": reverse("survey-form", args=[survey.pk]),
            },
        )
    )


def survey_thanks(request: HttpRequest, survey_id: int) -> HttpResponse:
    survey = get_object_or_404(Survey.objects.select_related("municipality"), pk=survey_id)
    return render(request, "surveys/thanks.html", {"survey": survey})
