"""The public comment form of a kommun: anonymous, no login, no cookie, works without
JavaScript. The bot protection is the survey form's (`loften.publicforms`)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from loften.dialogue.forms import CommentForm
from loften.dialogue.services import AlreadySent, DialogueError, comment_submit
from loften.publicforms import FormGuard, FormRefused
from loften.registry.models import Municipality

COMMENT_FORM = FormGuard("dialogue")


def _private(response: HttpResponse) -> HttpResponse:
    # Each page carries its own one-time token: no cache may hand it to someone else.
    response["Cache-Control"] = "no-store"
    return response


# No CSRF cookie: it would outlive the form. The signed one-time token keeps forged and
# repeated posts out instead, and there is no session to ride on.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def comment_form(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = get_object_or_404(Municipality, slug=slug)
    refusal = ""
    if request.method == "POST":
        form = CommentForm(request.POST)
        if form.is_valid():
            if form.is_trapped():
                return redirect("dialogue-thanks", municipality.slug)
            try:
                comment_submit(
                    municipality=municipality,
                    text=form.cleaned_data["text"],
                    area=form.cleaned_data["area"],
                    form_digest=COMMENT_FORM.digest(form.cleaned_data["token"], municipality.pk),
                )
            except AlreadySent:
                return redirect("dialogue-thanks", municipality.slug)
            except (FormRefused, DialogueError) as exc:
                refusal = str(exc)
            else:
                return redirect("dialogue-thanks", municipality.slug)
        data = request.POST.copy()
        data["token"] = COMMENT_FORM.token(municipality.pk)
        form = CommentForm(data)
        form.is_valid()
    else:
        form = CommentForm(initial={"token": COMMENT_FORM.token(municipality.pk)})
    return _private(
        render(
            request,
            "dialogue/form.html",
            {"municipality": municipality, "form": form, "refusal": refusal},
        )
    )


def comment_thanks(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = get_object_or_404(Municipality, slug=slug)
    return render(request, "dialogue/thanks.html", {"municipality": municipality})
