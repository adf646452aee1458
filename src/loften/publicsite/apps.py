from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicsiteConfig(AppConfig):
    name = "loften.publicsite"
    verbose_name = _("Publik webbplats")
