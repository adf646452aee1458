"""The public search page: a thin view over the search selector."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import conditional_page

from loften.promises.models import Theme
from loften.search.forms import SearchForm
from loften.search.selectors import SearchFilters, SearchResults, search, search_choices


@cache_control(no_cache=True)
@conditional_page
def search_page(request: HttpRequest) -> HttpResponse:
    """Not kept in the public cache (any text may be searched for), but answered with an
    ETag of its content and 304 when the browser holds the same page."""
    if (old := request.GET.get("tema", "")) in Theme.values:
        # Links made before themes had Swedish addresses name the theme by its code.
        return HttpResponsePermanentRedirect(
            request.path + _link(request.GET, tema=Theme(old).slug)
        )
    today = timezone.localdate()
    form = SearchForm(request.GET, choices=search_choices(today=today))
    form.is_valid()  # a bad value is shown with its error; the valid ones still apply
    filters = form.filters()
    results = search(form.query(), filters, form.page(), today=today)
    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "query": form.query(),
            "filtered": filters != SearchFilters(),
            "results": results,
            "pages": _pages(request.GET, results),
            "previous_url": _page_link(request.GET, results.page - 1) if results.page > 1 else "",
            "next_url": (
                _page_link(request.GET, results.page + 1)
                if results.page < results.page_count
                else ""
            ),
            "counties": [
                (entry, _link(request.GET, lan=entry.county.code, sida=None))
                for entry in results.by_county
            ],
            "all_counties_url": _link(request.GET, lan=None, sida=None),
            "unfiltered_url": _link(QueryDict(mutable=True), q=form.query() or None),
        },
    )


def _link(params: QueryDict, **changes: str | None) -> str:
    """The search page's address with some parameters set or (None) removed."""
    query = params.copy()
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
    for name in [name for name, value in query.items() if value == ""]:
        query.pop(name)
    return f"?{query.urlencode()}" if query else "?"


def _page_link(params: QueryDict, number: int) -> str:
    return _link(params, sida=None if number == 1 else str(number))


def _pages(params: QueryDict, results: SearchResults) -> list[tuple[int | None, str]]:
    """Links to the first, last and nearby pages; None marks a gap."""
    wanted = {1, results.page_count, *range(results.page - 2, results.page + 3)}
    pages: list[tuple[int | None, str]] = []
    previous = 0
    for number in sorted(n for n in wanted if 1 <= n <= results.page_count):
        if previous and number - previous > 1:
            pages.append((None, ""))
        pages.append((number, _page_link(params, number)))
        previous = number
    return pages
