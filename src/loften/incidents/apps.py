from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "loften.incidents"
    verbose_name = "EST-händelser"
