from typing import Any

from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_cache_table(using: str = "default", **kwargs: Any) -> None:
    """The shared cache lives in the database: every migrated database gets its table.

    Django sends post_migrate once per app with models (the receiver listens to all of
    them); creating the table is skipped when it exists.
    """
    call_command("createcachetable", database=using, verbosity=0)


class OpsConfig(AppConfig):
    name = "loften.ops"
    verbose_name = _("Drift")

    def ready(self) -> None:
        post_migrate.connect(create_cache_table, dispatch_uid="loften.create_cache_table")
