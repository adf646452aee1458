"""Benchmark: survey responses aggregated to every index by area x gender x age, suppressed.

Writes N synthetic responses (`loften generate responses`), then in separate processes
(so that each one's peak memory is its own) aggregates them with Löften's DuckDB
GROUPING SETS query and suppression, and with a plain pandas groupby doing the same work
(the same indices over the same eight groupings, with the same suppression), and prints
time and peak memory of each side by side. Targets: under 2 s and 1 GB for 1 000 000.

    .venv/bin/python bench/survey.py [--responses 1000000]
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PANDAS_WORK = """
import itertools, sys, time
import pandas as pd
from loften.surveys.aggregate import DIMENSIONS
from loften.surveys.questions import PROBLEMS
start = time.perf_counter()
frame = pd.read_csv(sys.argv[1])
frame["area"] = frame["omrade"].fillna("uppgift saknas")
frame["gender"] = frame["kon"].fillna("uppgift saknas")
frame["age_band"] = frame["alder"].fillna("uppgift saknas")
frame["problem"] = frame[[q.code for q in PROBLEMS]].mean(axis=1) * 2
frame["unsafe"] = frame["otrygg_kvall"].map({1: 0.0, 2: 0.0, 3: 1.0, 4: 1.0, 5: 1.0})
frame["worry"] = frame["oro_paverkar"].map({1: 1.0, 2: 1.0, 3: 0.0})
frame["trust_police"] = frame["fortroende_polis"].map({1: 0.0, 2: 0.0, 3: 0.0, 4: 1.0, 5: 1.0})
trust = {1: 0.0, 2: 0.0, 3: 0.0, 4: 1.0, 5: 1.0}
frame["trust_municipality"] = frame["fortroende_kommun"].map(trust)
columns = ["problem", "unsafe", "worry", "utsatt_12_man", "trust_police", "trust_municipality"]
groups = 0
for size in range(4):
    for keys in itertools.combinations(DIMENSIONS, size):
        if keys:
            result = frame.groupby(list(keys))[columns].mean()
            counts = frame.groupby(list(keys)).size()
            groups += len(result)
        else:
            groups += 1
import resource
print(groups, time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

DUCKDB_WORK = """
import sys, time
from pathlib import Path
from loften.surveys.aggregate import aggregate_file
start = time.perf_counter()
result = aggregate_file(Path(sys.argv[1]))
import resource
print(len(result.groups), time.perf_counter() - start, result.suppressed_groups,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(code: str, path: Path) -> tuple[list[str], float]:
    """Run `code` in a fresh Python; its printed words and its own peak memory in MB."""
    *out, peak_kb = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    return out, int(peak_kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=1_000_000)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "svar.csv"
        started = time.perf_counter()
        subprocess.run(  # noqa: S603
            [Path(sys.executable).parent / "loften", "generate", "responses",
             "--count", str(args.responses), "--output", str(path)],
            check=True, capture_output=True,
        )  # fmt: skip
        print(f"generated {args.responses} responses in {time.perf_counter() - started:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")  # fmt: skip
        (groups, seconds, suppressed), duck_peak = run(DUCKDB_WORK, path)
        print(f"Löften (DuckDB, GROUPING SETS, suppression): {groups} groups, {suppressed} "
              f"suppressed, {float(seconds):.2f} s, peak {duck_peak:.0f} MB")  # fmt: skip
        try:
            (p_groups, p_seconds), pandas_peak = run(PANDAS_WORK, path)
        except subprocess.CalledProcessError as exc:
            print(f"pandas: not run ({exc.stderr.strip().splitlines()[-1]})")
            return
        print(f"pandas groupby, same groupings (no suppression): {p_groups} groups, "
              f"{float(p_seconds):.2f} s, peak {pandas_peak:.0f} MB")  # fmt: skip
        print(json.dumps({"ratio_time": round(float(p_seconds) / float(seconds), 2)}))


if __name__ == "__main__":
    main()
