"""Areas on the map: GeoJSON a kommun uploads, checked, and which area a point lies in.

Plain Python, no GDAL or PostGIS: an area is a list of polygons, each a list of rings
of (longitude, latitude) pairs (WGS 84, as GeoJSON has them), the first ring the outer
edge and the rest holes. Nothing here knows about incidents, so that other field work
on the map (safety walks) reuses the same areas, checks and drawing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from math import cos, radians
from typing import Any

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

Ring = list[tuple[float, float]]
Polygon = list[Ring]

MAX_BYTES = 5 * 1024 * 1024
MAX_VERTICES = 50_000
MAX_AREAS = 500
# Sweden with a margin: no area of a Swedish kommun lies outside this box.
SWEDEN = (10.0, 55.0, 24.5, 69.5)  # west, south, east, north
NAME_KEYS = ("namn", "name", "omrade", "område", "NAMN", "Name")


class GeoJSONError(ValueError):
    """The file cannot be used; the message says why, in Swedish."""


@dataclass(frozen=True)
class Shape:
    """A named area: its polygons and the GeoJSON geometry they came from."""

    name: str
    polygons: list[Polygon]

    @property
    def geometry(self) -> dict[str, Any]:
        return {
            "type": "MultiPolygon",
            "coordinates": [[[list(point) for point in ring] for ring in p] for p in self.polygons],
        }


def read_areas(data: bytes) -> list[Shape]:
    """The named areas of a GeoJSON FeatureCollection (or one Feature) of Polygons and
    MultiPolygons, or a Swedish message naming the first thing wrong."""
    if len(data) > MAX_BYTES:
        raise GeoJSONError(
            f"Filen är {len(data) / 1024 / 1024:.1f} MB; högst {MAX_BYTES // 1024 // 1024} MB "
            "går att läsa in. Förenkla områdena (färre punkter) och försök igen."
        )
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" (rad {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise GeoJSONError(
            f"Filen är inte giltig GeoJSON{where}: den går inte att läsa som JSON."
        ) from exc
    if not isinstance(document, dict):
        raise GeoJSONError("Filen är inte GeoJSON: den ska vara ett objekt med områden.")
    features = document.get("features") if document.get("type") == "FeatureCollection" else None
    if document.get("type") == "Feature":
        features = [document]
    if not isinstance(features, list) or not features:
        raise GeoJSONError("Filen har inga områden (en FeatureCollection med Polygon-områden).")
    if len(features) > MAX_AREAS:
        raise GeoJSONError(f"Filen har {len(features)} områden; högst {MAX_AREAS} går.")
    shapes, vertices, names = [], 0, set()
    for number, feature in enumerate(features, 1):
        shape = _shape(feature, number)
        if shape.name.casefold() in names:
            raise GeoJSONError(f"Område {number}: namnet ”{shape.name}” finns redan i filen.")
        names.add(shape.name.casefold())
        vertices += sum(len(ring) for polygon in shape.polygons for ring in polygon)
        if vertices > MAX_VERTICES:
            raise GeoJSONError(
                f"Områdena har mer än {MAX_VERTICES} punkter. Förenkla dem och försök igen."
            )
        shapes.append(shape)
    return shapes


def _shape(feature: Any, number: int) -> Shape:
    where = f"Område {number}"
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise GeoJSONError(f"{where}: är inte ett GeoJSON-objekt av typen Feature.")
    properties = feature.get("properties") or {}
    name = next(
        (str(properties[k]).strip() for k in NAME_KEYS if str(properties.get(k) or "").strip()),
        "",
    )
    if not name:
        raise GeoJSONError(f"{where}: saknar namn (egenskapen ”namn” eller ”name”).")
    where = f"Område {number} ({name})"
    geometry = feature.get("geometry") or {}
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon" and isinstance(coordinates, list):
        polygons = coordinates
    else:
        raise GeoJSONError(
            f"{where}: geometrin är {kind or 'tom'}; bara Polygon och MultiPolygon går."
        )
    return Shape(name[:100], [_polygon(polygon, where) for polygon in polygons])


def _polygon(rings: Any, where: str) -> Polygon:
    if not isinstance(rings, list) or not rings:
        raise GeoJSONError(f"{where}: en polygon saknar koordinater.")
    polygon = []
    for ring in rings:
        if not isinstance(ring, list) or len(ring) < 4:
            raise GeoJSONError(f"{where}: en polygon har färre än fyra punkter.")
        points = [_point(point, where) for point in ring]
        if points[0] != points[-1]:
            raise GeoJSONError(f"{where}: en polygon är inte sluten (första och sista punkten).")
        polygon.append(points)
    return polygon


def _point(point: Any, where: str) -> tuple[float, float]:
    if (
        not isinstance(point, list)
        or len(point) < 2
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in point[:2])
    ):
        raise GeoJSONError(f"{where}: en punkt är inte ett par tal [longitud, latitud].")
    lon, lat = float(point[0]), float(point[1])
    if not in_sweden(lon, lat):
        raise GeoJSONError(
            f"{where}: punkten [{lon}, {lat}] ligger inte i Sverige. Koordinaterna ska vara "
            "WGS 84 (longitud, latitud i grader), inte SWEREF 99."
        )
    return lon, lat


def in_sweden(lon: float, lat: float) -> bool:
    west, south, east, north = SWEDEN
    return west <= lon <= east and south <= lat <= north


def polygons_of(geometry: dict[str, Any]) -> list[Polygon]:
    """The polygons of a stored MultiPolygon geometry."""
    return [[[(x, y) for x, y in ring] for ring in polygon] for polygon in geometry["coordinates"]]


def contains(polygons: Sequence[Polygon], lon: float, lat: float) -> bool:
    """Whether the point lies inside the area (inside an outer ring, in none of its holes)."""
    return any(
        _in_ring(polygon[0], lon, lat) and not any(_in_ring(hole, lon, lat) for hole in polygon[1:])
        for polygon in polygons
    )


def _in_ring(ring: Ring, x: float, y: float) -> bool:
    """Ray casting: a ray from the point crosses the ring's edges an odd number of times."""
    inside = False
    for (x1, y1), (x2, y2) in pairwise(ring):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


@dataclass(frozen=True)
class Region:
    """An area ready for placing points: its key, polygons and bounding box."""

    key: Any
    polygons: Sequence[Polygon]
    box: tuple[float, float, float, float]


def regions(areas: Iterable[tuple[Any, Sequence[Polygon]]]) -> list[Region]:
    """The areas with their bounding boxes, computed once for many points."""
    return [
        Region(key, polygons, box)
        for key, polygons in areas
        if (box := bounds(polygons)) is not None
    ]


def area_at(candidates: Sequence[Region], lon: float, lat: float) -> Any:
    """The key of the first area the point lies in, or None; the ray is cast only for
    areas whose bounding box holds the point."""
    for region in candidates:
        west, south, east, north = region.box
        if west <= lon <= east and south <= lat <= north and contains(region.polygons, lon, lat):
            return region.key
    return None


def bounds(polygons: Iterable[Polygon]) -> tuple[float, float, float, float] | None:
    """West, south, east, north of the outer rings, or None for no polygons."""
    points = [point for polygon in polygons for point in polygon[0]]
    if not points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return min(lons), min(lats), max(lons), max(lats)


SVG_WIDTH = 600


def svg_map(
    areas: Sequence[tuple[str, Sequence[Polygon], int]],
    points: Sequence[tuple[float, float]],
    *,
    title: str,
) -> SafeString:
    """An SVG drawing of the areas (shaded by their count) and the points, for paper and
    for pages without a map: no tiles, no script, nothing fetched."""
    box = bounds(polygon for _, polygons, _ in areas for polygon in polygons)
    if box is None:
        return SafeString("")
    west, south, east, north = box
    # Equirectangular, with longitude shortened as at the area's latitude.
    squeeze = cos(radians((south + north) / 2))
    span_x, span_y = max((east - west) * squeeze, 1e-9), max(north - south, 1e-9)
    height = round(SVG_WIDTH * span_y / span_x)

    def xy(lon: float, lat: float) -> str:
        x = (lon - west) * squeeze / span_x * (SVG_WIDTH - 20) + 10
        y = (north - lat) / span_y * (height - 20) + 10
        return f"{x:.1f},{y:.1f}"

    most = max((count for _, _, count in areas), default=0) or 1
    shapes = format_html_join(
        "",
        '<path d="{}" fill-opacity="{}"><title>{}: {}</title></path>',
        (
            (
                " ".join(
                    "M" + " L".join(xy(*point) for point in ring) + " Z"
                    for polygon in polygons
                    for ring in polygon
                ),
                f"{0.1 + 0.6 * count / most:.2f}",
                name,
                count,
            )
            for name, polygons, count in areas
        ),
    )
    dots = format_html_join(
        "", '<circle cx="{}" cy="{}" r="4"/>', (tuple(xy(*p).split(",")) for p in points)
    )
    return format_html(
        '<svg class="incident-map" viewBox="0 0 {} {}" role="img" aria-label="{}" '
        'xmlns="http://www.w3.org/2000/svg"><g class="areas" fill="#b8452e" stroke="#333" '
        'stroke-width="1" fill-rule="evenodd">{}</g><g class="spots" fill="#000">{}</g></svg>',
        SVG_WIDTH,
        max(height, 40),
        title,
        shapes,
        dots,
    )
