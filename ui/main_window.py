"""The main window: the trip navigator beside the workspace of the open trip.

The window owns actions and menus and wires views to the :class:`~ui.workspace.Workspace`;
it holds no data of its own. Every edit is an undoable command pushed on the workspace's
stack, and every view reloads from the store when the workspace says it changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
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
from sqlalchemy.exc import SQLAlchemyError

from planner import (
    __version__,
    checks,
    conflicts,
    editing,
    history,
    localtime,
    roles,
    store,
    trips,
)
from planner.conflicts import Conflict
from planner.errors import PlannerError
from planner.records import (
    MeetingRecord,
    OrganizationRecord,
    PersonRecord,
    StopRecord,
    TransferRecord,
    TripRecord,
)
from planner.store import Store
from ui import i18n, main_menus
from ui.actions import BUSY_OFF
from ui.branch_venues import BranchVenueEditing
from ui.commands import (
    AddTripCommand,
    CreateCommand,
    DeleteCommand,
    EditCommand,
    TripChangeCommand,
    short,
)
from ui.dialogs.check_settings import CheckSettingsDialog
from ui.dialogs.duplicate_trip import DuplicateTripDialog
from ui.editors import ask_record, show_record
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Background
from ui.settings import Settings
from ui.trip_files import TripFiles
from ui.trip_tabs import TripTabs
from ui.views.contacts_panel import ContactsPanel
from ui.views.delegation import DelegationPanel
from ui.views.history import HistoryPanel, describe
from ui.views.itinerary_panel import ItineraryPanel
from ui.views.meetings_panel import MeetingsPanel
from ui.views.problems_panel import ProblemsPanel
from ui.views.protocol import ProtocolPanel
from ui.views.schedule import ScheduleView
from ui.views.trip_navigator import TripNavigator
from ui.views.trip_overview import TripOverview
from ui.workspace import Workspace, reads_store

STORE_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Delegation Planner stores (*.sqlite);;All files (*)"
)


def store_location(store_: Store) -> str:
    """How the window remembers a store: a file's absolute path, or the database's URL."""
    return str(store_.path.resolve()) if store_.engine_name == "sqlite" else store_.location


class MainWindow(QMainWindow):
    # Made by ui.main_menus.build (again when the language changes).
    named_actions: dict[str, QAction]
    undo_action: QAction
    redo_action: QAction
    language_group: QActionGroup
    language_menu: QMenu
    recent_menu: QMenu

    def __init__(self, store_: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.named_actions = {}  # empty until built: nothing to retranslate before
        self.setObjectName("mainWindow")
        self.settings = Settings()
        self.workspace = Workspace(store_, self)
        self.background = Background(self)
        self.files = TripFiles(self)
        self.resize(1280, 800)

        self.navigator = TripNavigator(self)
        dock = QDockWidget(self)
        dock.setObjectName("tripsDock")
        dock.setWidget(self.navigator)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.resizeDocks([dock], [400], Qt.Orientation.Horizontal)
        self.trips_dock = dock

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspaceTabs")
        self.overview = TripOverview(self)
        self.itinerary = ItineraryPanel(self)
        self.meetings = MeetingsPanel(self)
        self.contacts = ContactsPanel(self)
        self.schedule = ScheduleView(self.workspace, self)
        self.protocol = ProtocolPanel(self.workspace, self)
        self.delegation = DelegationPanel(self.workspace, self)
        self.trip_tabs = TripTabs(
            self.tabs,
            [
                (self.overview, QT_TRANSLATE_NOOP("MainWindow", "&Overview")),
                (self.itinerary, QT_TRANSLATE_NOOP("MainWindow", "&Itinerary")),
                (self.meetings, QT_TRANSLATE_NOOP("MainWindow", "&Meetings")),
                (self.contacts, QT_TRANSLATE_NOOP("MainWindow", "&People and Organizations")),
                (self.delegation, QT_TRANSLATE_NOOP("MainWindow", "Dele&gation")),
                (self.schedule, QT_TRANSLATE_NOOP("MainWindow", "&Schedule")),
                (self.protocol, QT_TRANSLATE_NOOP("MainWindow", "Protoco&l")),
            ],
        )
        self.setCentralWidget(self.tabs)

        self.problems = ProblemsPanel(self)
        problems_dock = QDockWidget(self)
        problems_dock.setObjectName("problemsDock")
        problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, problems_dock)
        self.resizeDocks([problems_dock], [150], Qt.Orientation.Vertical)
        self.problems_dock = problems_dock

        self.history = HistoryPanel(self)
        history_dock = QDockWidget(self)
        history_dock.setObjectName("historyDock")
        history_dock.setWidget(self.history)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, history_dock)
        self.tabifyDockWidget(problems_dock, history_dock)
        history_dock.hide()  # opened from the View menu or with History of Selected (Ctrl+H)
        self.history_dock = history_dock
        self.access = roles.Access(roles.ADMINISTRATOR)

        self._build_status_bar()
        self.own_actions: list[QAction] = []
        self._retranslate_frame()
        main_menus.build(self)

        self.problems.problem_chosen.connect(self.show_problem)
        self.navigator.trip_selected.connect(self._on_trip_selected)
        self.navigator.trip_activated.connect(lambda _uuid: self.edit_trip())
        self.itinerary.activated.connect(lambda _uuid: self.edit_selected())
        self.meetings.activated.connect(lambda _uuid: self.edit_selected())
        self.contacts.activated.connect(lambda _uuid: self.edit_selected())
        self.schedule.activated.connect(lambda _uuid: self.edit_selected())
        self.schedule.selection_changed.connect(lambda _uuid: self._update_clock())
        self.itinerary.selection_changed.connect(lambda _uuid: self._update_clock())
        self.meetings.selection_changed.connect(lambda _uuid: self._update_clock())
        self.branch_venues = BranchVenueEditing(self.workspace, self.meetings, self)
        self.workspace.changed.connect(self.refresh)
        self.directory: Any = None  # the DirectoryWindow, made when first opened
        self.registers: Any = None  # the RegistersWindow (Protocol menu), made when first opened
        self.tabs.currentChanged.connect(lambda _index: self._fill_current_tab())
        self.workspace.error.connect(self._show_error)
        self.workspace.conflict_resolver = self._resolve_conflict
        self.workspace.recreate_asker = self._ask_recreate
        self.workspace.remote_changed.connect(self._on_remote_changes)
        self.workspace.reachable.connect(self._on_reachable)
        self.workspace.read_refused.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.history_dock.visibilityChanged.connect(lambda _shown: self._fill_history())
        self.history.whole_trip_wanted.connect(self._fill_history)
        self.workspace.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        self.background.busy.connect(self._on_busy)

        self._open_store_view(store_)
        self._restore_layout()

    # -- set-up ------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.store_label = QLabel(self)
        self.access_label = QLabel(self)
        self.access_label.setObjectName("accessLabel")
        self.access_label.hide()
        self.reach_label = QLabel(self)
        self.reach_label.setObjectName("reachLabel")
        self.reach_label.setStyleSheet("color: #b00020")
        self.reach_label.hide()
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("clockLabel")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.statusBar().addWidget(self.store_label, 1)
        self.statusBar().addPermanentWidget(self.reach_label)
        self.statusBar().addPermanentWidget(self.access_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.clock_label)
        self.clock = QTimer(self)
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(self._update_clock)
        self.clock.start()

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
        self._show_store_name(self.store)
        self.refresh()
        self._update_actions()
        self._update_clock()

    def _retranslate_frame(self) -> None:
        self.trips_dock.setWindowTitle(self.tr("Trips"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.history_dock.setWindowTitle(self.tr("History"))

    # -- store -------------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.workspace.store

    def _open_store_view(self, store_: Store) -> None:
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
        with store_.session() as session:
            self.navigator.reload(trips.list_trips(session))
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
        from ui.dialogs.connect_store import (  # noqa: PLC0415 - rarely needed; ~10 ms
            ConnectStoreDialog,
            saved_connections,
        )

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
        with self.store.session() as session:
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
        self.run_checks()
        self._fill_history()
        self._update_actions()
        self._update_clock()

    @reads_store
    def _fill_current_tab(self) -> None:
        if not self.trip_tabs.current_is_stale():
            return
        with self.store.session() as session:
            uuid = self.workspace.trip_uuid
            if uuid is not None and not trips.trip_exists(session, uuid):
                uuid = self.workspace.trip_uuid = None
            self.trip_tabs.fill_current(session, uuid)

    @reads_store
    def run_checks(self) -> None:
        """Check the open trip again; fast enough to run after every edit (see README)."""
        uuid = self.workspace.trip_uuid
        found: list[checks.Problem] = []
        if uuid is not None:
            with self.store.session() as session:
                found = checks.check_trip(
                    session, uuid, self.settings.check_settings(), i18n.check_language()
                )
        self.problems.show_problems(found)
        self.schedule.set_problems(found)

    def edit_check_settings(self) -> None:
        chosen = CheckSettingsDialog.ask(self, self.settings.check_settings())
        if chosen is not None:
            self.settings.remember_check_settings(chosen)
            self.run_checks()

    def show_problem(self, problem: checks.Problem) -> None:
        """Show what a problem is about: its meeting, else its transfer or stop."""
        if problem.meeting_uuids and self.tabs.currentWidget() is self.schedule:
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
        self.meetings.set_editable(has_trip and self.access.may_write)
        self._apply_access()

    @reads_store
    def _update_clock(self) -> None:
        """The open stop's local time beside the home time, as travellers read their watches."""
        context = self.workspace.context()
        if context is None:
            self.clock_label.clear()
            return
        now = dt.datetime.now(dt.UTC)
        stop = self._open_stop(context, now)
        home = localtime.local(now, context.home_timezone)
        text = self.tr("Home {time} ({zone})").format(
            time=f"{home:%H:%M}", zone=context.home_timezone
        )
        if stop is not None and stop.timezone != context.home_timezone:
            there = localtime.local(now, stop.timezone)
            text = (
                self.tr("{city} {time} ({zone})").format(
                    city=stop.label, time=f"{there:%H:%M}", zone=stop.timezone
                )
                + "  ·  "
                + text
            )
        self.clock_label.setText(text)

    def _open_stop(self, context: Any, now: dt.datetime) -> Any:
        """The stop selected in the itinerary or of the selected meeting, else where the
        delegation is now, else the first stop abroad."""
        selected = (
            self.itinerary.selected_uuid() if self.tabs.currentWidget() is self.itinerary else None
        )
        panel = self.trip_tabs.current_panel()
        meeting = None
        if panel is self.meetings or panel is self.schedule:
            meeting = panel.selected_uuid()
        if meeting:
            with self.store.session() as session:
                try:
                    selected = editing.read(session, MeetingRecord, meeting).stop
                except PlannerError:
                    selected = None  # a transfer is selected in the schedule
        for stop in context.stops:
            if stop.uuid == selected:
                return stop
        for stop in context.stops:
            if stop.arrive and stop.depart and stop.arrive <= now <= stop.depart:
                return stop
        abroad = [s for s in context.stops if s.timezone != context.home_timezone]
        return abroad[0] if abroad else (context.stops[0] if context.stops else None)

    # -- editing -----------------------------------------------------------------------------

    @reads_store
    def _selected(self) -> tuple[type[Any], str] | None:
        """The record type and UUID of what is selected on the current tab."""
        panel = self.trip_tabs.current_panel()
        uuid = panel.selected_uuid() if panel is not None else None  # the overview's: the trip
        if not uuid:
            return None
        with self.store.session() as session:
            return editing.record_type_of(session, uuid), uuid

    @reads_store
    def edit_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.edit_object(*selected)

    @reads_store
    def edit_object(self, record_type: type[Any], uuid: str) -> None:
        """Edit the object in its editor, saved against the version read now; when the store
        cannot be reached as it is saved, the editor opens again with what was typed. A viewer
        gets the editor read-only."""
        try:
            with self.store.session() as session:
                before, version = editing.read_versioned(session, record_type, uuid)
        except PlannerError as exc:
            self._show_error(str(exc))
            return
        if self.workspace.read_only_reason:
            context = self.workspace.context()
            show_record(self, context, record_type, before, self.workspace.read_only_reason)
            return

        def make(after: Any) -> EditCommand | None:
            if after == before:
                return None
            return EditCommand(self.workspace, uuid, before, after, version=version)

        self.workspace.edit(
            lambda record: ask_record(self, self.workspace.context(), record_type, record),
            make,
            before,
        )

    @reads_store
    def delete_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        record_type, uuid = selected
        if record_type is TripRecord:
            self.delete_trip()
            return
        self._confirm_and_delete(record_type, uuid)

    @reads_store
    def _confirm_and_delete(self, record_type: type[Any], uuid: str) -> None:
        try:
            with self.store.session() as session:
                label = editing.read(session, record_type, uuid).label
                taken = editing.dependents(session, record_type, uuid)
                # What the user is asked about: deleted only if no colleague changed it since.
                expected = editing.delete_versions(session, record_type, uuid)
        except PlannerError as exc:
            self._show_error(str(exc))
            return
        extra = ", ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in taken.items())
        question = self.tr("Delete '{label}'?").format(label=short(label))
        if extra:
            question += " " + self.tr("This also deletes {what}.").format(what=extra)
        question += " " + self.tr("You can undo this.")
        answer = QMessageBox.question(self, self.tr("Delete"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.push(
                DeleteCommand(self.workspace, record_type, uuid, label, expected=expected)
            )

    def _add(self, record_type: type[Any]) -> None:
        context = self.workspace.context()
        if context is None:
            return
        self.workspace.edit(
            lambda record: ask_record(self, context, record_type, record),
            lambda record: CreateCommand(self.workspace, context.trip_uuid, record),
            None,
        )

    def add_stop(self) -> None:
        self._add(StopRecord)

    def add_transfer(self) -> None:
        self._add(TransferRecord)

    def add_meeting(self) -> None:
        self._add(MeetingRecord)

    def add_person(self) -> None:
        self._add(PersonRecord)

    def add_organization(self) -> None:
        self._add(OrganizationRecord)

    def new_trip(self) -> None:
        record = ask_record(self, None, TripRecord, None)
        if record is None:
            return
        command = CreateCommand(self.workspace, None, record)
        if self.workspace.push(command) and command.uuid:
            self.navigator.select_uuid(command.uuid)

    @reads_store
    def edit_trip(self) -> None:
        if self.workspace.trip_uuid:
            self.edit_object(TripRecord, self.workspace.trip_uuid)

    @reads_store
    def delete_trip(self) -> None:
        uuid = self.workspace.trip_uuid
        if uuid is not None:
            self._confirm_and_delete(TripRecord, uuid)

    @reads_store
    def duplicate_trip(self) -> None:
        uuid = self.workspace.trip_uuid
        if uuid is None:
            return
        with self.store.session() as session:
            trip_id = trips.find_trip_id(session, uuid)
            summary = next(s for s in trips.list_trips(session) if s.id == trip_id)
        answer = DuplicateTripDialog.ask(self, summary.title, summary.first_day)
        if answer is None:
            return
        title, first_day = answer

        def make(session: Any) -> str:
            return editing.duplicate_trip(session, trip_id, first_day, title).uuid

        command = AddTripCommand(
            self.workspace, self.tr("Duplicate '{title}'").format(title=short(summary.title)), make
        )
        if self.workspace.push(command) and command.uuid:
            self.navigator.select_uuid(command.uuid)

    # -- the directory -----------------------------------------------------------------------

    def open_directory(self) -> None:
        """Show the directory of people and organizations (one window, reused)."""
        if self.directory is None:
            # Loaded on first use: ~70 ms of start-up (python -X importtime).
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
            from ui.views.registers import RegistersWindow  # noqa: PLC0415 - first use; ~130 ms

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
            if self.tabs.currentWidget() is not self.schedule:
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

    def import_calendar(self) -> None:
        # icalendar is loaded on first use: ~430 ms of start-up (python -X importtime).
        from planner import calendar_ics  # noqa: PLC0415
        from ui.dialogs.calendar_import import CalendarImportDialog  # noqa: PLC0415

        uuid = self.workspace.trip_uuid
        if uuid is None:
            return
        plan = CalendarImportDialog.choose(self, self.store, uuid)
        if plan is None:
            return
        self.workspace.push(
            TripChangeCommand(
                self.workspace,
                uuid,
                self.tr(
                    "Import Calendar (%n event(s))", "", plan.count("add") + plan.count("update")
                ),
                lambda session: calendar_ics.apply_import(session, plan),
            )
        )

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
        selected = self._selected()
        if selected is None:
            return
        record_type, uuid = selected
        self.history_dock.show()
        self.history_dock.raise_()
        with self.store.session() as session:
            try:
                label = editing.read(session, record_type, uuid).label
            except PlannerError as exc:
                self._show_error(str(exc))
                return
            self.history.trip_uuid = self.workspace.trip_uuid
            self.history.show_object(session, uuid, label)

    @reads_store
    def _resolve_conflict(self, conflict: Conflict) -> Any:
        """Ask how to settle a conflict: both versions side by side (the conflict dialog)."""
        from ui.dialogs.conflict_dialog import ConflictDialog  # noqa: PLC0415 - rare; ~7 ms

        settled = conflict.base is not None and conflict.theirs is not None
        if settled and not conflicts.clashing(conflict):  # different fields: both are kept
            self.statusBar().showMessage(
                self.tr(
                    "'{label}' was also changed by someone else; both changes were kept."
                ).format(label=short(conflict.mine.label)),
                10_000,
            )
            return conflicts.keep_mine(conflict)
        who = None
        with self.store.session() as session:
            for change in history.of_object(session, conflict.uuid or "", limit=1):
                if change.origin != history.origin(self.store.engine):
                    who = change.who
        return ConflictDialog.ask(self, conflict, self.workspace.context(), who)

    def _ask_recreate(self, message: str, kind: str) -> bool:
        """After an edit of an object a colleague deleted: keep what was typed as a new one?"""
        question = (
            message
            + "\n\n"
            + self.tr("Save what you typed as a new {kind}? You can undo this.").format(kind=kind)
        )
        answer = QMessageBox.question(
            self,
            self.tr("Deleted by Someone Else"),
            question,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save

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
        try:
            self.access = roles.access(self.store)
        except SQLAlchemyError:  # a store that cannot say now is treated as writable
            self.access = roles.Access(roles.ADMINISTRATOR)
        self.workspace.read_only_reason = self._reason(self.access)
        self.access_label.setVisible(not self.access.may_write)
        self.access_label.setText(self.tr("Read-only"))
        self.access_label.setToolTip(self._read_only_text())
        self._update_actions()

    def _reason(self, access: roles.Access) -> str | None:
        """Why the user may only read, in the interface's language."""
        if access.cause == roles.VIEWER_ROLE:
            return self.tr("{user} may only read this store (viewer role)").format(
                user=access.subject
            )
        if access.cause == roles.READ_ONLY_FILE:
            return self.tr("{file} is read-only").format(file=access.subject)
        if access.cause == roles.UNREADABLE_FILE:
            return self.tr("{file} cannot be read").format(file=access.subject)
        return access.reason

    def _read_only_text(self) -> str:
        return self.tr(
            "Read-only: {reason}. You can look at everything but change nothing."
        ).format(reason=self._reason(self.access) or "")

    def _apply_access(self) -> None:
        """In read-only mode every action that would change the store is off, and says why."""
        self.apply_read_only(main_menus.writing_actions(self))
        self.protocol.set_read_only(self.workspace.read_only_reason and self._read_only_text())

    def apply_read_only(self, actions: list[QAction]) -> None:
        """Turn ``actions`` off with the reason as their tip when the store is read-only (the
        companion windows do the same from ``Workspace.read_only_reason``)."""
        if self.access.may_write:
            return
        reason = self._read_only_text()
        for action in actions:
            action.setEnabled(False)
            action.setToolTip(reason)
            action.setStatusTip(reason)

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
        self.clock.stop()
        super().closeEvent(event)
