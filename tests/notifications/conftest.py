from datetime import date
from typing import Any

import pytest

from loften.promises.models import PromiseSet
from tests.factories import PromiseSetFactory


@pytest.fixture(autouse=True)
def _quick_passwords(settings: Any) -> None:
    """The people in these tests never log in; hashing their passwords slowly buys nothing."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _site_url(settings: Any) -> None:
    settings.SITE_URL = "https://loften.example.org"


@pytest.fixture
def promise_set() -> PromiseSet:
    """Älvsbyn's published promise set, in force 2024–2026 and followed up twice a year."""
    return PromiseSetFactory(
        title="Medborgarlöfte Älvsbyn 2024–2026",
        period_start=date(2024, 1, 1),
        period_end=date(2026, 12, 31),
        follow_up_cadence="twice_yearly",
        publish=True,
    )
