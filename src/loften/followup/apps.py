from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowUpConfig(AppConfig):
    name = "loften.followup"
    label = "followup"
    verbose_name = _("Uppföljning")

    def ready(self) -> None:
        from loften.followup.receivers import promise_set_published
        from loften.promises.signals import promise_set_published as published

        published.connect(promise_set_published, dispatch_uid="followup.rounds")
