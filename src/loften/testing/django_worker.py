"""A worker process's start: Django set up before it unpickles work from the project.

Kept apart from the modules whose work it runs, which need Django's apps when imported.
"""

import os


def start() -> None:
    """Set up Django in a freshly started process, with the settings of the one that started it."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
    django.setup()
