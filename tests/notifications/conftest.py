from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import partial
from typing import Any

import pytest

Jobs = Callable[[], AbstractContextManager[Any]]


@pytest.fixture
def jobs(
    settings: Any, django_capture_on_commit_callbacks: Callable[..., AbstractContextManager[Any]]
) -> Jobs:
    """`with jobs(): ...` runs the background jobs queued inside, as a worker would after commit."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return partial(django_capture_on_commit_callbacks, execute=True)


@pytest.fixture(autouse=True)
def _quick_passwords(settings: Any) -> None:
    """The people in these tests never log in; hashing their passwords slowly buys nothing."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
