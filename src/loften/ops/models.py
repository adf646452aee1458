"""Which `loften worker` processes are alive, so that the jobs of one that died run again."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerHeartbeat(models.Model):
    """A running worker: it writes `last_seen` every few seconds and removes its row when it
    stops cleanly. A job RUNNING under a worker not seen for a while goes back to the queue."""

    worker_id = models.CharField(_("arbetar-id"), primary_key=True, max_length=64)
    host = models.CharField(_("dator"), max_length=255)
    pid = models.PositiveIntegerField(_("process-id"))
    started_at = models.DateTimeField(_("startad"))
    last_seen = models.DateTimeField(_("senast hörd"))

    class Meta:
        verbose_name = _("bakgrundsarbetare")
        verbose_name_plural = _("bakgrundsarbetare")

    def __str__(self) -> str:
        return f"{self.host}:{self.pid}"
