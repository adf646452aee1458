from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "loften.surveys"
    verbose_name = "Trygghetsmätningar"
