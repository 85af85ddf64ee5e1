"""Modal dialogs a test did not ask for fail it at once instead of waiting for a click forever.

Offscreen, a modal ``exec()`` or a static ``QMessageBox.warning`` has no user to answer it, so
an unexpected one used to hang the suite until CI killed it. ``guard`` replaces every blocking
entry point with one that fails the test naming the dialog's title and text. A test that expects
a dialog says so by patching that entry point itself (``expect_dialog`` in
``tests/ui/conftest.py``, or its own ``monkeypatch.setattr``), which takes precedence because it
is set after the guard. ``open()`` and ``show()`` do not block and are left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QMessageBox

ExpectDialog = Callable[..., list[str]]
"""The ``expect_dialog`` fixture: ``expect_dialog("warning")`` -> the texts shown."""

MESSAGE_BOXES = ("information", "warning", "critical", "question", "about")
FILE_DIALOGS = (
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
    "getOpenFileUrl",
    "getSaveFileUrl",
    "getExistingDirectoryUrl",
)
INPUT_DIALOGS = ("getText", "getMultiLineText", "getItem", "getInt", "getDouble")


class Unexpected:
    """The unexpected dialogs of one test; a slot that swallows the failure still leaves one."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def fail(self, title: str, text: str) -> NoReturn:
        message = f"unexpected dialog {title!r}: {text}".rstrip(": ")
        self.seen.append(message)
        pytest.fail(message, pytrace=False)


def guard(monkeypatch: pytest.MonkeyPatch) -> Unexpected:
    """Make every blocking dialog entry point fail the test with the dialog's words."""
    unexpected = Unexpected()

    def exec_(dialog: QDialog) -> NoReturn:
        unexpected.fail(dialog.windowTitle(), _words(dialog))

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for name in MESSAGE_BOXES:
        monkeypatch.setattr(QMessageBox, name, _static(unexpected, f"QMessageBox.{name}"))
    for name in FILE_DIALOGS:
        monkeypatch.setattr(QFileDialog, name, _static(unexpected, f"QFileDialog.{name}"))
    for name in INPUT_DIALOGS:
        monkeypatch.setattr(QInputDialog, name, _static(unexpected, f"QInputDialog.{name}"))
    return unexpected


def _static(unexpected: Unexpected, name: str) -> Any:
    """A stand-in for a static dialog function: (parent, title, text-or-label, ...)."""

    def shown(*args: Any, **kwargs: Any) -> NoReturn:
        words = [a for a in args[1:] if isinstance(a, str)]
        title = kwargs.get("title") or kwargs.get("caption") or (words[0] if words else name)
        text = kwargs.get("text") or kwargs.get("label") or " ".join(words[1:2])
        unexpected.fail(str(title), f"{text} ({name})".strip())

    return staticmethod(shown)


def _words(dialog: QDialog) -> str:
    """What the user would read: a message box's text, else the dialog's labels."""
    if isinstance(dialog, QMessageBox):
        return " ".join(filter(None, [dialog.text(), dialog.informativeText()]))
    return " | ".join(label.text() for label in dialog.findChildren(QLabel) if label.text())
