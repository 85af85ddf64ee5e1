"""Command-line benchmark: each ``planner`` command as a whole process, against a floor.

Run ``python benchmarks/bench_cli.py`` (``--meetings N`` for another trip size, ``--repeats N``
for more runs). What a user waits for is the process, from start to exit, so every figure is
a ``subprocess.run`` of the real command line (the console script ``planner`` beside this
Python, or ``python -m planner``), its median over the runs, and every floor is a process of
the same Python doing the least that the command's work needs, timed in the same run with the
runs of the two interleaved (a busy machine slows both alike):

===================================  ==========================================================
figure                               floor
===================================  ==========================================================
``planner --version``, ``--help``    ``python -c pass``
``planner trips``                    ``python -c "import sqlalchemy.orm"``
``planner import`` of the trip       SQLAlchemy Core ``executemany`` of the same rows into a
                                     copy of the same store at head (reading the same file)
``planner ics`` of the trip          icalendar writing the same components, properties and
                                     parameters, from Python values, to a file (the same bytes)
``planner check`` of the trip        ``planner trips`` (the checks may cost half a listing)
===================================  ==========================================================

Each import runs on a fresh copy of one store at head; the other commands on a store holding
the generated trip (``bench_store.make_trip_document``). The floors are checked against the
planner's output (the same rows written, the very bytes of the calendar), so a floor cannot
silently do less. Beside the wall-clock ratio the table gives the ratio of CPU
time (user and system, medians too): on a shared machine under load the wall clock also counts
each process's waits for a core, which can swing a ratio by half from one run to the next. The
functions are importable (``run``) for the smoke test in tests/core.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pickle
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bench_store
import icalendar

from planner import store

REPO = Path(__file__).resolve().parents[1]

# The floors, each a whole process of the same Python. argv: see where each is run.
FLOOR_IMPORT = """
import json, pickle, sys
from pathlib import Path
import sqlalchemy
from sqlalchemy import event
path, rows, trip_file = sys.argv[1:4]
json.loads(Path(trip_file).read_bytes())  # the file the planner reads, read and parsed
statements = pickle.loads(Path(rows).read_bytes())
engine = sqlalchemy.create_engine(f"sqlite:///{path}")
@event.listens_for(engine, "connect")
def pragmas(dbapi, _record):
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        dbapi.execute(f"PRAGMA {pragma}")
with engine.begin() as connection:
    for table, columns, params in statements:
        target = sqlalchemy.table(table, *(sqlalchemy.column(c) for c in columns))
        connection.execute(target.insert(), params)
engine.dispose()
"""

# How the ics floor builds a component from plain values; also :func:`rebuilt`, in tests.
FLOOR_BUILD = """
def build(name, props, children):
    component = icalendar.cal.component.Component.get_component_class(name)()
    for key, value, params in props:
        component.add(key, value, parameters=params)
    for child in children:
        component.add_component(build(*child))
    return component
"""

FLOOR_ICS = (
    """
import pickle, sys
from pathlib import Path
import icalendar
source, target = sys.argv[1:3]
"""
    + FLOOR_BUILD
    + """
Path(target).write_bytes(build(*pickle.loads(Path(source).read_bytes())).to_ical())
"""
)

GOALS = {"version": 3.0, "help": 3.0, "trips": 1.5, "import": 1.5, "ics": 1.5, "check": 1.5}


@dataclass(frozen=True)
class Figure:
    key: str
    figure: str
    command: str
    floor: str
    median_ms: float
    floor_ms: float
    goal: float
    runs: int
    cpu_ms: float = 0.0
    floor_cpu_ms: float = 0.0

    @property
    def ratio(self) -> float:
        return self.median_ms / self.floor_ms

    @property
    def cpu_ratio(self) -> float:
        """The same ratio in CPU time (user + system of the process): on a shared, busy
        machine the wall clock also counts the waits for a core, which this does not."""
        return self.cpu_ms / self.floor_cpu_ms if self.floor_cpu_ms else float("nan")

    @property
    def met(self) -> bool:
        return self.ratio <= self.goal


def planner_command() -> list[str]:
    """What a user runs: the console script beside this Python, else ``python -m planner``."""
    script = Path(sys.executable).with_name("planner")
    return [str(script)] if script.exists() else [sys.executable, "-m", "planner"]


def run(
    meetings: int = 1000,
    *,
    repeats: int = 11,
    warm_up: bool = True,
    workdir: Path | None = None,
    log: Callable[[str], None] = lambda _text: None,
    only: Sequence[str] = (),
) -> list[Figure]:
    """Time each figure and its floor ``repeats`` times, interleaved; one Figure each
    (those named in ``only``, when given: one figure's many repeats cost less than all)."""
    unknown = set(only) - set(GOALS)
    if unknown:
        raise ValueError(f"no such figure: {', '.join(sorted(unknown))}")
    with contextlib.ExitStack() as stack:
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-cli-")))
        return _run(meetings, repeats, warm_up, workdir, log, only=set(only or GOALS))


def _run(
    meetings: int,
    repeats: int,
    warm_up: bool,
    work: Path,
    log: Callable[[str], None],
    *,
    only: set[str],
) -> list[Figure]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PLANNER_STORE", None)
    planner = planner_command()
    python = [sys.executable]

    document = bench_store.make_trip_document(meetings=meetings)
    trip_file = work / "trip.trip.json"
    trip_file.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    head = work / "head.sqlite"
    store.open_store(head).close()
    office = work / "office.sqlite"
    shutil.copyfile(head, office)
    _process([*planner, "--store", str(office), "import", str(trip_file)], env)
    rows = work / "rows.pickle"
    rows.write_bytes(pickle.dumps(_import_statements(head, work / "plan.sqlite", document)))

    # Each import goes into a fresh copy of the store at head, made before its clock starts.
    def fresh(name: str) -> Path:
        copy = work / name
        for leftover in (
            copy,
            copy.with_name(copy.name + "-wal"),
            copy.with_name(copy.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(head, copy)
        return copy

    def import_planner() -> list[str]:
        return [*planner, "--store", str(fresh("import.sqlite")), "import", str(trip_file)]

    def import_floor() -> list[str]:
        target = fresh("floor.sqlite")
        return [*python, "-c", FLOOR_IMPORT, str(target), str(rows), str(trip_file)]

    _check_same_rows(office, head, import_floor(), env)

    ics_out = work / "trip.ics"
    ics = [*planner, "--store", str(office), "ics", "1", "-o", str(ics_out)]
    _process(ics, env)
    components = work / "ics.pickle"
    components.write_bytes(pickle.dumps(_plain(icalendar.Calendar.from_ical(ics_out.read_bytes()))))
    floor_out = work / "floor.ics"
    ics_floor = [*python, "-c", FLOOR_ICS, str(components), str(floor_out)]
    _process(ics_floor, env)
    _check_same_calendar(ics_out, floor_out)

    trips = [*planner, "--store", str(office), "trips"]
    check = [*planner, "--store", str(office), "check", "1"]
    pairs: list[tuple[str, str, Any, str, Any]] = [
        ("version", "`planner --version`", [*planner, "--version"], "`python -c pass`",
         [*python, "-c", "pass"]),
        ("help", "`planner --help`", [*planner, "--help"], "`python -c pass`",
         [*python, "-c", "pass"]),
        ("trips", "`planner trips`", trips, '`python -c "import sqlalchemy.orm"`',
         [*python, "-c", "import sqlalchemy.orm"]),
        ("import", f"`planner import` of a {meetings:,}-meeting trip into a store at head",
         import_planner, "SQLAlchemy Core executemany of the same rows into the same schema",
         import_floor),
        ("ics", f"`planner ics` of {meetings:,} meetings", ics,
         "icalendar writing the same properties directly", ics_floor),
        ("check", f"`planner check` of {meetings:,} meetings", check, "`planner trips`", trips),
    ]  # fmt: skip
    figures = []
    for key, figure, command, floor, floor_command in pairs:
        if key not in only:
            continue
        (today, bottom), (cpu, floor_cpu) = _compare(repeats, warm_up, command, floor_command, env)
        shown = _shown(command() if callable(command) else command, work)
        figures.append(
            Figure(key, figure, shown, floor, today, bottom, GOALS[key], repeats, cpu, floor_cpu)
        )
        log(
            f"{key}: {today:.0f} ms against {bottom:.0f} ms ({today / bottom:.2f}x); "
            f"CPU {cpu:.0f} ms against {floor_cpu:.0f} ms ({cpu / floor_cpu:.2f}x)"
        )
    return figures


def _compare(
    repeats: int, warm_up: bool, command: Any, floor: Any, env: dict[str, str]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Medians of the command and its floor, run in turn, after one untimed run of each when
    ``warm_up`` (the file cache warm for both, as for a user's second command): wall clock
    (command, floor), then CPU time (command, floor)."""
    timed: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    for i in range(repeats + warm_up):
        for side, argv in enumerate((command, floor)):
            before = _children_cpu_ms()
            ms = _process(argv() if callable(argv) else argv, env)
            if i or not warm_up:
                timed[side].append(ms)
                cpu[side].append(_children_cpu_ms() - before)
    return (
        (statistics.median(timed[0]), statistics.median(timed[1])),
        (statistics.median(cpu[0]), statistics.median(cpu[1])),
    )


def _children_cpu_ms() -> float:
    """User and system time of the ended child processes so far (one runs at a time)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _process(argv: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, timeout=300, check=False)
    elapsed = (time.perf_counter() - started) * 1000
    # check exits 1 when it finds problems; anything else is the benchmark's own failure.
    if done.returncode not in (0, 1) or (done.returncode == 1 and "check" not in argv):
        raise RuntimeError(f"{' '.join(argv[:4])}... exited {done.returncode}: {done.stderr!r}")
    return elapsed


def _import_statements(head: Path, scratch: Path, document: dict[str, Any]) -> list[Any]:
    """The INSERTs of ``bench_store.baseline_import`` into a store at head, as the floor's
    (table, columns, rows as dicts): every copy of ``head`` gets the same ids."""
    shutil.copyfile(head, scratch)
    statements: list[Any] = []
    with contextlib.closing(bench_store._connect(scratch)) as conn:
        bench_store.baseline_import(_Recorder(conn, statements), bench_store.plan_rows(document))
    return statements


class _Recorder:
    """A sqlite3 connection that also records each executemany as the floor will run it."""

    def __init__(self, conn: sqlite3.Connection, statements: list[Any]) -> None:
        self._conn = conn
        self._statements = statements

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        return self._conn.execute(sql, *args)

    def executemany(self, sql: str, rows: Sequence[tuple[Any, ...]]) -> sqlite3.Cursor:
        rows = list(rows)
        head, _, _ = sql.partition(" VALUES ")
        table, _, names = head.removeprefix("INSERT INTO ").partition(" (")
        columns = [name.strip().strip('"') for name in names.rstrip(")").split(",")]
        if rows:
            params = [dict(zip(columns, row, strict=True)) for row in rows]
            self._statements.append((table, columns, params))
        return self._conn.executemany(sql, rows)


def _check_same_rows(office: Path, head: Path, floor: list[str], env: dict[str, str]) -> None:
    _process(floor, env)
    written = {}
    for name, path in (("planner", office), ("floor", Path(floor[3]))):
        with contextlib.closing(sqlite3.connect(path)) as conn:
            written[name] = bench_store._table_counts(conn)
    with contextlib.closing(sqlite3.connect(head)) as conn:
        before = bench_store._table_counts(conn)
    if written["planner"] == before or written["planner"] != written["floor"]:
        raise AssertionError(f"the import and its floor wrote different rows: {written}")


def _plain(component: Any) -> tuple[str, list[Any], list[Any]]:
    """A component as Python values (str, datetime, timedelta, lists), its parameters as
    dicts, and its subcomponents: what an exporter has before it writes."""
    props = []
    for name, value in component.property_items(recursive=False):
        if name in ("BEGIN", "END"):
            continue
        props.append((name, component._decode(name, value), dict(value.params)))
    return component.name, props, [_plain(child) for child in component.subcomponents]


def rebuilt(data: bytes) -> bytes:
    """The calendar ``data`` as the ics floor writes it: parsed by icalendar, then every
    component, property and parameter added anew from Python values and written by it."""
    namespace: dict[str, Any] = {"icalendar": icalendar}
    exec(FLOOR_BUILD, namespace)  # the floor's own code, from this module
    written: bytes = namespace["build"](*_plain(icalendar.Calendar.from_ical(data))).to_ical()
    return written


def _check_same_calendar(planner: Path, floor: Path) -> None:
    """The floor must write the very bytes the planner wrote: every component, property,
    parameter and value (CLASS, GEO, CONFERENCE, ORGANIZER, translated CATEGORIES as events
    gained them), so that it never does less than the command it is the floor of."""
    if planner.read_bytes() != floor.read_bytes():
        raise AssertionError("the ics floor wrote other bytes than `planner ics`")


def _shown(argv: Sequence[str], work: Path) -> str:
    """The command as the README gives it: ``planner`` for the script, paths shortened."""
    parts = list(argv)
    if parts[0] == sys.executable and parts[1:3] == ["-m", "planner"]:
        parts = ["planner", *parts[3:]]
    elif Path(parts[0]).name == "planner":
        parts[0] = "planner"
    if parts[0] == sys.executable:
        parts[0] = "python"
    if len(parts) > 2 and parts[1] == "-c" and "\n" in parts[2]:
        parts[2] = "FLOOR"
    return " ".join(p.replace(f"{work}/", "") for p in parts)


def markdown(figures: Sequence[Figure]) -> str:
    lines = [
        "| figure | today | floor | ratio | CPU ratio | goal |",
        "|---|---:|---|---:|---:|---:|",
    ]
    for f in figures:
        mark = "" if f.met else " (not met)"
        lines.append(
            f"| {f.figure} | {f.median_ms / 1000:.3f} s | {f.floor} {f.floor_ms / 1000:.3f} s "
            f"| {f.ratio:.2f}x | {f.cpu_ratio:.2f}x | {f.goal:g}x{mark} |"
        )
    lines.append("")
    lines.append("Commands timed (in the benchmark's folder):")
    lines.extend(f"- {f.key}: `{f.command}`" for f in figures)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--meetings", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=11)
    parser.add_argument(
        "--only", action="append", choices=sorted(GOALS), default=[], help="time just this figure"
    )
    args = parser.parse_args()
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"{bench_store.machine()}; load average {load}", file=sys.stderr)
    figures = run(
        args.meetings,
        repeats=args.repeats,
        log=lambda t: print(t, file=sys.stderr),
        only=args.only,
    )
    print(markdown(figures))
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"load average after: {load}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
