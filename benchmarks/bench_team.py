"""Team benchmark: many processes editing one shared store at once.

Run ``python benchmarks/bench_team.py`` (a throwaway PostgreSQL cluster is started with the
test suite's helpers in ``tests/pg.py``), ``--store postgresql://USER@HOST/DB`` (a scratch
database: the benchmark imports a trip into it and adds, then drops, a table of its own) or
``--sqlite`` (a SQLite file in a temporary folder, 4 processes by default). It

1. imports a trip (a generated 40-meeting trip from ``bench_store``, or ``--trip FILE``; meetings
   are added when the file has too few);
2. starts ``--processes`` editors (multiprocessing, spawn), each making ``--edits`` saved
   edits. An edit reads a meeting and its version (the meeting editor's ``read_versioned``),
   appends a token unique to the edit (``[process:counter]``) to its notes and saves with
   ``expected_version``; on :class:`~planner.conflicts.Conflict` it reads again and retries.
   Most edits go to the process's own meetings (no one else edits them); a share
   (``--shared``, 20 %) go to two meetings every process edits;
3. watches the change log meanwhile from two more processes, the way the window does
   (through a ``history.Cursor``): one polling every 100 ms, one at
   the app's interval of 1 s;
4. reports:

   - lost updates: tokens of saved edits missing from the final notes, and meetings whose
     version or commit count differs from the number of saves;
   - conflicts created against conflicts detected. "Created" is counted apart from the
     planner's version counters: the benchmark keeps its own table of commits per meeting,
     incremented in the transaction of every saved edit. Each attempt reads that count in the
     same snapshot as the meeting (REPEATABLE READ on PostgreSQL, one read transaction on
     SQLite) and again in its write transaction after ``editing.update`` has locked the row
     (``FOR UPDATE``: no other save of that meeting can commit until this transaction ends).
     A conflict was created when the two counts differ: someone saved the meeting between
     this attempt's read and its write. Every such attempt should raise Conflict, and no
     other;
   - saved edits per second over all processes;
   - the delay from each commit (when ``commit()`` returned to the editor) to a watcher
     seeing its change log entry, median and worst, and entries a watcher never saw.

The functions are importable (``run(...)``) for the smoke test in tests/core.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import multiprocessing as mp
import os
import platform
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from planner import editing, history, model, trips
from planner.conflicts import Conflict
from planner.editing.registry import editor_for
from planner.records import MeetingRecord
from planner.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SEED = 20240617
COUNTER_TABLE = "bench_team_commits"
TOKEN = re.compile(r"\[(\d+):(\d+)\]")
OWN_MEETINGS = 4
SHARED_MEETINGS = 2
POLL_FAST = 0.1
POLL_APP = 1.0  # ui.workspace.POLL_INTERVAL_MS

# ---------------------------------------------------------------------------------------------
# Results


@dataclass
class EditorReport:
    """What one editor process did; ``saved`` maps meeting UUID to the tokens it saved."""

    worker: int
    saved: dict[str, list[str]] = field(default_factory=dict)
    commits: list[tuple[str, int, float]] = field(default_factory=list)
    """(meeting UUID, that meeting's commit number, time.time() when commit() returned)."""
    attempts: int = 0
    created_detected: int = 0
    created_missed: int = 0  # a save that succeeded although someone saved in between
    detected_not_created: int = 0
    caught_at_flush: int = 0  # Conflict from the version counter at the UPDATE itself
    busy: int = 0  # "database is locked" (SQLite) and the like: rolled back, retried
    seconds: float = 0.0


@dataclass
class WatcherReport:
    interval: float
    seen: dict[int, float] = field(default_factory=dict)
    """change log id -> time.time() when the poll returned it."""
    polls: int = 0


@dataclass
class TeamResult:
    engine: str
    processes: int
    edits: int
    saved: int
    attempts: int
    seconds: float
    lost: int
    phantom: int
    count_mismatches: int
    created: int
    detected: int
    created_missed: int
    detected_not_created: int
    caught_at_flush: int
    busy: int
    delays: dict[float, list[float]]
    missed: dict[float, int]

    @property
    def edits_per_second(self) -> float:
        return self.saved / self.seconds if self.seconds else 0.0


# ---------------------------------------------------------------------------------------------
# Set-up


@contextlib.contextmanager
def postgresql_store(location: str | None) -> Iterator[str]:
    """The URL to run against: ``location``, or a database on a throwaway cluster."""
    if location is not None:
        yield location
        return
    sys.path.insert(0, str(ROOT))
    try:
        from tests import pg  # noqa: PLC0415 - the test suite's cluster helpers
    finally:
        sys.path.remove(str(ROOT))
    reason = pg.unavailable()
    if reason is not None:
        raise SystemExit(f"bench_team: {reason}")
    with pg.cluster() as cluster:
        yield cluster.create_database(cluster.new_name("bench_team"))


def prepare(location: str, trip_file: Path | None, needed: int, workdir: Path) -> list[str]:
    """Import the trip, make sure it has ``needed`` meetings, set up the commit counters; the
    meetings' UUIDs."""
    if trip_file is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        try:
            import bench_store  # noqa: PLC0415

            document = bench_store.make_trip_document(meetings=max(needed, 40))
        finally:
            sys.path.pop(0)
        trip_file = workdir / "team.trip.json"
        trip_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with open_store(location) as st:
        with st.transaction() as session:
            trip = trips.import_trip(session, trip_file)
            trip_uuid = trip.uuid
            uuids = [m.uuid for m in sorted(trip.meetings, key=lambda m: m.id)]
        if len(uuids) < needed:
            with st.transaction() as session:
                first = editor_for(MeetingRecord).read(session, uuids[0])
                for n in range(len(uuids), needed):
                    copy = dataclasses.replace(first, title=f"{first.title} ({n + 1})")
                    uuids.append(editing.create(session, trip_uuid, copy))
        uuids = uuids[:needed]
        with st.engine.begin() as connection:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {COUNTER_TABLE}")
            connection.exec_driver_sql(
                f"CREATE TABLE {COUNTER_TABLE} "
                "(meeting_uuid VARCHAR(36) PRIMARY KEY, commits INTEGER NOT NULL)"
            )
            connection.execute(
                text(f"INSERT INTO {COUNTER_TABLE} VALUES (:u, 0)"), [{"u": u} for u in uuids]
            )
    return uuids


# ---------------------------------------------------------------------------------------------
# The editors


def _commits(session: Any, uuid: str) -> int:
    query = text(f"SELECT commits FROM {COUNTER_TABLE} WHERE meeting_uuid = :u")
    return int(session.execute(query, {"u": uuid}).scalar_one())


def _read(st: Store, uuid: str) -> tuple[MeetingRecord, int, int]:
    """The meeting, its version and the commit count, all from one snapshot."""
    with st.session() as session, session.begin():
        if st.engine_name == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        record, version = editor_for(MeetingRecord).read_versioned(session, uuid)
        return record, version, _commits(session, uuid)


def edit(
    location: str,
    *,
    worker: int,
    edits: int,
    own: list[str],
    shared: list[str],
    shared_share: float,
    start: Barrier,
    out: Any,
) -> None:
    """One editor process: ``edits`` saved edits; its :class:`EditorReport` goes to ``out``."""
    report = EditorReport(worker)
    rng = random.Random(SEED + worker)
    with open_store(location) as st:
        _read(st, own[0])  # connect and warm up before the clock starts
        start.wait()
        began = time.perf_counter()
        for n in range(edits):
            uuid = rng.choice(shared) if rng.random() < shared_share else own[n % len(own)]
            token = f"[{worker}:{n}]"
            while True:
                report.attempts += 1
                outcome = _attempt(st, uuid, token, report)
                if outcome is not None:
                    report.saved.setdefault(uuid, []).append(token)
                    report.commits.append((uuid, outcome, time.time()))
                    break
        report.seconds = time.perf_counter() - began
    out.put(dataclasses.asdict(report))  # plain data: the class lives in __mp_main__ here


def _attempt(st: Store, uuid: str, token: str, report: EditorReport) -> int | None:
    """One read and save; the meeting's commit number when saved, None when refused."""
    record, version, read_count = _read(st, uuid)
    mine = dataclasses.replace(record, notes=f"{record.notes or ''} {token}")
    refused = False
    try:
        with st.transaction() as session:  # the app's write path (BEGIN IMMEDIATE on SQLite)
            try:
                editing.update(session, uuid, mine, expected_version=version, base=record)
            except Conflict as conflict:
                if conflict.version is None:  # caught by the version counter at the UPDATE
                    report.caught_at_flush += 1
                    raise
                # The row is locked FOR UPDATE: the count cannot move until this transaction
                # ends.
                created = _commits(session, uuid) != read_count
                report.created_detected += created
                report.detected_not_created += not created
                refused = True
            else:
                number = int(
                    session.execute(
                        text(
                            f"UPDATE {COUNTER_TABLE} SET commits = commits + 1 "
                            "WHERE meeting_uuid = :u RETURNING commits"
                        ),
                        {"u": uuid},
                    ).scalar_one()
                )
    except Conflict:
        return None
    except OperationalError:
        report.busy += 1
        return None
    if refused:
        return None
    report.created_missed += number - 1 != read_count
    return number


# ---------------------------------------------------------------------------------------------
# The watchers


def watch(location: str, interval: float, ready: Barrier, stop: Event, out: Any) -> None:
    """Poll the change log as the window does (ui.workspace.Workspace.poll) until ``stop``."""
    report = WatcherReport(interval)
    with open_store(location) as st:
        mine = history.origin(st.engine)
        with st.session() as session:
            cursor = history.cursor_at_end(session)
        ready.wait()
        while not stop.is_set():
            with st.session() as session:
                found = history.poll(session, cursor, exclude_origin=mine)
            now = time.time()
            report.polls += 1
            for change in found:
                report.seen.setdefault(change.id, now)
            stop.wait(interval)
    out.put(dataclasses.asdict(report))


# ---------------------------------------------------------------------------------------------
# The run


def run(
    location: str,
    *,
    processes: int = 8,
    edits: int = 1000,
    shared_share: float = 0.2,
    intervals: Sequence[float] = (POLL_FAST, POLL_APP),
    trip_file: Path | None = None,
    workdir: Path | None = None,
    log: Any = None,
) -> TeamResult:
    """Run the benchmark against the store at ``location`` (see the module docstring)."""
    with contextlib.ExitStack() as stack:
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        needed = processes * OWN_MEETINGS + SHARED_MEETINGS
        uuids = prepare(location, trip_file, needed, workdir)
        shared, own = uuids[:SHARED_MEETINGS], uuids[SHARED_MEETINGS:]
        with open_store(location) as st, st.session() as session:
            versions = {
                m.uuid: m.version
                for m in session.scalars(
                    sqlalchemy.select(model.Meeting).where(model.Meeting.uuid.in_(uuids))
                )
            }
            first_entry = history.latest_id(session)
        engine = "postgresql" if "://" in location else "sqlite"
        if log:
            log(f"{engine}: {processes} processes x {edits} edits, {needed} meetings")
        ctx = mp.get_context("spawn")
        out = ctx.Queue()
        start = ctx.Barrier(processes + len(intervals) + 1)
        stop = ctx.Event()
        workers = [
            ctx.Process(
                target=edit,
                args=(location,),
                kwargs={
                    "worker": i,
                    "edits": edits,
                    "own": own[i * OWN_MEETINGS : (i + 1) * OWN_MEETINGS],
                    "shared": shared,
                    "shared_share": shared_share,
                    "start": start,
                    "out": out,
                },
            )
            for i in range(processes)
        ]
        watchers = [
            ctx.Process(target=watch, args=(location, interval, start, stop, out))
            for interval in intervals
        ]
        for process in [*watchers, *workers]:
            process.start()
        start.wait()
        began = time.perf_counter()
        editors: list[EditorReport] = []
        while len(editors) < processes:
            editors.append(EditorReport(**out.get(timeout=600)))
        seconds = time.perf_counter() - began
        time.sleep(2 * max(intervals))  # the slowest watcher's last poll
        stop.set()
        seen = [WatcherReport(**out.get(timeout=60)) for _ in watchers]
        for process in [*watchers, *workers]:
            process.join(timeout=60)
            if process.exitcode != 0:
                raise RuntimeError(f"a benchmark process failed (exit code {process.exitcode})")
        return _result(
            location,
            engine=engine,
            editors=editors,
            watchers=seen,
            versions=versions,
            first_entry=first_entry,
            edits=edits,
            seconds=seconds,
        )


def _result(
    location: str,
    *,
    engine: str,
    editors: list[EditorReport],
    watchers: list[WatcherReport],
    versions: dict[str, int],
    first_entry: int,
    edits: int,
    seconds: float,
) -> TeamResult:
    saved: dict[str, set[str]] = defaultdict(set)
    for report in editors:
        for uuid, tokens in report.saved.items():
            saved[uuid].update(tokens)
    with open_store(location) as st, st.session() as session:
        final = {
            m.uuid: (m.notes or "", m.version)
            for m in session.scalars(
                sqlalchemy.select(model.Meeting).where(model.Meeting.uuid.in_(list(versions)))
            )
        }
        counts: dict[str, int] = dict(
            session.execute(text(f"SELECT meeting_uuid, commits FROM {COUNTER_TABLE}")).all()
        )
        entries = session.execute(
            sqlalchemy.select(model.ChangeLog.id, model.ChangeLog.object_uuid)
            .where(model.ChangeLog.id > first_entry)
            .order_by(model.ChangeLog.id)
        ).all()
    lost = phantom = mismatches = 0
    for uuid, (notes, version) in final.items():
        present = {m.group(0) for m in TOKEN.finditer(notes)}
        lost += len(saved[uuid] - present)
        phantom += len(present - saved[uuid])
        if counts[uuid] != len(saved[uuid]) or version - versions[uuid] != len(saved[uuid]):
            mismatches += 1
    # A meeting's change log entries are in the order of its commits (its row is locked from
    # the read of the version to the commit), so its n-th entry is its n-th commit.
    committed = {(uuid, number): at for r in editors for uuid, number, at in r.commits}
    numbering: Counter[str] = Counter()
    entry_commit: dict[int, float] = {}
    for entry_id, object_uuid in entries:
        if object_uuid is None:
            continue
        numbering[object_uuid] += 1
        if (object_uuid, numbering[object_uuid]) in committed:
            entry_commit[entry_id] = committed[(object_uuid, numbering[object_uuid])]
    delays: dict[float, list[float]] = {}
    missed: dict[float, int] = {}
    for watcher in watchers:
        delays[watcher.interval] = sorted(
            watcher.seen[i] - at for i, at in entry_commit.items() if i in watcher.seen
        )
        missed[watcher.interval] = sum(1 for i in entry_commit if i not in watcher.seen)
    created_detected = sum(r.created_detected for r in editors)
    created_missed = sum(r.created_missed for r in editors)
    caught = sum(r.caught_at_flush for r in editors)
    return TeamResult(
        engine=engine,
        processes=len(editors),
        edits=edits,
        saved=sum(len(t) for r in editors for t in r.saved.values()),
        attempts=sum(r.attempts for r in editors),
        seconds=seconds,
        lost=lost,
        phantom=phantom,
        count_mismatches=mismatches,
        created=created_detected + created_missed + caught,
        detected=created_detected + sum(r.detected_not_created for r in editors) + caught,
        created_missed=created_missed,
        detected_not_created=sum(r.detected_not_created for r in editors),
        caught_at_flush=caught,
        busy=sum(r.busy for r in editors),
        delays=delays,
        missed=missed,
    )


def cleanup(location: str) -> None:
    """Drop the benchmark's own table (the imported trip stays)."""
    with open_store(location) as st, st.engine.begin() as connection:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {COUNTER_TABLE}")


# ---------------------------------------------------------------------------------------------
# Output


def markdown(result: TeamResult) -> str:
    def ms(values: list[float], pick: str) -> str:
        if not values:
            return "–"
        value = statistics.median(values) if pick == "median" else max(values)
        return f"{value * 1000:.0f}"

    rows = [
        "| measure | value | goal |",
        "|---|---:|---:|",
        f"| saved edits ({result.processes} processes × {result.edits}) | {result.saved:,} | – |",
        f"| save attempts | {result.attempts:,} | – |",
        f"| lost updates (tokens missing; meetings whose counts differ) | "
        f"{result.lost}; {result.count_mismatches} | 0 |",
        f"| conflicts detected / created | {result.detected:,} / {result.created:,} | all |",
        f"| created but not detected / detected but not created | "
        f"{result.created_missed} / {result.detected_not_created} | 0 / 0 |",
        f"| refused by the database (busy, locked), retried | {result.busy:,} | – |",
        f"| saved edits per second, all processes | {result.edits_per_second:,.0f} | – |",
    ]
    for interval, values in result.delays.items():
        rows.append(
            f"| commit → seen, polling every {interval * 1000:.0f} ms: median / worst ms "
            f"| {ms(values, 'median')} / {ms(values, 'worst')} | < 2000 |"
        )
        rows.append(
            f"| commits never seen by the {interval * 1000:.0f} ms poll "
            f"| {result.missed[interval]} | 0 |"
        )
    return "\n".join(rows)


def machine() -> str:
    return (
        f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, SQLAlchemy {sqlalchemy.__version__}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--store", help="postgresql://USER@HOST/DB (a scratch database)")
    parser.add_argument("--sqlite", action="store_true", help="a SQLite file instead")
    parser.add_argument("--processes", type=int, help="editor processes (8; 4 with --sqlite)")
    parser.add_argument("--edits", type=int, default=1000, help="saved edits per process")
    parser.add_argument("--shared", type=float, default=0.2, help="share of edits on 2 meetings")
    parser.add_argument("--trip", type=Path, help="a trip file to import (default: generated)")
    args = parser.parse_args(argv)
    processes = args.processes or (4 if args.sqlite else 8)
    print(machine(), flush=True)
    with contextlib.ExitStack() as stack:
        if args.sqlite:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            location = str(folder / "team.sqlite")
        else:
            location = stack.enter_context(postgresql_store(args.store))
        result = run(
            location,
            processes=processes,
            edits=args.edits,
            shared_share=args.shared,
            trip_file=args.trip,
            log=lambda line: print(line, flush=True),
        )
        cleanup(location)
    print()
    print(markdown(result))
    print(f"\n{result.seconds:.1f} s of editing.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
