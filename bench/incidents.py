"""Benchmark: a kommun's EST year placed in its areas and counted for a meeting.

Makes a grid of areas (GeoJSON, each a circle of 64 vertices), reads and checks the
file, places 50 000 random points in them by ray casting after a bounding-box test
(`incidents.geo`, plain Python) and counts a week against the weeks before and last
year (`incidents.weekly`) from the year's rows. No database involved.

    .venv/bin/python bench/incidents.py [--areas 60] [--points 50000]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import time
from datetime import date, timedelta

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "loften.settings")
import django

django.setup()

from loften.incidents.categories import Category  # noqa: E402
from loften.incidents.geo import area_at, read_areas, regions  # noqa: E402
from loften.incidents.weekly import summarise  # noqa: E402
from loften.incidents.weeks import Week  # noqa: E402


def areas_file(count: int) -> bytes:
    side = math.ceil(math.sqrt(count))
    features = []
    for n in range(count):
        x, y = 20.0 + (n % side) * 0.05, 65.0 + (n // side) * 0.05
        ring = [
            [x + 0.025 + 0.024 * math.cos(a / 63 * 2 * math.pi),
             y + 0.025 + 0.024 * math.sin(a / 63 * 2 * math.pi)]
            for a in range(63)
        ]  # fmt: skip
        ring.append(ring[0])
        features.append({"type": "Feature", "properties": {"namn": f"Område {n + 1}"},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})  # fmt: skip
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--areas", type=int, default=60)
    parser.add_argument("--points", type=int, default=50_000)
    options = parser.parse_args()
    draw = random.Random(2026)  # noqa: S311 - points for a benchmark
    data = areas_file(options.areas)
    side = math.ceil(math.sqrt(options.areas)) * 0.05

    started = time.perf_counter()
    shapes = read_areas(data)
    read = time.perf_counter() - started

    points = [(20.0 + draw.random() * side, 65.0 + draw.random() * side)
              for _ in range(options.points)]  # fmt: skip
    keyed = regions((shape.name, shape.polygons) for shape in shapes)
    started = time.perf_counter()
    placed = [area_at(keyed, lon, lat) for lon, lat in points]
    placing = time.perf_counter() - started

    first = date(2025, 1, 1)
    categories = list(Category)
    rows = [
        (area, draw.choice(categories).value, Week.of(first + timedelta(days=draw.randrange(365))))
        for area in placed
    ]
    started = time.perf_counter()
    summary = summarise(Week(2025, 14), rows, [shape.name for shape in shapes])
    counting = time.perf_counter() - started

    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"areas: {len(shapes)} x 64 vertices, {len(data) / 1024:.0f} KiB, read in {read:.3f} s")
    inside = sum(1 for area in placed if area is not None)
    print(f"placing {len(points)} points: {placing:.2f} s "
          f"({len(points) / placing:,.0f} a second; {inside} inside an area)")  # fmt: skip
    print(f"weekly summary of {len(rows)} rows: {counting:.3f} s ({summary.total} in the week)")


if __name__ == "__main__":
    main()
