"""Areas a kommun uploads: checked with a clear Swedish message, and points placed in them."""

import json

import pytest

from loften.incidents.geo import MAX_VERTICES, GeoJSONError, contains, read_areas
from tests.incidents.conftest import geojson, square


def problem(data: bytes) -> str:
    with pytest.raises(GeoJSONError) as raised:
        read_areas(data)
    return str(raised.value)


def test_a_good_file_gives_named_areas_as_multipolygons() -> None:
    (centrum,) = read_areas(geojson(square("Centrum", 21.0, 65.67)))
    assert centrum.name == "Centrum"
    assert centrum.geometry["type"] == "MultiPolygon"


def test_broken_json_is_named() -> None:
    assert "inte giltig GeoJSON (rad 1)" in problem(b'{"type": "FeatureCollection", "features": [')


def test_a_line_is_not_an_area() -> None:
    feature = square("Gatan", 21.0, 65.67)
    feature["geometry"] = {"type": "LineString", "coordinates": [[21.0, 65.67], [21.1, 65.68]]}
    assert "geometrin är LineString; bara Polygon och MultiPolygon går" in problem(geojson(feature))


def test_coordinates_outside_sweden_are_refused_with_a_hint_on_the_reference_system() -> None:
    message = problem(geojson(square("Sweref", 730000.0, 7280000.0)))
    assert "ligger inte i Sverige" in message and "SWEREF 99" in message


def test_a_huge_file_is_refused_before_it_is_read() -> None:
    assert "högst 5 MB" in problem(b" " * (5 * 1024 * 1024 + 1))


def test_too_many_vertices_are_refused() -> None:
    ring = [[21.0 + i * 1e-6, 65.67] for i in range(MAX_VERTICES)] + [[21.0, 65.7], [21.0, 65.67]]
    feature = {"type": "Feature", "properties": {"namn": "Tät"},
               "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip
    assert f"mer än {MAX_VERTICES} punkter" in problem(geojson(feature))


def test_an_area_without_a_name_or_an_open_ring_is_named_by_its_number() -> None:
    nameless = square("", 21.0, 65.67)
    assert problem(geojson(nameless)).startswith("Område 1: saknar namn")
    open_ring = square("Öppen", 21.0, 65.67)
    open_ring["geometry"]["coordinates"][0].pop()  # type: ignore[index]
    assert "Område 1 (Öppen): en polygon är inte sluten" in problem(geojson(open_ring))


def test_points_inside_outside_and_in_a_hole() -> None:
    outer = [(21.0, 65.0), (21.4, 65.0), (21.4, 65.4), (21.0, 65.4), (21.0, 65.0)]
    hole = [(21.1, 65.1), (21.2, 65.1), (21.2, 65.2), (21.1, 65.2), (21.1, 65.1)]
    polygons = [[outer, hole]]
    assert contains(polygons, 21.3, 65.3)
    assert not contains(polygons, 21.15, 65.15)
    assert not contains(polygons, 21.5, 65.3)


def test_a_multipolygon_with_two_parts() -> None:
    feature = square("Två delar", 21.0, 65.67)
    second = square("x", 21.5, 65.9)["geometry"]["coordinates"]  # type: ignore[index]
    feature["geometry"] = {
        "type": "MultiPolygon",
        "coordinates": [feature["geometry"]["coordinates"], second],  # type: ignore[index]
    }
    (shape,) = read_areas(json.dumps(feature).encode())
    assert contains(shape.polygons, 21.51, 65.91) and contains(shape.polygons, 21.01, 65.68)
