from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "loften.assessments"
    verbose_name = "Lägesbilder"
