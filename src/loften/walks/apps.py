from django.apps import AppConfig


class WalksConfig(AppConfig):
    name = "loften.walks"
    verbose_name = "Trygghetsvandringar"
