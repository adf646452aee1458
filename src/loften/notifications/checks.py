"""Warn when e-mailed links would point at localhost on a server that answers to other names."""

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import CheckMessage, Warning, register
from django.http.request import validate_host

LOCAL = {"localhost", "127.0.0.1", "[::1]", "::1"}


@register()
def site_url_is_served(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    host = urlsplit(settings.SITE_URL).hostname or ""
    public_hosts = [h for h in settings.ALLOWED_HOSTS if h not in LOCAL]
    if not public_hosts or validate_host(host, settings.ALLOWED_HOSTS):
        return []
    return [
        Warning(
            f"LOFTEN_SITE_URL ({settings.SITE_URL}) is not one of ALLOWED_HOSTS, so links "
            "in the e-mails Löften sends will not reach this site.",
            hint="Set LOFTEN_SITE_URL to the address people use, e.g. https://loften.example.org.",
            id="notifications.W001",
        )
    ]
