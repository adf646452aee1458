"""Back office: import a sheet of activities (check, preview, save) and export them.

The file is checked when it is uploaded and shown as a preview; nothing is
stored until the person confirms. Between the two requests the file waits in
the shared cache (`loften.keptfiles`), and it is checked again when it is saved.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser, User
from django.core.files.uploadedfile import UploadedFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from loften.accounts.permissions import can_log_activity, can_view
from loften.accounts.selectors import signed_in
from loften.followup.bulk import (
    COLUMNS,
    BulkFileError,
    ExportRow,
    ImportRejected,
    RowError,
    activities_check,
    activities_csv,
    activities_import_file,
    activities_xlsx,
    export_rows,
    read_sheet,
)
from loften.keptfiles import keep_file, take_file
from loften.promises.models import PromiseSet
from loften.promises.selectors import pick_in_force, promise_sets_decided
from loften.registry.models import Municipality

PREVIEW_ROWS = 50
ERRORS_SHOWN = 200
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"


class ActivityFileForm(forms.Form):
    file = forms.FileField(
        label="Fil",
        help_text="CSV (semikolon eller komma, UTF-8 eller Windows-1252) eller Excel (.xlsx).",
    )

    def clean_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["file"]
        limit = settings.MAX_UPLOAD_BYTES
        if (upload.size or 0) > limit:
            raise forms.ValidationError(
                f"Filen är för stor. Största tillåtna storlek är {limit // (1024 * 1024)} MB; "
                "dela upp den i flera filer."
            )
        return upload


@dataclass(frozen=True)
class Workplace:
    """The kommun in the URL and the promise set chosen among those the person reaches."""

    municipality: Municipality
    promise_set: PromiseSet
    choices: list[PromiseSet]


Check = Callable[[User | AnonymousUser, PromiseSet], bool]


def _workplace(request: HttpRequest, slug: str, allowed: Check) -> Workplace:
    """The kommun's published sets this person may work on; 404 for anything else."""
    municipality = get_object_or_404(Municipality, slug=slug)
    choices = [s for s in promise_sets_decided(municipality) if allowed(request.user, s)]
    if not choices:
        raise Http404("Det finns inget publicerat medborgarlöfte här som du arbetar med.")
    wanted = request.POST.get("promise_set") or request.GET.get("lofte")
    if wanted:
        chosen = next((s for s in choices if str(s.pk) == wanted), None)
        if chosen is None:
            raise Http404("Det finns inget sådant medborgarlöfte som du arbetar med.")
    else:
        chosen = pick_in_force(choices, timezone.localdate()) or choices[-1]
    return Workplace(municipality=municipality, promise_set=chosen, choices=choices)


@login_required
def activities_import(request: HttpRequest, slug: str) -> HttpResponse:
    """Upload a file; a file without errors is shown as a preview, nothing is stored yet."""
    place = _workplace(request, slug, can_log_activity)
    form = ActivityFileForm(request.POST or None, request.FILES or None)
    errors: list[RowError] = []
    if request.method == "POST" and form.is_valid():
        upload: UploadedFile = form.cleaned_data["file"]
        content = upload.read()
        try:
            sheet = read_sheet(content)
        except BulkFileError as exc:
            form.add_error("file", str(exc))
        else:
            checked = activities_check(
                place.promise_set,
                sheet,
                acting_user=signed_in(request),
                today=timezone.localdate(),
            )
            if checked.ok:
                return render(
                    request,
                    "followup/activities_preview.html",
                    {
                        "place": place,
                        "checked": checked,
                        "rows": checked.rows[:PREVIEW_ROWS],
                        "more_rows": max(0, len(checked.rows) - PREVIEW_ROWS),
                        "filename": upload.name,
                        "format": sheet.format,
                        "key": keep_file(
                            content=content,
                            user=signed_in(request),
                            purpose=_purpose(place.promise_set),
                        ),
                    },
                )
            errors = checked.errors
    return render(
        request,
        "followup/activities_import.html",
        {
            "place": place,
            "form": form,
            "errors": errors[:ERRORS_SHOWN],
            "more_errors": max(0, len(errors) - ERRORS_SHOWN),
            "columns": COLUMNS,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def activities_import_save(request: HttpRequest, slug: str) -> HttpResponse:
    """Store the previewed file: checked again, every row or none."""
    place = _workplace(request, slug, can_log_activity)
    back = f"{reverse('activities-import', args=[slug])}?lofte={place.promise_set.pk}"
    content = take_file(
        token=request.POST.get("key", ""),
        user=signed_in(request),
        purpose=_purpose(place.promise_set),
    )
    if content is None:
        messages.error(
            request,
            "Förhandsgranskningen finns inte längre (den sparas en timme, och bara en gång). "
            "Inget har sparats; ladda upp filen igen.",
        )
        return redirect(back)
    try:
        activities = activities_import_file(
            promise_set=place.promise_set,
            content=content,
            acting_user=signed_in(request),
            today=timezone.localdate(),
        )
    except (BulkFileError, ImportRejected):
        messages.error(
            request,
            "Filen stämmer inte längre med medborgarlöftet (något har ändrats sedan "
            "förhandsgranskningen). Inget har sparats; ladda upp filen igen.",
        )
        return redirect(back)
    messages.success(request, f"{len(activities)} aktiviteter sparade i {place.promise_set.title}.")
    return redirect(back)


@login_required
def activities_export(request: HttpRequest, slug: str, file_format: str) -> HttpResponseBase:
    place = _workplace(request, slug, can_view)
    return _download(place, "aktiviteter", file_format, export_rows(place.promise_set))


@login_required
def activities_template(request: HttpRequest, slug: str, file_format: str) -> HttpResponseBase:
    place = _workplace(request, slug, can_view)
    return _download(place, "mall-aktiviteter", file_format, [])


def _download(
    place: Workplace, name: str, file_format: str, rows: Iterable[ExportRow]
) -> StreamingHttpResponse | FileResponse:
    """The file, streamed: CSV line by line, XLSX from a temporary file written row by row."""
    period = slugify(place.promise_set.period_label.replace("–", "-"))
    filename = f"{name}-{place.municipality.slug}-{period}.{file_format}"
    if file_format == "xlsx":
        # Not a with-block: the answer sends the file after this returns, then closes it.
        kept = tempfile.TemporaryFile()  # noqa: SIM115
        activities_xlsx(rows, place.promise_set, kept)
        kept.seek(0)
        return FileResponse(kept, as_attachment=True, filename=filename, content_type=XLSX_TYPE)
    response = StreamingHttpResponse(activities_csv(rows), content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _purpose(promise_set: PromiseSet) -> str:
    return f"activities:{promise_set.pk}"
