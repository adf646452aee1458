from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from loften.promises.models import PromiseSet

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"


@pytest.fixture
def draft(db: None) -> PromiseSet:
    """Älvsbyn's promise document imported as a draft to review."""
    call_command("import", str(SEEDS / "002_307e26fc5e31ffd9.txt"), stdout=StringIO())
    return PromiseSet.objects.get()
