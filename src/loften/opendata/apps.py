from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpendataConfig(AppConfig):
    name = "loften.opendata"
    verbose_name = _("Öppna data")

    def ready(self) -> None:
        from loften.assessments.signals import assessment_published
        from loften.followup.signals import follow_up_round_published
        from loften.opendata import checks  # noqa: F401 - registers them
        from loften.opendata.cache import published
        from loften.promises.signals import promise_set_published
        from loften.statistics.signals import statistics_imported

        # A publication changes what readers see: every cached public answer is stale.
        promise_set_published.connect(published, dispatch_uid="opendata.set_published")
        follow_up_round_published.connect(published, dispatch_uid="opendata.round_published")
        assessment_published.connect(published, dispatch_uid="opendata.assessment_published")
        statistics_imported.connect(published, dispatch_uid="opendata.statistics_imported")
