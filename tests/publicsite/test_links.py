"""Links built from a route reversed once are the links reverse() gives."""

import pytest
from django.urls import reverse, set_script_prefix

from loften.publicsite.links import LinkPattern


@pytest.mark.parametrize("prefix", ["/", "/loften/"])
def test_a_link_pattern_gives_what_reverse_gives(prefix: str) -> None:
    set_script_prefix(prefix)
    try:
        link = LinkPattern("promise", "slug", "promise_set_id", "promise_id")
        for slug, set_id, promise_id in [("alvsbyn", 1, 2), ("upplands-vasby", 987, 0)]:
            assert link(slug=slug, promise_set_id=set_id, promise_id=promise_id) == reverse(
                "promise", args=[slug, set_id, promise_id]
            )
    finally:
        set_script_prefix("/")
