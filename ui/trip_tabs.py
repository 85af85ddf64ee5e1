"""The tabs of the open trip, each panel made when first shown, and the protocol they keep.

The window used to list its six panels three times (made and added, marked stale, re-read
after a language change) and reached them by duck typing; here they are listed once, and
:class:`TripPanel` says what the window may ask of any of them.

Making every panel at start imported the schedule's canvas, the delegation's and the
protocol's editors and their dialogs (most of a second on a busy office machine) for a window
that shows one tab. So a tab holds an empty page until it is first shown (or a panel is first
asked for): then its panel is made and put in the page's place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.widgets import focus_order

if TYPE_CHECKING:  # the window shows the first trip without the ORM (TripTab.reads_tables)
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


class TripPanel(Protocol):
    """A tab of the open trip. It holds no ORM objects: ``load`` reads what it shows in the
    session given, ``selected_uuid`` is what Edit, Delete and History act on, and
    ``retranslate`` re-reads its words after a language change (the window reloads it
    afterwards)."""

    def load(self, session: Session, trip_uuid: str | None) -> None: ...

    def selected_uuid(self) -> str | None: ...

    def retranslate(self) -> None: ...


@dataclass(frozen=True)
class TripTab:
    """A tab: the name the window reaches its panel by, the function that makes the panel
    (and connects it), and its title marked with ``QT_TRANSLATE_NOOP`` in the ``MainWindow``
    context."""

    name: str
    make: Callable[[], TripPanel]
    title: str
    reads_tables: bool = False
    """Its panel reads over the tables only and is given a Core connection
    (:meth:`planner.store.Store.reading`): showing it imports no ORM, which the first tab
    shown at start should not (``benchmarks/bench_startup.py``)."""


class TripTabs:
    """The panels of the open trip in the window's tabs (``widget``). Only the visible tab is
    read from the store; the others are marked stale and read when shown, so opening a large
    trip costs one view; a panel not yet shown is not even made.

    A plain object beside the window's ``QTabWidget``, which stays an ordinary tab widget."""

    def __init__(self, widget: QTabWidget, tabs: Sequence[TripTab]) -> None:
        self.widget = widget
        self.tabs = list(tabs)
        self._panels: dict[str, TripPanel] = {}
        self._stale: list[TripPanel] = []
        for _tab in self.tabs:
            page = QWidget(widget)
            page.setObjectName("tabNotYetShown")
            self.widget.addTab(page, "")
        self._show_titles()
        # Connected before the window's own handler, which then finds the panel in place.
        self.widget.currentChanged.connect(self._make_current)
        self._make_current(self.widget.currentIndex())

    def panel(self, name: str) -> TripPanel:
        """The panel of the tab ``name``, made now if it was not yet."""
        found = self._panels.get(name)
        if found is None:
            index = next(i for i, tab in enumerate(self.tabs) if tab.name == name)
            found = self._make(index)
        return found

    def made(self, name: str) -> TripPanel | None:
        """The panel of the tab ``name`` if it has been made (None: nothing to tell it)."""
        return self._panels.get(name)

    def current_name(self) -> str | None:
        index = self.widget.currentIndex()
        return self.tabs[index].name if 0 <= index < len(self.tabs) else None

    def retranslate(self) -> None:
        self._show_titles()
        for panel in self._panels.values():
            panel.retranslate()

    def current_panel(self) -> TripPanel | None:
        """The panel shown; found by identity, since a page's index shifts while the window
        is torn down (and None once it has none)."""
        current: object = self.widget.currentWidget()
        return next((panel for panel in self._panels.values() if panel is current), None)

    def mark_stale(self) -> None:
        """Every tab must be read again: the open trip or the store changed."""
        self._stale = list(self._panels.values())

    def current_is_stale(self) -> bool:
        current = self.current_panel()
        return any(panel is current for panel in self._stale)

    def current_reads_tables(self) -> bool:
        """Whether the visible tab is filled over a Core connection (``reads_tables``)."""
        name = self.current_name()
        return any(tab.reads_tables for tab in self.tabs if tab.name == name)

    def fill_current(self, session: Session | Connection, trip_uuid: str | None) -> None:
        """Read the visible tab (in a Connection when it ``reads_tables``, else a Session);
        it stays stale if the store fails it."""
        current = self.current_panel()
        if current is not None:
            current.load(cast("Session", session), trip_uuid)
            self._stale = [panel for panel in self._stale if panel is not current]

    def _make_current(self, index: int) -> None:
        if 0 <= index < len(self.tabs) and self.tabs[index].name not in self._panels:
            self._make(index)

    def _make(self, index: int) -> TripPanel:
        """Make the panel of tab ``index`` and put it in its empty page's place; it is stale
        (never read). The tab widget says nothing meanwhile: the current tab stays the same."""
        tab = self.tabs[index]
        panel = tab.make()
        assert isinstance(panel, QWidget)  # every panel is a widget
        self._panels[tab.name] = panel
        self._stale.append(panel)
        widget = self.widget
        current = widget.currentIndex()
        page = widget.widget(index)
        blocked = widget.blockSignals(True)
        try:
            widget.removeTab(index)
            widget.insertTab(index, panel, self._title(index))
            widget.setCurrentIndex(current)
        finally:
            widget.blockSignals(blocked)
        # Tab goes from the tabs into the page shown, as the window reads; made after the
        # window, the panel came last in its focus chain, after the docks (issue 24).
        focus_order.chain(widget.tabBar(), *focus_order.focusable_inside(panel))
        if page is not None:
            page.deleteLater()
        return panel

    def _title(self, index: int) -> str:
        return QCoreApplication.translate("MainWindow", self.tabs[index].title)

    def _show_titles(self) -> None:
        for index in range(len(self.tabs)):
            self.widget.setTabText(index, self._title(index))
