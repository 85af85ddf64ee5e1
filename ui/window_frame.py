"""The main window's frame, painted before the store is opened.

Importing SQLAlchemy, the model and the views, and opening the store, takes most of a second
on an office machine; an officer who starts the app should see the window at once. So
``ui.app.main`` first shows this frame: the same menus (inactive), tabs, docks and saved
geometry as the main window, saying "Opening store…" in its status bar. It imports nothing
of the core beyond what the settings need, and hands its place over to the main window when
that is ready (:meth:`StartFrame.hand_over`).

The tab titles live here, where the frame and the window both read them, so that the frame
shows what the window will.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTabWidget, QWidget

from ui.i18n import QT_TRANSLATE_NOOP
from ui.settings import Settings
from ui.widgets import screen_fit

TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "&Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "&Itinerary"),
    QT_TRANSLATE_NOOP("MainWindow", "&Meetings"),
    QT_TRANSLATE_NOOP("MainWindow", "People a&nd Organizations"),
    QT_TRANSLATE_NOOP("MainWindow", "Dele&gation"),
    QT_TRANSLATE_NOOP("MainWindow", "&Schedule"),
    QT_TRANSLATE_NOOP("MainWindow", "Protoco&l"),
)
"""The tabs of the open trip, in the window's order (``MainWindow`` context)."""
MENU_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&Trip"),
    QT_TRANSLATE_NOOP("MainWindow", "&Directory"),
    QT_TRANSLATE_NOOP("MainWindow", "&Protocol"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)
"""The menu bar's titles as :data:`ui.actions.MENUS` has them (that module brings the
records with it; tests/ui/test_start_frame.py keeps the two alike)."""
OPENING = QT_TRANSLATE_NOOP("StartFrame", "Opening store…")


class StartFrame(QMainWindow):
    """The frame shown while the store opens; ``trip_shown`` fires once the main window that
    took its place shows the last trip (benchmarks and tests wait for it)."""

    trip_shown = Signal()
    painted = Signal()
    """The frame was painted for the first time: the store may be opened now (sooner, the
    worker's imports compete with the first paint for the interpreter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startFrame")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Delegation Planner"))
        screen_fit.fit(self, QSize(1280, 800))  # as the main window does
        self._shown = False
        self._painted = False
        for title in MENU_TITLES:
            self.menuBar().addMenu(_tr(title)).setEnabled(False)
        tabs = QTabWidget(self)
        tabs.setObjectName("workspaceTabs")
        for title in TAB_TITLES:
            tabs.addTab(QWidget(tabs), _tr(title))
        tabs.setEnabled(False)
        self.setCentralWidget(tabs)
        self.status = QLabel(QCoreApplication.translate("StartFrame", OPENING), self)
        self.status.setObjectName("openingLabel")
        self.statusBar().addWidget(self.status, 1)
        left, bottom = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        trips = self._dock("tripsDock", QCoreApplication.translate("MainWindow", "Trips"), left)
        self.resizeDocks([trips], [400], Qt.Orientation.Horizontal)
        problems = self._dock(
            "problemsDock", QCoreApplication.translate("MainWindow", "Problems"), bottom
        )
        self.resizeDocks([problems], [150], Qt.Orientation.Vertical)
        history = self._dock(
            "historyDock", QCoreApplication.translate("MainWindow", "History"), bottom
        )
        self.tabifyDockWidget(problems, history)
        history.hide()  # as in the window, unless the saved state shows it
        geometry, state = Settings().window_layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def is_trip_shown(self) -> bool:
        return self._shown

    def hand_over(self, window: QMainWindow) -> None:
        """Show ``window`` where the frame is, and go."""
        window.setGeometry(self.geometry())
        if self.isMaximized():
            window.showMaximized()
        else:
            window.show()
        self.hide()

    def announce_trip_shown(self) -> None:
        if not self._shown:
            self._shown = True
            self.trip_shown.emit()

    def _dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(QWidget(dock))
        dock.setEnabled(False)
        self.addDockWidget(area, dock)
        return dock


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
