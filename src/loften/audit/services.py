"""Writes around the change history."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings


@contextmanager
def history_paused() -> Iterator[None]:
    """Write no history inside this block, in this process: for synthetic data only.

    `loften generate` makes and removes hundreds of thousands of made-up rows;
    recording each would only slow it down. Real changes are always recorded.
    """
    previous = getattr(settings, "SIMPLE_HISTORY_ENABLED", True)
    settings.SIMPLE_HISTORY_ENABLED = False
    try:
        yield
    finally:
        settings.SIMPLE_HISTORY_ENABLED = previous
