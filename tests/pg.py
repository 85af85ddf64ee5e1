"""A throwaway PostgreSQL cluster for the tests: started once per session, stopped at the end.

Where the server comes from, in order:

1. ``PLANNER_TEST_PG_URL`` (``postgresql://USER@HOST:PORT/DB``, a role allowed to create
   databases): a server someone else runs; the tests create and drop their own databases on it.
2. ``initdb`` and ``pg_ctl`` on the PATH or in ``/usr/lib/postgresql/*/bin`` (Debian's
   ``postgresql`` package): a new cluster in a temporary folder, trust authentication, listening
   on 127.0.0.1 on a free port only (its socket in the same folder), tuned for speed over
   durability (``fsync=off``: the data is thrown away). PostgreSQL refuses to run as root, so
   as root the cluster belongs to ``nobody``.
3. Neither: :func:`unavailable` says why, and the PostgreSQL half of the suite is skipped
   (or fails, when ``PLANNER_REQUIRE_PG=1`` says the machine must have it, as CI does).

Every test gets its own database, made with ``CREATE DATABASE ... TEMPLATE`` from one that
was migrated to head once, which copies files instead of running the migrations again.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

ROLE = "planner"
TEMPLATE = "planner_template"
SERVER_SETTINGS = (
    # Throwaway data: nothing needs to survive a crash, and every test creates a database.
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "max_connections=200",
)


def find_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, newest Debian version first."""
    for name in ("initdb", "pg_ctl"):
        found = shutil.which(name)
        if found is None:
            break
    else:
        return Path(shutil.which("pg_ctl") or "").resolve().parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True
    )
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def unavailable() -> str | None:
    """Why there can be no PostgreSQL for the tests, or None when there can."""
    if os.environ.get("PLANNER_TEST_PG_URL"):
        return None
    if find_binaries() is None:
        return (
            "no PostgreSQL: set PLANNER_TEST_PG_URL or install the server "
            "(initdb and pg_ctl on the PATH or in /usr/lib/postgresql/*/bin)"
        )
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Cluster:
    """A server the tests may create databases on, and the URL of each database."""

    def __init__(
        self,
        base_url: str,
        on_stop: list[Any] | None = None,
        pg_ctl: list[str] | None = None,
        owner: tuple[int, int] | None = None,
    ) -> None:
        self.base_url = make_url(base_url)
        self._on_stop = on_stop or []
        self._counter = 0
        self._pg_ctl = pg_ctl
        """``pg_ctl -D DATA -l LOG -o OPTIONS`` of a cluster started here (None: someone
        else's server, which the tests may not stop)."""
        self._owner = owner

    @property
    def restartable(self) -> bool:
        return self._pg_ctl is not None

    def stop_server(self, mode: str = "fast") -> None:
        """Stop the server as an administrator would (``pg_ctl stop -m fast``: connections are
        cut), or as a crash does (``mode="immediate"``: no shutdown checkpoint, recovery from
        the WAL at the next start), to see what clients do when it goes away. Only a cluster
        started here."""
        assert self._pg_ctl is not None, "not our server"
        _run([*self._pg_ctl, "-m", mode, "-w", "stop"], self._owner, Path(tempfile.gettempdir()))

    def answers(self) -> bool:
        """Whether the server takes connections now."""
        try:
            self.admin().close()
        except psycopg.OperationalError:
            return False
        return True

    @contextlib.contextmanager
    def running_afterwards(self) -> Iterator[Cluster]:
        """A block that may stop the server; it runs again when the block ends, however."""
        try:
            yield self
        finally:
            if not self.answers():
                self.start_server()

    def start_server(self) -> None:
        """Start the stopped server again, on the same port and data."""
        assert self._pg_ctl is not None, "not our server"
        _run([*self._pg_ctl, "-w", "start"], self._owner, Path(tempfile.gettempdir()))

    def url(self, database: str) -> str:
        return self.base_url.set(database=database).render_as_string(hide_password=False)

    def admin(self) -> psycopg.Connection[Any]:
        """An autocommit connection to the maintenance database (CREATE DATABASE needs it)."""
        url = self.base_url.set(drivername="postgresql", database="postgres")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def create_database(self, name: str, template: str | None = None) -> str:
        with contextlib.closing(self.admin()) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            clause = f' TEMPLATE "{template}"' if template else ""  # WAL_LOG on 15+: fast
            conn.execute(f'CREATE DATABASE "{name}"{clause}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with contextlib.closing(self.admin()) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def new_name(self, prefix: str = "t") -> str:
        self._counter += 1
        return f"{prefix}_{os.getpid()}_{self._counter}"

    def stop(self) -> None:
        for action in reversed(self._on_stop):
            action()
        self._on_stop.clear()


def _as_owner(owner: tuple[int, int] | None) -> dict[str, Any]:
    if owner is None:
        return {}
    return {"user": owner[0], "group": owner[1], "extra_groups": []}


def _run(command: list[str], owner: tuple[int, int] | None, cwd: Path) -> None:
    done = subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        **_as_owner(owner),
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
        )


def start_cluster() -> Cluster:
    """Start a new cluster in a temporary folder (see the module docstring)."""
    binaries = find_binaries()
    assert binaries is not None
    folder = Path(tempfile.mkdtemp(prefix="planner-pg-"))
    owner: tuple[int, int] | None = None
    if os.geteuid() == 0:
        # initdb and postgres refuse root: the cluster belongs to nobody, in a folder of its own
        # (a mkdtemp folder directly under /tmp, so nobody can reach it).
        owner = (65534, 65534)
        os.chown(folder, *owner)
    data, log = folder / "data", folder / "server.log"
    port = _free_port()
    initdb = [str(binaries / "initdb"), "-D", str(data), "--auth=trust", "-U", ROLE]
    _run([*initdb, "-E", "UTF8", "--no-instructions", "--no-sync"], owner, folder)
    options = " ".join(
        [f"-p {port}", f"-k {folder}", "-c listen_addresses=127.0.0.1"]
        + [f"-c {setting}" for setting in SERVER_SETTINGS]
    )
    pg_ctl = str(binaries / "pg_ctl")
    _run([pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "start"], owner, folder)

    def stop() -> None:
        with contextlib.suppress(RuntimeError):
            _run([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], owner, folder)
        shutil.rmtree(folder, ignore_errors=True)

    return Cluster(
        f"postgresql://{ROLE}@127.0.0.1:{port}/postgres",
        on_stop=[stop],
        pg_ctl=[pg_ctl, "-D", str(data), "-l", str(log), "-o", options],
        owner=owner,
    )


@contextlib.contextmanager
def cluster() -> Iterator[Cluster]:
    """The tests' server: the one PLANNER_TEST_PG_URL names, or a new one started here."""
    given = os.environ.get("PLANNER_TEST_PG_URL")
    started = Cluster(given) if given else start_cluster()
    try:
        yield started
    finally:
        started.stop()
