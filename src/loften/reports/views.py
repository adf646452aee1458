"""The report as a page and as downloads: in the back office for whoever may read the set,
on the public site for published sets only."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst

from loften.followup.models import FollowUpRound
from loften.opendata.cache import public_cache_using
from loften.promises.models import PromiseSet
from loften.publicsite.selectors import municipality_with_county
from loften.reports.content import Report, report_for_promise_set, report_for_round
from loften.reports.rendering import report_pdf
from loften.reports.selectors import (
    access_report_promise_set,
    public_report_promise_set,
    report_rounds,
)
from loften.reports.wordfile import report_docx

DOWNLOADS = {
    "pdf": (report_pdf, "application/pdf"),
    "docx": (
        report_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
}


@login_required
def workspace_report(
    request: HttpRequest, promise_set_id: int, file_format: str = ""
) -> HttpResponse:
    promise_set = access_report_promise_set(request.user, promise_set_id)
    rounds = report_rounds(promise_set, published_only=False)
    report = _report(request, promise_set, rounds, public=False)
    if file_format:
        return _download(report, file_format)
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
    report = _report(request, promise_set, rounds, public=True)
    if file_format:
        return _download(report, file_format)
    crumbs = [
        (reverse("index"), "Alla kommuner"),
        (municipality.get_absolute_url(), municipality.name),
        (reverse("promise-set", args=[slug, promise_set.pk]), capfirst(promise_set.period_label)),
    ]
    return _page(request, report, rounds, "public-report", [slug, promise_set.pk], crumbs)


def _report(
    request: HttpRequest, promise_set: PromiseSet, rounds: list[FollowUpRound], *, public: bool
) -> Report:
    """The whole period today, or with ?round=N that round; 404 for a round not offered."""
    today = timezone.localdate()
    number = request.GET.get("round")
    if number is None:
        return report_for_promise_set(promise_set, on=today, public=public)
    for follow_up_round in rounds:
        if str(follow_up_round.number) == number:
            return report_for_round(follow_up_round, on=today, public=public)
    raise Http404("Det finns ingen uppföljning med det numret.")


def _download(report: Report, file_format: str) -> HttpResponse:
    render_file, content_type = DOWNLOADS[file_format]
    response = HttpResponse(render_file(report), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{report.file_stem}.{file_format}"'
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
