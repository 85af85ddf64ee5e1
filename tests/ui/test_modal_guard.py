"""An unexpected modal dialog fails its test at once, with the dialog's words, never hangs it.

The proof runs an inner pytest in a subprocess with a time limit: if the guard in
``tests/ui/conftest.py`` were gone, the inner tests would wait for a click offscreen and the
subprocess would be killed, failing this test.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

INNER_CONFTEST = """
from tests.ui.conftest import (  # noqa: F401
    _english, _no_unexpected_dialogs, expect_dialog, pytest_runtest_makereport,
)
"""

INNER_TESTS = """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton


def test_a_warning_from_a_click(qtbot):
    button = QPushButton("Import")
    qtbot.addWidget(button)
    button.clicked.connect(
        lambda: QMessageBox.warning(button, "Import failed", "file.ics, line 12: no VEVENT")
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_exec_called_directly(qtbot):
    box = QMessageBox(QMessageBox.Icon.Critical, "Store locked", "office.sqlite is in use")
    qtbot.addWidget(box)
    box.exec()


def test_a_file_dialog(qtbot):
    QFileDialog.getOpenFileName(None, "Import trip", "", "Trip files (*.trip.json)")


def test_an_expected_question_is_answered(qtbot, expect_dialog):
    asked = expect_dialog("question", QMessageBox.StandardButton.Yes)
    reply = QMessageBox.question(None, "Delete trip", "Delete 'Nanshan 2024'?")
    assert reply == QMessageBox.StandardButton.Yes
    assert asked == ["Delete 'Nanshan 2024'?"]


def test_a_non_blocking_message_box_is_fine(qtbot):
    box = QMessageBox(QMessageBox.Icon.Information, "Exported", "3 events written")
    qtbot.addWidget(box)
    box.open()
    box.close()
"""


def test_an_unexpected_dialog_fails_the_test_quickly_with_its_words(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_inner=INNER_TESTS)
    started = time.monotonic()
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q", timeout=120)
    assert time.monotonic() - started < 120
    result.assert_outcomes(failed=3, passed=2)
    result.stdout.fnmatch_lines(
        [
            "*unexpected dialog 'Import failed': file.ics, line 12: no VEVENT*",
            "*unexpected dialog 'Store locked': office.sqlite is in use*",
            "*unexpected dialog 'Import trip'*QFileDialog.getOpenFileName*",
        ],
        consecutive=False,
    )
