"""The directory benchmark (benchmarks/bench_directory.py) still runs, at a tiny size.

``run`` compares the people the planner stored with the baseline's after every run, so this
also guards the baseline against drifting from what the import does.
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
        return importlib.import_module("bench_directory")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_benchmark_runs_at_a_tiny_size(bench: ModuleType, tmp_path: Path) -> None:
    results, typed = bench.run(0.002, repeats=1, workdir=tmp_path)

    assert results[0].planner_ms > 0 and results[0].baseline_ms > 0
    assert len(typed) == 2 * len(bench.SEARCHES)
    assert all(k.worst_ms >= k.median_ms >= 0 for k in typed)
    table = bench.markdown(results, typed).splitlines()
    assert table[0] == "| operation | planner ms | bare sqlite3 ms | ratio |"


def test_the_generated_file_has_no_duplicates_and_reads_back(bench: ModuleType) -> None:
    from planner.contacts import csv_format

    contacts = bench.make_contacts(300, 20)
    table = csv_format.read_table(contacts.csv, "contacts.csv")
    mapping = csv_format.guess_mapping(table.headers)
    drafts = csv_format.drafts(table, mapping, "contacts.csv")
    assert len(drafts) == 300
    assert len({(d.family_name, d.given_name, d.organization) for d in drafts}) == 300
    assert {d.country for d in drafts} <= {"DE", "GB", "CN"}
