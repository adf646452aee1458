"""Public pages: thin views over the public selectors."""

from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from loften.followup.progress import set_progress
from loften.followup.selectors import activity_page
from loften.opendata.cache import public_cache, public_cache_using
from loften.promises.models import Theme
from loften.promises.selectors import numbering_in, numbering_of
from loften.publicsite.selectors import (
    activities_of_promise,
    decided_promise,
    decided_promise_set,
    latest_follow_ups,
    municipality_list,
    municipality_page,
    municipality_with_county,
    promise_story,
    theme_counts,
    theme_page,
)
from loften.registry.models import Municipality


@public_cache
def index(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    return render(
        request,
        "publicsite/index.html",
        {
            "today": today,
            "counties": municipality_list(today),
            "themes": theme_counts(today),
            "follow_ups": latest_follow_ups(),
        },
    )


@public_cache
def themes(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    return render(request, "publicsite/themes.html", {"themes": theme_counts(today)})


@public_cache
def theme(request: HttpRequest, theme: str) -> HttpResponse:
    found = Theme.from_slug(theme)
    if found is None and theme in Theme.values:
        # The theme's code was its address until the addresses became Swedish.
        return HttpResponsePermanentRedirect(reverse("theme", args=[Theme(theme).slug]))
    if found is None:
        raise Http404("Det finns inget sådant tema.")
    today = timezone.localdate()
    return render(
        request, "publicsite/theme.html", {"today": today, "page": theme_page(found, today)}
    )


def municipality_by_code(request: HttpRequest, code: int) -> HttpResponse:
    municipality = get_object_or_404(Municipality, code=f"{code:04d}")
    return HttpResponsePermanentRedirect(municipality.get_absolute_url())


@public_cache
def municipality(request: HttpRequest, slug: str) -> HttpResponse:
    found = municipality_with_county(slug)
    if found is None:
        raise Http404("Det finns ingen kommun med det namnet.")
    today = timezone.localdate()
    page = municipality_page(found, today)
    return render(
        request,
        "publicsite/municipality.html",
        {
            "today": today,
            "page": page,
            "progress": set_progress(page.in_force, today),
            "numbering": numbering_in(page.in_force.promises.all()) if page.in_force else None,
        },
    )


@public_cache
def promise_set(request: HttpRequest, slug: str, promise_set_id: int) -> HttpResponse:
    found = municipality_with_county(slug)
    if found is None:
        raise Http404("Det finns ingen kommun med det namnet.")
    decided = decided_promise_set(found, promise_set_id)
    if decided is None:
        raise Http404("Det finns inget publicerat medborgarlöfte med det numret.")
    today = timezone.localdate()
    return render(
        request,
        "publicsite/promise_set.html",
        {
            "today": today,
            "municipality": found,
            "promise_set": decided,
            "progress": set_progress(decided, today),
            "numbering": numbering_in(decided.promises.all()),
        },
    )


@public_cache
def promise(request: HttpRequest, slug: str, promise_set_id: int, promise_id: int) -> HttpResponse:
    found = municipality_with_county(slug)
    if found is None:
        raise Http404("Det finns ingen kommun med det namnet.")
    today = timezone.localdate()
    story = promise_story(found, promise_set_id, promise_id, today)
    if story is None:
        raise Http404("Det finns inget publicerat löfte med det numret.")
    return render(
        request,
        "publicsite/promise.html",
        {
            "municipality": found,
            "today": today,
            "story": story,
            "progress": set_progress(story.promise_set, today),
            "numbering": numbering_of(story.promise_set),
        },
    )


@public_cache_using("sida")
def promise_activities(
    request: HttpRequest, slug: str, promise_set_id: int, promise_id: int
) -> HttpResponse:
    """Every activity logged for a promise, newest first, a page at a time (`?sida=N`).

    A page number that is not a number, or past the last page, is 404.
    """
    found = municipality_with_county(slug)
    if found is None:
        raise Http404("Det finns ingen kommun med det namnet.")
    promise = (
        decided_promise(found, promise_set_id, promise_id).select_related("promise_set").first()
    )
    if promise is None:
        raise Http404("Det finns inget publicerat löfte med det numret.")
    page = activity_page(
        activities_of_promise(promise).select_related("organisation"), request.GET.get("sida")
    )
    return render(
        request,
        "publicsite/promise_activities.html",
        {
            "municipality": found,
            "promise": promise,
            "page": page,
            "numbering": numbering_of(promise.promise_set),
        },
    )
