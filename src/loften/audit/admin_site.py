"""The admin site, whose every page acts as the person logged in to it.

Changes made in the admin are recorded in the history with that person and
the reason "admin", like any other write (see `accounts/acting.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import update_wrapper
from typing import Any, TypeVar, cast

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest, HttpResponseBase

from loften.accounts.acting import acting_as

View = TypeVar("View", bound=Callable[..., HttpResponseBase])


class AuditedAdminSite(admin.AdminSite):
    def admin_view(self, view: View, cacheable: bool = False) -> View:
        checked = super().admin_view(view, cacheable)

        def acting(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            with acting_as(request.user, "admin"):
                return checked(request, *args, **kwargs)

        return cast(View, update_wrapper(acting, checked))


class AuditedAdminConfig(AdminConfig):
    default_site = "loften.audit.admin_site.AuditedAdminSite"
