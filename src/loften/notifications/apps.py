from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "loften.notifications"
    label = "notifications"
    verbose_name = _("Utskick")

    def ready(self) -> None:
        from loften.notifications import checks, receivers  # noqa: F401 - registers them
