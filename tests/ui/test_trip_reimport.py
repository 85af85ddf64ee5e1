"""Importing a trip file whose trip the store holds: the window asks (update, copy, cancel), an
update is one step that Ctrl+Z takes back, and a copy is a second trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner import model, trips
from tests import dumps
from tests.conftest import JIANGSU
from ui.dialogs.trip_already_stored import COPY, UPDATE, TripAlreadyStoredDialog
from ui.main_window import MainWindow

TITLE = "Jiangsu-Germany Dialogue 2022 (Changzhou, with a branch venue in Frankfurt)"


def imported(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    before = window.workspace.undo_stack.count()
    window.import_file(path)
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == before + 1, timeout=30_000)


def sent_back(window: MainWindow, tmp_path: Path) -> dict[str, Any]:
    """The stored trip as a file, as the partner office would send it back."""
    path = tmp_path / "sent.trip.json"
    with window.store.session() as session:
        trips.export_trip(session, trips.find_trip_id(session, TITLE), path)
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def titles(window: MainWindow) -> list[str]:
    with window.store.session() as session:
        return sorted(session.scalars(select(model.Meeting.title)))


def answer(monkeypatch: pytest.MonkeyPatch, choice: str | None) -> list[tuple[int, str]]:
    asked: list[tuple[int, str]] = []

    def ask(_parent: Any, trip_id: int, title: str) -> str | None:
        asked.append((trip_id, title))
        return choice

    monkeypatch.setattr(TripAlreadyStoredDialog, "ask", ask)
    return asked


def test_an_update_from_the_file_is_one_step_that_ctrl_z_takes_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(window, qtbot, JIANGSU)
    document = sent_back(window, tmp_path)
    before = dumps.dump(window.store)
    document["meetings"][0]["title"] = "Opening, moved to the Grand Hall"
    changed = tmp_path / "changed.trip.json"
    changed.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    asked = answer(monkeypatch, UPDATE)

    imported(window, qtbot, changed)

    assert asked == [(1, TITLE)]
    assert "Opening, moved to the Grand Hall" in titles(window)
    assert window.navigator.model.rowCount() == 1
    assert window.undo_action.text() == f"&Undo Update '{TITLE[:39]} …' from changed.trip.json"
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Opening, moved to the Grand Hall" not in titles(window))
    assert dumps.dump(window.store) == before


def test_import_as_a_copy_adds_a_second_trip_and_cancel_adds_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(window, qtbot, JIANGSU)
    sent_back(window, tmp_path)
    before = dumps.dump(window.store)
    asked = answer(monkeypatch, None)
    window.import_file(tmp_path / "sent.trip.json")
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert dumps.dump(window.store) == before

    answer(monkeypatch, COPY)
    imported(window, qtbot, tmp_path / "sent.trip.json")

    assert window.navigator.model.rowCount() == 2
    shown = {window.navigator.model.summary(row).title for row in range(2)}
    assert shown == {TITLE, f"{TITLE} (copy)"}


def test_the_question_has_named_buttons_reachable_by_keyboard(qtbot: QtBot) -> None:
    dialog = TripAlreadyStoredDialog(3, "Nanshan")
    qtbot.addWidget(dialog)
    assert "3 'Nanshan'" in dialog.text()
    buttons = [dialog.update_button, dialog.copy_button, dialog.cancel_button]
    assert [b.accessibleName() for b in buttons] == [
        "Update the Stored Trip",
        "Import as a Copy",
        "Cancel",
    ]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert dialog.defaultButton() is dialog.update_button
    assert dialog.escapeButton() is dialog.cancel_button
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "Import as a &Copy"
    qtbot.waitUntil(lambda: dialog.choice() == COPY)
