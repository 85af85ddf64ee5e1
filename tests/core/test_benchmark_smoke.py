"""The store benchmark (benchmarks/bench_store.py) still runs, at a tiny size.

``run`` checks each side against the other as it goes (the same rows written by the import,
the same trip summaries, the same rows read back for one trip, nothing left to lazy loading),
so this also guards the benchmark's baselines against drifting from what the planner does.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    # benchmarks/ is a folder of scripts, not a package: import the script by its folder.
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module("bench_store")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_benchmark_runs_at_a_tiny_size(bench: ModuleType, tmp_path: Path) -> None:
    results = bench.run(0.002, repeats=1, import_meetings=30, workdir=tmp_path)

    assert [r.operation.split(".")[0] for r in results] == ["a", "b", "c"]
    for result in results:
        assert result.planner_ms > 0
        assert result.baseline_ms > 0
    table = bench.markdown(results).splitlines()
    assert table[0] == "| operation | planner ms | baseline ms | ratio |"
    assert len([line for line in table if line.startswith("| ")]) == 1 + len(results)


def test_the_generated_store_has_the_sizes_asked_for(bench: ModuleType, tmp_path: Path) -> None:
    sizes = bench.Sizes.at(0.002)
    counts = bench.generate_store(tmp_path / "office.sqlite", sizes)

    assert counts["trip"] == sizes.trips
    assert counts["meeting"] == sizes.meetings
    assert counts["person"] == sizes.people
    assert counts["organization"] == sizes.organizations
    for table in ("stop", "transfer", "delegation_member", "meeting_attendee", "trip_person"):
        assert counts[table] > 0, table
