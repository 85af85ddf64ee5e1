"""The order Tab follows, where the order widgets were made in is not the order they read in.

Qt's focus chain is the order of creation; a panel made when its tab is first shown, or a
toolbar built again after a language change, would otherwise come after everything made
before it (issue 24: Tab met the Meetings table before its own search and filters).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def chain(*widgets: QWidget) -> None:
    """Let Tab go through ``widgets`` in this order (each right after the one before)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def focusable_inside(container: QWidget) -> list[QWidget]:
    """``container`` (if Tab reaches it) and the widgets in it that Tab reaches, in the order
    it reaches them now."""
    found: list[QWidget] = []
    if container.focusPolicy() & Qt.FocusPolicy.TabFocus:
        found.append(container)
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container and container.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found
