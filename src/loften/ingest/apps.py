from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    name = "loften.ingest"
    verbose_name = _("Inläsning")

    def ready(self) -> None:
        from loften.ingest.uploads import upload_requeue
        from loften.ops.workers import job_requeued

        job_requeued.connect(upload_requeue, dispatch_uid="loften.ingest.upload_requeue")
