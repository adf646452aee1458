"""The report as a page and as downloads: in the back office for whoever may read the set,
on the public site for published sets only.

A download address serves the file the worker made from the current data, or asks for
one and answers with a page that follows its making (`files.py`)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.text import capfirst

from loften.followup.models import FollowUpRound
from loften.opendata.cache import public_cache_using
from loften.promises.models import PromiseSet
from loften.publicsite.selectors import municipality_with_county
from loften.reports.content import Report
from loften.reports.files import (
    RENDERERS,
    current_fingerprint,
    fingerprint_etag,
    queue_position,
    report_file_ask,
    report_file_content,
    report_of,
)
from loften.reports.models import ReportFile
from loften.reports.selectors import (
    access_report_promise_set,
    public_report_promise_set,
    report_rounds,
)

# Seconds between the looks a waiting page takes at the file's progress.
REFRESH_SECONDS = 3


@login_required
def workspace_report(
    request: HttpRequest, promise_set_id: int, file_format: str = ""
) -> HttpResponse:
    promise_set = access_report_promise_set(request.user, promise_set_id)
    rounds = report_rounds(promise_set, published_only=False)
    round_number = _round_number(request, rounds)
    page = reverse("workspace-report", args=[promise_set.pk])
    if file_format:
        return _file(request, promise_set, round_number, file_format, public=False, page=page)
    report = report_of(promise_set, round_number, on=timezone.localdate(), public=False)
    return _page(request, report, rounds, "workspace-report", [promise_set.pk], crumbs=[])


@public_cache_using("round")
def public_report(
    request: HttpRequest, slug: str, promise_set_id: int, file_format: str = ""
) -> HttpResponse:
    municipality = municipality_with_county(slug)
    promise_set = public_report_promise_set(municipality, promise_set_id) if municipality else None
    if municipality is None or promise_set is None:
        raise Http404("Det finns inget publicerat medborgarlöfte med det numret.")
    rounds = report_rounds(promise_set, published_only=True)
    round_number = _round_number(request, rounds)
    page = reverse("public-report", args=[slug, promise_set.pk])
    if file_format:
        return _file(request, promise_set, round_number, file_format, public=True, page=page)
    report = report_of(promise_set, round_number, on=timezone.localdate(), public=True)
    crumbs = [
        (reverse("index"), "Alla kommuner"),
        (municipality.get_absolute_url(), municipality.name),
        (reverse("promise-set", args=[slug, promise_set.pk]), capfirst(promise_set.period_label)),
    ]
    return _page(request, report, rounds, "public-report", [slug, promise_set.pk], crumbs)


def _round_number(request: HttpRequest, rounds: list[FollowUpRound]) -> int:
    """N of ?round=N, 0 for the whole period; 404 for a round not offered."""
    number = request.GET.get("round")
    if number is None:
        return 0
    if number not in {str(follow_up_round.number) for follow_up_round in rounds}:
        raise Http404("Det finns ingen uppföljning med det numret.")
    return int(number)


def _file(
    request: HttpRequest,
    promise_set: PromiseSet,
    round_number: int,
    file_format: str,
    *,
    public: bool,
    page: str,
) -> HttpResponse:
    """The file made from the current data; else a page that follows its making.

    A POST asks again for a file whose making failed. The waiting page answers 202
    (and a failure 500), which no cache keeps, so the file replaces it when ready.
    """
    row = report_file_ask(
        promise_set=promise_set,
        round_number=round_number,
        file_format=file_format,
        public=public,
        fingerprint=current_fingerprint(promise_set, round_number, on=timezone.localdate()),
        again=request.method == "POST",
    )
    if request.method == "POST":
        return HttpResponseRedirect(request.get_full_path(), status=303)
    if row.status == ReportFile.Status.DONE:
        etag = fingerprint_etag(row)
        not_modified = get_conditional_response(request, etag=etag)
        if not_modified is not None:
            return not_modified
        response = HttpResponse(report_file_content(row), content_type=RENDERERS[file_format][1])
        response["Content-Disposition"] = f'attachment; filename="{row.filename}"'
        response["ETag"] = etag
        return response
    failed = row.status == ReportFile.Status.FAILED
    query = f"?round={round_number}" if round_number else ""
    response = render(
        request,
        "reports/waiting.html",
        {
            "file": row,
            "failed": failed,
            "format_label": ReportFile.Format(file_format).label,
            "position": queue_position(row) if row.status == ReportFile.Status.WAITING else 0,
            "refresh": REFRESH_SECONDS,
            "page_url": page + query,
        },
        status=500 if failed else 202,
    )
    response["Cache-Control"] = "no-store"
    return response


def _page(
    request: HttpRequest,
    report: Report,
    rounds: list[FollowUpRound],
    url_name: str,
    args: list[object],
    crumbs: list[tuple[str, str]],
) -> HttpResponse:
    query = f"?round={report.round_number}" if report.round_number else ""
    return render(
        request,
        "reports/page.html",
        {
            "report": report,
            "rounds": [r.number for r in rounds],
            "crumbs": crumbs,
            "pdf_url": reverse(url_name, args=[*args, "pdf"]) + query,
            "docx_url": reverse(url_name, args=[*args, "docx"]) + query,
        },
    )
