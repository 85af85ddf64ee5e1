"""Directory ▸ People and Organizations: the office's contacts across all trips.

A window of its own beside the main window (officers look up a partner while planning a trip)
that shares the main window's :class:`~ui.workspace.Workspace`: the same store, the same undo
stack (Undo here undoes an edit made there and back), and it reloads when the workspace says
the store changed. Reloading a large directory costs a few tenths of a second, so a hidden
directory only notes that it is stale and reloads when shown again.

Edits are commands like every other edit; erasing a person (the GDPR's right to erasure) is
the one change that cannot be undone, since keeping their data for an undo would defeat it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner import vocab
from planner.directory import listing, merging, pages
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.records import Choice, OrganizationRecord, PersonRecord
from ui import read_only
from ui.commands import CreateCommand, DeleteCommand, EditCommand, short
from ui.dialogs.merge_dialog import MergeDialog
from ui.dialogs.organization_dialog import OrganizationDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import vocab_text
from ui.models.directory import DirectoryModel, DirectoryOrganizationsModel, DirectoryPeopleModel
from ui.models.row_table import UUID_ROLE
from ui.operations import Background
from ui.spoken_text import spoken
from ui.views.companion_window import CompanionWindow
from ui.views.directory.commands import MergeCommand
from ui.views.directory.page import DirectoryPage
from ui.views.uuid_table import UuidTableView
from ui.workspace import Workspace, reads_store

if TYPE_CHECKING:
    from ui.commands import StoreCommand

PEOPLE, ORGANIZATIONS = 0, 1
JSON_FILTER = QT_TRANSLATE_NOOP("DirectoryWindow", "JSON files (*.json)")


class DirectoryWindow(CompanionWindow):
    """People and organizations of the whole store (see the module docstring).

    Reached from tests as ``search``, ``kind_filter``, ``country_filter``, ``tabs``,
    ``people_table``, ``organizations_table``, ``page`` and the ``*_action`` attributes.
    """

    def __init__(self, workspace: Workspace, owner: QWidget) -> None:
        super().__init__(workspace, owner)
        self.setObjectName("directoryWindow")
        self.background = Background(self)
        self._fitted = False
        self.resize(1380, 800)

        self.people_model = DirectoryPeopleModel(self)
        self.organizations_model = DirectoryOrganizationsModel(self)
        self.people_table = self._table(self.people_model, "directoryPeople")
        self.organizations_table = self._table(self.organizations_model, "directoryOrganizations")

        self.search = QLineEdit(self)
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.country_filter = QComboBox(self)
        self.country_filter.setObjectName("countryFilter")
        self.country_filter.setMinimumContentsLength(4)
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind_filter)
        self.country_label = QLabel(self)
        self.country_label.setBuddy(self.country_filter)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("directoryTabs")
        self.tabs.addTab(self.people_table, "")
        self.tabs.addTab(self.organizations_table, "")
        self.page = DirectoryPage(self)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind_label)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.country_label)
        bar.addWidget(self.country_filter)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.tabs, 1)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("directorySplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([920, 460])
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)

        self._build_actions()
        self._build_menus()
        self.retranslate()

        self.search.textChanged.connect(self._filter)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.country_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed())
        self.page.meeting_activated.connect(self.meeting_requested)
        self.page.trip_activated.connect(lambda trip: self.meeting_requested.emit(trip, ""))
        self.page.person_activated.connect(self.select_person)
        self.background.busy.connect(self.progress.setVisible)

    # -- set-up ------------------------------------------------------------------------------

    def _table(self, model: DirectoryModel, name: str) -> UuidTableView:
        table = UuidTableView(model, None, self)
        table.setObjectName(name)
        table.setSelectionMode(UuidTableView.SelectionMode.ExtendedSelection)
        header = table.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.uuid_activated.connect(lambda _uuid: self.edit_selected())
        table.uuid_selection_changed.connect(lambda _uuid: self._selection_changed())
        table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        return table

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        a = self._action
        self.new_person_action = a(self.new_person, keys.New)
        self.new_organization_action = a(self.new_organization, "Ctrl+Shift+N")
        self.edit_action = a(self.edit_selected, "Ctrl+Return")
        self.delete_action = a(self.delete_selected, keys.Delete)
        self.merge_action = a(self.merge_selected, "Ctrl+M")
        self.import_action = a(self.import_contacts, "Ctrl+I")
        self.export_action = a(self.export_contacts, "Ctrl+E")
        self.erase_action = a(self.erase_person)
        self.personal_data_action = a(self.export_personal_data)
        self.find_action = a(self._focus_search, keys.Find)
        self.close_action = a(self.close, keys.Close)
        self.undo_action, self.redo_action = self._undo_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.directory_menu = bar.addMenu("")
        self.directory_menu.addActions([self.new_person_action, self.new_organization_action])
        self.directory_menu.addSeparator()
        self.directory_menu.addActions([self.import_action, self.export_action])
        self.directory_menu.addSeparator()
        self.directory_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(
            [self.edit_action, self.delete_action, self.merge_action, self.find_action]
        )
        self.privacy_menu = bar.addMenu("")
        self.privacy_menu.addActions([self.erase_action, self.personal_data_action])
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("directoryToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_person_action, self.new_organization_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.edit_action, self.delete_action, self.merge_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.import_action, self.export_action])
        self.addToolBar(self.toolbar)

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every word of the window in the installed language; the tables keep their place."""
        self.setWindowTitle(self.tr("Directory — People and Organizations"))
        for action, text, tip in (
            (self.new_person_action, self.tr("New &Person…"),
             self.tr("Add a person to the directory")),
            (self.new_organization_action, self.tr("New &Organization…"),
             self.tr("Add an organization to the directory")),
            (self.edit_action, self.tr("&Edit…"),
             self.tr("Edit the selected person or organization")),
            (self.delete_action, self.tr("&Delete…"),
             self.tr("Delete the selected person or organization")),
            (self.merge_action, self.tr("&Merge…"),
             self.tr("Merge two selected people or two organizations into one")),
            (self.import_action, self.tr("&Import…"),
             self.tr("Import people from a vCard or CSV file")),
            (self.export_action, self.tr("E&xport…"),
             self.tr("Export people to a vCard or CSV file")),
            (self.erase_action, self.tr("E&rase Person…"),
             self.tr("Remove everything stored about the selected person (cannot be undone)")),
            (self.personal_data_action, self.tr("Export Personal &Data…"),
             self.tr("Write everything stored about the selected person into a JSON file")),
            (self.find_action, self.tr("&Find"), ""),
            (self.close_action, self.tr("&Close"), ""),
        ):  # fmt: skip
            action.setText(text)
            action.setToolTip(tip or spoken(text))
            action.setStatusTip(tip)
        for action, short_text in (  # the toolbar's words, without mnemonics and ellipses
            (self.new_person_action, self.tr("New Person")),
            (self.new_organization_action, self.tr("New Organization")),
            (self.edit_action, self.tr("Edit")),
            (self.delete_action, self.tr("Delete")),
            (self.merge_action, self.tr("Merge")),
            (self.import_action, self.tr("Import")),
            (self.export_action, self.tr("Export")),
        ):
            action.setIconText(short_text)
        self._retranslate_undo()
        self.directory_menu.setTitle(self.tr("&Directory"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.privacy_menu.setTitle(self.tr("Data &Protection"))
        self.toolbar.setWindowTitle(self.tr("Directory"))
        self.search.setPlaceholderText(
            self.tr("Search names in any script, organizations, positions, e-mail…")
        )
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.people_table.setAccessibleName(self.tr("People in the directory"))
        self.organizations_table.setAccessibleName(self.tr("Organizations in the directory"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.country_label.setText(self.tr("C&ountry:"))
        self._fill_kinds()
        self._fill_countries()
        self.people_model.set_entries(self.people_model.entries())
        self.organizations_model.set_entries(self.organizations_model.entries())
        self.page.retranslate()
        self._retitle()
        self._update_actions()

    def _fill_kinds(self) -> None:
        chosen = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        words = vocab_text.organization_kinds()
        for kind in vocab.ORGANIZATION_KINDS:
            self.kind_filter.addItem(vocab_text.word(words, kind), kind)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(chosen), 0))
        self.kind_filter.blockSignals(False)

    def _fill_countries(self) -> None:
        chosen = self.country_filter.currentData()
        countries = sorted(
            set(self.people_model.countries()) | set(self.organizations_model.countries())
        )
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), None)
        for country in countries:
            self.country_filter.addItem(country, country)
        index = self.country_filter.findData(chosen)
        self.country_filter.setCurrentIndex(max(index, 0))
        self.country_filter.blockSignals(False)
        if chosen is not None and index < 0:
            self._filter()

    def _retitle(self) -> None:
        for index, model, full, part in (
            (PEOPLE, self.people_model, self.tr("&People ({count})"),
             self.tr("&People ({count} of {total})")),
            (ORGANIZATIONS, self.organizations_model, self.tr("&Organizations ({count})"),
             self.tr("&Organizations ({count} of {total})")),
        ):  # fmt: skip
            shown, total = model.rowCount(), len(model.entries())
            title = full if shown == total else part
            self.tabs.setTabText(index, title.format(count=f"{shown:,}", total=f"{total:,}"))

    # -- reading -----------------------------------------------------------------------------

    def store_replaced(self) -> None:
        """The main window opened another store: forget this one's undo and pages."""
        self.search.clear()
        self._store_changed()

    @reads_store
    def reload(self) -> None:
        """Read the directory again (after an edit, undo, redo, or another store)."""
        self._stale = False
        with self.workspace.store.session() as session:
            people = listing.people(session)
            organizations = listing.organizations(session)
        self.people_model.set_entries(people)
        self.organizations_model.set_entries(organizations)
        self._fill_countries()
        if people and not self._fitted:
            self._fitted = True
            for table in (self.people_table, self.organizations_table):
                # Fit to what the first rows hold, but no column may crowd out the others.
                table.resizeColumnsToContents()
                header = table.horizontalHeader()
                for column in range(header.count()):
                    header.resizeSection(column, min(header.sectionSize(column), 170))
                header.setStretchLastSection(True)
        self._retitle()
        self._selection_changed()

    def _filter(self, *_args: Any) -> None:
        text = self.search.text()
        kind = self.kind_filter.currentData()
        country = self.country_filter.currentData()
        for model in (self.people_model, self.organizations_model):
            model.set_filter(text=text, kind=kind, country=country)
        self._retitle()

    @property
    def table(self) -> UuidTableView:
        """The table on the current tab."""
        return (
            self.organizations_table
            if self.tabs.currentIndex() == ORGANIZATIONS
            else (self.people_table)
        )

    def selected_uuids(self) -> list[str]:
        """The UUIDs selected on the current tab, top to bottom."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(index.data(UUID_ROLE)) for index in rows]

    def select_person(self, uuid: str) -> bool:
        return self._select(PEOPLE, uuid)

    def select_organization(self, uuid: str) -> bool:
        return self._select(ORGANIZATIONS, uuid)

    def _select(self, tab: int, uuid: str) -> bool:
        """Show ``uuid`` on its tab, clearing the search and filters when they hide it."""
        table = self.people_table if tab == PEOPLE else self.organizations_table
        model = self.people_model if tab == PEOPLE else self.organizations_model
        if model.row_of(uuid) < 0 and uuid in {e.uuid for e in model.entries()}:
            self.search.clear()
            self.kind_filter.setCurrentIndex(0)
            self.country_filter.setCurrentIndex(0)
        self.tabs.setCurrentIndex(tab)
        return table.select_uuid(uuid)

    @reads_store
    def _selection_changed(self) -> None:
        self._update_actions()
        uuid = self.table.selected_uuid()
        page: pages.PersonPage | pages.OrganizationPage | None = None
        if uuid:
            try:
                with self.workspace.store.session() as session:
                    if self.tabs.currentIndex() == PEOPLE:
                        page = pages.person_page(session, uuid)
                    else:
                        page = pages.organization_page(session, uuid)
            except PlannerError:
                page = None
        self.page.show_page(page)

    def _update_actions(self) -> None:
        if not hasattr(self, "erase_action"):
            return
        chosen = len(self.table.selectionModel().selectedRows())
        person = self.tabs.currentIndex() == PEOPLE
        self.edit_action.setEnabled(chosen >= 1)
        self.delete_action.setEnabled(chosen >= 1)
        self.merge_action.setEnabled(chosen == 2)
        self.erase_action.setEnabled(person and chosen == 1)
        self.personal_data_action.setEnabled(person and chosen == 1)
        for action in (self.new_person_action, self.new_organization_action, self.import_action):
            action.setEnabled(True)
        # A viewer reads and exports; every change is off, with the reason as its tip.
        read_only.turn_off(
            [
                self.new_person_action,
                self.new_organization_action,
                self.delete_action,
                self.merge_action,
                self.import_action,
                self.erase_action,
                self.undo_action,
                self.redo_action,
            ],
            self.workspace.read_only_reason,
        )

    # -- editing -----------------------------------------------------------------------------

    def _push(self, command: StoreCommand) -> bool:
        """Push a directory edit: it concerns no trip, so undoing it leaves the open trip."""
        command.trip_uuid = None
        return self.workspace.push(command)

    def organization_choices(self) -> list[Choice]:
        return [Choice(e.uuid, e.name) for e in self.organizations_model.entries()]

    def _ask(self, record_type: type[Any], record: Any, **read_only: str) -> Any:
        if record_type is PersonRecord:
            organizations = self.organization_choices()
            return PersonDialog.ask_in_directory(self, organizations, record, **read_only)
        return OrganizationDialog.ask(self, None, record, **read_only)

    def new_person(self) -> None:
        self._new(PersonRecord)

    def new_organization(self) -> None:
        self._new(OrganizationRecord)

    def _new(self, record_type: type[Any]) -> None:
        command = self.workspace.edit(
            lambda record: self._ask(record_type, record),
            lambda record: self._directory_command(CreateCommand(self.workspace, None, record)),
            None,
        )
        if isinstance(command, CreateCommand) and command.uuid:
            self._select(PEOPLE if record_type is PersonRecord else ORGANIZATIONS, command.uuid)

    def _record_type(self) -> type[Any]:
        return PersonRecord if self.tabs.currentIndex() == PEOPLE else OrganizationRecord

    @reads_store
    def edit_selected(self) -> None:
        uuid = self.table.selected_uuid()
        if not uuid:
            return
        record_type = self._record_type()
        try:
            with self.workspace.store.session() as session:
                before, version = editor_for(record_type).read_versioned(session, uuid)
        except PlannerError as exc:
            self._error(str(exc))
            return
        if self.workspace.read_only_reason is not None:  # a viewer reads it in the editor
            self._ask(record_type, before, read_only=self.workspace.read_only_reason)
            return

        def make(after: Any) -> EditCommand | None:
            if after == before:
                return None
            command = EditCommand(self.workspace, uuid, before, after, version=version)
            command.trip_uuid = None
            return command

        self.workspace.edit(lambda record: self._ask(record_type, record), make, before)

    def _directory_command(self, command: StoreCommand) -> StoreCommand:
        """A directory edit concerns no trip: undoing it leaves the open trip as it is."""
        command.trip_uuid = None
        return command

    @reads_store
    def delete_selected(self) -> None:
        uuid = self.table.selected_uuid()
        if not uuid:
            return
        record_type = self._record_type()
        row = self.table.source.row_of(uuid)
        entry = self.table.source.row_at(row)
        if record_type is PersonRecord:
            label = entry.display_name
            question = self.tr(
                "Delete '{name}' from the directory? They are taken off %n meeting(s).",
                "",
                entry.meetings,
            ).format(name=short(label))
        else:
            label = entry.name
            question = self.tr(
                "Delete '{name}' from the directory? Its %n people stay, without an organization.",
                "",
                entry.people,
            ).format(name=short(label))
        question += " " + self.tr("You can undo this.")
        try:
            with self.workspace.store.session() as session:
                expected = editor_for(record_type).delete_versions(session, uuid)
        except PlannerError as exc:
            self._error(str(exc))
            return
        answer = QMessageBox.question(self, self.tr("Delete"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._push(DeleteCommand(self.workspace, record_type, uuid, label, expected=expected))

    @reads_store
    def merge_selected(self) -> None:
        uuids = self.selected_uuids()
        if len(uuids) != 2:
            return
        model = self.table.source
        first, second = (model.row_at(model.row_of(u)) for u in uuids)
        people = self.tabs.currentIndex() == PEOPLE
        try:
            with self.workspace.store.session() as session:
                expected = merging.versions(session, people=people, uuids=uuids)
        except PlannerError as exc:
            self._error(str(exc))
            return
        chosen = MergeDialog.ask(self, first, second, people=people)
        if chosen is None:
            return
        keep, drop = chosen
        kept = first if first.uuid == keep else second
        label = kept.display_name if people else kept.name
        command = MergeCommand(
            self.workspace, people=people, keep=keep, drop=drop, label=label, expected=expected
        )
        if self._push(command):
            self._select(PEOPLE if people else ORGANIZATIONS, keep)

    # -- files -------------------------------------------------------------------------------

    def import_contacts(self) -> None:
        """Preview a file in the import dialog, then write it off the GUI thread and keep it
        as one undoable step."""
        from planner.directory import importing  # noqa: PLC0415
        from ui.dialogs.contacts_import import ContactsImportDialog  # noqa: PLC0415
        from ui.views.directory.commands import ImportContactsCommand  # noqa: PLC0415

        chosen = ContactsImportDialog.choose(self, self.workspace.store)
        if chosen is None:
            return
        plan, merge = chosen
        store = self.workspace.store

        def work() -> Any:
            with store.transaction() as session:
                return importing.apply_import(session, plan, merge=merge)

        def done(result: Any) -> None:
            command = ImportContactsCommand(self.workspace, plan, merge=merge, applied=result)
            self._push(command)
            self.statusBar().showMessage(
                self.tr("Imported {file}: {count} people added").format(
                    file=plan.source, count=len(result.people)
                ),
                8000,
            )

        self.statusBar().showMessage(self.tr("Importing {file}…").format(file=plan.source))
        self.background.run(work, done, lambda exc: self._error(str(exc), self.tr("Cannot import")))

    def export_contacts(self) -> None:
        from planner.directory import exporting  # noqa: PLC0415
        from ui.dialogs.contacts_export import ContactsExportDialog  # noqa: PLC0415

        selected = self.selected_uuids() if self.tabs.currentIndex() == PEOPLE else []
        shown = [self.people_model.uuid_at(r) for r in range(self.people_model.rowCount())]
        everyone = len(self.people_model.entries())
        chosen = ContactsExportDialog.ask(self, everyone, shown, selected)
        if chosen is None:
            return
        path, uuids = chosen
        store = self.workspace.store

        def work() -> None:
            with store.session() as session:
                exporting.export_people(session, uuids, path)

        self.statusBar().showMessage(self.tr("Writing {file}…").format(file=path.name))
        self.background.run(
            work,
            lambda _r: self.statusBar().showMessage(
                self.tr("Exported {file}").format(file=path.name), 5000
            ),
            lambda exc: self._error(str(exc), self.tr("Cannot export")),
        )

    # -- data protection ---------------------------------------------------------------------

    @reads_store
    def erase_person(self) -> None:
        from planner.directory import privacy  # noqa: PLC0415
        from ui.dialogs.erase_person import ErasePersonDialog  # noqa: PLC0415

        uuid = self.table.selected_uuid()
        if not uuid or self.tabs.currentIndex() != PEOPLE:
            return
        try:
            with self.workspace.store.session() as session:
                preview = privacy.erasure_preview(session, uuid)
        except PlannerError as exc:
            self._error(str(exc))
            return
        if not ErasePersonDialog.ask(self, preview):
            return
        try:
            with self.workspace.store.transaction() as session:
                erased = privacy.erase_person(session, uuid)
        except PlannerError as exc:
            self._error(str(exc), self.tr("Cannot erase"))
            return
        # Undo commands keep copies of the rows they change: drop them all, so that no copy
        # of the person's data outlives the erasure (and no undo can bring them back).
        self.workspace.undo_stack.clear()
        self.workspace.notify_changed()
        QMessageBox.information(
            self,
            self.tr("Person erased"),
            self.tr(
                "'{name}' has been erased. The undo history was cleared, so earlier edits "
                "can no longer be undone."
            ).format(name=erased.label),
        )

    def export_personal_data(self) -> None:
        from planner.directory import privacy  # noqa: PLC0415

        uuid = self.table.selected_uuid()
        if not uuid or self.tabs.currentIndex() != PEOPLE:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Personal Data"), "personal-data.json", self.tr(JSON_FILTER)
        )
        if not name:
            return
        path = Path(name)
        store = self.workspace.store

        def work() -> None:
            with store.session() as session:
                privacy.write_personal_data(session, uuid, path)

        self.background.run(
            work,
            lambda _r: self.statusBar().showMessage(
                self.tr("Wrote {file}").format(file=path.name), 5000
            ),
            lambda exc: self._error(str(exc), self.tr("Cannot export")),
        )

    # -- feedback ----------------------------------------------------------------------------

    def _error(self, message: str, title: str | None = None) -> None:
        QMessageBox.warning(self, title or self.tr("Directory"), message)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.background.wait()
        super().closeEvent(event)
