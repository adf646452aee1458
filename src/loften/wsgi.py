import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
application = get_wsgi_application()
# The URLconf (every app's views, the API and its schemas) is read now, as the worker
# starts, not by its first request: that took half a second more than the rest.
get_resolver().url_patterns  # noqa: B018 - read for its side effect
