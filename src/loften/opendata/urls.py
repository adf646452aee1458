"""Open data: the API under /api/v1/ and the Atom feeds, all served through the public cache."""

from django.urls import URLPattern, URLResolver, include, path

from loften.opendata.api import api
from loften.opendata.cache import api_public_cache, public_cache
from loften.opendata.feeds import MunicipalityFeed, NationalFeed


def _cached(patterns: list[URLPattern | URLResolver]) -> list[URLPattern | URLResolver]:
    """The API's routes (and its openapi.json), each answered through the public cache."""
    return [
        URLPattern(p.pattern, api_public_cache(p.callback), p.default_args, p.name)
        if isinstance(p, URLPattern)
        else p
        for p in patterns
    ]


# Not `app_name`: at module level Django would take it for this module's namespace.
api_patterns, api_app_name, api_namespace = api.urls

urlpatterns = [
    path("api/v1/", include((_cached(api_patterns), api_app_name), namespace=api_namespace)),
    path("flode.atom", public_cache(NationalFeed()), name="feed"),
    path(
        "kommun/<slug:slug>/flode.atom", public_cache(MunicipalityFeed()), name="municipality-feed"
    ),
]
