from collections.abc import Callable
from functools import cache
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from loften.ingest.scoring import Score
from loften.promises.models import PromiseSet
from loften.testing.quality import DOCUMENT_SETS, score_set

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"


@pytest.fixture
def draft(db: None) -> PromiseSet:
    """Älvsbyn's promise document imported as a draft to review."""
    call_command("import", str(SEEDS / "002_307e26fc5e31ffd9.txt"), stdout=StringIO())
    return PromiseSet.objects.get()


@pytest.fixture(scope="session")
def text_figures() -> Callable[[str, int], dict[str, float]]:
    """The figures of a document set read as text, or of every so manyth document of it:
    the set is read once for the quality and the variant tests, on first use, so that a
    missing set fails only its own tests, saying why."""

    @cache
    def text_score(name: str) -> Score:
        folder = DOCUMENT_SETS[name]
        assert (folder / "gold.json").exists(), f"{folder} is missing: CI needs ../shared beside it"
        return score_set(folder)

    def figures(name: str, every: int) -> dict[str, float]:
        return text_score(name).share(every).figures()

    return figures
