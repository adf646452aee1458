"""Back office: the change history of a promise set."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from loften.accounts.permissions import can_view
from loften.audit.selectors import promise_set_history
from loften.promises.models import PromiseSet


@login_required
def history(request: HttpRequest, promise_set_id: int) -> HttpResponse:
    """Every change to the set and what is in it; only for those who may read the set."""
    promise_set = get_object_or_404(PromiseSet, pk=promise_set_id)
    if not can_view(request.user, promise_set):
        raise Http404
    page = promise_set_history(promise_set, request.GET.get("sida"))
    return render(request, "audit/history.html", {"promise_set": promise_set, "page": page})
