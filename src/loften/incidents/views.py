"""EST in the back office: report, the week for the meeting (map, table, print), areas, import.

Every page finds its kommun through `_municipality` (404 for anyone outside the kommun's
EST) and writes only through `loften.incidents.services`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from csp.decorators import csp_update
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from loften.accounts.permissions import (
    can_edit_incident,
    can_manage_est,
    can_read_all_incidents,
    can_see_incident_counts,
    est_organisations,
    municipalities_to_read,
)
from loften.accounts.selectors import signed_in
from loften.env import tile_origin
from loften.incidents.categories import Category
from loften.incidents.forms import (
    ActorForm,
    ConfirmImportForm,
    ImportForm,
    IncidentForm,
    UploadForm,
)
from loften.incidents.geo import MAX_BYTES
from loften.incidents.incidentfile import IncidentFileError
from loften.incidents.models import Area, EstActor
from loften.incidents.selectors import (
    map_data,
    readable_incidents,
    summary_document,
    summary_svg,
    week_incidents,
    weekly_summary,
)
from loften.incidents.services import (
    IncidentError,
    areas_upload,
    est_actor_add,
    incident_delete,
    incident_edit,
    incident_report,
    incidents_import,
    incidents_preview,
)
from loften.incidents.weeks import Week
from loften.keptfiles import keep_file, take_file
from loften.registry.models import Municipality, Organisation
from loften.reports.rendering import pdf_from_html
from loften.sizes import megabytes


def _municipality(request: HttpRequest, code: str) -> Municipality:
    municipality = get_object_or_404(Municipality, code=code)
    user = signed_in(request)
    if not can_see_incident_counts(user, municipality):
        raise Http404("Det finns ingen sådan kommun i EST.")
    return municipality


def _week(text: str) -> Week:
    try:
        return Week.parse(text)
    except ValueError as exc:
        raise Http404(str(exc)) from exc


@login_required
def est_list(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    municipalities = Municipality.objects.filter(
        Q(pk__in=municipalities_to_read(user)) | Q(est_actors__organisation__memberships__user=user)
    ).distinct()
    return render(request, "incidents/list.html", {"municipalities": municipalities})


@login_required
def est_start(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(request, code)
    return redirect("incidents-week", municipality.code, str(Week.of(timezone.localdate())))


@login_required
def incident_new(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(request, code)
    user = signed_in(request)
    organisations = est_organisations(user, municipality)
    if not organisations:
        raise Http404("Du rapporterar inte händelser i den här kommunen.")
    form = IncidentForm(
        request.POST or None, municipality=municipality, organisations=organisations
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            incident = incident_report(
                municipality=municipality, organisation=data["organisation"],
                category=Category(data["category"]), occurred_at=data["occurred_at"],
                place=form.place(), description=data["description"], acting_user=user,
            )  # fmt: skip
        except IncidentError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Händelsen är rapporterad: {incident}.")
            week = Week.of(timezone.localtime(incident.occurred_at).date())
            return redirect("incidents-week", municipality.code, str(week))
    return render(
        request,
        "incidents/report.html",
        {"municipality": municipality, "form": form, "areas": _areas_json(municipality)},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def incident_change(request: HttpRequest, code: str, incident_id: int) -> HttpResponse:
    municipality = _municipality(request, code)
    user = signed_in(request)
    incident = get_object_or_404(readable_incidents(user, municipality), pk=incident_id)
    if not can_edit_incident(user, municipality, incident.organisation):
        raise Http404("Du kan inte ändra den här händelsen.")
    form = IncidentForm(
        request.POST or None, municipality=municipality, organisations=[], incident=incident
    )
    if request.method == "POST" and "delete" in request.POST:
        incident_delete(incident=incident, acting_user=user)
        messages.success(request, "Händelsen är borttagen.")
        return redirect("incidents-start", municipality.code)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            incident_edit(
                incident=incident, category=Category(data["category"]),
                occurred_at=data["occurred_at"], place=form.place(),
                description=data["description"], acting_user=user,
            )  # fmt: skip
        except IncidentError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Händelsen är ändrad.")
            week = Week.of(timezone.localtime(incident.occurred_at).date())
            return redirect("incidents-week", municipality.code, str(week))
    return render(
        request,
        "incidents/report.html",
        {
            "municipality": municipality,
            "form": form,
            "incident": incident,
            "areas": _areas_json(municipality),
        },
        status=400 if request.method == "POST" else 200,
    )


def _areas_json(municipality: Municipality) -> dict[str, object]:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": a.geometry,
                "properties": {"kind": "area", "name": a.name},
            }
            for a in Area.objects.filter(municipality=municipality)
        ],
    }


def _week_context(
    request: HttpRequest, municipality: Municipality, week: Week
) -> dict[str, object]:
    user = signed_in(request)
    summary = weekly_summary(municipality, week)
    incidents = list(week_incidents(user, municipality, week))
    return {
        "municipality": municipality,
        "week": week,
        "summary": summary,
        "incidents": incidents,
        "all_incidents": can_read_all_incidents(user, municipality),
        "may_report": bool(est_organisations(user, municipality)),
        "may_manage": can_manage_est(user, municipality),
        "editable": {
            i.pk for i in incidents if can_edit_incident(user, municipality, i.organisation)
        },
        "map": map_data(summary, municipality, incidents),
        "tiles": settings.LOFTEN_MAP_TILE_URL,
        "tile_attribution": settings.LOFTEN_MAP_TILE_ATTRIBUTION,
        "previous": week.minus(1),
        "next": Week.of(week.sunday + timedelta(days=1)),
    }


def with_map_tiles(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponseBase]:
    """Let a page with the map load images from the configured tile server, and only it."""

    @functools.wraps(view)
    def allowing(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        origin = tile_origin(settings.LOFTEN_MAP_TILE_URL)
        if not origin:
            return view(request, *args, **kwargs)
        return csp_update({"img-src": [origin]})(view)(request, *args, **kwargs)

    return allowing


@login_required
@with_map_tiles
def week_page(request: HttpRequest, code: str, week: str) -> HttpResponse:
    municipality = _municipality(request, code)
    return render(request, "incidents/week.html", _week_context(request, municipality, _week(week)))


def _summary_context(request: HttpRequest, code: str, week: str) -> dict[str, object]:
    municipality = _municipality(request, code)
    context = _week_context(request, municipality, _week(week))
    context["svg"] = summary_svg(context["summary"], municipality, context["incidents"])  # type: ignore[arg-type]
    return context


@login_required
def week_print(request: HttpRequest, code: str, week: str) -> HttpResponse:
    """The one-page summary as a page to print, its print stylesheet linked."""
    return render(request, "incidents/print.html", _summary_context(request, code, week))


@login_required
def week_pdf(request: HttpRequest, code: str, week: str) -> HttpResponse:
    context = _summary_context(request, code, week)
    response = HttpResponse(
        pdf_from_html(summary_document(context)), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="est-{code}-{week}.pdf"'
    return response


@login_required
def areas_page(request: HttpRequest, code: str) -> HttpResponse:
    municipality = _municipality(request, code)
    user = signed_in(request)
    if not can_manage_est(user, municipality):
        raise Http404("Du kan inte ändra kommunens områden.")
    upload, actor = UploadForm(), ActorForm()
    problem = ""
    if request.method == "POST" and "organisation" in request.POST:
        actor = ActorForm(request.POST)
        if actor.is_valid():
            try:
                est_actor_add(
                    municipality=municipality,
                    organisation=actor.cleaned_data["organisation"],
                    acting_user=user,
                )
            except IncidentError as exc:
                problem = str(exc)
            else:
                messages.success(request, "Organisationen deltar nu i kommunens EST.")
                return redirect("incidents-areas", municipality.code)
    elif request.method == "POST":
        upload = UploadForm(request.POST, request.FILES)
        if not upload.is_valid():
            problem = "Välj en GeoJSON-fil med områden."
        elif upload.cleaned_data["file"].size > MAX_BYTES:
            problem = f"Filen är större än {megabytes(MAX_BYTES)} MB. Förenkla områdena."
        else:
            try:
                count = areas_upload(
                    municipality=municipality,
                    data=upload.cleaned_data["file"].read(),
                    acting_user=user,
                )
            except IncidentError as exc:
                problem = str(exc)
            else:
                messages.success(request, f"{count} områden är sparade.")
                return redirect("incidents-areas", municipality.code)
    return render(
        request,
        "incidents/areas.html",
        {
            "municipality": municipality,
            "areas": Area.objects.filter(municipality=municipality),
            "actors": EstActor.objects.filter(municipality=municipality).select_related(
                "organisation"
            ),
            "upload": upload,
            "actor": actor,
            "problem": problem,
        },
        status=400 if problem else 200,
    )


def _kept_for(municipality: Municipality, organisation: Organisation) -> str:
    return f"incidents:{municipality.pk}:{organisation.pk}"


@login_required
def import_page(request: HttpRequest, code: str) -> HttpResponse:
    """Check a file and show it (the preview), then import the file kept from the preview;
    a file sent with "Läs in" straight away is imported without one."""
    municipality = _municipality(request, code)
    user = signed_in(request)
    organisations = est_organisations(user, municipality)
    if not organisations:
        raise Http404("Du rapporterar inte händelser i den här kommunen.")
    if request.method == "POST" and "key" in request.POST:
        return _import_previewed(request, municipality, organisations)
    form = ImportForm(request.POST or None, request.FILES or None, organisations=organisations)
    context: dict[str, object] = {"municipality": municipality, "form": form}
    if request.method != "POST":
        return _import_page(request, context)
    if not form.is_valid():
        context["problems"] = ["Välj en fil och vem som rapporterat händelserna."]
        return _import_page(request, context)
    if form.cleaned_data["file"].size > (limit := settings.MAX_UPLOAD_BYTES):
        context["problems"] = [f"Filen är större än {megabytes(limit)} MB."]
        return _import_page(request, context)
    data = form.cleaned_data["file"].read()
    organisation = form.cleaned_data["organisation"]
    if "import" in request.POST:
        return _imported(request, context, municipality, organisation, data)
    try:
        context["preview"] = incidents_preview(municipality=municipality, data=data)
    except IncidentFileError as exc:
        context["problems"] = exc.problems
        return _import_page(request, context)
    key = keep_file(content=data, user=user, purpose=_kept_for(municipality, organisation))
    context["confirm"] = ConfirmImportForm(
        initial={"organisation": organisation, "key": key}, organisations=organisations
    )
    context["organisation"] = organisation
    context["filename"] = form.cleaned_data["file"].name
    return _import_page(request, context)


def _import_previewed(
    request: HttpRequest, municipality: Municipality, organisations: list[Organisation]
) -> HttpResponse:
    """Import exactly the file the preview showed, kept for this person and organisation."""
    confirm = ConfirmImportForm(request.POST, organisations=organisations)
    context: dict[str, object] = {
        "municipality": municipality,
        "form": ImportForm(organisations=organisations),
    }
    data = None
    if confirm.is_valid():
        data = take_file(
            token=confirm.cleaned_data["key"],
            user=signed_in(request),
            purpose=_kept_for(municipality, confirm.cleaned_data["organisation"]),
        )
    if data is None:
        context["problems"] = [
            "Förhandsgranskningen finns inte längre (den sparas en timme, och bara en gång). "
            "Välj filen igen."
        ]
        return _import_page(request, context)
    return _imported(request, context, municipality, confirm.cleaned_data["organisation"], data)


def _imported(
    request: HttpRequest,
    context: dict[str, object],
    municipality: Municipality,
    organisation: Organisation,
    data: bytes,
) -> HttpResponse:
    """Import the file and go to the week, or show why nothing was imported."""
    try:
        result = incidents_import(
            municipality=municipality,
            organisation=organisation,
            data=data,
            acting_user=signed_in(request),
        )
    except IncidentFileError as exc:
        context["problems"] = exc.problems
    except IncidentError as exc:
        context["problems"] = [str(exc)]
    else:
        messages.success(request, result.summary)
        return redirect("incidents-start", municipality.code)
    return _import_page(request, context)


def _import_page(request: HttpRequest, context: dict[str, object]) -> HttpResponse:
    return render(
        request,
        "incidents/import.html",
        context,
        status=400 if context.get("problems") else 200,
    )
