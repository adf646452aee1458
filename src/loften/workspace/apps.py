from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspaceConfig(AppConfig):
    """The back office where a kommun and its police write, sign and publish promise sets."""

    name = "loften.workspace"
    verbose_name = _("Arbetsyta")
