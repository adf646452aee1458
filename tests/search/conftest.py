"""Published promise sets to search in, made the way the product makes them: then published."""

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from time_machine import TimeMachineFixture

from loften.promises.models import FocusArea, Promise, PromiseSet, PromiseTheme
from loften.promises.publishing import promise_set_publish
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory, municipality

Publish = Callable[..., PromiseSet]


@pytest.fixture(autouse=True)
def _today(time_machine: TimeMachineFixture) -> None:
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC))


@pytest.fixture
def publish(db: None) -> Publish:
    """Make a promise set of a kommun with promises, then publish it (unless told not to).

    Each promise is a dict: text, and optionally parties ("police",
    "municipality", "others"), themes, commitments and focus_area.
    """

    def make(
        code: str,
        start: date,
        end: date,
        promises: list[dict[str, Any]],
        *,
        title: str = "Medborgarlöfte",
        status: str = "published",
    ) -> PromiseSet:
        promise_set = PromiseSetFactory(
            municipalities=[municipality(code)], title=title, period_start=start, period_end=end
        )
        for position, spec in enumerate(promises):
            parties = spec.get("parties", ["police"])
            focus_area = (
                FocusArea.objects.create(promise_set=promise_set, title=spec["focus_area"])
                if "focus_area" in spec
                else None
            )
            promise = PromiseFactory(
                promise_set=promise_set,
                focus_area=focus_area,
                text=spec["text"],
                by_police="police" in parties,
                by_municipality="municipality" in parties,
                with_others="others" in parties,
                position=position,
            )
            for order, theme in enumerate(spec.get("themes", [])):
                PromiseTheme.objects.create(promise=promise, theme=theme, position=order)
            for what in spec.get("commitments", []):
                CommitmentFactory(promise=promise, what=what)
        if status == "published":
            promise_set_publish(promise_set=promise_set, acting_user=None)
        else:
            promise_set.status = status
            promise_set.save(update_fields=["status"])
        return promise_set

    return make


def texts(promises: list[Promise]) -> list[str]:
    return sorted(promise.text for promise in promises)
