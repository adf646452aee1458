from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.core.files.storage import FileSystemStorage
from django.test import override_settings

from loften.walks.models import Finding


@pytest.fixture(scope="session", autouse=True)
def _static_files_from_the_apps() -> Iterator[None]:
    """The live server builds its middleware once, before any test's settings apply.

    Whichever test starts it (a browser test, the front proxy's), it serves static
    files from the apps, like every other test, not from a collectstatic folder
    that no test fills.
    """
    with override_settings(STATIC_ROOT=None):
        yield


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    """Templates find static files without collectstatic having been run."""
    settings.STATIC_ROOT = None
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def photo_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the photos of findings go to in this test, not the data folder's.

    A file field reads its storage once, as its model is defined, so overriding
    settings.STORAGES would not move it: the field's storage itself is replaced.
    """
    folder = tmp_path / "photos"
    field = Finding._meta.get_field("photo")
    monkeypatch.setattr(field, "storage", FileSystemStorage(location=folder))
    return folder


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 stays the hasher, at its lowest cost: the suite creates many users."""
    monkeypatch.setattr(Argon2PasswordHasher, "time_cost", 1)
    monkeypatch.setattr(Argon2PasswordHasher, "memory_cost", 8)
    monkeypatch.setattr(Argon2PasswordHasher, "parallelism", 1)


Jobs = Callable[[], AbstractContextManager[Any]]


@pytest.fixture
def jobs(
    settings: Any, django_capture_on_commit_callbacks: Callable[..., AbstractContextManager[Any]]
) -> Jobs:
    """`with jobs(): ...` runs the background jobs queued inside, as a worker would after commit."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return partial(django_capture_on_commit_callbacks, execute=True)
