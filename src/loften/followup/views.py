"""Back office: a kommun's follow-up dashboard, the activity log, reasons and measured values.

Every page is under /arbetsyta/uppfoljning/<kommun>/ and is reached only
through access_follow_up: a kommun the person does not work with is 404.
"""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from loften.accounts.permissions import (
    EDITING_ROLES,
    can_change_activities,
    can_edit_promises,
    can_edit_set,
    can_edit_targets,
    can_log_activity,
    can_view,
    logging_organisations,
    party_for,
    promise_sets_of,
)
from loften.accounts.selectors import signed_in
from loften.followup.forms import ActivityForm, DayForm, MeasurementForm, ReasonForm
from loften.followup.models import Activity, ActivityAttachment, FollowUpRound, Outcome
from loften.followup.rules import default_party
from loften.followup.selectors import (
    FollowUpPlace,
    access_follow_up,
    activities_of,
    activity_page,
    follow_up_dashboard,
    follow_up_round_on,
)
from loften.followup.services import (
    activity_delete,
    activity_log,
    activity_update,
    follow_up_round_publish,
    measurement_record,
    reason_record,
    reason_remove,
)
from loften.promises.models import Commitment, PromiseSet, Target
from loften.promises.selectors import numbering_of
from loften.registry.models import Municipality


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """The kommuner the person follows up; straight to the dashboard when there is one."""
    decided = promise_sets_of(request.user).filter(status__in=PromiseSet.DECIDED)
    municipalities = list(
        Municipality.objects.filter(promise_sets__in=decided).distinct().order_by("name")
    )
    if len(municipalities) == 1:
        return redirect("follow-up-dashboard", slug=municipalities[0].slug)
    return render(request, "followup/start.html", {"municipalities": municipalities})


@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    """What is due, overdue and done this round, per promise and commitment, and the targets."""
    today = timezone.localdate()
    day_form = DayForm(request.GET or None)
    on = (day_form.cleaned_data["dag"] if day_form.is_valid() else None) or today
    place = access_follow_up(request.user, slug, on, can_view)
    if place.promise_set is None:
        return render(
            request, "followup/no_set.html", {"place": place, "on": on, "day_form": day_form}
        )
    promise_set = place.promise_set
    editable_promise = can_edit_promises(request.user, promise_set)
    editable_target = can_edit_targets(request.user, promise_set)
    board = follow_up_dashboard(promise_set, on)
    return render(
        request,
        "followup/dashboard.html",
        {
            "place": place,
            "board": board,
            "day_form": day_form,
            "today": on == today,
            "can_log": can_log_activity(request.user, promise_set) and on == today,
            "reason_promises": {
                p.promise.pk for p in board.promises if on == today and editable_promise(p.promise)
            },
            "measure_targets": {
                t.target.pk
                for t in [*board.targets, *(t for p in board.promises for t in p.targets)]
                if on == today and editable_target(t.target)
            },
            "rounds_to_publish": (
                promise_set.follow_up_rounds.filter(
                    published_at__isnull=True, covers_from__lte=today
                ).order_by("number")
                if on == today and can_edit_set(request.user, promise_set)
                else []
            ),
        },
    )


@login_required
@require_POST
def round_publish(request: HttpRequest, slug: str, round_id: int) -> HttpResponse:
    """A coordinator publishes what a follow-up round says; followers are told."""
    follow_up_round = get_object_or_404(
        FollowUpRound.objects.filter(
            promise_set__in=promise_sets_of(request.user, EDITING_ROLES),
            promise_set__municipalities__slug=slug,
        ),
        pk=round_id,
    )
    try:
        follow_up_round_publish(follow_up_round=follow_up_round, acting_user=signed_in(request))
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(
            request,
            f"Uppföljning {follow_up_round.number} är publicerad. "
            "De som följer medborgarlöftet får ett e-brev.",
        )
    return redirect("follow-up-dashboard", slug=slug)


def _in_force(place: FollowUpPlace) -> PromiseSet:
    if place.promise_set is None:
        raise Http404("Inget medborgarlöfte gäller i dag.")
    return place.promise_set


def _commitments(promise_set: PromiseSet) -> list[Commitment]:
    return list(
        Commitment.objects.filter(promise__promise_set=promise_set).select_related("promise")
    )


@login_required
def activity_new(request: HttpRequest, slug: str) -> HttpResponse:
    """Log an activity: quick on a phone, the date and party filled in."""
    today = timezone.localdate()
    place = access_follow_up(request.user, slug, today, can_log_activity)
    promise_set = _in_force(place)
    commitments = _commitments(promise_set)
    chosen = request.GET.getlist("atagande")
    form = ActivityForm(
        request.POST or None,
        request.FILES or None,
        promise_set=promise_set,
        commitments=commitments,
        numbering=numbering_of(promise_set),
        organisations=logging_organisations(request.user, promise_set),
        today=today,
        initial={
            "day": today,
            "party": default_party(
                [c.party for c in commitments if str(c.pk) in chosen],
                party_for(request.user, promise_set),
            ),
            "commitments": chosen,
        },
    )
    if request.method == "POST" and form.is_valid():
        activity_log(
            promise_set=promise_set,
            fields=form.activity_fields(),
            attachment=form.cleaned_data["attachment"],
            acting_user=signed_in(request),
        )
        messages.success(request, "Aktiviteten är sparad.")
        return redirect("follow-up-dashboard", slug=slug)
    return _activity_form_page(request, place, form, activity=None)


@login_required
def activities(request: HttpRequest, slug: str) -> HttpResponse:
    """Every activity of the set in force, newest first; one's own can be changed."""
    place = access_follow_up(request.user, slug, timezone.localdate(), can_view)
    promise_set = _in_force(place)
    page = activity_page(activities_of(promise_set), request.GET.get("sida"))
    changeable = can_change_activities(request.user, promise_set)
    return render(
        request,
        "followup/activities.html",
        {
            "place": place,
            "page": page,
            "changeable": {a.pk for a in page.object_list if changeable(a)},
            "can_log": can_log_activity(request.user, promise_set),
            "numbering": numbering_of(promise_set),
        },
    )


def _own_activity(
    request: HttpRequest, slug: str, activity_id: int
) -> tuple[FollowUpPlace, Activity]:
    """An activity of the set in force that the person may change; 404 for anyone else's."""
    place = access_follow_up(request.user, slug, timezone.localdate(), can_log_activity)
    promise_set = _in_force(place)
    activity = get_object_or_404(activities_of(promise_set), pk=activity_id)
    if not can_change_activities(request.user, promise_set)(activity):
        raise Http404("Aktiviteten hör inte till din organisation.")
    return place, activity


@login_required
def activity_edit(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    place, activity = _own_activity(request, slug, activity_id)
    promise_set = _in_force(place)
    form = ActivityForm(
        request.POST or None,
        request.FILES or None,
        promise_set=promise_set,
        commitments=_commitments(promise_set),
        numbering=numbering_of(promise_set),
        organisations=logging_organisations(request.user, promise_set),
        today=timezone.localdate(),
        activity=activity,
        initial={
            "day": activity.date,
            "party": activity.party,
            "organisation": activity.organisation,
            "commitments": [str(c.pk) for c in activity.commitments.all()],
            "description": activity.description,
            "quantity": activity.quantity,
        },
    )
    if request.method == "POST" and form.is_valid():
        activity_update(
            activity=activity,
            fields=form.activity_fields(),
            attachment=form.cleaned_data["attachment"],
            remove_attachments=form.removed_attachments(),
            acting_user=signed_in(request),
        )
        messages.success(request, "Aktiviteten är ändrad.")
        return redirect("activities", slug=slug)
    return _activity_form_page(request, place, form, activity=activity)


def _activity_form_page(
    request: HttpRequest, place: FollowUpPlace, form: ActivityForm, activity: Activity | None
) -> HttpResponse:
    """The form to log or change an activity; 400 when a posted one did not hold."""
    return render(
        request,
        "followup/activity_form.html",
        {"place": place, "form": form, "activity": activity},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def activity_remove(request: HttpRequest, slug: str, activity_id: int) -> HttpResponse:
    """Ask first, then remove: a form, so it works without JavaScript."""
    place, activity = _own_activity(request, slug, activity_id)
    if request.method == "POST":
        activity_delete(activity=activity, acting_user=signed_in(request))
        messages.success(request, "Aktiviteten är borttagen.")
        return redirect("activities", slug=slug)
    return render(request, "followup/activity_remove.html", {"place": place, "activity": activity})


@login_required
def activity_attachment(
    request: HttpRequest, slug: str, activity_id: int, attachment_id: int
) -> FileResponse:
    """A file of an activity, for those who see the set; never run by the browser."""
    place = access_follow_up(request.user, slug, timezone.localdate(), can_view)
    attachment = get_object_or_404(
        ActivityAttachment,
        pk=attachment_id,
        activity_id=activity_id,
        activity__promise_set=_in_force(place),
    )
    inline = attachment.content_type in {"image/jpeg", "image/png", "image/gif", "image/webp"}
    response = FileResponse(
        io.BytesIO(bytes(attachment.content)),
        content_type=attachment.content_type,
        as_attachment=not inline,
        filename=attachment.filename,
    )
    response["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src 'self'"
    return response


def _reason_place(
    request: HttpRequest, slug: str, commitment_id: int
) -> tuple[FollowUpPlace, Commitment]:
    today = timezone.localdate()
    place = access_follow_up(request.user, slug, today, can_view)
    promise_set = _in_force(place)
    commitment = get_object_or_404(
        Commitment.objects.select_related("promise"),
        pk=commitment_id,
        promise__promise_set=promise_set,
    )
    if not can_edit_promises(request.user, promise_set)(commitment.promise):
        raise Http404("Du kan inte ändra det här löftet.")
    return place, commitment


@login_required
def commitment_reason(request: HttpRequest, slug: str, commitment_id: int) -> HttpResponse:
    """Say what was not done of a commitment this round, and why."""
    place, commitment = _reason_place(request, slug, commitment_id)
    follow_up_round = follow_up_round_on(_in_force(place), timezone.localdate())
    existing = commitment.outcomes.filter(
        follow_up_round=follow_up_round, kind=Outcome.Kind.NOT_DONE
    ).first()
    form = ReasonForm(
        request.POST or None,
        initial={
            "text": existing.text if existing else commitment.what,
            "reason": existing.reason if existing else "",
        },
    )
    if request.method == "POST" and form.is_valid():
        reason_record(
            commitment=commitment,
            follow_up_round=follow_up_round,
            text=form.cleaned_data["text"],
            reason=form.cleaned_data["reason"],
            acting_user=signed_in(request),
        )
        messages.success(request, "Skälet är sparat.")
        return redirect(
            reverse("follow-up-dashboard", kwargs={"slug": slug}) + f"#c-{commitment.pk}"
        )
    return render(
        request,
        "followup/reason_form.html",
        {
            "place": place,
            "commitment": commitment,
            "follow_up_round": follow_up_round,
            "existing": existing,
            "form": form,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def commitment_reason_remove(request: HttpRequest, slug: str, commitment_id: int) -> HttpResponse:
    place, commitment = _reason_place(request, slug, commitment_id)
    reason_remove(
        commitment=commitment,
        follow_up_round=follow_up_round_on(_in_force(place), timezone.localdate()),
        acting_user=signed_in(request),
    )
    messages.success(request, "Skälet är borttaget.")
    return redirect(reverse("follow-up-dashboard", kwargs={"slug": slug}) + f"#c-{commitment.pk}")


@login_required
def measurement_new(request: HttpRequest, slug: str, target_id: int) -> HttpResponse:
    """Enter a measured value of a target, with its source and date."""
    today = timezone.localdate()
    place = access_follow_up(request.user, slug, today, can_view)
    promise_set = _in_force(place)
    target = get_object_or_404(
        Target.objects.select_related("promise"), pk=target_id, promise_set=promise_set
    )
    if not can_edit_targets(request.user, promise_set)(target):
        raise Http404("Du kan inte ange värden för det här målet.")
    form = MeasurementForm(
        request.POST or None,
        today=today,
        initial={"measured_on": today, "source": target.data_source},
    )
    if request.method == "POST" and form.is_valid():
        measurement_record(target=target, acting_user=signed_in(request), **form.cleaned_data)
        messages.success(request, "Värdet är sparat.")
        return redirect(reverse("follow-up-dashboard", kwargs={"slug": slug}) + f"#t-{target.pk}")
    return render(
        request,
        "followup/measurement_form.html",
        {"place": place, "target": target, "form": form},
        status=400 if request.method == "POST" else 200,
    )
