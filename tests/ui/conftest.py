"""UI test set-up: one session-wide QApplication (pytest-qt's), no widgets left behind, no
dialog waiting for a click that never comes, and English whatever the machine's locale."""

from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from planner import store, trips
from tests.conftest import NANSHAN, new_sqlite_store
from tests.ui import modal_guard
from ui import i18n
from ui.app import open_window
from ui.main_window import MainWindow
from ui.workspace import Workspace

_CALL_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item,
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    return report


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """A modal dialog the test did not expect fails it with its title and text (never hangs).

    Raised inside a Qt slot, the failure may be swallowed by the event loop; it is reported
    here then, unless the test has failed already.
    """
    unexpected = modal_guard.guard(monkeypatch)
    yield
    if unexpected.seen and not request.node.stash.get(_CALL_FAILED, False):
        pytest.fail("; ".join(unexpected.seen), pytrace=False)


@pytest.fixture
def expect_dialog(monkeypatch: pytest.MonkeyPatch) -> modal_guard.ExpectDialog:
    """Let a test say it expects ``QMessageBox.<kind>`` (warning, question, ...): returns the
    list the texts shown are appended to; each call is answered with ``reply``."""

    def expect(kind: str, reply: Any = None) -> list[str]:
        shown: list[str] = []

        def answer(_parent: object, _title: str, text: str, *_args: Any, **_kw: Any) -> Any:
            shown.append(text)
            return reply

        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))
        return shown

    return expect


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """English words and en_US dates and numbers, whatever LANG/LC_ALL say, so that a German
    machine runs the same tests; a test that installs another language gets English back."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def _no_leftover_windows(qapp: QApplication) -> Iterator[None]:
    yield
    leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leftovers:
        widget.close()
    # A window never shown is never closed, and its workspace would go on polling the store on
    # its own thread into later tests, where garbage collection of the window crashed a worker.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.workspace.stop()
    assert not leftovers, f"test left windows open: {leftovers}"


@pytest.fixture(autouse=True)
def _no_leftover_workspaces(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A workspace a test makes without a window (a schedule or protocol panel on its own)
    polls its store every few seconds on a worker thread, into later tests, until the
    collector takes it, which crashed a suite worker twice (in test_table_columns, while a
    leftover's timer called poll_in_background). Every workspace made stops after its test."""
    made: list[Workspace] = []
    original = Workspace.__init__

    def recording(self: Workspace, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(Workspace, "__init__", recording)
    yield
    for workspace in made:
        if shiboken6.isValid(workspace):
            workspace.stop()


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test reads and writes its own settings file, never the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, sqlite_template: Path) -> Iterator[MainWindow]:
    """The main window on a new, empty store of the test's own (a copy of the migrated
    template: what creating it would make, without running the migrations per test)."""
    win = open_window(str(new_sqlite_store(sqlite_template, tmp_path / "office.sqlite")))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.store.close()


@pytest.fixture
def read_only_window(qtbot: QtBot, tmp_path: Path, sqlite_template: Path) -> Iterator[MainWindow]:
    """A window on a store file someone made read-only: a viewer's copy of Nanshan."""
    path = new_sqlite_store(sqlite_template, tmp_path / "office.sqlite")
    with store.open_store(path) as st, st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    os.chmod(path, 0o400)
    win = open_window(str(path))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.store.close()
    os.chmod(path, 0o600)
