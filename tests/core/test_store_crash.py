"""An import cut short at a random moment leaves the store sound and the trip whole or absent.

``planner import`` of a large trip runs as its own process and is killed with SIGKILL (a
power cut, as far as the store file can tell), or, on PostgreSQL, the server is stopped with
``pg_ctl stop -m immediate`` (a server crash) under it. Afterwards SQLite's integrity check
passes, every foreign key holds, and each trip in the store has every one of its meetings,
stops, transfers and links: nothing is ever half-applied. The moments come from a fixed seed,
so a failure can be replayed. Each test takes about eleven imports' worth of time, which is
under a minute on a quiet machine but minutes on a busy one: they are marked ``slow``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from benchmarks.bench_store import make_trip_document
from planner import store
from tests import pg

RUNS = 10
SEED = 15
# Large enough that an import takes seconds, so that kills land while it writes.
MEETINGS, PEOPLE, ORGANIZATIONS = 1200, 800, 100
# What each trip holds, per table: a trip with fewer rows in any of them was half-applied.
PARTS = ("stop", "transfer", "meeting", "trip_person", "trip_organization", "delegation_member")


@pytest.fixture(scope="module")
def big_trip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "big.trip.json"
    document = make_trip_document(meetings=MEETINGS, people=PEOPLE, organizations=ORGANIZATIONS)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def start_import(location: str, trip: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "planner", "--store", location, "import", str(trip)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def timed_import(location: str, trip: Path) -> float:
    """One import run to its end: how long an import takes on this machine."""
    started = time.monotonic()
    process = start_import(location, trip)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    return time.monotonic() - started


def trip_parts(location: str) -> list[tuple[int, ...]]:
    """For each trip, how many rows of each of :data:`PARTS` it has."""
    with store.open_store(location, create=False) as st, st.engine.connect() as connection:
        counts = []
        for (trip_id,) in connection.execute(sa.text("SELECT id FROM trip ORDER BY id")):
            counts.append(
                tuple(
                    connection.execute(
                        sa.text(f"SELECT count(*) FROM {table} WHERE trip_id = :id"),
                        {"id": trip_id},
                    ).scalar_one()
                    for table in PARTS
                )
            )
        return counts


def cut_short(
    location: str, trip: Path, interrupt: Callable[[subprocess.Popen[bytes]], None]
) -> tuple[int, int]:
    """Import ``trip`` :data:`RUNS` times, each interrupted at a random moment of an import's
    length, and check the store after each. How many runs left a trip and how many none."""
    length = timed_import(location, trip)
    whole = trip_parts(location)
    assert len(whole) == 1  # the timed run's trip: what a whole trip holds
    rng = random.Random(SEED)
    kept = lost = 0
    for _ in range(RUNS):
        before = len(trip_parts(location))
        process = start_import(location, trip)
        time.sleep(rng.uniform(0.15, 1.0) * length)  # the moment is the test: no signal to await
        interrupt(process)
        process.communicate(timeout=60)
        after = trip_parts(location)
        assert after == [whole[0]] * len(after), "a trip was half-applied"
        assert len(after) in (before, before + 1)
        kept, lost = (kept + 1, lost) if len(after) > before else (kept, lost + 1)
    print(f"\n{location}: an import takes {length:.1f} s", end="")
    return kept, lost


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_an_import_killed_at_random_moments_leaves_a_sound_store(
    big_trip: Path, tmp_path: Path
) -> None:
    location = str(tmp_path / "office.sqlite")

    def kill(process: subprocess.Popen[bytes]) -> None:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        with sqlite3.connect(location) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()

    kept, lost = cut_short(location, big_trip, kill)
    print(f"\nSIGKILL: {RUNS} runs, {kept} trips whole, {lost} absent, none half-applied")


@pytest.mark.slow
@pytest.mark.postgresql_only
def test_an_import_under_a_crashing_server_leaves_nothing_half_applied(
    big_trip: Path, store_path: str, pg_cluster: pg.Cluster
) -> None:
    if not pg_cluster.restartable:
        pytest.skip("the server PLANNER_TEST_PG_URL names is not ours to stop")

    def crash_server(process: subprocess.Popen[bytes]) -> None:
        pg_cluster.stop_server(mode="immediate")
        _, err = process.communicate(timeout=60)
        if process.returncode != 0:  # it was cut short: it says so in one line, no SQL
            assert err.decode().count("\n") == 1 and "INSERT" not in err.decode()
        pg_cluster.start_server()

    with pg_cluster.running_afterwards():
        kept, lost = cut_short(store_path, big_trip, crash_server)
    print(f"\npg_ctl stop -m immediate: {RUNS} runs, {kept} trips whole, {lost} absent")
