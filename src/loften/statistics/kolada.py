"""Fetching key figures from Kolada's API (version 2), page by page.

Only `loften stats fetch` calls it, where the machine reaches the internet; the tests
serve a recorded answer from a local server instead.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Sequence
from typing import Any

API = "https://api.kolada.se/v2"
MAX_PAGES = 200


class FetchError(RuntimeError):
    """Kolada could not be read; the message says what happened."""


def kpi_url(kpi: str, *, municipalities: Sequence[str] = (), years: Sequence[int] = (),
            base: str = API) -> str:  # fmt: skip
    """The address of one KPI's values, for some kommuner and years or all of them."""
    path = f"{base.rstrip('/')}/data/kpi/{urllib.parse.quote(kpi)}"
    if municipalities:
        path += "/municipality/" + ",".join(municipalities)
    if years:
        path += "/year/" + ",".join(str(year) for year in years)
    return path


def fetch_all(url: str, *, timeout: float = 30) -> bytes:
    """Every page of an answer, following `next_page`, as one answer in Kolada's layout."""
    values: list[Any] = []
    pages = 0
    next_url: str | None = url
    while next_url:
        pages += 1
        if pages > MAX_PAGES:
            raise FetchError(f"more than {MAX_PAGES} pages from {url}")
        try:
            with urllib.request.urlopen(next_url, timeout=timeout) as answer:  # noqa: S310
                page = json.loads(answer.read())
        except (OSError, ValueError) as exc:
            raise FetchError(f"{next_url}: {exc}") from exc
        values.extend(page.get("values", []))
        next_url = page.get("next_page") or None
    return json.dumps({"values": values, "count": len(values), "next_page": None}).encode()
