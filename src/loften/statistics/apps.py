from django.apps import AppConfig


class StatisticsConfig(AppConfig):
    name = "loften.statistics"
    label = "statistics"
    verbose_name = "Statistik"
