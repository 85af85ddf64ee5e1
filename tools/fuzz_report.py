"""Figures for the README's "Reliability" section: how mutated input fared.

    .venv/bin/python tools/fuzz_report.py ics [--examples N]

Runs the property of ``tests/core/test_calendar_fuzz.py`` (same strategy, same fixed seed)
over N mutated .ics files in a throwaway store and prints what became of them: tried,
refused with a place, accepted, catch-all messages and crashes (the goal for both is 0).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import ics_fuzz  # the repository root is on the path from here on

KINDS = ("refused with a place", "accepted", "refused otherwise", "catch-all", "crashed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["ics"])
    parser.add_argument("--examples", type=int, default=500)
    args = parser.parse_args(argv)
    started = time.monotonic()
    failure = None
    tally = ics_fuzz.Tally()
    try:
        tally = ics_fuzz.report_into(tally, args.examples)
    except Exception as exc:  # a broken promise: report the figures so far, then the example
        failure = exc
    print(f"cases tried: {tally.tried}")
    for kind in KINDS:
        print(f"{kind}: {tally.outcomes[kind]}")
    print(f"slowest example: {tally.slowest:.2f} s; all: {time.monotonic() - started:.0f} s")
    if failure is not None:
        print(f"FAILED: {failure}", file=sys.stderr)
        for inner in getattr(failure, "exceptions", ()):  # what Hypothesis gathered
            print(f"  {type(inner).__name__}: {inner}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
