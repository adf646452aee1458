from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "loften.audit"
    label = "audit"
    verbose_name = _("Ändringshistorik")

    def ready(self) -> None:
        from loften.audit import receivers  # noqa: F401  (connects the signal receivers)
