"""The route of a safety walk, drawn on the map: a GeoJSON LineString in WGS 84."""

from __future__ import annotations

import json
from typing import Any

from loften.incidents.geo import in_sweden

MAX_POINTS = 2_000


class RouteError(ValueError):
    """The route cannot be used; the message says why, in Swedish."""


def read_route(text: str) -> dict[str, Any] | None:
    """The route as a GeoJSON LineString (a bare geometry or a Feature holding one), None
    when nothing was drawn, or a Swedish message naming what is wrong."""
    if not text.strip():
        return None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RouteError("Sträckan går inte att läsa: den är inte giltig JSON.") from exc
    if isinstance(document, dict) and document.get("type") == "Feature":
        document = document.get("geometry")
    if not isinstance(document, dict) or document.get("type") != "LineString":
        raise RouteError("Sträckan ska vara en linje (GeoJSON LineString), inte en annan form.")
    coordinates = document.get("coordinates")
    if not isinstance(coordinates, list) or len(coordinates) < 2:
        raise RouteError("Sträckan behöver minst två punkter.")
    if len(coordinates) > MAX_POINTS:
        raise RouteError(
            f"Sträckan har {len(coordinates)} punkter; högst {MAX_POINTS} går. Rita den enklare."
        )
    points = []
    for number, point in enumerate(coordinates, 1):
        if (
            not isinstance(point, list)
            or len(point) < 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in point[:2])
        ):
            raise RouteError(f"Punkt {number} på sträckan är inte en longitud och latitud.")
        lon, lat = float(point[0]), float(point[1])
        if not in_sweden(lon, lat):
            raise RouteError(f"Punkt {number} på sträckan ligger inte i Sverige.")
        points.append([lon, lat])
    return {"type": "LineString", "coordinates": points}
