"""Back office: upload documents and follow their background import."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from loften.accounts.permissions import (
    PROMISE_EDITING_ROLES,
    can_edit_promises,
    can_edit_set,
    promise_sets_of,
)
from loften.accounts.selectors import (
    PUBLISHING_ROLES,
    access_draft_promise_set,
    municipalities_of,
    signed_in,
)
from loften.ingest.forms import (
    DocumentCorrectionForm,
    PassageForm,
    PromiseCorrectionForm,
    UploadForm,
)
from loften.ingest.highlight import segments, with_passages
from loften.ingest.models import Upload
from loften.ingest.review import (
    document_correct,
    document_evidence,
    document_kind,
    draft_for_review,
    promise_add_from_source,
    promise_correct,
    promise_reject,
    review_hints,
)
from loften.ingest.uploads import batch_progress, uploads_create
from loften.promises.errors import PromiseSetError
from loften.promises.models import Party, PromiseSet, Theme
from loften.promises.publishing import promise_set_publish, signed_on_paper
from loften.registry.models import Municipality
from loften.workspace.access import access_promise


@login_required
def uploads(request: HttpRequest) -> HttpResponse:
    """The upload form and the person's uploads with their progress."""
    municipalities = municipalities_of(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, municipalities=municipalities)
    if request.method == "POST" and form.is_valid():
        uploads_create(
            files=form.cleaned_data["documents"],
            municipality=form.cleaned_data["municipality"],
            acting_user=signed_in(request),
        )
        return redirect("uploads")
    mine = list(
        Upload.objects.filter(uploaded_by=signed_in(request))
        .select_related("municipality")
        .prefetch_related("promise_sets")
        .defer("content")[:50]
    )
    return render(
        request,
        "ingest/uploads.html",
        {
            "form": form,
            "uploads": mine,
            "visible": set(
                promise_sets_of(request.user, PROMISE_EDITING_ROLES)
                .filter(uploads__in=mine)
                .values_list("pk", flat=True)
            ),
            "pending": any(u.pending for u in mine),
            "batch": batch_progress(mine),
            "can_upload": municipalities.exists(),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def review(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    """The source text with each promise marked, beside what was read from it.

    Each person is offered what they may change: coordinators every promise and
    publication, editors the promises of their own party.
    """
    draft = draft_for_review(access_draft_promise_set(request.user, promise_set_id))
    editable = can_edit_promises(request.user, draft)
    promises = list(draft.promises.all())
    text = draft.source_document.text if draft.source_document else ""
    spans = [
        (p.pk, p.source_start, p.source_end)
        for p in promises
        if p.source_start is not None and p.source_end is not None
    ]
    hints = review_hints(draft, promises)
    whole_set = can_edit_set(request.user, draft)
    return render(
        request,
        "ingest/review.html",
        {
            "draft": draft,
            "promises": promises,
            "hints": hints,
            "segments": with_passages(text, segments(text, spans), hints.passages),
            "evidence": document_evidence(draft),
            "document_form": _document_form(request, draft) if whole_set else None,
            "parties": [Party.POLICE, Party.MUNICIPALITY, Party.OTHERS],
            "themes": Theme.choices,
            "editable": {p.pk for p in promises if editable(p)},
            "whole_set": whole_set,
            "signed_on_paper": signed_on_paper(draft),
        },
    )


@login_required
@require_POST
def correct(request: HttpRequest, promise_set_id: int, promise_id: int) -> HttpResponse:
    """Correct or reject one promise of a draft, as the workspace would let this person."""
    draft = access_draft_promise_set(request.user, promise_set_id)
    promise = access_promise(request.user, draft.pk, promise_id)
    form = PromiseCorrectionForm(request.POST)
    try:
        if not form.is_valid():
            messages.error(request, "Rättelsen sparades inte: " + form.errors.as_text())
        elif request.POST.get("action") == "reject":
            promise_reject(promise=promise, acting_user=signed_in(request))
            messages.success(request, "Borttaget: det var inget löfte.")
        else:
            changes = promise_correct(
                promise=promise,
                acting_user=signed_in(request),
                text=form.cleaned_data["text"],
                focus_area=form.cleaned_data["focus_area"],
                parties=form.cleaned_data["parties"],
                themes=form.cleaned_data["themes"],
            )
            messages.success(request, f"Sparat ({len(changes)} ändringar).")
    except PromiseSetError as refusal:
        messages.error(request, f"Rättelsen sparades inte: {refusal}")
    return redirect(f"{reverse('review', args=[draft.pk])}#p-{promise_id}")


def _document_form(
    request: HttpRequest, draft: PromiseSet, data: QueryDict | None = None
) -> DocumentCorrectionForm:
    """The correction form for the whole document, filled with what was read."""
    return DocumentCorrectionForm(
        data,
        municipalities=Municipality.objects.filter(
            Q(pk__in=municipalities_of(request.user).values("pk"))
            | Q(pk__in=draft.municipalities.values("pk"))
        ).order_by("name"),
        initial={
            "kind": document_kind(draft),
            "period_start": draft.period_start,
            "period_end": draft.period_end,
            "municipalities": draft.municipalities.all(),
            "signatories": "\n".join(s.name for s in draft.signatories.all()),
        },
    )


@login_required
@require_POST
def take(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    """Take a passage of the source the extractor missed as a promise of the draft."""
    draft = access_draft_promise_set(request.user, promise_set_id)
    form = PassageForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Stycket kunde inte läsas; ladda om sidan och försök igen.")
        return redirect("review", draft.pk)
    try:
        promise = promise_add_from_source(
            promise_set=draft,
            start=form.cleaned_data["start"],
            end=form.cleaned_data["end"],
            acting_user=signed_in(request),
        )
    except PromiseSetError as refusal:
        messages.error(request, f"Stycket togs inte som löfte: {refusal}")
        return redirect("review", draft.pk)
    messages.success(
        request, "Stycket är nu ett löfte i utkastet. Rätta texten och parterna vid behov."
    )
    return redirect(f"{reverse('review', args=[draft.pk])}#p-{promise.pk}")


@login_required
@require_POST
def document(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    """Correct the period, kind, kommuner and signatories read from the document."""
    draft = access_draft_promise_set(request.user, promise_set_id, PUBLISHING_ROLES)
    form = _document_form(request, draft, request.POST)
    if not form.is_valid():
        messages.error(request, "Rättelsen sparades inte: " + form.errors.as_text())
        return redirect(f"{reverse('review', args=[draft.pk])}#dokumentet")
    try:
        changes = document_correct(
            promise_set=draft,
            kind=form.cleaned_data["kind"],
            period_start=form.cleaned_data["period_start"],
            period_end=form.cleaned_data["period_end"],
            municipalities=list(form.cleaned_data["municipalities"]),
            signatories=form.cleaned_data["signatories"].splitlines(),
            acting_user=signed_in(request),
        )
    except PromiseSetError as refusal:
        messages.error(request, f"Rättelsen sparades inte: {refusal}")
    else:
        messages.success(request, f"Sparat ({len(changes)} ändringar).")
    return redirect(f"{reverse('review', args=[draft.pk])}#dokumentet")


@login_required
@require_POST
def publish(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    """A coordinator publishes a draft that was signed on paper, as what it is."""
    draft = access_draft_promise_set(request.user, promise_set_id, PUBLISHING_ROLES)
    try:
        promise_set_publish(promise_set=draft, acting_user=signed_in(request))
    except PromiseSetError as refusal:
        messages.error(request, str(refusal))
        return redirect("review", draft.pk)
    messages.success(
        request,
        "Medborgarlöftet är publicerat som undertecknat på papper. "
        "De andra parterna får ett e-brev om det.",
    )
    return redirect(draft.municipalities.first() or "index")
