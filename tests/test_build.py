"""The PyInstaller one-folder build (build.spec) produces a program that really runs.

Slow: the build alone takes about half a minute on two cores. It checks what only a frozen
build can get wrong: data files Alembic reads by path (the migrations), package data read
through importlib.resources (the sample trip), pycountry's and tzdata's data, and the Qt
platform plugins. Linux only, like the build it tests.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner import __version__

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
NAME = "delegation-planner"
BUILD_TIMEOUT = 900  # seconds; a build takes ~30 s on two cores, a cold disk cache more
START_TIMEOUT = 60  # seconds for the frozen app to create its store and load the sample
STAY_UP = 2.0  # seconds the app must keep running after that (window shown, event loop)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(BUILD_TIMEOUT + START_TIMEOUT + 120),  # the build runs in the first test
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (it comes with the [dev] extra)",
    ),
]


def _tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once for the module; the path of the program inside dist/."""
    tmp = tmp_path_factory.mktemp("pyinstaller")
    log = tmp / "build.log"
    # PyInstaller's own cache goes in tmp too, so --clean cannot touch the user's cache.
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(tmp / "config")}
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", str(SPEC),
        "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "build"),
    ]  # fmt: skip
    with log.open("wb") as out:
        result = subprocess.run(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            timeout=BUILD_TIMEOUT, check=False,
        )  # fmt: skip
    assert result.returncode == 0, f"pyinstaller failed:\n{_tail(log)}"
    program = tmp / "dist" / NAME / NAME
    assert program.is_file(), f"no {program} after the build:\n{_tail(log)}"
    return program


def _app_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DELEGATION_PLANNER_STORE", None)  # it would override the default location
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp / "data"),  # a fresh default store: the app loads the sample
        XDG_CONFIG_HOME=str(tmp / "config"),
        # No system zone files: zones must come from the tzdata bundled in the build.
        PYTHONTZPATH=str(tmp / "no-zoneinfo"),
    )
    return env


def _trip_count(store: Path) -> int | None:
    """Trips in the store, read-only; None while the file or its schema is not there yet."""
    if not store.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True)) as conn:
            return int(conn.execute("SELECT count(*) FROM trip").fetchone()[0])
    except sqlite3.Error:
        return None


def _still_running(app: subprocess.Popen[bytes], seconds: float) -> bool:
    """Wait up to ``seconds`` for ``app`` to exit (no sleep: returns as soon as it does)."""
    try:
        app.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return True
    return False


def test_version_prints_to_stdout(frozen_app: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(frozen_app), "--version"], env=_app_env(tmp_path), capture_output=True,
        text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{NAME} {__version__}"


def test_starts_offscreen_with_sample_trip(frozen_app: Path, tmp_path: Path) -> None:
    from planner.store import head_revision

    store = tmp_path / "data" / "DelegationPlanner" / "planner.sqlite"
    output = tmp_path / "app.log"
    with output.open("wb") as out:
        app = subprocess.Popen(
            [str(frozen_app)], env=_app_env(tmp_path), stdout=out, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while _trip_count(store) != 1:
                assert _still_running(app, 0.2), f"the app exited with {app.returncode}"
                assert time.monotonic() < deadline, f"no sample trip in {store} in time"
            # Still running a moment later: the window came up and the event loop runs.
            assert _still_running(app, STAY_UP), f"the app exited with {app.returncode}"
        except AssertionError as exc:
            raise AssertionError(f"{exc}\napp output:\n{_tail(output)}") from None
        finally:
            app.terminate()  # the normal end of this test: SIGTERM, as `timeout` would
            app.wait(timeout=30)
    with contextlib.closing(sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True)) as conn:
        trips = conn.execute("SELECT count(*) FROM trip").fetchone()[0]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert trips == 1
    assert revision == head_revision(), "the frozen app did not migrate the store to head"
    # Opening the sample trip runs the checks (holiday tables included): an exception in any
    # slot would be printed here rather than end the app.
    log = output.read_text(errors="replace")
    assert "Traceback" not in log, log
