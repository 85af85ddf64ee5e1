"""The tabs of the open trip and the protocol each of their panels keeps.

The window used to list its six panels three times (made and added, marked stale, re-read
after a language change) and reached them by duck typing; here they are listed once, and
:class:`TripPanel` says what the window may ask of any of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlalchemy.orm import Session


class TripPanel(Protocol):
    """A tab of the open trip. It holds no ORM objects: ``load`` reads what it shows in the
    session given, ``selected_uuid`` is what Edit, Delete and History act on, and
    ``retranslate`` re-reads its words after a language change (the window reloads it
    afterwards)."""

    def load(self, session: Session, trip_uuid: str | None) -> None: ...

    def selected_uuid(self) -> str | None: ...

    def retranslate(self) -> None: ...


class TripTabs:
    """The panels of the open trip in the window's tabs (``widget``). Only the visible tab is
    read from the store; the others are marked stale and read when shown, so opening a large
    trip costs one view.

    A plain object beside the window's ``QTabWidget``, which stays an ordinary tab widget."""

    def __init__(self, widget: QTabWidget, panels: Sequence[tuple[TripPanel, str]]) -> None:
        """``panels``: each panel with its title, marked with ``QT_TRANSLATE_NOOP`` in the
        ``MainWindow`` context."""
        self.widget = widget
        self.panels = [panel for panel, _title in panels]
        self._titles = [title for _panel, title in panels]
        self._stale: list[TripPanel] = []
        for panel in self.panels:
            assert isinstance(panel, QWidget)  # every panel is a widget
            self.widget.addTab(panel, "")
        self._show_titles()

    def retranslate(self) -> None:
        self._show_titles()
        for panel in self.panels:
            panel.retranslate()

    def current_panel(self) -> TripPanel | None:
        """The panel shown; found by identity, since a page's index shifts while the window
        is torn down (and None once it has none)."""
        current: object = self.widget.currentWidget()
        return next((panel for panel in self.panels if panel is current), None)

    def mark_stale(self) -> None:
        """Every tab must be read again: the open trip or the store changed."""
        self._stale = list(self.panels)

    def current_is_stale(self) -> bool:
        current = self.current_panel()
        return any(panel is current for panel in self._stale)

    def fill_current(self, session: Session, trip_uuid: str | None) -> None:
        """Read the visible tab; it stays stale if the store fails it."""
        current = self.current_panel()
        if current is not None:
            current.load(session, trip_uuid)
            self._stale = [panel for panel in self._stale if panel is not current]

    def _show_titles(self) -> None:
        for index, title in enumerate(self._titles):
            self.widget.setTabText(index, QCoreApplication.translate("MainWindow", title))
