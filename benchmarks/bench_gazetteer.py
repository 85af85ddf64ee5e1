"""Gazetteer benchmark: opening it, exact lookups, and the City field's completion, one
keystroke at a time.

Run ``python benchmarks/bench_gazetteer.py`` (warm: the index in the user's cache folder,
built first if missing) or with ``--cold`` (a new empty cache folder: the first run after an
install or upgrade builds the index; ``--memory``: no cache folder, the cities read into
memory). It opens the gazetteer (timed: what the first check of a process waits for), looks
up each of the ``--cities`` largest cities by its names and country as the checks do (goal:
under 1 ms each), then types the names of the
``--cities`` largest cities (their GeoNames name, and their German or Chinese name where the
gazetteer has one: ``Nürnberg``, ``青岛``) one character at a time, asking for the completions
after each, as the stop editor does. Goal: every keystroke under 5 ms (the time a 60 Hz
screen shows one frame in is 16 ms); the median, the 99th percentile and the slowest are
printed, in the processor time the thread spent (what the completion costs) and in wall time
(what it costs on this machine now, another program's turns on the processor included).

The functions are importable (``run(cities)``) for the smoke test in tests/core.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from planner import paths
from planner.gazetteer import cities

GOAL_MS = 5.0
LOOKUP_GOAL_MS = 1.0


@dataclass(frozen=True)
class Result:
    read_s: float
    build_s: float
    lookups: int
    lookup_median_ms: float
    lookup_p99_ms: float
    lookup_slowest_ms: float
    lookup_slowest_text: str
    keystrokes: int
    median_ms: float
    p99_ms: float
    slowest_ms: float
    slowest_text: str
    wall_keystrokes: int
    wall_median_ms: float
    wall_p99_ms: float
    wall_slowest_ms: float
    wall_slowest_text: str


def run(count: int = 1000, folder: Path | None = None, memory: bool = False) -> Result:
    """Time the gazetteer of ``folder`` (the process's own when None, read into memory when
    ``memory``)."""
    start = time.perf_counter()
    gazetteer = cities.load(folder) if folder or memory else cities.gazetteer()
    read = time.perf_counter() - start
    gazetteer.prepare()
    build = time.perf_counter() - start
    largest = sorted(gazetteer.cities, key=lambda c: -c.population)[:count]
    exact: list[tuple[float, str]] = []
    for city in largest:
        for name in city.names[:4]:
            start = time.perf_counter()
            gazetteer.named(name, city.country)
            exact.append(((time.perf_counter() - start) * 1000, f"{name}, {city.country}"))
    words = [c.name for c in largest]
    words += [n for c in largest for n in c.names[1:] if _is_han(n)][:count]
    words += [n for c in largest for n in c.names[1:] if not n.isascii() and not _is_han(n)][:count]
    cpu: list[tuple[float, str]] = []
    wall: list[tuple[float, str]] = []
    for word in words:
        for end in range(1, len(word) + 1):
            text = word[:end]
            start, start_cpu = time.perf_counter(), time.thread_time()
            gazetteer.complete(text)
            cpu.append(((time.thread_time() - start_cpu) * 1000, text))
            wall.append(((time.perf_counter() - start) * 1000, text))
    return Result(read, build, *_figures(exact), *_figures(cpu), *_figures(wall))


def _figures(times: list[tuple[float, str]]) -> tuple[int, float, float, float, str]:
    ms = sorted(t for t, _ in times)
    slowest = max(times)
    return len(ms), statistics.median(ms), ms[int(len(ms) * 0.99)], slowest[0], slowest[1]


def _is_han(name: str) -> bool:
    return "\u3400" <= name[0] <= "\u9fff"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cities", type=int, default=1000)
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--cold", action="store_true", help="build the index in a new folder")
    how.add_argument("--memory", action="store_true", help="read the cities into memory")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as empty:
        folder = Path(empty) if args.cold else None if args.memory else paths.cache_folder()
        result = run(args.cities, folder, args.memory)
    kind = "in memory" if args.memory else f"{'cold' if args.cold else 'warm'}, {folder}"
    print(
        f"opened the gazetteer ({kind}) in {result.read_s:.3f} s (what the checks wait "
        f"for), ready to complete in {result.build_s:.3f} s"
    )
    print(
        f"{result.lookups} exact lookups, wall time: median {result.lookup_median_ms:.3f} ms, "
        f"99th percentile {result.lookup_p99_ms:.3f} ms, slowest "
        f"{result.lookup_slowest_ms:.3f} ms ({result.lookup_slowest_text!r}); "
        f"goal under {LOOKUP_GOAL_MS:g} ms"
    )
    print(
        f"{result.keystrokes} keystrokes, processor time: median {result.median_ms:.3f} ms, "
        f"99th percentile {result.p99_ms:.3f} ms, slowest {result.slowest_ms:.3f} ms "
        f"({result.slowest_text!r}); goal under {GOAL_MS:g} ms"
    )
    print(
        f"wall time: median {result.wall_median_ms:.3f} ms, 99th percentile "
        f"{result.wall_p99_ms:.3f} ms, slowest {result.wall_slowest_ms:.3f} ms "
        f"({result.wall_slowest_text!r})"
    )


if __name__ == "__main__":
    main()
