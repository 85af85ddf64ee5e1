"""The UI benchmark (benchmarks/bench_ui.py) still runs, at a tiny size.

``run`` checks as it goes that the panel shows every meeting and that typing filters the
trips and deleting the text brings them all back, so a broken panel or model cannot produce
a fast but meaningless figure.
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
        return importlib.import_module("bench_ui")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_ui_benchmark_runs_at_a_tiny_size(
    bench: ModuleType, tmp_path: Path, qapp: QApplication
) -> None:
    results = bench.run(meetings=20, trips=50, repeats=1, workdir=tmp_path)

    assert [r.operation.strip()[:2] for r in results if r.goal_ms is not None] == ["a.", "b.", "c."]
    assert all(r.median_ms > 0 for r in results)
    lines = bench.table(results).splitlines()
    assert lines[0] == "| operation | median ms | worst ms | goal ms | |"
    assert len(lines) == 2 + len(results)
