from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowUpConfig(AppConfig):
    name = "loften.followup"
    label = "followup"
    verbose_name = _("Uppföljning")

    def ready(self) -> None:
        from loften.followup.receivers import (
            promise_set_published,
            statistics_imported,
            survey_results_changed,
        )
        from loften.promises.signals import promise_set_published as published
        from loften.statistics.signals import statistics_imported as imported
        from loften.surveys.signals import survey_results_changed as surveyed

        published.connect(promise_set_published, dispatch_uid="followup.rounds")
        imported.connect(statistics_imported, dispatch_uid="followup.measurements")
        surveyed.connect(survey_results_changed, dispatch_uid="followup.survey_measurements")
