"""The main window: the trip navigator beside the workspace of the open trip.

The window owns actions and menus and wires views to the :class:`~ui.workspace.Workspace`;
it holds no data of its own. Every edit is an undoable command pushed on the workspace's
stack, and every view reloads from the store when the workspace says it changed.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from planner import (
    __version__,
    history,
    roles,
    store,
    trips,
)
from planner.errors import PlannerError
from planner.store import Store
from ui import i18n, main_menus, read_only
from ui.actions import BUSY_OFF
from ui.colleague_questions import ColleagueQuestions
from ui.colours import show_as_error
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Background
from ui.settings import Settings
from ui.trip_clock import TripClock
from ui.trip_tabs import TripPanel, TripTab, TripTabs
from ui.views.history import HistoryPanel, describe
from ui.views.problems_panel import ProblemsPanel
from ui.views.trip_navigator import TripNavigator
from ui.views.trip_overview import TripOverview
from ui.widgets import screen_fit
from ui.widgets.after_paint import after_next_paint
from ui.window_frame import TAB_TITLES
from ui.workspace import Workspace, reads_store

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from planner.checks import Problem
    from ui.branch_venues import BranchVenueEditing
    from ui.record_edits import RecordEdits
    from ui.trip_files import TripFiles
    from ui.views.contacts_panel import ContactsPanel
    from ui.views.delegation import DelegationPanel
    from ui.views.itinerary_panel import ItineraryPanel
    from ui.views.meetings_panel import MeetingsPanel
    from ui.views.protocol import ProtocolPanel
    from ui.views.schedule import ScheduleView

STORE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Delegation Planner stores (*.sqlite);;All files (*)"
)


def store_location(store_: Store) -> str:
    """How the window remembers a store: a file's absolute path, or the database's URL."""
    return str(store_.path.resolve()) if store_.engine_name == "sqlite" else store_.location


class MainWindow(QMainWindow):
    trip_shown = Signal()
    """The open trip (or none) is shown: its visible tab filled, after opening or a change."""

    # Made by ui.main_menus.build (again when the language changes).
    named_actions: dict[str, QAction]
    undo_action: QAction
    redo_action: QAction
    language_group: QActionGroup
    language_menu: QMenu
    recent_menu: QMenu

    def __init__(
        self,
        store_: Store,
        parent: QWidget | None = None,
        *,
        open_later: bool = False,
        trips_read: list[trips.TripSummary] | None = None,
    ) -> None:
        """``open_later``: read the trips and the last trip in the event loop's next pass, so
        that the window is painted first (``ui.app.main``); else before this returns.
        ``trips_read``: the store's trips as the opening worker just read them, so that the
        GUI thread need not read them again (``ui.store_opening``)."""
        super().__init__(parent)
        self.named_actions = {}  # empty until built: nothing to retranslate before
        self.setObjectName("mainWindow")
        self.settings = Settings()
        self.workspace = Workspace(store_, self)
        self.background = Background(self)
        self._files: TripFiles | None = None
        self._edits: RecordEdits | None = None
        screen_fit.fit(self, QSize(1280, 800))

        self.navigator = TripNavigator(self)
        self.trips_dock = self._dock(
            self.navigator, "tripsDock", Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.resizeDocks([self.trips_dock], [400], Qt.Orientation.Horizontal)

        self.access = roles.Access(roles.ADMINISTRATOR)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspaceTabs")
        self._problems: list[Problem] = []
        makers = (
            self._make_overview,
            self._make_itinerary,
            self._make_meetings,
            self._make_contacts,
            self._make_delegation,
            self._make_schedule,
            self._make_protocol,
        )
        over_tables = (self._make_overview,)  # panels whose load takes a Connection
        self.trip_tabs = TripTabs(
            self.tabs,
            [
                TripTab(make.__name__.removeprefix("_make_"), make, title, make in over_tables)
                for make, title in zip(makers, TAB_TITLES, strict=True)
            ],
        )
        self.setCentralWidget(self.tabs)

        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.problems = ProblemsPanel(self)
        self.problems_dock = self._dock(self.problems, "problemsDock", bottom)
        self.resizeDocks([self.problems_dock], [150], Qt.Orientation.Vertical)
        self.history = HistoryPanel(self)
        self.history_dock = self._dock(self.history, "historyDock", bottom)
        self.tabifyDockWidget(self.problems_dock, self.history_dock)
        self.history_dock.hide()  # opened from the View menu or History of Selected (Ctrl+H)

        self._build_status_bar()
        self.own_actions: list[QAction] = []
        self._retranslate_frame()
        main_menus.build(self)

        self.problems.problem_chosen.connect(self.show_problem)
        self.navigator.trip_selected.connect(self._on_trip_selected)
        self.navigator.trip_activated.connect(lambda _uuid: self.edits.edit_trip())
        self.workspace.changed.connect(self.refresh)
        self.directory: Any = None  # the DirectoryWindow, made when first opened
        self.registers: Any = None  # the RegistersWindow (Protocol menu), made when first opened
        self.tabs.currentChanged.connect(lambda _index: self._fill_current_tab())
        self.workspace.error.connect(self._show_error)
        self.questions = ColleagueQuestions(self, self.workspace)
        self.workspace.remote_changed.connect(self._on_remote_changes)
        self.workspace.reachable.connect(self._on_reachable)
        self.workspace.read_refused.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.history_dock.visibilityChanged.connect(lambda _shown: self._fill_history())
        self.history.whole_trip_wanted.connect(self._fill_history)
        self.workspace.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        self.background.busy.connect(self._on_busy)

        self._checks_later = open_later
        if open_later:
            QTimer.singleShot(0, self, lambda: self._open_store_view(store_, trips_read))
        else:
            self._open_store_view(store_, trips_read)
        self._restore_layout()

    @property
    def edits(self) -> RecordEdits:
        """What adds, edits and deletes records (menus, double-clicks). Made on first use: its
        editors, dialogs and the editing core (phone numbers, protocol) are most of a second
        of imports on a busy machine that the trip shown at start need not wait for."""
        if self._edits is None:
            from ui.record_edits import RecordEdits  # noqa: PLC0415 - on first use

            self._edits = RecordEdits(self)
        return self._edits

    @property
    def files(self) -> TripFiles:
        """The File menu's trip-file and calendar commands; made on first use, as :attr:`edits`."""
        if self._files is None:
            from ui.trip_files import TripFiles  # noqa: PLC0415 - on first use

            self._files = TripFiles(self)
        return self._files

    def show_notes(self, notes: list[str]) -> None:
        """Say in the status bar what opening the store found (the last one stays)."""
        for note in notes:
            self.statusBar().showMessage(note)

    # -- set-up ------------------------------------------------------------------------------

    def _dock(self, widget: QWidget, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock holding ``widget``; ``name`` is what the saved layout knows it by."""
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.store_label = QLabel(self)
        self.access_label = QLabel(self)
        self.access_label.setObjectName("accessLabel")
        self.access_label.hide()
        self.reach_label = QLabel(self)
        self.reach_label.setObjectName("reachLabel")
        show_as_error(self.reach_label)
        self.reach_label.hide()
        self.clock = TripClock(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.statusBar().addWidget(self.store_label, 1)
        self.statusBar().addPermanentWidget(self.reach_label)
        self.statusBar().addPermanentWidget(self.access_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.clock)

    # -- language ---------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Speak another language from now on (and remember it). The open store, trip and undo
        history stay: installing the translators makes Qt send a LanguageChange event, on which
        the window re-reads its words (:meth:`retranslate`)."""
        self.settings.remember_language(code)
        i18n.install(code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-read every word of the window in the installed language: the menus and actions
        are built anew (the undo stack keeps its commands), the panels re-read their words and
        the views reload from the store, so their headers and dates follow the new locale."""
        if not self.named_actions:  # a LanguageChange during __init__
            return
        for action in [*self.own_actions, self.undo_action, self.redo_action]:
            self.removeAction(action)
            action.deleteLater()
        self.own_actions.clear()
        self.language_group.deleteLater()
        self.menuBar().clear()
        self._retranslate_frame()
        self.trip_tabs.retranslate()
        main_menus.build(self)
        self._fill_recent_menu()
        self.navigator.retranslate()
        self.history.retranslate()
        self.problems.retranslate()
        self._show_store_name(self.store)
        self.refresh()
        self._update_actions()
        self.clock.show_time()

    def _retranslate_frame(self) -> None:
        self.trips_dock.setWindowTitle(self.tr("Trips"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.history_dock.setWindowTitle(self.tr("History"))

    # -- store -------------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.workspace.store

    def _open_store_view(
        self, store_: Store, trips_read: list[trips.TripSummary] | None = None
    ) -> None:
        self.workspace.store = store_
        self.workspace.undo_stack.clear()
        self.workspace.trip_uuid = None
        if self.directory is not None:
            self.directory.store_replaced()
        if self.registers is not None:
            self.registers.store_replaced()
        self._show_store_name(store_)
        self.settings.remember_store(store_location(store_))
        self._check_access()
        self._fill_recent_menu()
        if trips_read is None:
            with store_.reading() as session:
                trips_read = trips.list_trips(session)
        self.navigator.reload(trips_read)
        last = self.settings.last_trip(store_location(store_))
        if not (last and self.navigator.select_uuid(last)) and self.navigator.model.rowCount():
            self.navigator.table.selectRow(0)  # opens the trip through trip_selected
        if self.workspace.trip_uuid is None:
            self.show_open_trip()

    def _show_store_name(self, store_: Store) -> None:
        """The store in the title (a file's name, a database's URL) and the status bar."""
        name = store_.path.name if store_.engine_name == "sqlite" else store_.location
        self.setWindowTitle(self.tr("Delegation Planner — {name}").format(name=name))
        self.store_label.setText(self.tr("Store: {path}").format(path=store_.location))

    def switch_store(self, path: Path | str, *, create: bool) -> bool:
        """Open another store (a file, or a database's URL) in this window; the current one is
        closed only on success."""
        try:
            new = store.open_store(path, create=create)
        except PlannerError as exc:
            self._show_error(str(exc))
            return False
        self.background.wait()
        old = self.workspace.store
        self._open_store_view(new)
        old.close()
        return True

    def ask_new_store(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Store"), "trips.sqlite", self.tr(STORE_FILTER)
        )
        if name:
            self.switch_store(Path(name), create=True)

    def ask_open_store(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Store"), "", self.tr(STORE_FILTER)
        )
        if name:
            self.switch_store(Path(name), create=False)

    def ask_connect_store(self) -> None:
        """Connect to a shared store on a PostgreSQL server (an empty database becomes one)."""
        from ui.dialogs.connect_store import ConnectStoreDialog, saved_connections  # noqa: PLC0415

        url = ConnectStoreDialog.ask(self, saved_connections(self.settings.recent_stores()))
        if url:
            self.switch_store(url, create=True)

    def _fill_recent_menu(self) -> None:
        """Recent store files and saved connections (database URLs, never a password)."""
        self.recent_menu.clear()
        for location in self.settings.recent_stores():
            action = self.recent_menu.addAction(location)
            target: Path | str = location if store.is_url(location) else Path(location)
            action.triggered.connect(lambda _=False, t=target: self.switch_store(t, create=False))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- reading -----------------------------------------------------------------------------

    @reads_store
    def refresh(self, concerned: str = "") -> None:
        """Reload every view from the store (after an edit, undo, redo or a new store); show
        the trip the change ``concerned`` if it is not the open one. A store that cannot be
        reached leaves the views as they were: the status bar says so, and the views are read
        again when it is back."""
        with self.store.reading() as session:
            self.navigator.reload(trips.list_trips(session))
        if concerned and concerned != self.workspace.trip_uuid:
            self.navigator.select_uuid(concerned)  # opens it through trip_selected
        self.show_open_trip()

    @reads_store
    def show_open_trip(self) -> None:
        """Reload the workspace of the open trip (the navigator is left alone: this runs while
        its selection is changing, when resetting its model would pull the rug from Qt).

        Only the visible tab is filled now; the others are marked stale and filled when they
        are shown, so opening a large trip costs one view, not four."""
        self.trip_tabs.mark_stale()
        self._fill_current_tab()
        if self._checks_later:
            self._checks_later = False
            after_next_paint(self, self._check_if_open)
        else:
            self.run_checks()
        self._fill_history()
        self._update_actions()
        self.clock.show_time()
        self.trip_shown.emit()

    @reads_store
    def _fill_current_tab(self) -> None:
        if not self.trip_tabs.current_is_stale():
            return
        opened: AbstractContextManager[Session | Connection] = (
            self.store.reading() if self.trip_tabs.current_reads_tables() else self.store.session()
        )
        with opened as session:
            uuid = self.workspace.trip_uuid
            if uuid is not None and not trips.trip_exists(session, uuid):
                uuid = self.workspace.trip_uuid = None
            self.trip_tabs.fill_current(session, uuid)

    @reads_store
    def run_checks(self) -> None:
        """Check the open trip again; fast enough to run after every edit (see README)."""
        from planner import checks  # noqa: PLC0415 - the holidays tables: after the trip is shown

        uuid = self.workspace.trip_uuid
        found: list[Problem] = []
        if uuid is not None:
            with self.store.reading() as session:
                found = checks.check_trip(
                    session, uuid, self.settings.check_settings(), i18n.check_language()
                )
        self._show_problems(found)

    def _check_if_open(self) -> None:
        """The start's checks, once the trip is painted; none for a window closed before that
        (its store is closed: a check started then ran on a closed store, into whatever the
        program, or the next test, did next)."""
        if self.isVisible():
            self._check_in_background()

    def _check_in_background(self) -> None:
        """Check the trip opened at start on a worker: the first run loads the holidays
        tables (most of a second on a busy machine), which the trip shown need not wait for.
        The problems are shown if the same trip of the same store is still open; a failure
        is left to :meth:`run_checks` on this thread, which reports it as usual."""
        uuid, st = self.workspace.trip_uuid, self.store
        if uuid is None:
            self.run_checks()
            return
        saved, language = self.settings.check_settings_mapping(), i18n.check_language()

        def work() -> list[Problem]:
            from planner import checks  # noqa: PLC0415 - imported on the worker

            settings = checks.CheckSettings.from_mapping(saved)
            with st.reading() as session:
                return checks.check_trip(session, uuid, settings, language)

        def done(found: list[Problem]) -> None:
            if uuid == self.workspace.trip_uuid and st is self.store:
                self._show_problems(found)

        self.background.run(work, done, lambda _error: self.run_checks())

    def _show_problems(self, found: list[Problem]) -> None:
        self._problems = found
        self.problems.show_problems(found)
        schedule = self.trip_tabs.made("schedule")
        if schedule is not None:
            cast("ScheduleView", schedule).set_problems(found)

    def edit_check_settings(self) -> None:
        from ui.dialogs.check_settings import CheckSettingsDialog  # noqa: PLC0415

        chosen = CheckSettingsDialog.ask(self, self.settings.check_settings())
        if chosen is not None:
            self.settings.remember_check_settings(chosen)
            self.run_checks()

    def show_problem(self, problem: Problem) -> None:
        """Show what a problem is about: its meeting, else its transfer or stop."""
        if problem.meeting_uuids and self.trip_tabs.current_name() == "schedule":
            self.schedule.select_uuid(problem.meeting_uuids[0])
        elif problem.meeting_uuids:
            self.tabs.setCurrentWidget(self.meetings)
            self.meetings.select_uuid(problem.meeting_uuids[0])
        elif problem.transfer_uuids or problem.stop_uuid:
            self.tabs.setCurrentWidget(self.itinerary)
            target = problem.transfer_uuids[0] if problem.transfer_uuids else problem.stop_uuid
            self.itinerary.select_uuid(target or "")

    @reads_store
    def _on_trip_selected(self, uuid: str) -> None:
        if (uuid or None) == self.workspace.trip_uuid:
            return
        self.workspace.open_trip(uuid or None)
        self.settings.remember_trip(store_location(self.store), uuid or None)
        self.show_open_trip()

    def _update_actions(self) -> None:
        has_trip = self.workspace.trip_uuid is not None
        main_menus.enable_for_trip(self, has_trip)
        context = self.workspace.context()
        self.named_actions["add_transfer_action"].setEnabled(
            bool(context and len(context.stops) >= 2)
        )
        self.named_actions["add_meeting_action"].setEnabled(bool(context and context.stops))
        meetings = self.trip_tabs.made("meetings")
        if meetings is not None:
            cast("MeetingsPanel", meetings).set_editable(self._meetings_editable())
        self._apply_access()

    def _meetings_editable(self) -> bool:
        return self.workspace.trip_uuid is not None and self.access.may_write

    # -- the trip's tabs, each made when first shown (ui.trip_tabs) ---------------------------

    @property
    def overview(self) -> TripOverview:
        return cast(TripOverview, self.trip_tabs.panel("overview"))

    @property
    def itinerary(self) -> ItineraryPanel:
        return cast("ItineraryPanel", self.trip_tabs.panel("itinerary"))

    @property
    def meetings(self) -> MeetingsPanel:
        return cast("MeetingsPanel", self.trip_tabs.panel("meetings"))

    @property
    def contacts(self) -> ContactsPanel:
        return cast("ContactsPanel", self.trip_tabs.panel("contacts"))

    @property
    def delegation(self) -> DelegationPanel:
        return cast("DelegationPanel", self.trip_tabs.panel("delegation"))

    @property
    def schedule(self) -> ScheduleView:
        return cast("ScheduleView", self.trip_tabs.panel("schedule"))

    @property
    def protocol(self) -> ProtocolPanel:
        return cast("ProtocolPanel", self.trip_tabs.panel("protocol"))

    @property
    def branch_venues(self) -> BranchVenueEditing:
        """What edits the branch venues the meetings panel lists (made with that panel)."""
        self.trip_tabs.panel("meetings")
        return self._branch_venues

    def _make_overview(self) -> TripPanel:
        return TripOverview(self)

    def _make_itinerary(self) -> TripPanel:
        from ui.views.itinerary_panel import ItineraryPanel  # noqa: PLC0415 - when first shown

        panel = ItineraryPanel(self)
        panel.activated.connect(lambda _uuid: self.edits.edit_selected())
        panel.selection_changed.connect(lambda _uuid: self.clock.show_time())
        return panel

    def _make_meetings(self) -> TripPanel:
        from ui.branch_venues import BranchVenueEditing  # noqa: PLC0415 - when first shown
        from ui.views.meetings_panel import MeetingsPanel  # noqa: PLC0415

        panel = MeetingsPanel(self)
        panel.activated.connect(lambda _uuid: self.edits.edit_selected())
        panel.selection_changed.connect(lambda _uuid: self.clock.show_time())
        panel.set_editable(self._meetings_editable())
        self._branch_venues = BranchVenueEditing(self.workspace, panel, self)
        return panel

    def _make_contacts(self) -> TripPanel:
        from ui.views.contacts_panel import ContactsPanel  # noqa: PLC0415 - when first shown

        panel = ContactsPanel(self, workspace=self.workspace)
        panel.activated.connect(lambda _uuid: self.edits.edit_selected())
        return panel

    def _make_delegation(self) -> TripPanel:
        from ui.views.delegation import DelegationPanel  # noqa: PLC0415 - when first shown

        return DelegationPanel(self.workspace, self)

    def _make_schedule(self) -> TripPanel:
        from ui.views.schedule import ScheduleView  # noqa: PLC0415 - when first shown

        view = ScheduleView(self.workspace, self)
        view.activated.connect(lambda _uuid: self.edits.edit_selected())
        view.selection_changed.connect(lambda _uuid: self.clock.show_time())
        view.set_problems(self._problems)
        return view

    def _make_protocol(self) -> TripPanel:
        from ui.views.protocol import ProtocolPanel  # noqa: PLC0415 - when first shown

        panel = ProtocolPanel(self.workspace, self)
        panel.set_read_only(self._protocol_read_only())
        return panel

    # -- the directory -----------------------------------------------------------------------

    def open_directory(self) -> None:
        """Show the directory of people and organizations (one window, reused)."""
        if self.directory is None:
            # Loaded on first use: saves ~36 ms of start-up (python -X importtime, cumulative,
            # imported after ui.main_window).
            from ui.views.directory import DirectoryWindow  # noqa: PLC0415

            self.directory = DirectoryWindow(self.workspace, self)
            self.directory.meeting_requested.connect(self.show_meeting)
        self.directory.show()
        self.directory.raise_()
        self.directory.activateWindow()

    def open_registers(self, tab: int = 0) -> None:
        """Show the registers of agreements (0), follow-ups (1) or gifts (2) across trips (one
        window, reused)."""
        if self.registers is None:
            # Loaded on first use: saves ~33 ms of start-up (measured as the directory).
            from ui.views.registers import RegistersWindow  # noqa: PLC0415

            self.registers = RegistersWindow(self.workspace, self)
            self.registers.meeting_requested.connect(self.show_meeting)
        self.registers.show_register(tab)

    @reads_store
    def show_meeting(self, trip_uuid: str, meeting_uuid: str = "") -> None:
        """Bring this window to a trip, with one of its meetings selected (from the
        directory's pages)."""
        if not self.navigator.select_uuid(trip_uuid):
            return
        if meeting_uuid:
            if self.trip_tabs.current_name() != "schedule":
                self.tabs.setCurrentWidget(self.meetings)
                self.meetings.select_uuid(meeting_uuid)
            else:
                self.schedule.select_uuid(meeting_uuid)
        self.show()
        self.raise_()
        self.activateWindow()

    def import_file(self, path: Path) -> None:
        """Import a trip file as the File menu does, without asking for it."""
        self.files.import_file(path)

    # -- colleagues: history, conflicts, live changes, roles ----------------------------------

    @reads_store
    def _fill_history(self) -> None:
        """Fill the history panel, if it can be seen, for the open trip (or its object)."""
        if not self.history_dock.isVisible():
            return
        with self.store.session() as session:
            self.history.load(session, self.workspace.trip_uuid)

    @reads_store
    def show_selected_history(self) -> None:
        """Show the history of what is selected (the trip itself on the overview)."""
        selected = self.edits.selected()
        if selected is None:
            return
        record_type, uuid = selected
        self.history_dock.show()
        self.history_dock.raise_()
        with self.store.session() as session:
            from planner.editing.registry import editor_for  # noqa: PLC0415

            try:
                label = editor_for(record_type).read(session, uuid).label
            except PlannerError as exc:
                self._show_error(str(exc))
                return
            self.history.trip_uuid = self.workspace.trip_uuid
            self.history.show_object(session, uuid, label)

    def _on_remote_changes(self, changes: list[history.Change]) -> None:
        """Say what a colleague changed, in the status bar (the views reload by themselves)."""
        change = changes[-1]
        action, what = describe(change)
        text = self.tr("{who}: {action} {what}").format(who=change.who, action=action, what=what)
        if len(changes) > 1:
            text += " " + self.tr("(and %n more change(s))", "", len(changes) - 1)
        self.statusBar().showMessage(text, 10_000)

    def _on_reachable(self, reachable: bool) -> None:
        """Say whether the store can be reached. The unreachable store is a permanent part of
        the status bar (no passing message, a menu's tip or a colleague's news hides it)
        until a poll has reached the store again."""
        self.reach_label.setText(self.tr("The store cannot be reached; trying again every second…"))
        self.reach_label.setVisible(not reachable)
        if reachable:
            self.refresh()  # what changed meanwhile, and what could not be read
            self.statusBar().showMessage(self.tr("The store can be reached again."), 10_000)
        else:
            self.statusBar().showMessage(self.reach_label.text(), 10_000)

    def _check_access(self) -> None:
        """Ask the store what this user may do; a viewer gets a read-only window."""
        self.access = read_only.access_of(self.store)
        self.workspace.read_only_reason = read_only.reason(self.access)
        self.access_label.setVisible(not self.access.may_write)
        self.access_label.setText(self.tr("Read-only"))
        self.access_label.setToolTip(read_only.notice(read_only.reason(self.access) or ""))
        self._update_actions()

    def _apply_access(self) -> None:
        """In read-only mode every action that would change the store is off, and says why
        (in the language installed now, which may have changed since the store was opened)."""
        reason = read_only.reason(self.access)
        read_only.turn_off(main_menus.writing_actions(self), reason)
        protocol = self.trip_tabs.made("protocol")
        if protocol is not None:
            cast("ProtocolPanel", protocol).set_read_only(self._protocol_read_only())

    def _protocol_read_only(self) -> str | None:
        reason = read_only.reason(self.access)
        return reason and read_only.notice(reason)

    # -- feedback ----------------------------------------------------------------------------

    def _show_error(self, message: str, title: str | None = None) -> None:
        QMessageBox.warning(self, title or self.tr("Delegation Planner"), message)

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for name in BUSY_OFF:
            self.named_actions[name].setEnabled(not busy)

    def _focus_search(self) -> None:
        self.trips_dock.show()
        self.navigator.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.navigator.search.selectAll()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Delegation Planner"),
            self.tr("Delegation Planner {version}\nStore: {store}").format(
                version=__version__, store=self.store.location
            ),
        )

    # -- layout ------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.background.wait()
        self.workspace.stop()
        if self.directory is not None:
            self.directory.close()
        if self.registers is not None:
            self.registers.close()
        self.settings.remember_layout(self.saveGeometry(), self.saveState())
        self.settings.remember_trip(store_location(self.store), self.workspace.trip_uuid)
        self.settings.sync()
        self.clock.timer.stop()
        super().closeEvent(event)
