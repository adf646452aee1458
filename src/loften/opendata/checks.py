"""Refuse to start when the public fast path could not read the cache it needs.

`PublicAnswerMiddleware` answers readers from the rows of Django's DatabaseCache table,
read with raw SQL (`opendata.cache.cached_answer`): with any other cache backend in
`CACHES["default"]` there is no such table, and every public page would fail.
"""

from typing import Any

from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.checks import CheckMessage, Error, Tags, register


@register(Tags.caches)
def public_cache_is_in_the_database(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    if isinstance(caches["default"], DatabaseCache):
        return []
    return [
        Error(
            "CACHES['default'] is not a DatabaseCache, but the public fast path "
            "(loften.opendata.middleware.PublicAnswerMiddleware) reads its answers from the "
            "database cache table.",
            hint="Keep CACHES['default'] as django.core.cache.backends.db.DatabaseCache.",
            id="opendata.E001",
        )
    ]
