"""Table columns sized to what they hold, readable headers, and the user's widths kept.

A table sized its columns once, in English, with one column stretched: that column took half
the width while names beside it were cut ("Sören L…"), and in German the Day and Kind headers
were cut. Here every column fits its contents and its header, none grows past a few dozen
characters (longer text is elided, the whole text is in the cell), the last column takes the
spare width, headers are re-measured when the language changes, and widths the user drags are
saved per table (QSettings, :mod:`ui.settings`) and put back on the next start.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.settings import Settings

NARROW = 28  # average characters a column may take from its contents
WIDE = 48  # the same for the columns named wide (titles, positions)
MEASURED_ROWS = 200
"""Rows a column is sized from (those shown first, then their neighbours): Qt's default of
1,000 made the problems of a 1,000-meeting trip freeze the window for most of a second after
the trip was shown, measuring texts that are alike (days, kinds); a longer one further down
is elided, and whole in its tooltip or when the column is widened."""


def fit_columns(view: QTableView, *, wide: Collection[int] = ()) -> None:
    """Size every column to its contents and header within its cap, unless the user's own
    widths were put back (:func:`remember_columns`)."""
    if view.property("userColumns"):
        return
    header = view.horizontalHeader()
    view.setProperty("fittingColumns", True)
    try:
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        char = view.fontMetrics().averageCharWidth()
        fitted, wanted = [], []
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            cap = char * (WIDE if column in wide else NARROW)
            content = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            fitted.append(max(min(content, cap), header.sectionSizeHint(column)))
            wanted.append(content)
        view.setProperty("fittedWidths", fitted)
        view.setProperty("wantedWidths", wanted)
    finally:
        view.setProperty("fittingColumns", False)
    share_spare_width(view)


def share_spare_width(view: QTableView) -> None:
    """Width the table has to spare goes first to the columns cut below their contents, in
    order, and only then to the last column: a wide window shows a long title whole instead of
    an empty stretch of the last column beside "Flight EX 123 Shenzhen → Frankfur…"."""
    fitted, wanted = view.property("fittedWidths"), view.property("wantedWidths")
    header = view.horizontalHeader()
    if view.property("userColumns") or not fitted or len(fitted) != header.count():
        return
    last = header.count() - 1
    spare = view.viewport().width() - sum(fitted[:last]) - min(fitted[last], wanted[last])
    view.setProperty("fittingColumns", True)
    try:
        for column in range(last):
            grow = max(0, min(wanted[column] - fitted[column], spare))
            spare -= grow
            if header.sectionSize(column) != fitted[column] + grow:
                header.resizeSection(column, fitted[column] + grow)
    finally:
        view.setProperty("fittingColumns", False)


def remember_columns(view: QTableView, table: str) -> None:
    """Put back the widths the user left ``table`` with, save them whenever the user changes
    one, and keep every header readable when the language changes."""
    header = view.horizontalHeader()
    header.setStretchLastSection(True)  # also while empty, before the first fit
    state = Settings().column_state(table)
    if state is not None and header.restoreState(state):
        view.setProperty("userColumns", True)
    watcher = _Columns(view, table)
    header.sectionResized.connect(watcher.resized)
    view.installEventFilter(watcher)
    view.viewport().installEventFilter(watcher)


class _Columns(QObject):
    def __init__(self, view: QTableView, table: str) -> None:
        super().__init__(view)
        self.view, self.table = view, table
        # Held, not asked for in eventFilter: while the view is being destroyed its children
        # still send events, and asking the half-destroyed view for its viewport can crash
        # (the likeliest cause of a suite worker that died once in test_table_columns).
        self.viewport = view.viewport()

    def resized(self, column: int, _old: int, _new: int) -> None:
        header = self.view.horizontalHeader()
        # The last column follows the window; only a column the user sized is a choice.
        if self.view.property("fittingColumns") or column == header.count() - 1:
            return
        self.view.setProperty("userColumns", True)
        Settings().remember_column_state(self.table, header.saveState())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and watched is self.view:
            _widen_to_headers(self.view)
        elif kind == QEvent.Type.Resize and watched is self.viewport:
            share_spare_width(self.view)  # the viewport: the view's own comes before its resize
        return False


def _widen_to_headers(view: QTableView) -> None:
    """No header is cut: a column narrower than its (newly translated) header grows."""
    header = view.horizontalHeader()
    view.setProperty("fittingColumns", True)
    try:
        for column in range(header.count() - 1):
            wanted = header.sectionSizeHint(column)
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)
    finally:
        view.setProperty("fittingColumns", False)
