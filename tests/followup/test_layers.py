"""The progress roll-up is followup's: followup and search never reach into the public site."""

from pathlib import Path

import pytest

import loften.followup
import loften.search
from tests.promises.test_layers import imported_apps


@pytest.mark.parametrize("app", [loften.followup, loften.search], ids=["followup", "search"])
def test_followup_and_search_use_nothing_of_the_public_site(app: object) -> None:
    package = Path(app.__file__).parent  # type: ignore[attr-defined]
    reaching = [
        str(path.relative_to(package))
        for path in package.rglob("*")
        if (path.suffix == ".py" and "loften.publicsite" in imported_apps(path))
        or (path.suffix == ".html" and "load publicsite" in path.read_text(encoding="utf-8"))
    ]
    assert reaching == []
