"""The store: one SQLite file that is the user's document, or a PostgreSQL database an office
shares.

Opening a store is where data is most at risk, so this module is deliberately strict:

- A file that is not a SQLite database, or a database that is not ours, or one written by a
  newer program, is refused before anything writes to it.
- An older store is copied with SQLite's backup API (never a file copy of a live database)
  before its schema is upgraded, and the upgrade runs in one transaction.
- Every connection has foreign keys on, WAL and ``synchronous=FULL`` (no commit is lost on a
  power cut), and pysqlite's implicit transaction handling is replaced by an explicit BEGIN so
  that a transaction really covers reads and DDL (SQLAlchemy's documented SQLite recipe).
  A write transaction (:meth:`Store.transaction`) begins with ``BEGIN IMMEDIATE``: it takes the
  write lock before it reads, so two programs on one file wait for each other at the start
  (``busy_timeout``) instead of one failing with "database is locked" half-way through an
  edit it has already read for.
- New files are created readable by their owner only: a store holds personal data.

A PostgreSQL store (``postgresql://USER@HOST[:PORT]/DB``) runs the same migrations. Its
password comes from ``PGPASSWORD`` or ``~/.pgpass`` (libpq reads both), never from a command
line. The database is created by its administrator; an empty one gets the schema on first open.
An older schema is upgraded only when the caller says so (``upgrade=True``; ``planner --store
URL upgrade``), because the copy before the upgrade is the administrator's ``pg_dump``, which this
program cannot make for them. Transactions are READ COMMITTED; the version counters detect
concurrent edits of one row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool

from planner import locations, paths
from planner.errors import PlannerError
from planner.migrations import HEAD

# The ORM (and with it the model and the history's listener) is imported when the first
# session is made: `planner import` writes on a Core connection (:meth:`Store.writing`) and
# never needs it, and declaring the mapped classes was a third of that command.
if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_HEADER = b"SQLite format 3\x00"
POSTGRESQL_SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")
# pg_advisory_xact_lock key held while a PostgreSQL store is migrated, so that two programs
# opening one empty database at once do not both create the tables ("DPLN" in ASCII).
_MIGRATION_LOCK = 0x44504C4E
# How long a connection to a PostgreSQL server may take before it counts as unreachable.
CONNECT_TIMEOUT_S = 5
# How long a SQLite connection waits for another program's write lock before it gives up and
# the user is told that another program is saving: long enough for any one save of this
# program (an import of a large trip takes about a second), short enough to be an answer.
BUSY_TIMEOUT_MS = 5000
# The execution option that marks a write transaction (BEGIN IMMEDIATE on SQLite).
_WRITE = "planner_write"
# SQLSTATE classes that mean the server went away or refused the connection, not the statement.
_CONNECTION_SQLSTATES = ("08", "57P01", "57P02", "57P03")


class StoreError(PlannerError):
    """A store that cannot be opened; the message names the file and the reason."""


class CommitInDoubt(StoreError):
    """The connection broke while the server was committing: the change may or may not have
    been saved, and only looking can tell (repeating it blindly could save it twice)."""


@dataclass
class OpenResult:
    """What happened while opening, for the caller to tell the user."""

    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None
    warnings: list[str] = field(default_factory=list)


def _configure_sqlite(engine: Engine, *, foreign_keys: bool = True) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control away from pysqlite; the "begin" hook below emits BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _engine(path: Path, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    kwargs: dict[str, Any] = {} if pooled else {"poolclass": NullPool}
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    _configure_sqlite(engine, foreign_keys=foreign_keys)
    return engine


def alembic_config() -> Config:
    """Alembic's configuration, pointing at the migrations shipped inside the package."""
    from alembic.config import Config  # noqa: PLC0415 - Alembic only when a store changes

    config = Config()
    location = resources.files("planner") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_url(location: Path | str) -> bool:
    """Whether ``location`` names a database server (``scheme://...``) rather than a file."""
    return locations.is_url(location)


def has_password(location: str) -> bool:
    """Whether a store URL or keyword string carries a secret (which nothing may show)."""
    return locations.has_password(location)


def is_unreachable(exc: BaseException) -> bool:
    """Whether ``exc`` says the database server cannot be reached (it stopped, the network
    went, the connection was cut), as opposed to a statement the server refused. Nothing of
    a transaction that failed so was committed."""
    import psycopg  # noqa: PLC0415 - only a PostgreSQL store raises its errors

    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        exc = exc.orig if exc.orig is not None else exc
    if isinstance(exc, psycopg.Error):
        state = exc.sqlstate or ""
        if isinstance(exc, psycopg.OperationalError) and not state:
            return True  # libpq's own errors (no server answer) carry no SQLSTATE
        return state.startswith(_CONNECTION_SQLSTATES)
    return False


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite saying another program held the write lock for longer than
    :data:`BUSY_TIMEOUT_MS` (nothing of the transaction was written)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig)


@dataclass(frozen=True)
class Probe:
    """What a connection test found: the server's version and what the database holds."""

    server: str
    revision: str | None
    """The store's schema, or None when the database holds no store."""
    foreign: bool
    """The database holds another program's tables (it is refused as a store)."""


def probe(location: str) -> Probe:
    """Connect to the database ``location`` once and say what is there, changing nothing.
    Raises :class:`StoreError` with the server's or libpq's words when it cannot connect (a
    missing password, for one)."""
    locations.check(location)
    url = _postgresql_url(location)
    shown = display_url(url)
    engine = postgresql_engine(url, pooled=False)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            server = str(connection.exec_driver_sql("SHOW server_version").scalar())
            revision = None
            if "alembic_version" in tables:
                revision = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).scalar()
    except DBAPIError as exc:
        raise StoreError(f"{shown}: {_reason(exc)}") from None
    finally:
        engine.dispose()
    return Probe(server, revision, revision is None and bool(tables))


def display_url(url: URL) -> str:
    """The URL as the user may see it: ``postgresql://USER@HOST:PORT/DB``, no password (nor
    a secret among its parameters, though :func:`open_store` refuses those)."""
    shown = url.set(drivername="postgresql").render_as_string(hide_password=True)
    return locations.redact(shown)


class Store:
    """An open store: an engine and a factory of sessions, one session per user action."""

    def __init__(
        self,
        location: Path | URL,
        engine: Engine,
        result: OpenResult,
    ) -> None:
        self._path = location if isinstance(location, Path) else None
        self.location = str(location) if isinstance(location, Path) else display_url(location)
        """The file's path or the database's URL without password, for titles and messages."""
        self.engine = engine
        self.engine_name: str = engine.dialect.name
        """``"sqlite"`` or ``"postgresql"``."""
        self.opened = result
        self._factory: sessionmaker[Session] | None = None

    @property
    def _sessions(self) -> sessionmaker[Session]:
        if self._factory is None:
            from sqlalchemy.orm import sessionmaker  # noqa: PLC0415 - see the imports

            from planner import history  # noqa: PLC0415 - it imports the model

            self._factory = sessionmaker(self.engine, expire_on_commit=False)
            # On this store's sessions only, not on every Session of the process: a program
            # that opens two stores, or a test's bare Session, writes no entries behind its
            # back.
            event.listen(self._factory, "after_flush", history.after_flush)
        return self._factory

    @property
    def path(self) -> Path:
        """The store file; a PostgreSQL store has none (use :attr:`location`)."""
        if self._path is None:
            raise StoreError(f"{self.location}: a PostgreSQL store is not a file")
        return self._path

    def session(self) -> Session:
        """A new session; the caller decides its lifetime (``with store.session() as s``)."""
        return self._sessions()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A Core connection for reads over the tables (:mod:`planner.tables`), in one
        transaction as a session's reads are (rolled back at the end: it writes nothing).
        What the window reads until something is edited goes through here, so that starting
        the app imports no ORM (``sqlalchemy.orm`` is about 110 ms of the start on a 2-core
        machine: ``benchmarks/bench_startup.py``)."""
        with self.engine.connect() as connection:
            yield connection

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error.

        On SQLite it holds the write lock from its start (``BEGIN IMMEDIATE``), so
        another program's write waits for it, or fails before it started, never half-way.
        When the connection breaks during the COMMIT itself, nobody can know whether the
        server committed: that is :class:`CommitInDoubt`, not the driver's error."""
        with self._sessions() as session:
            session.begin()
            try:
                # On the session's own engine (history.origin knows the store by it), marked
                # so that the "begin" hook emits BEGIN IMMEDIATE; this also begins it now.
                if self.engine_name == "sqlite":
                    session.connection(execution_options={_WRITE: True})
                yield session
                session.flush()  # a failure here is still before the COMMIT: nothing saved
            except BaseException:
                session.rollback()
                raise
            try:
                session.commit()
            except DBAPIError as exc:
                self._in_doubt(exc)

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """A Core connection in one write transaction, as :meth:`transaction` gives a session:
        committed when the block ends, rolled back on error, the write lock held from the start
        on SQLite. For bulk work that writes its own change-log entry
        (:func:`planner.change_entries.record`): no ORM flush, so no entries of the listener."""
        with self.engine.connect() as opened:
            # Marked so that the "begin" hook emits BEGIN IMMEDIATE, as for a session.
            sqlite = self.engine_name == "sqlite"
            connection = opened.execution_options(**{_WRITE: True}) if sqlite else opened
            transaction = connection.begin()
            try:
                yield connection
            except BaseException:
                transaction.rollback()
                raise
            try:
                transaction.commit()
            except DBAPIError as exc:
                self._in_doubt(exc)

    def _in_doubt(self, exc: DBAPIError) -> None:
        """Raise what a failed COMMIT means: :class:`CommitInDoubt` when the connection broke
        (nobody knows whether the server committed), else the driver's error."""
        if not is_unreachable(exc):
            raise exc
        raise CommitInDoubt(
            f"{self.location}: the connection was lost while the change was being "
            "committed; it may have been saved: look before doing it again"
        ) from exc

    def backup_to(self, target: Path) -> Path:
        """Copy the live store file to the new SQLite file ``target`` with SQLite's backup API
        and check the copy. A PostgreSQL store is backed up by :func:`planner.copy_store.backup`
        (which builds on this module, so this one cannot call it)."""
        backup(self.path, target)
        return target

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def backup(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (even while it is open elsewhere), owner-only."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _create_private(target)
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
        problems = dst.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)]:
            raise StoreError(f"{target}: the backup copy failed its integrity check")


def _create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (SQLite keeps the mode it finds)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
    os.close(fd)


def _stored_revision(path: Path) -> tuple[str | None, bool]:
    """The store's Alembic revision and whether it holds any tables at all, read-only."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                return None, bool(tables)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return (row[0] if row else None), True
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a Delegation Planner store ({exc})") from None


def open_store(
    path: Path | str | None = None, *, create: bool = True, upgrade: bool = False
) -> Store:
    """Open (and if needed create or upgrade) the store at ``path`` or the default location.

    ``path`` is a file or a ``postgresql://`` URL. Raises :class:`StoreError` and leaves the
    store untouched when it is not a store, when it was written by a newer version of the
    program, or when it does not exist (a file) or is empty (a database) and ``create`` is
    false. A SQLite store is always upgraded, after a copy; a PostgreSQL store only when
    ``upgrade`` is true (see the module docstring).
    """
    own_location = path is None and not os.environ.get(paths.STORE_ENV)
    if path is None:
        path = os.environ.get(paths.STORE_ENV) or paths.default_store_path()
    if isinstance(path, str):
        locations.check(path)
    if is_url(path):
        assert isinstance(path, str)
        return _open_postgresql(path, create=create, upgrade=upgrade)
    path = Path(path)
    path = path.expanduser()
    result = OpenResult()
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file")
    exists = path.exists()
    if exists and path.stat().st_size == 0 and own_location:
        exists = False  # the program's own store, cut short while it was first made
    elif exists and path.stat().st_size == 0:
        raise StoreError(
            f"{path}: an empty file, not a Delegation Planner store; choose another name "
            "or delete the file"
        )
    if exists:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise StoreError(f"{path}: not a Delegation Planner store (not a SQLite file)")
        revision, has_tables = _stored_revision(path)
        if revision is None and has_tables:
            raise StoreError(
                f"{path}: not a Delegation Planner store (a SQLite database of another program)"
            )
        if revision == HEAD:
            return _opened(path, result)
        if revision is not None and not _known_revision(revision):
            raise StoreError(
                f"{path}: written by a newer version of Delegation Planner "
                f"(schema {revision}); update the program to open it"
            )
        if revision is not None and revision != head_revision():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            result.backup = path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
            backup(path, result.backup)
            result.upgraded_from = revision
        elif revision is None:
            result.created = True
    else:
        if not create:
            raise StoreError(f"no store at {path}")
        if own_location:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        elif not path.parent.is_dir():
            raise StoreError(
                f"{path}: no folder {path.parent}; a new store goes in a folder that exists"
            )
        _create_private(path)
        result.created = True
    try:
        _migrate(path)
    except BaseException:
        if result.created and not exists:
            _remove_store_file(path)  # a store that was never made leaves no file behind
        raise
    return _opened(path, result)


def _remove_store_file(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def _postgresql_url(location: str) -> URL:
    try:
        url = make_url(location)
    except ArgumentError:
        raise StoreError(f"{location}: not a store location (a file or postgresql://...)") from None
    if url.drivername not in POSTGRESQL_SCHEMES:
        raise StoreError(
            f"{display_url(url)}: {url.drivername} databases are not supported "
            "(a store is a SQLite file or a postgresql:// database)"
        )
    if not url.database:
        raise StoreError(f"{display_url(url)}: the URL names no database (postgresql://HOST/DB)")
    return url.set(drivername="postgresql+psycopg")


def postgresql_engine(url: URL, *, pooled: bool = True) -> Engine:
    """An engine for a PostgreSQL store: READ COMMITTED, connections checked before use (a
    restarted server costs one failed ping, not a failed command)."""
    kwargs: dict[str, Any] = {} if pooled else {"poolclass": NullPool}
    return create_engine(
        url,
        isolation_level="READ COMMITTED",
        pool_pre_ping=True,
        # A server that does not answer costs seconds, not the minutes of TCP's own timeout.
        connect_args={
            "application_name": "Delegation Planner",
            "connect_timeout": CONNECT_TIMEOUT_S,
        },
        **kwargs,
    )


def _open_postgresql(location: str, *, create: bool, upgrade: bool) -> Store:
    url = _postgresql_url(location)
    shown = display_url(url)
    result = OpenResult()
    engine = postgresql_engine(url, pooled=False)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).scalar()
    except DBAPIError as exc:
        raise StoreError(
            f"{shown}: the store cannot be reached; nothing was saved ({_reason(exc)})"
        ) from None
    finally:
        engine.dispose()
    if revision is None and tables:
        raise StoreError(f"{shown}: not a Delegation Planner store (a database of another program)")
    if revision is None:
        if not create:
            raise StoreError(f"{shown}: no store in this database (it is empty)")
        result.created = True
    elif revision != HEAD:
        if not _known_revision(revision):
            raise StoreError(
                f"{shown}: written by a newer version of Delegation Planner "
                f"(schema {revision}); update the program to open it"
            )
        if revision != head_revision():
            if not upgrade:
                raise StoreError(
                    f"{shown}: the store has the older schema {revision}; back it up "
                    f"(pg_dump), then bring it to {head_revision()} with: "
                    f"planner --store {shown} upgrade"
                )
            result.upgraded_from = revision
    if revision != HEAD:
        _migrate_engine(postgresql_engine(url, pooled=False), shown)
    return Store(url, postgresql_engine(url), result)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _reason(exc: DBAPIError) -> str:
    """The driver's words on why it could not connect: libpq's own, which name the host and
    port but never the statement; redacted all the same."""
    return locations.redact(_one_line(str(exc.orig)))


def _opened(path: Path, result: OpenResult) -> Store:
    if paths.looks_remote(path):
        result.warnings.append(
            f"{path} looks like a network location; SQLite stores belong on a local disk"
        )
    return Store(path, _engine(path), result)


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory  # noqa: PLC0415
    from alembic.util.exc import CommandError  # noqa: PLC0415

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        return False
    return True


def _migrate(path: Path) -> None:
    """Bring the schema to head in one transaction, foreign keys off as batch moves require."""
    _migrate_engine(_engine(path, foreign_keys=False, pooled=False), str(path))


def _migrate_engine(engine: Engine, shown: str) -> None:
    """Run the migrations to head in one transaction on ``engine``, then dispose of it.

    On SQLite foreign keys are off (batch moves rebuild tables) and checked before the commit;
    PostgreSQL checks them statement by statement and takes a lock so that one program
    migrates while another waits and then finds the store at head.
    """
    from alembic import command  # noqa: PLC0415
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.begin() as connection:
            if not sqlite:
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            current = MigrationContext.configure(connection).get_current_revision()
            if current == head_revision():
                return
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(f"{shown}: the upgrade would break {len(broken)} references")
    finally:
        engine.dispose()


def schema_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    with store.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
