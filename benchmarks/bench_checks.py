"""Checks benchmark: the feasibility checks on a 1,000-meeting trip.

Run ``python benchmarks/bench_checks.py`` (``--meetings N`` for another size). It imports
``bench_store.make_trip_document(meetings=N)`` into a fresh store and times, separately,

a. ``planner.checks.read_facts``: the one read of what the checks need, in a new session each
   run, as the window does after an edit;
b. ``planner.checks.check_facts``: every check on those facts with the default settings (goal
   under 50 ms for 1,000 meetings, so that the problems panel can follow every edit);

and prints the median of several runs, after one untimed warm-up run (which builds the
holiday tables and zone caches a running app already has), as a Markdown table. The generated
trip is a worst case for the number of problems: its meetings pile up in a few slots with
random attendees, so thousands of overlaps are worded.

The functions are importable (``run(meetings)``) for the smoke test in tests/core.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_store import machine, make_trip_document
from sqlalchemy import event

from planner import checks, tripfile
from planner.store import Store, open_store

GOAL_CHECK_MS = 50.0


@dataclass(frozen=True)
class Result:
    operation: str
    median_ms: float
    goal_ms: float | None
    runs: int


def run(
    meetings: int = 1000,
    *,
    repeats: int = 31,
    workdir: Path | None = None,
    log: Callable[[str], None] = lambda _text: None,
) -> list[Result]:
    """Import a generated trip of ``meetings`` meetings and time reading and checking it."""
    with contextlib.ExitStack() as stack:
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-chk-")))
        store = stack.enter_context(open_store(workdir / "office.sqlite"))
        prepared = tripfile.build_trip(make_trip_document(meetings=meetings), "generated")
        with store.transaction() as session:
            tripfile.insert_trip(session, prepared)
        uuid = prepared.uuid

        def read() -> checks.TripFacts:
            with store.session() as session:
                return checks.read_facts(session, uuid)

        queries = _count_selects(store, read)
        facts = read()
        settings = checks.CheckSettings()
        problems = checks.check_facts(facts, settings)
        counts = Counter(p.kind for p in problems)
        log(
            f"{len(facts.meetings)} meetings, {len(facts.people)} people, {queries} queries; "
            f"{len(problems)} problems: "
            + ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        )
        read_ms = _median(repeats, read)
        check_ms = _median(repeats, lambda: checks.check_facts(facts, settings))
        log(f"read_facts {read_ms:.1f} ms, check_facts {check_ms:.1f} ms")
        return [
            Result(
                f"a. read_facts: a {meetings:,}-meeting trip ({queries} queries)",
                read_ms,
                None,
                repeats,
            ),
            Result(
                f"b. check_facts: every check, default settings ({len(problems):,} problems)",
                check_ms,
                GOAL_CHECK_MS,
                repeats,
            ),
        ]


def markdown(results: list[Result]) -> str:
    lines = ["| operation | median ms | goal ms |", "|---|---:|---:|"]
    for r in results:
        goal = f"{r.goal_ms:.0f}" if r.goal_ms is not None else "–"
        lines.append(f"| {r.operation} | {r.median_ms:.1f} | {goal} |")
    return "\n".join(lines)


def _median(runs: int, fn: Callable[[], object]) -> float:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _count_selects(store: Store, fn: Callable[[], object]) -> int:
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        fn()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--meetings", type=int, default=1000, help="meetings in the trip")
    parser.add_argument("--repeats", type=int, default=31, help="timed runs of each operation")
    args = parser.parse_args(argv)
    print(f"Trip: {args.meetings} meetings; {machine()}", flush=True)
    results = run(args.meetings, repeats=args.repeats, log=lambda t: print(t, flush=True))
    print()
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
