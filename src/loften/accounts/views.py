"""Account pages: inviting people to an organisation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from loften.accounts.forms import InviteForm
from loften.accounts.permissions import inviting_memberships
from loften.accounts.selectors import signed_in
from loften.accounts.services import InviteError, InviteOutcome, person_invite

CONFIRMATIONS = {
    InviteOutcome.NEW_PERSON: "En inbjudan har skickats till {email}.",
    InviteOutcome.ADDED: "{email} hade redan ett konto och är nu {role} i {organisation}. "
    "Ett meddelande har skickats.",
    InviteOutcome.SENT_AGAIN: "{email} var redan inbjuden men har inte valt något lösenord. "
    "En ny länk har skickats.",
}


@login_required
def invite(request: HttpRequest) -> HttpResponse:
    """Coordinators and admins invite people to their own organisations."""
    inviter = signed_in(request)
    if not inviting_memberships(inviter).exists():
        return render(request, "accounts/invite_not_allowed.html", status=403)
    form = InviteForm(request.POST or None, inviter=inviter)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            invitation = person_invite(
                inviter=inviter,
                email=data["email"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                organisation=data["organisation"],
                role=data["role"],
                site_url=request.build_absolute_uri("/"),
            )
        except InviteError as exc:
            form.add_error(None, str(exc))
        else:
            membership = invitation.membership
            messages.success(
                request,
                CONFIRMATIONS[invitation.outcome].format(
                    email=data["email"],
                    role=membership.get_role_display(),
                    organisation=membership.organisation.name,
                ),
            )
            return redirect("invite")
    return render(
        request,
        "accounts/invite.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )
