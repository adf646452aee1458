"""Realistic synthetic survey responses, for tests, demos and benchmarks.

Written set-wise by DuckDB in the import layout: areas of different sizes, answers
skewed the way real ones are (most feel safe, women less so than men, the young and the
old differently), problems that go together in some areas, and missing answers.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from loften.surveys.questions import AGE_BANDS, PROBLEMS

AREAS = ("Centrum", "Norr", "Söder", "Väster", "Öster", "Hamnen", "Skogsbacken", "Ängen")


def _maybe(expression: str, missing: float) -> str:
    """The expression, or no answer for about this share of respondents."""
    return f"CASE WHEN random() < {missing} THEN NULL ELSE {expression} END"


def write_responses(path: Path, *, count: int, seed: int = 2026) -> None:
    """Write `count` responses to a CSV file (UTF-8, comma, header), the same for a seed."""
    areas = "[" + ", ".join(f"'{a}'" for a in AREAS) + "]"
    ages = "[" + ", ".join(f"'{a}'" for a in AGE_BANDS) + "]"
    # Square the draw so the first areas are the big ones, as in a real kommun.
    area = f"{areas}[1 + floor(pow(random(), 1.6) * {len(AREAS)})::INTEGER]"
    gender = (
        "CASE WHEN r_gender < 0.51 THEN 'kvinna' WHEN r_gender < 0.985 THEN 'man' ELSE 'annat' END"
    )
    age = f"{ages}[1 + floor(random() * {len(AGE_BANDS)})::INTEGER]"
    # Unease rises for women, in the smaller areas (higher index) and with the area's problems.
    unease = "(r_unease + (gender = 'kvinna')::INTEGER * 0.18 + area_rank * 0.02)"
    safe = (
        f"CASE WHEN {unease} < 0.45 THEN 1 WHEN {unease} < 0.8 THEN 2 WHEN {unease} < 0.97 THEN 3 "
        f"WHEN {unease} < 1.05 THEN 4 WHEN {unease} < 1.1 THEN 5 ELSE 6 END"
    )
    worry = "CASE WHEN r_unease > 0.9 THEN 1 WHEN r_unease > 0.6 THEN 2 ELSE 3 END"
    problems = ",\n".join(
        _maybe("least(3, floor(pow(random(), 2.2 - area_rank * 0.08) * 4))::INTEGER", 0.04)
        + f" AS {q.code}"
        for q in PROBLEMS
    )
    # Built from this module's constants and an integer count, never from input.
    query = f"""
        WITH base AS (
            SELECT random() AS r_gender, random() AS r_unease, {area} AS area, {age} AS age_band
            FROM range({int(count)})
        ), ranked AS (
            SELECT *, list_position({areas}, area) AS area_rank,
                   {gender} AS gender
            FROM base
        )
        SELECT {_maybe("area", 0.01)} AS omrade, {_maybe("gender", 0.01)} AS kon,
               {_maybe("age_band", 0.01)} AS alder,
               {_maybe(safe, 0.02)} AS otrygg_kvall,
               {_maybe(worry, 0.03)} AS oro_paverkar,
               {problems},
               {_maybe("(random() < 0.12 + area_rank * 0.01)::INTEGER", 0.02)} AS utsatt_12_man,
               {_maybe("1 + floor(pow(random(), 0.7) * 5)::INTEGER", 0.05)} AS fortroende_polis,
               {_maybe("1 + floor(pow(random(), 0.9) * 5)::INTEGER", 0.05)} AS fortroende_kommun
        FROM ranked
    """  # noqa: S608
    with duckdb.connect() as connection:
        connection.execute("SET threads = 1")  # one stream of random numbers: the same per seed
        connection.execute("SELECT setseed(?)", [(seed % 1000) / 1000])
        connection.execute(f"COPY ({query}) TO '{_quoted(path)}' (HEADER, DELIMITER ',')")


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
