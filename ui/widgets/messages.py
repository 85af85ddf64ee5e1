"""Messages at a field, shared by the editors and the import dialogs.

Messages are re-checked on every keystroke, so the setters touch a widget only when what it
shows changes: that spares repaints, and it keeps the number of calls into Qt low (PySide6
6.12.0 on Python 3.11 loses a reference to None on every call that returns nothing, see
``show_message``).

An editor's field shows its problem as a warning sign beside it (:func:`field_mark`) whose
place is kept while it is hidden: a message that appeared as a line under the field pushed
every field below it down while the user typed, and a click meant for the next field landed
in the one above (issue 19). The words are in the sign's tooltip, in the field's accessible
description (announced to a screen reader, issue 24) and in the editor's reason line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QWidget

from ui.colours import show_as_error


def message_label(name: str, parent: QWidget) -> QLabel:
    """A hidden, word-wrapped label in the error colour named ``name`` for the messages of
    one field."""
    label = QLabel(parent)
    label.setObjectName(name)
    show_as_error(label)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def field_mark(name: str, parent: QWidget) -> QLabel:
    """A hidden warning sign named ``name`` that keeps its room when hidden; its tooltip is
    the message (see :func:`show_mark`)."""
    label = QLabel(parent)
    label.setObjectName(name)
    style = parent.style()
    size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    label.setPixmap(icon.pixmap(size, size))
    label.setFixedSize(size, size)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setVisible(False)
    return label


def show_mark(mark: QLabel, message: str | None) -> None:
    """Show the sign with ``message`` as its tooltip, or hide it for None."""
    set_tooltip(mark, message)
    if mark.accessibleDescription() != (message or ""):
        mark.setAccessibleDescription(message or "")
    hidden = not message
    if mark.isHidden() != hidden:
        mark.setHidden(hidden)


def describe(widget: QWidget, text: str | None, *, alert: bool) -> None:
    """Make ``text`` the accessible description of the control the keyboard reaches in
    ``widget`` and tell assistive technology it changed; with ``alert`` also raise an alert,
    so that a screen reader speaks a new problem without the user going to look for it."""
    target = widget.focusProxy() or widget
    if target.accessibleDescription() == (text or ""):
        return
    target.setAccessibleDescription(text or "")
    if not QAccessible.isActive():
        return
    QAccessible.updateAccessibility(QAccessibleEvent(target, QAccessible.Event.DescriptionChanged))
    if alert and text:
        QAccessible.updateAccessibility(QAccessibleEvent(target, QAccessible.Event.Alert))


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


class ElidedLine(QLabel):
    """The first line of a text, cut with "…" where room ends instead of widening its window
    or wrapping onto a second line (which would move what is around it); the whole text stays
    in :meth:`full_text`, the tooltip and the accessible name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        if text == self._full:
            return
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        first = self._full.splitlines()[0] if self._full else ""
        shown = self.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight, self.width())
        if self.text() != shown:
            self.setText(shown)
