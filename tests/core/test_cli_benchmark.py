"""The command-line benchmark (benchmarks/bench_cli.py) still runs, at a tiny size.

``run`` checks its floors against the planner's output as it goes (the same rows written by the
import, the very bytes of the calendar), so this also guards the floors from drifting into
doing less than the commands they are compared with.
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
    # benchmarks/ is a folder of scripts, not a package: import the script by its folder
    # (it imports bench_store beside it, so the folder stays on the path while it loads).
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module("bench_cli")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_cli_benchmark_runs_at_a_tiny_size(bench: ModuleType, tmp_path: Path) -> None:
    figures = bench.run(12, repeats=1, warm_up=False, workdir=tmp_path)

    assert [f.key for f in figures] == ["version", "help", "trips", "import", "ics", "check"]
    for figure in figures:
        assert figure.median_ms > 0
        assert figure.floor_ms > 0
        assert figure.cpu_ms > 0
        assert figure.floor_cpu_ms > 0
    table = bench.markdown(figures).splitlines()
    assert table[0] == "| figure | today | floor | ratio | CPU ratio | goal |"
    assert len([line for line in table if line.startswith("| ")]) == 1 + len(figures)
    commands = [line for line in table if line.startswith("- ")]
    assert "- import: `planner --store import.sqlite import trip.trip.json`" in commands
    assert "- ics: `planner --store office.sqlite ics 1 -o trip.ics`" in commands


def test_one_figure_can_be_timed_alone(bench: ModuleType, tmp_path: Path) -> None:
    figures = bench.run(12, repeats=1, warm_up=False, workdir=tmp_path, only=["ics"])

    assert [f.key for f in figures] == ["ics"]
    with pytest.raises(ValueError, match="no such figure: icss"):
        bench.run(12, repeats=1, warm_up=False, workdir=tmp_path, only=["icss"])
