from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "loften.registry"
    verbose_name = _("Register")

    def ready(self) -> None:
        post_migrate.connect(load_registry_into_empty_database, sender=self)


def load_registry_into_empty_database(**kwargs: Any) -> None:
    """A new database starts with all kommuner and police areas in it.

    Only an empty registry is filled here, so corrections made later are never
    overwritten by a migration; `loften registry load` syncs on purpose.
    """
    from loften.registry.models import Municipality
    from loften.registry.services import registry_load

    if not Municipality.objects.using(kwargs.get("using", "default")).exists():
        registry_load()
