"""The briefing benchmark (benchmarks/bench_briefing.py) still runs, at a tiny size.

``run`` checks that bare reportlab lays the same flowables out on as many pages as the
planner, so this also guards the baseline against drifting from what the pack does.
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
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module("bench_briefing")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_benchmark_runs_at_a_tiny_size(bench: ModuleType, tmp_path: Path) -> None:
    report = bench.run(4, repeats=1, workdir=tmp_path)
    assert report.pages > 4
    assert [r.planner_ms > 0 for r in report.results] == [True, True]
    assert report.results[1].baseline_ms > 0
    assert report.pages_per_second > 0
    table = bench.markdown(report).splitlines()
    assert table[0] == "| operation | planner ms | bare reportlab ms | ratio |"
    assert any("pages per second" in line for line in table)
