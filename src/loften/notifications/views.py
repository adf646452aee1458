"""Public pages for following a promise set: ask, confirm, stop. Nothing here needs a login."""

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from loften.followup.models import Subscription
from loften.notifications.models import SubscriptionRequest
from loften.notifications.services import (
    subscription_cancel,
    subscription_confirm,
    subscription_request,
)
from loften.promises.models import PromiseSet


class FollowForm(forms.Form):
    email = forms.EmailField(label="Din e-postadress", max_length=254)
    # Left empty by people; filled in by robots that fill in every field.
    website = forms.CharField(required=False, widget=forms.HiddenInput)


# No CSRF token: the form stands on public pages that every reader shares from the
# cache, and following acts on nothing of the visitor's (no login is involved; the
# address only gets a mail asking it to confirm).
@csrf_exempt
@require_POST
def follow(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    promise_set = get_object_or_404(PromiseSet.objects.decided(), pk=promise_set_id)
    form = FollowForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "notifications/follow.html",
            {"promise_set": promise_set, "form": form},
            status=400,
        )
    if not form.cleaned_data["website"]:
        subscription_request(promise_set=promise_set, email=form.cleaned_data["email"])
    return render(
        request,
        "notifications/follow_requested.html",
        {"promise_set": promise_set, "email": form.cleaned_data["email"]},
    )


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """A page with a button: mail scanners that open links do not confirm for anyone."""
    if request.method == "POST":
        subscription = subscription_confirm(token=token)
        if subscription is None:
            raise Http404("Länken gäller inte längre.")
        return render(request, "notifications/confirmed.html", {"subscription": subscription})
    pending = get_object_or_404(
        SubscriptionRequest.objects.select_related("promise_set"), token=token
    )
    return render(request, "notifications/confirm.html", {"pending": pending})


@csrf_exempt  # one-click unsubscribe (RFC 8058) posts without a form; the token is the secret
@require_http_methods(["GET", "POST"])
def unfollow(request: HttpRequest, token: str) -> HttpResponse:
    if request.method == "POST":
        everything = request.POST.get("everything") == "1"
        cancelled = subscription_cancel(token=token, everything=everything)
        if not cancelled:
            raise Http404("Du följer inte längre det här medborgarlöftet.")
        return render(request, "notifications/unfollowed.html", {"cancelled": cancelled})
    subscription = get_object_or_404(
        Subscription.objects.select_related("promise_set"), token=token
    )
    others = Subscription.objects.filter(email=subscription.email).exclude(pk=subscription.pk)
    return render(
        request,
        "notifications/unfollow.html",
        {"subscription": subscription, "others": others.count()},
    )
