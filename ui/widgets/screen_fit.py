"""Windows and dialogs that fit the screen they open on, at 200 % and with a doubled font
(EN 301 549 / WCAG 1.4.4, 1.4.10).

The main window opened at a fixed 1280×800 logical size: at 200 % on a 1600×1000 screen
(800×500 logical) it ran off the screen, and so did the longer editors. A window now asks
for its natural size bounded by the screen's available room, and an editor's form scrolls
when the screen cannot hold it (it keeps its natural size wherever it fits).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

# Room for the title bar and borders the window manager adds around a window's contents.
_FRAME = QSize(16, 48)


def room(widget: QWidget) -> QSize:
    """The largest contents a window of ``widget`` can have on its screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - _FRAME


def fit(widget: QWidget, wanted: QSize) -> None:
    """Resize the window ``widget`` to ``wanted``, or less where its screen has less room."""
    widget.resize(wanted.boundedTo(room(widget)).expandedTo(widget.minimumSizeHint()))


def fit_dialog(dialog: QWidget) -> None:
    """Give a dialog about to be shown its whole form where the screen has room, and no more
    than the screen where it has not (Qt opens a dialog at two thirds of the screen at most,
    and an editor's own ``resize`` knows nothing of the screen)."""
    fit(dialog, dialog.size().expandedTo(dialog.sizeHint()))


def scrolling(body: QLayout, parent: QWidget) -> QScrollArea:
    """``body`` in a frameless area that scrolls when the window is smaller than the form and
    otherwise looks as if it were not there; it asks for the whole form when there is room."""
    inner = QWidget()
    inner.setObjectName("scrolledForm")
    inner.setLayout(body)
    area = _FormArea(parent)
    area.setObjectName("formScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(inner)
    return area


class _FormArea(QScrollArea):
    """A scroll area whose size hint is its whole form (Qt's own stops at 24 lines), bounded
    by the screen, and whose minimum is small, so that the window can be made to fit."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        wanted, fits = inner.sizeHint(), room(self)
        if wanted.height() > fits.height():  # it will scroll: room for the scroll bar
            wanted += QSize(self.verticalScrollBar().sizeHint().width(), 0)
        return wanted.boundedTo(fits)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The form's own minimum where the screen holds it, so that a message appearing below
        grows the dialog instead of squeezing the fields behind a scroll bar (nothing may move
        while the user types); less only where the screen is too small for it."""
        inner = self.widget()
        lines = self.fontMetrics().height()
        least = QSize(lines * 12, lines * 6)
        if inner is None:
            return least
        # Room for what the dialog shows besides the form (its margins, reason line and
        # buttons), so that the dialog around it still fits.
        rest = QSize(lines * 2, lines * 6)
        return inner.minimumSizeHint().boundedTo(room(self) - rest).expandedTo(least)
