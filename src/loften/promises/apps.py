from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PromisesConfig(AppConfig):
    name = "loften.promises"
    verbose_name = _("Medborgarlöften")

    def ready(self) -> None:
        from loften.promises import receivers  # noqa: F401 - registers them
