from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    name = "loften.opendata"
    verbose_name = _("Öppna data")

    def ready(self) -> None:
        from loften.followup.models import FollowUpRound
        from loften.opendata.cache import follow_up_round_changed

        # A round is published by saving it with a publication time (in the admin
        # today), so every saved or removed round may change what readers see.
        post_save.connect(
            follow_up_round_changed, sender=FollowUpRound, dispatch_uid="opendata.round_saved"
        )
        post_delete.connect(
            follow_up_round_changed, sender=FollowUpRound, dispatch_uid="opendata.round_deleted"
        )
