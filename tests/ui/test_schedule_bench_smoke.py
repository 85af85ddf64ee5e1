"""The schedule benchmark (benchmarks/bench_schedule.py) still runs, at a tiny size.

``run`` checks as it goes that the week shows every meeting and that each drag moved its
meeting by exactly the 15 minutes dragged, so a broken grid cannot produce a fast figure.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    # benchmarks/ is a folder of scripts, not a package: import the script by its folder.
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module("bench_schedule")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_schedule_benchmark_runs_at_a_tiny_size(
    bench: ModuleType, tmp_path: Path, qapp: QApplication
) -> None:
    results = bench.run(meetings=21, repeats=1, workdir=tmp_path)

    assert [r.goal_ms for r in results] == [16.0, 16.0, 50.0, 50.0, 100.0]
    assert all(r.median_ms > 0 for r in results)
    lines = bench.table(results).splitlines()
    assert lines[0] == "| operation | median ms | worst ms | goal ms | |"
    assert len(lines) == 2 + len(results)
