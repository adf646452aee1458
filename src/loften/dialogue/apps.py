from django.apps import AppConfig


class DialogueConfig(AppConfig):
    name = "loften.dialogue"
    verbose_name = "Dialoger"
