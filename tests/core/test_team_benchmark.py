"""The team benchmark (benchmarks/bench_team.py) still runs, at a tiny size, on PostgreSQL.

Two editor processes share two meetings with each other, so conflicts happen; every edit that
was saved must be in the store at the end, and every conflict the benchmark's own commit
counters saw created must have been refused by ``editing.update``.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    # benchmarks/ is a folder of scripts; the spawned processes import the script by this path
    # too (multiprocessing hands them sys.path), so it stays there while the tests run.
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module("bench_team")
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.mark.postgresql_only
def test_two_editors_lose_nothing_and_every_conflict_is_caught(
    bench: ModuleType, store_path: str, tmp_path: Path
) -> None:
    result = bench.run(
        str(store_path), processes=2, edits=20, shared_share=0.5, intervals=(0.1,), workdir=tmp_path
    )

    assert result.saved == 40
    assert result.lost == 0
    assert result.phantom == 0
    assert result.count_mismatches == 0
    assert result.created_missed == 0
    assert result.detected_not_created == 0
    assert result.detected == result.created
    assert result.attempts == result.saved + result.detected + result.busy
    for interval, delays in result.delays.items():
        assert delays, interval  # the watchers saw the commits
    table = bench.markdown(result).splitlines()
    assert table[0] == "| measure | value | goal |"
