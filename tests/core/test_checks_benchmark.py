"""The checks benchmark (benchmarks/bench_checks.py) still runs, at a tiny size."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    # benchmarks/ is a folder of scripts, not a package: import the script by its folder
    # (it imports bench_store beside it, so the folder stays on the path while it loads).
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module("bench_checks")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_checks_benchmark_runs_at_a_tiny_size(bench: ModuleType, tmp_path: Path) -> None:
    results = bench.run(40, repeats=1, workdir=tmp_path)

    assert [r.operation.split(".")[0] for r in results] == ["a", "b"]
    assert "(13 queries)" in results[0].operation
    for result in results:
        assert result.median_ms > 0
    table = bench.markdown(results).splitlines()
    assert table[0] == "| operation | median ms | goal ms |"
    assert len([line for line in table if line.startswith("| ")]) == 1 + len(results)
