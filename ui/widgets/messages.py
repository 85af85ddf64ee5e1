"""Red messages at a field, shared by the editors and the local-time widget.

Messages are re-checked on every keystroke, so the setters touch a widget only when what it
shows changes: that spares repaints, and it keeps the number of calls into Qt low (PySide6
6.12.0 on Python 3.11 loses a reference to None on every call that returns nothing, see
``show_message``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b00020;"


def message_label(name: str, parent: QWidget) -> QLabel:
    """A hidden, word-wrapped red label named ``name`` for the messages of one field."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_message(label: QLabel, message: str | None, *, visible: bool = True) -> None:
    """Show ``message`` in ``label`` (hide it for None or when not ``visible``)."""
    text = message or ""
    if label.text() != text:
        label.setText(text)
    hidden = not (text and visible)
    if label.isHidden() != hidden:
        label.setHidden(hidden)


def set_tooltip(widget: QWidget, text: str | None) -> None:
    if widget.toolTip() != (text or ""):
        widget.setToolTip(text or "")


def set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
