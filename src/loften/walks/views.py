"""Safety walks in the back office: the kommun's walks, a walk with its findings, a finding
with its status and photo.

Every page asks `loften.accounts.permissions` (404 for anyone it does not concern) and
writes only through `loften.walks.services`. Photos are served only here, never from a
public address.
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from loften.accounts.models import Membership
from loften.accounts.permissions import (
    LOGGING_ROLES,
    PROMISE_EDITING_ROLES,
    can_record_walks,
    coordinates,
    is_installation_admin,
)
from loften.accounts.selectors import municipalities_of, signed_in
from loften.incidents.models import Area
from loften.registry.models import Municipality, Organisation
from loften.walks.categories import FindingCategory
from loften.walks.forms import FindingCorrectionForm, FindingForm, FindingStatusForm, WalkForm
from loften.walks.models import Finding, Walk
from loften.walks.selectors import finding_for, findings_of
from loften.walks.services import (
    FindingFields,
    Photo,
    WalkError,
    WalkFields,
    draft_promise_set,
    finding_add,
    finding_correct,
    finding_to_commitment,
    finding_update,
    walk_correct,
    walk_delete,
    walk_record,
)


def _areas_json(municipality: Municipality, walk: Walk | None = None) -> dict[str, object]:
    """The kommun's areas, and the walk's route when it has one, for the map."""
    features: list[dict[str, object]] = [
        {"type": "Feature", "geometry": a.geometry, "properties": {"kind": "area", "name": a.name}}
        for a in Area.objects.filter(municipality=municipality)
    ]
    if walk is not None and walk.route:
        features.append(
            {"type": "Feature", "geometry": walk.route, "properties": {"name": walk.title}}
        )
    return {"type": "FeatureCollection", "features": features}


def _walk_fields(form: WalkForm) -> WalkFields:
    """The walk's fields from the form that asks for them (new or correct)."""
    data = form.cleaned_data
    return WalkFields(
        organiser=data["organiser"],
        title=data["title"],
        walked_on=data["walked_on"],
        route=data["route"],
        area=data["area"],
        participants=form.participants(),
    )


def _finding_fields(data: dict[str, Any]) -> FindingFields:
    """The finding's fields from a form that asks for them (add or correct)."""
    return FindingFields(
        category=FindingCategory(data["category"]),
        description=data["description"],
        responsible=data["responsible"],
        address=data["address"],
        latitude=data["latitude"],
        longitude=data["longitude"],
    )


def _editable(request: HttpRequest, code: str) -> Municipality:
    municipality = get_object_or_404(Municipality, code=code)
    if not can_record_walks(signed_in(request), municipality):
        raise Http404("Det finns inga trygghetsvandringar här som du arbetar med.")
    return municipality


def _editable_walk(request: HttpRequest, code: str, walk_id: int) -> tuple[Municipality, Walk]:
    municipality = _editable(request, code)
    return municipality, get_object_or_404(Walk, municipality=municipality, pk=walk_id)


@login_required
def walk_home(request: HttpRequest) -> HttpResponse:
    """The kommuner whose walks the user records, or where the user's organisation is
    responsible for findings."""
    user = signed_in(request)
    own = Membership.objects.filter(user=user, role__in=LOGGING_ROLES).values("organisation")
    municipalities = (
        Municipality.objects.filter(
            Q(pk__in=municipalities_of(user, PROMISE_EDITING_ROLES))
            | Q(walks__findings__responsible__in=own)
        )
        .distinct()
        .order_by("name")
    )
    if is_installation_admin(user):
        municipalities = Municipality.objects.filter(walks__isnull=False).distinct()
    return render(request, "walks/home.html", {"municipalities": municipalities})


@login_required
def walk_list(request: HttpRequest, code: str) -> HttpResponse:
    """The kommun's walks and findings for its editors; for another organisation's people,
    only the findings their organisation is responsible for."""
    municipality = get_object_or_404(Municipality, code=code)
    user = signed_in(request)
    editor = can_record_walks(user, municipality)
    findings = findings_of(municipality, request.GET.get("status") or None)
    if not editor:
        own = Membership.objects.filter(user=user, role__in=LOGGING_ROLES).values("organisation")
        findings = findings.filter(Q(responsible__in=own))
        if not findings.exists():
            raise Http404("Det finns inga trygghetsvandringar här som du arbetar med.")
    walks = Walk.objects.filter(municipality=municipality) if editor else Walk.objects.none()
    return render(
        request,
        "walks/list.html",
        {"municipality": municipality, "walks": walks, "findings": findings, "editor": editor},
    )


def _organisers(
    municipality: Municipality, user: User, walk: Walk | None = None
) -> list[Organisation]:
    """Who may be named as a walk's organiser: the kommun, its police areas and the user's
    own organisations (and the walk's organiser, when it is corrected)."""
    named = (
        Q(municipality=municipality) | Q(police_area__municipalities=municipality)
        | Q(memberships__user=user)
    )  # fmt: skip
    if walk is not None:
        named |= Q(pk=walk.organiser_id)
    return list(Organisation.objects.filter(named).distinct().order_by("name"))


@login_required
def walk_new(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _editable(request, code)
    user = signed_in(request)
    form = WalkForm(
        request.POST or None,
        municipality=municipality,
        organisations=_organisers(municipality, user),
    )
    if request.method == "POST" and form.is_valid():
        try:
            walk = walk_record(
                municipality=municipality, fields=_walk_fields(form), acting_user=user
            )
        except WalkError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Vandringen är registrerad: {walk}.")
            return redirect("walks-walk", municipality.code, walk.pk)
    return render(
        request,
        "walks/walk_form.html",
        {"municipality": municipality, "form": form, "areas": _areas_json(municipality)},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def walk_correct_page(request: HttpRequest, code: str, walk_id: int) -> HttpResponse:
    """Correct a walk (where, when, organiser, route, participants), or remove it."""
    municipality, walk = _editable_walk(request, code, walk_id)
    user = signed_in(request)
    initial = {
        "title": walk.title, "walked_on": walk.walked_on, "organiser": walk.organiser_id,
        "area": walk.area_id, "route": json.dumps(walk.route) if walk.route else "",
        **{f"antal_{group}": count for group, count in walk.participants.items()},
    }  # fmt: skip
    form = WalkForm(
        request.POST or None,
        initial=initial,
        municipality=municipality,
        organisations=_organisers(municipality, user, walk),
    )
    if request.method == "POST" and form.is_valid():
        try:
            walk_correct(walk=walk, fields=_walk_fields(form), acting_user=user)
        except WalkError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Vandringen är rättad.")
            return redirect("walks-walk", municipality.code, walk.pk)
    return render(
        request,
        "walks/walk_form.html",
        {
            "municipality": municipality,
            "form": form,
            "walk": walk,
            "findings": walk.findings.count(),
            "areas": _areas_json(municipality, walk),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def walk_delete_page(request: HttpRequest, code: str, walk_id: int) -> HttpResponse:
    municipality, walk = _editable_walk(request, code, walk_id)
    if request.POST.get("bekrafta") != "ja":
        messages.error(request, "Kryssa i att du vill ta bort vandringen.")
        return redirect("walks-correct-walk", municipality.code, walk.pk)
    try:
        walk_delete(walk=walk, acting_user=signed_in(request))
    except WalkError as exc:
        messages.error(request, str(exc))
        return redirect("walks-correct-walk", municipality.code, walk.pk)
    messages.success(request, f"Vandringen {walk} är borttagen.")
    return redirect("walks-list", municipality.code)


@login_required
def walk_page(request: HttpRequest, code: str, walk_id: int) -> HttpResponse:
    """A walk, its route and findings, and the form to log a finding (on a phone)."""
    municipality, walk = _editable_walk(request, code, walk_id)
    form = FindingForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data, upload = form.cleaned_data, form.cleaned_data["photo"]
        try:
            finding = finding_add(
                walk=walk, fields=_finding_fields(data), due_date=data["due_date"],
                acting_user=signed_in(request),
                photo=Photo(upload.name, upload.read()) if upload else None,
            )  # fmt: skip
        except WalkError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Iakttagelsen är sparad: {finding}.")
            return redirect("walks-walk", municipality.code, walk.pk)
    return render(
        request,
        "walks/walk.html",
        {
            "municipality": municipality,
            "walk": walk,
            "findings": walk.findings.select_related("responsible"),
            "form": form,
            "areas": _areas_json(municipality, walk),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def finding_page(request: HttpRequest, finding_id: int) -> HttpResponse:
    user = signed_in(request)
    finding = finding_for(user, finding_id)
    form = FindingStatusForm(
        request.POST or None, initial={"status": finding.status, "due_date": finding.due_date}
    )
    if request.method == "POST" and form.is_valid():
        try:
            finding_update(
                finding=finding, status=Finding.Status(form.cleaned_data["status"]),
                due_date=form.cleaned_data["due_date"], acting_user=user,
            )  # fmt: skip
        except WalkError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Iakttagelsen är {finding.get_status_display().lower()}.")
            return redirect("walks-finding", finding.pk)
    municipality = finding.walk.municipality
    return render(
        request,
        "walks/finding.html",
        {
            "finding": finding,
            "form": form,
            "municipality": municipality,
            "can_promise": coordinates(user, municipality) and finding.commitment_id is None,
            "can_correct": can_record_walks(user, municipality),
            "draft": draft_promise_set(municipality),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def finding_correct_page(request: HttpRequest, finding_id: int) -> HttpResponse:
    """Correct what a finding is, where, its description and who is to fix it."""
    user = signed_in(request)
    finding = finding_for(user, finding_id)
    municipality = finding.walk.municipality
    if not can_record_walks(user, municipality):
        raise Http404("Det finns ingen sådan iakttagelse som du kan rätta.")
    form = FindingCorrectionForm(
        request.POST or None,
        initial={
            "category": finding.category, "latitude": finding.latitude,
            "longitude": finding.longitude, "address": finding.address,
            "description": finding.description, "responsible": finding.responsible,
        },
    )  # fmt: skip
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            finding_correct(finding=finding, fields=_finding_fields(data), acting_user=user)
        except WalkError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Iakttagelsen är rättad.")
            return redirect("walks-finding", finding.pk)
    return render(
        request,
        "walks/finding_correct.html",
        {
            "finding": finding,
            "form": form,
            "municipality": municipality,
            "areas": _areas_json(municipality, finding.walk),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def finding_photo(request: HttpRequest, finding_id: int) -> FileResponse:
    """The photo, to those who may handle the finding; never cached on the way."""
    finding = finding_for(signed_in(request), finding_id)
    if not finding.photo:
        raise Http404
    content_type = "image/png" if finding.photo.name.endswith(".png") else "image/jpeg"
    response = FileResponse(finding.photo.open("rb"), content_type=content_type)
    response["Cache-Control"] = "private, no-store"
    response["Content-Disposition"] = "inline"
    return response


@login_required
@require_POST
def finding_promise(request: HttpRequest, finding_id: int) -> HttpResponse:
    """Start a promise from the finding in the kommun's draft promise set."""
    user = signed_in(request)
    finding = finding_for(user, finding_id)
    try:
        commitment = finding_to_commitment(finding=finding, acting_user=user)
    except WalkError as exc:
        messages.error(request, str(exc))
        return redirect("walks-finding", finding.pk)
    messages.success(request, f"Ett utkast till löfte är påbörjat: {commitment.promise.text}")
    return redirect("walks-finding", finding.pk)
