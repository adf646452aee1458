from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "loften.notifications"
    label = "notifications"
    verbose_name = _("Utskick")

    def ready(self) -> None:
        from loften.followup.signals import follow_up_round_published
        from loften.notifications import checks  # noqa: F401 - registers them
        from loften.notifications.receivers import promise_set_published, round_published
        from loften.promises.signals import promise_set_published as set_published

        set_published.connect(promise_set_published, dispatch_uid="notifications.set")
        follow_up_round_published.connect(round_published, dispatch_uid="notifications.round")
