"""The workspace: write a promise set, send it for signing, approve, publish, make a new version.

Every view finds its objects through `access` (404 for anyone without the
right) and writes only through the promises app's services, whose refusals
(`PromiseSetError`) are shown to the user as they are worded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from loften.accounts.permissions import (
    EDITING_ROLES,
    can_edit_set,
    municipalities_to_edit,
    promise_sets_of,
)
from loften.accounts.selectors import signed_in
from loften.promises.drafting import (
    not_a_draft,
    part_delete,
    part_move,
    part_save,
    promise_save,
    promise_set_of,
    promise_set_update,
)
from loften.promises.errors import PromiseSetError
from loften.promises.models import Commitment, Contact, FocusArea, Promise, PromiseSet, Target
from loften.promises.publishing import promise_set_publish
from loften.promises.services import (
    promise_set_copy,
    promise_set_create,
    promise_set_delete_draft,
    promise_set_new_version,
)
from loften.promises.signing import (
    promise_set_approve,
    promise_set_send_for_signing,
    promise_set_withdraw_from_signing,
)
from loften.workspace import access
from loften.workspace.changes import promise_set_changes
from loften.workspace.forms import (
    ApprovalForm,
    CommitmentForm,
    ContactForm,
    CopyForm,
    FocusAreaForm,
    PromiseForm,
    PromiseSetCreateForm,
    PromiseSetForm,
    TargetForm,
)
from loften.workspace.selectors import (
    approvable_for,
    people_of,
    police_areas_for,
    promise_set_page,
    workspace_overview,
)


def _set_url(promise_set: PromiseSet, anchor: str = "") -> str:
    url = reverse("workspace:promise_set", args=[promise_set.pk])
    return f"{url}#{anchor}" if anchor else url


def _promise_url(promise: Promise) -> str:
    return reverse("workspace:promise_edit", args=[promise.promise_set_id, promise.pk])


def _run(request: HttpRequest, write: Callable[[], object], success: str) -> bool:
    """Carry out a write; a refusal is shown as the service words it."""
    try:
        write()
    except PromiseSetError as refusal:
        messages.error(request, str(refusal))
        return False
    if success:
        messages.success(request, success)
    return True


def _action(
    request: HttpRequest,
    promise_set: PromiseSet,
    write: Callable[[], object],
    success: str = "",
    done: str = "",
) -> HttpResponse:
    """A button's POST carries out `write`; any other request only shows where it leads.

    The access check comes first, so an address is not found rather than
    not allowed for anyone without the right.
    """
    if request.method == "POST":
        _run(request, write, success)
    return redirect(done or _set_url(promise_set))


def _form_page(
    request: HttpRequest,
    *,
    promise_set: PromiseSet,
    form: forms.BaseForm,
    heading: str,
    save: Callable[[], object],
    success: str,
    done: str,
    submit: str = "Spara",
    drafts_only: bool = True,
    template: str = "workspace/form.html",
    context: dict[str, Any] | None = None,
) -> HttpResponse:
    """Show a form; a valid one is saved through `save` and the user goes on to `done`.

    Parts of a set that is no longer a draft are not offered for editing at all.
    """
    if drafts_only and (refusal := not_a_draft(promise_set)):
        messages.error(request, refusal)
        return redirect(_set_url(promise_set))
    if request.method == "POST" and form.is_valid():
        _run(request, save, success)
        return redirect(done)
    return render(
        request,
        template,
        {
            "promise_set": promise_set,
            "form": form,
            "heading": heading,
            "submit": submit,
            "cancel": _set_url(promise_set),
            **(context or {}),
        },
        status=400 if request.method == "POST" else 200,
    )


def _part_form(
    request: HttpRequest,
    part: FocusArea | Commitment | Target | Contact,
    form: FocusAreaForm | CommitmentForm | TargetForm | ContactForm,
    *,
    heading: str,
    success: str,
    done: str,
    promise: Promise | None = None,
) -> HttpResponse:
    """The form of a new or existing part of a draft, stored through `part_save`."""
    return _form_page(
        request,
        promise_set=promise_set_of(part),
        form=form,
        heading=heading,
        save=lambda: part_save(part, fields=form.stored_fields, acting_user=signed_in(request)),
        success=success,
        done=done,
        context={"promise": promise},
    )


def _confirm_delete(
    request: HttpRequest,
    *,
    promise_set: PromiseSet,
    part: FocusArea | Promise | Commitment | Target | Contact,
    what: str,
    removed: str,
    consequence: str,
    done: str,
) -> HttpResponse:
    """Ask first (GET), then remove the part of the draft (POST)."""
    if refusal := not_a_draft(promise_set):
        messages.error(request, refusal)
        return redirect(_set_url(promise_set))
    if request.method == "POST":
        _run(request, lambda: part_delete(part, acting_user=signed_in(request)), removed)
        return redirect(done)
    return render(
        request,
        "workspace/confirm.html",
        {
            "promise_set": promise_set,
            "heading": f"Ta bort {what}?",
            "subject": str(part),
            "consequence": consequence,
            "submit": f"Ta bort {what}",
            "cancel": done,
        },
    )


def _move(
    request: HttpRequest, part: FocusArea | Promise | Commitment | Contact, done: str
) -> HttpResponse:
    up = request.POST.get("direction") == "up"
    return _action(
        request,
        promise_set_of(part),
        lambda: part_move(part, up=up, acting_user=signed_in(request)),
        done=done,
    )


# The start page and new sets


@login_required
def start(request: HttpRequest) -> HttpResponse:
    """The user's kommuner with their promise sets by status, and the next step for each."""
    overview = workspace_overview(request.user)
    return render(
        request,
        "workspace/start.html",
        {"overview": overview, "may_create": any(work.may_create for work in overview)},
    )


@login_required
def promise_set_create_view(request: HttpRequest) -> HttpResponse:
    """A new draft: from scratch here, or by copying an earlier set, or from a document."""
    municipalities = municipalities_to_edit(request.user)
    initial = {"municipality": municipalities.filter(code=request.GET.get("kommun", "")).first()}
    form = PromiseSetCreateForm(
        request.POST or None, municipalities=municipalities, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        promise_set = promise_set_create(acting_user=signed_in(request), **form.cleaned_data)
        messages.success(request, "Utkastet är skapat. Lägg till inriktningar och löften.")
        return redirect(_set_url(promise_set))
    copyable = (
        promise_sets_of(request.user, EDITING_ROLES)
        .filter(status__in=PromiseSet.DECIDED)
        .prefetch_related("municipalities")
        .order_by("-period_start", "-pk")[:50]
    )
    return render(
        request,
        "workspace/create.html",
        {"form": form, "copyable": copyable, "may_create": municipalities.exists()},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def promise_set_copy_view(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    """A draft for a new period, with everything the copied set promised."""
    source = access.access_promise_set_as_a_whole(request.user, promise_set_id)
    form = CopyForm.for_next_period(source, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            copy = promise_set_copy(
                source=source, acting_user=signed_in(request), **form.cleaned_data
            )
        except PromiseSetError as refusal:
            form.add_error("period_start", str(refusal))
        else:
            messages.success(request, "Kopian är skapad som ett utkast för den nya perioden.")
            return redirect(_set_url(copy))
    return render(
        request,
        "workspace/form.html",
        {
            "promise_set": source,
            "form": form,
            "heading": f"Kopiera till en ny period: {source.title}",
            "intro": (
                "Inriktningar, löften med teman, åtaganden, mål och kontakter kopieras till ett "
                "nytt utkast. "
                "Datum i åtaganden och mål flyttas fram lika många år som perioden."
            ),
            "submit": "Kopiera",
            "cancel": _set_url(source),
        },
        status=400 if request.method == "POST" else 200,
    )


# One set: its page, its own fields, the workflow


@login_required
def promise_set_view(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    promise_set = access.access_promise_set(request.user, promise_set_id)
    return render(
        request,
        "workspace/promise_set.html",
        {"page": promise_set_page(request.user, promise_set)},
    )


@login_required
def promise_set_edit(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    promise_set = access.access_promise_set_as_a_whole(request.user, promise_set_id)
    form = PromiseSetForm(
        request.POST or None, instance=promise_set, police_areas=police_areas_for(promise_set)
    )
    return _form_page(
        request,
        promise_set=promise_set,
        form=form,
        heading="Uppgifter om medborgarlöftet",
        save=lambda: promise_set_update(
            promise_set=promise_set,
            fields=form.stored_fields,
            police_areas=form.cleaned_data["police_areas"],
            acting_user=signed_in(request),
        ),
        success="Uppgifterna är sparade.",
        done=_set_url(promise_set),
    )


@login_required
def promise_set_delete(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    promise_set = access.access_promise_set_as_a_whole(request.user, promise_set_id)
    if request.method == "POST":
        if _run(
            request,
            lambda: promise_set_delete_draft(
                promise_set=promise_set, acting_user=signed_in(request)
            ),
            "Utkastet är borttaget.",
        ):
            return redirect("workspace:start")
        return redirect(_set_url(promise_set))
    return render(
        request,
        "workspace/confirm.html",
        {
            "promise_set": promise_set,
            "heading": "Ta bort utkastet?",
            "subject": promise_set.title,
            "consequence": "Alla inriktningar, löften, åtaganden och mål i utkastet tas bort.",
            "submit": "Ta bort utkastet",
            "cancel": _set_url(promise_set),
        },
    )


_SIGNING_STEPS: dict[str, tuple[Callable[..., PromiseSet], str]] = {
    "send_for_signing": (
        promise_set_send_for_signing,
        "Medborgarlöftet är skickat för underskrift. Varje part godkänner det nu.",
    ),
    "withdraw_from_signing": (
        promise_set_withdraw_from_signing,
        "Medborgarlöftet är ett utkast igen. Godkännandena är borttagna.",
    ),
    "publish": (promise_set_publish, "Medborgarlöftet är publicerat."),
}


@login_required
def signing_step(request: HttpRequest, promise_set_id: int, step: str) -> HttpResponse:
    """Send for signing, withdraw to draft or publish: the coordinator's buttons."""
    promise_set = access.access_promise_set_as_a_whole(request.user, promise_set_id)
    service, success = _SIGNING_STEPS[step]
    return _action(
        request,
        promise_set,
        lambda: service(promise_set=promise_set, acting_user=signed_in(request)),
        success,
    )


@login_required
def approve(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    """A party's approval, with the name and title of who signs for it."""
    promise_set = access.access_promise_set(request.user, promise_set_id)
    user = signed_in(request)
    organisations = approvable_for(user, promise_set)
    if not organisations:
        messages.error(request, "Det finns inget för dig att godkänna i medborgarlöftet nu.")
        return redirect(_set_url(promise_set, "underskrift"))
    form = ApprovalForm(
        request.POST or None,
        organisations=organisations,
        initial={"organisation": organisations[0], "signatory_name": user.get_full_name()},
    )
    return _form_page(
        request,
        promise_set=promise_set,
        form=form,
        heading=f"Godkänn {promise_set.title}",
        save=lambda: promise_set_approve(
            promise_set=promise_set, acting_user=user, **form.cleaned_data
        ),
        success="Godkännandet är registrerat.",
        done=_set_url(promise_set, "underskrift"),
        submit="Godkänn",
        drafts_only=False,
        context={
            "intro": "Den som undertecknar för er organisation visas med namn och titel "
            "i det publicerade medborgarlöftet."
        },
    )


@login_required
def new_version(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    """ "Ändra" on a published set: a draft version that replaces it once published."""
    promise_set = access.access_promise_set_as_a_whole(request.user, promise_set_id)
    if request.method != "POST":
        return redirect(_set_url(promise_set))
    try:
        version = promise_set_new_version(promise_set=promise_set, acting_user=signed_in(request))
    except PromiseSetError as refusal:
        messages.error(request, str(refusal))
        return redirect(_set_url(promise_set))
    messages.success(
        request,
        "Det här är en ny version av det publicerade medborgarlöftet. Den ersätter det "
        "publicerade när den har godkänts och publicerats.",
    )
    return redirect(_set_url(version))


@login_required
def changes(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    """What a version or a new period changes compared with the set it is based on."""
    promise_set = access.access_promise_set(request.user, promise_set_id)
    return render(
        request,
        "workspace/changes.html",
        {"promise_set": promise_set, "changes": promise_set_changes(promise_set)},
    )


# Focus areas


@login_required
def focus_area_form(
    request: HttpRequest, promise_set_id: int, focus_area_id: int | None = None
) -> HttpResponse:
    """A new focus area, or a new name for one."""
    if focus_area_id is None:
        promise_set = access.access_promise_set_as_a_whole(request.user, promise_set_id)
        focus_area = FocusArea(promise_set=promise_set)
    else:
        focus_area = access.access_focus_area(request.user, promise_set_id, focus_area_id)
    return _part_form(
        request,
        focus_area,
        FocusAreaForm(request.POST or None, instance=focus_area),
        heading="Ny inriktning" if focus_area_id is None else "Byt namn på inriktningen",
        success="Inriktningen är sparad.",
        done=_set_url(focus_area.promise_set, "inriktningar"),
    )


@login_required
def focus_area_move(request: HttpRequest, promise_set_id: int, focus_area_id: int) -> HttpResponse:
    focus_area = access.access_focus_area(request.user, promise_set_id, focus_area_id)
    return _move(request, focus_area, _set_url(focus_area.promise_set, "inriktningar"))


@login_required
def focus_area_delete(
    request: HttpRequest, promise_set_id: int, focus_area_id: int
) -> HttpResponse:
    focus_area = access.access_focus_area(request.user, promise_set_id, focus_area_id)
    return _confirm_delete(
        request,
        promise_set=focus_area.promise_set,
        part=focus_area,
        what="inriktningen",
        removed="Inriktningen är borttagen.",
        consequence="Löftena under inriktningen blir kvar, utan inriktning.",
        done=_set_url(focus_area.promise_set, "inriktningar"),
    )


# Contacts


@login_required
def contact_form(
    request: HttpRequest, promise_set_id: int, contact_id: int | None = None
) -> HttpResponse:
    """A new contact of the set, or a change to one; a new one suggests the kommun's name."""
    if contact_id is None:
        promise_set = access.access_promise_set_as_a_whole(request.user, promise_set_id)
        contact = Contact(promise_set=promise_set)
        first = promise_set.municipalities.first()
        initial = {"organisation_name": first.official_name if first else ""}
    else:
        contact = access.access_contact(request.user, promise_set_id, contact_id)
        initial = {}
    return _part_form(
        request,
        contact,
        ContactForm(request.POST or None, instance=contact, initial=initial),
        heading="Ny kontakt" if contact_id is None else "Kontakt",
        success="Kontakten är sparad.",
        done=_set_url(contact.promise_set, "kontakter"),
    )


@login_required
def contact_move(request: HttpRequest, promise_set_id: int, contact_id: int) -> HttpResponse:
    contact = access.access_contact(request.user, promise_set_id, contact_id)
    return _move(request, contact, _set_url(contact.promise_set, "kontakter"))


@login_required
def contact_delete(request: HttpRequest, promise_set_id: int, contact_id: int) -> HttpResponse:
    contact = access.access_contact(request.user, promise_set_id, contact_id)
    return _confirm_delete(
        request,
        promise_set=contact.promise_set,
        part=contact,
        what="kontakten",
        removed="Kontakten är borttagen.",
        consequence="Kontakten visas inte längre på kommunens sida när löftet publiceras.",
        done=_set_url(contact.promise_set, "kontakter"),
    )


# Promises


@login_required
def promise_create(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    promise_set = access.access_promise_set_as_a_whole(request.user, promise_set_id)
    focus_area = promise_set.focus_areas.filter(pk=request.GET.get("inriktning") or 0).first()
    form = PromiseForm(
        request.POST or None,
        instance=Promise(promise_set=promise_set),
        initial={"focus_area": focus_area},
        may_change_parties=True,
    )
    return _form_page(
        request,
        promise_set=promise_set,
        form=form,
        heading="Nytt löfte",
        save=lambda: promise_save(
            promise=form.instance,
            fields=form.stored_fields,
            themes=form.cleaned_data["themes"],
            acting_user=signed_in(request),
        ),
        success="Löftet är tillagt. Lägg till vad varje part åtar sig.",
        done=_set_url(promise_set, "loften"),
    )


@login_required
def promise_edit(request: HttpRequest, promise_set_id: int, promise_id: int) -> HttpResponse:
    """A promise with its commitments and targets: coordinators any, editors their party's."""
    promise = access.access_promise(request.user, promise_set_id, promise_id)
    whole = can_edit_set(request.user, promise.promise_set)
    form = PromiseForm(request.POST or None, instance=promise, may_change_parties=whole)
    return _form_page(
        request,
        promise_set=promise.promise_set,
        form=form,
        heading="Löfte",
        save=lambda: promise_save(
            promise=promise,
            fields=form.stored_fields,
            themes=form.cleaned_data["themes"],
            acting_user=signed_in(request),
        ),
        success="Löftet är sparat.",
        done=_promise_url(promise),
        template="workspace/promise.html",
        context={
            "promise": promise,
            "commitments": promise.commitments.select_related("responsible_user"),
            "targets": promise.targets.all(),
            "may_delete": whole,
        },
    )


@login_required
def promise_move(request: HttpRequest, promise_set_id: int, promise_id: int) -> HttpResponse:
    promise = access.access_promise(request.user, promise_set_id, promise_id)
    return _move(request, promise, _set_url(promise.promise_set, f"lofte-{promise.pk}"))


@login_required
def promise_delete(request: HttpRequest, promise_set_id: int, promise_id: int) -> HttpResponse:
    promise = access.access_promise(request.user, promise_set_id, promise_id)
    access.access_promise_set_as_a_whole(request.user, promise_set_id)
    return _confirm_delete(
        request,
        promise_set=promise.promise_set,
        part=promise,
        what="löftet",
        removed="Löftet är borttaget.",
        consequence="Löftets åtaganden och mål tas också bort.",
        done=_set_url(promise.promise_set, "loften"),
    )


# Commitments


@login_required
def commitment_form(
    request: HttpRequest, promise_set_id: int, promise_id: int, commitment_id: int | None = None
) -> HttpResponse:
    """A new commitment of a promise, or a change to one."""
    if commitment_id is None:
        promise = access.access_promise(request.user, promise_set_id, promise_id)
        commitment = Commitment(promise=promise)
    else:
        commitment = access.access_commitment(
            request.user, promise_set_id, promise_id, commitment_id
        )
        promise = commitment.promise
    form = CommitmentForm(
        request.POST or None, instance=commitment, people=people_of(promise.promise_set)
    )
    return _part_form(
        request,
        commitment,
        form,
        heading="Nytt åtagande" if commitment_id is None else "Åtagande",
        success="Åtagandet är sparat.",
        done=_promise_url(promise),
        promise=promise,
    )


@login_required
def commitment_move(
    request: HttpRequest, promise_set_id: int, promise_id: int, commitment_id: int
) -> HttpResponse:
    commitment = access.access_commitment(request.user, promise_set_id, promise_id, commitment_id)
    return _move(request, commitment, _promise_url(commitment.promise))


@login_required
def commitment_delete(
    request: HttpRequest, promise_set_id: int, promise_id: int, commitment_id: int
) -> HttpResponse:
    commitment = access.access_commitment(request.user, promise_set_id, promise_id, commitment_id)
    return _confirm_delete(
        request,
        promise_set=commitment.promise.promise_set,
        part=commitment,
        what="åtagandet",
        removed="Åtagandet är borttaget.",
        consequence="Aktiviteter som redan loggats mot åtagandet finns kvar.",
        done=_promise_url(commitment.promise),
    )


# Targets: of one promise (under its address), or of the whole set


@login_required
def target_form(
    request: HttpRequest,
    promise_set_id: int,
    promise_id: int | None = None,
    target_id: int | None = None,
) -> HttpResponse:
    """A new target of a promise or of the whole set, or a change to one."""
    if target_id is not None:
        target = access.access_target(request.user, promise_set_id, promise_id, target_id)
    elif promise_id is None:
        target = Target(
            promise_set=access.access_promise_set_as_a_whole(request.user, promise_set_id)
        )
    else:
        promise = access.access_promise(request.user, promise_set_id, promise_id)
        target = Target(promise_set=promise.promise_set, promise=promise)
    return _part_form(
        request,
        target,
        TargetForm(request.POST or None, instance=target),
        heading="Nytt mål" if target_id is None else "Mål",
        success="Målet är sparat.",
        done=_target_done(target),
        promise=target.promise,
    )


@login_required
def target_delete(
    request: HttpRequest, promise_set_id: int, target_id: int, promise_id: int | None = None
) -> HttpResponse:
    target = access.access_target(request.user, promise_set_id, promise_id, target_id)
    return _confirm_delete(
        request,
        promise_set=target.promise_set,
        part=target,
        what="målet",
        removed="Målet är borttaget.",
        consequence="Mätvärden som redan förts in mot målet tas också bort.",
        done=_target_done(target),
    )


def _target_done(target: Target) -> str:
    return _promise_url(target.promise) if target.promise else _set_url(target.promise_set, "mal")
