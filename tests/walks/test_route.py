"""The route drawn on the map: a line in Sweden, or a Swedish message saying what is wrong."""

import json

import pytest

from loften.walks.route import MAX_POINTS, RouteError, read_route


def line(points: list[list[float]]) -> str:
    return json.dumps({"type": "LineString", "coordinates": points})


def test_a_line_in_sweden_is_kept_as_drawn() -> None:
    route = read_route(line([[21.0, 65.67], [21.01, 65.68]]))
    assert route == {"type": "LineString", "coordinates": [[21.0, 65.67], [21.01, 65.68]]}


def test_a_feature_holding_a_line_is_read_and_nothing_drawn_is_no_route() -> None:
    feature = {"type": "Feature", "geometry": json.loads(line([[18.0, 59.3], [18.1, 59.3]]))}
    assert read_route(json.dumps(feature))["coordinates"][1] == [18.1, 59.3]  # type: ignore[index]
    assert read_route("  ") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{inte json", "inte giltig JSON"),
        ('{"type": "Polygon", "coordinates": []}', "ska vara en linje"),
        (line([[21.0, 65.67]]), "minst två punkter"),
        (line([[2.35, 48.85], [2.36, 48.86]]), "Punkt 1 på sträckan ligger inte i Sverige"),
        (line([[21.0, 65.67], ["x", 65.0]]), "Punkt 2 på sträckan är inte"),
        (line([[21.0, 65.67]] * (MAX_POINTS + 1)), f"högst {MAX_POINTS}"),
    ],
)
def test_a_broken_route_is_refused_in_swedish(text: str, message: str) -> None:
    with pytest.raises(RouteError, match=message):
        read_route(text)
