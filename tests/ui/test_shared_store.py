"""The window on a shared PostgreSQL store: connecting through the dialog, a server that goes
away and comes back in the middle of an edit, and version checks on every edit path (the
directory, the registers, a drag in the schedule, a branch venue) with a viewer's window off.

The PostgreSQL tests use the suite's throwaway cluster (``tests/pg.py``) and are skipped
without one, unless ``PLANNER_REQUIRE_PG=1`` (CI) makes that a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url

from planner import conflicts, editing, model, store, trips
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.protocol import branches
from planner.protocol import editing as protocol
from planner.protocol.branches import BranchVenueRecord
from planner.records import MeetingRecord, PersonRecord
from tests import dumps, pg
from tests.conftest import JIANGSU, NANSHAN
from ui import record_edits
from ui.app import open_window
from ui.dialogs.branch_venue_dialog import BranchVenueDialog
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.connect_store import ConnectStoreDialog
from ui.dialogs.follow_up_dialog import FollowUpDialog
from ui.dialogs.form import RecordDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.main_window import MainWindow
from ui.settings import Settings

UNREACHABLE = "The store cannot be reached; your change was not saved."


@pytest.fixture
def shared_url(pg_cluster: pg.Cluster, pg_template: str) -> Iterator[str]:
    """A new shared store (a database at head) holding the Nanshan trip: its URL."""
    name = pg_cluster.new_name("ui")
    url = pg_cluster.create_database(name, template=pg_template)
    with store.open_store(url) as st, st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    yield url
    pg_cluster.drop_database(name)


@pytest.fixture
def shared_window(qtbot: QtBot, shared_url: str) -> Iterator[MainWindow]:
    """The window opened as ``delegation-planner --store postgresql://...`` does."""
    win = open_window(shared_url)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()  # stops its poll and listener before the store goes
    win.store.close()


def first_meeting(st: store.Store) -> str:
    with st.session() as session:
        return session.scalars(select(model.Meeting.uuid).order_by(model.Meeting.id)).first() or ""


def meeting_title(location: str, uuid: str) -> str:
    """The meeting's title as another program reads it now."""
    with store.open_store(location) as st, st.session() as session:
        return str(editor_for(MeetingRecord).read(session, uuid).title)


def test_connect_to_a_shared_store_through_the_dialog_and_edit_a_meeting(
    window: MainWindow, shared_url: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(shared_url)
    seen: list[ConnectStoreDialog] = []

    def ask(parent: Any, saved: list[str]) -> str | None:
        dialog = ConnectStoreDialog(saved, parent)
        seen.append(dialog)
        dialog.show()
        assert "PGPASSWORD" in dialog.password_note.text()
        assert "~/.pgpass" in dialog.password_note.text()
        assert "fe_sendauth: no password supplied" in dialog.password_note.text()
        for edit, text in (
            (dialog.host, url.host),
            (dialog.database, url.database),
            (dialog.user, url.username),
        ):
            edit.clear()
            qtbot.keyClicks(edit, text or "")
        dialog.port.setValue(url.port or 5432)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Connected"))
        assert "a Delegation Planner store" in dialog.result_label.text()
        answer = dialog.url()
        dialog.close()
        return answer

    monkeypatch.setattr(ConnectStoreDialog, "ask", ask)
    window.connect_store_action.trigger()
    assert seen
    assert window.store.engine_name == "postgresql"
    assert window.store.location == shared_url
    assert shared_url in window.windowTitle()
    assert window.store_label.text() == f"Store: {shared_url}"
    assert window.navigator.model.rowCount() == 1
    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent[0] == shared_url  # a saved connection, without password
    assert Settings().last_store() == shared_url

    window.tabs.setCurrentWidget(window.meetings)
    uuid = first_meeting(window.store)
    monkeypatch.setattr(
        record_edits, "ask_record", lambda *a: replace(a[3], title="Talks at the Römer")
    )
    window.edits.edit_object(MeetingRecord, uuid)
    assert meeting_title(shared_url, uuid) == "Talks at the Römer"
    assert window.workspace.undo_stack.count() == 1

    # The next time the dialog opens, the connection is offered, filled in.
    dialog = ConnectStoreDialog(Settings().recent_stores(), window)
    assert dialog.saved.currentData() == shared_url
    assert dialog.url() == shared_url
    dialog.deleteLater()


def test_the_dialog_says_why_it_cannot_connect(window: MainWindow, qtbot: QtBot) -> None:
    dialog = ConnectStoreDialog([], window)
    dialog.show()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.database.setText("planner")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Cannot connect"))
    assert "postgresql://" in dialog.result_label.text()
    assert dialog.test_button.isEnabled()
    dialog.close()


@pytest.mark.parametrize(
    ("field", "typed", "named"),
    [
        ("host", "db.office password=hunter2", "Host"),
        ("host", "postgresql://anna:hunter2@db.office/planner", "Host"),
        ("user", "anna:hunter2@db.office", "User"),
        ("database", "planner sslpassword=hunter2", "Database"),
    ],
)
def test_a_password_typed_into_the_dialog_is_refused_and_not_kept(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, field: str, typed: str, named: str
) -> None:
    before = Settings().recent_stores()
    said: list[str] = []
    switched: list[Any] = []
    monkeypatch.setattr(window, "switch_store", lambda *a, **k: switched.append(a))

    def ask(_cls: Any, parent: Any, saved: list[str]) -> str | None:
        dialog = ConnectStoreDialog(saved, parent)
        dialog.show()
        dialog.database.setText("planner")
        getattr(dialog, field).setText(typed)
        dialog.test_button.click()  # nothing connects: no "Connecting to ..."
        said.append(dialog.result_label.text())
        dialog.ok_button.click()
        said.append(dialog.result_label.text())
        assert dialog.isVisible()  # not accepted
        dialog.reject()
        dialog.deleteLater()
        return dialog.url() if dialog.result() else None

    monkeypatch.setattr(ConnectStoreDialog, "ask", classmethod(ask))
    window.connect_store_action.trigger()
    assert switched == []
    assert Settings().recent_stores() == before
    for text in said:
        assert text.startswith(f"{named}: a password does not belong")
        assert "hunter2" not in text


def test_a_url_with_a_password_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="PGPASSWORD"):
        open_window("postgresql://anna:secret@127.0.0.1/planner")


def test_the_app_reopens_the_shared_store_it_had_open(
    shared_window: MainWindow, qtbot: QtBot, shared_url: str
) -> None:
    chosen = shared_window.workspace.trip_uuid
    assert chosen
    shared_window.close()
    shared_window.store.close()
    again = open_window(None)
    qtbot.addWidget(again)
    assert again.store.location == shared_url
    assert again.workspace.trip_uuid == chosen
    again.close()
    again.store.close()


@pytest.fixture
def stoppable(pg_cluster: pg.Cluster) -> Iterator[pg.Cluster]:
    """The cluster, which the test may stop; it runs again afterwards whatever happens."""
    if not pg_cluster.restartable:
        pytest.skip("the server PLANNER_TEST_PG_URL names is not ours to stop")
    stopped: list[bool] = []
    original = pg_cluster.stop_server

    def stop() -> None:
        original()
        stopped.append(True)

    pg_cluster.stop_server = stop  # type: ignore[method-assign]
    yield pg_cluster
    pg_cluster.stop_server = original  # type: ignore[method-assign]
    if stopped and not _answers(pg_cluster):
        pg_cluster.start_server()


def _answers(cluster: pg.Cluster) -> bool:
    try:
        cluster.admin().close()
    except Exception:
        return False
    return True


def test_an_edit_while_the_server_is_away_is_kept_and_saved_when_it_is_back(
    shared_window: MainWindow,
    shared_url: str,
    stoppable: pg.Cluster,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = shared_window
    window.tabs.setCurrentWidget(window.meetings)
    uuid = first_meeting(window.store)
    original = meeting_title(shared_url, uuid)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))
    opened: list[MeetingRecord] = []

    def editor(_parent: Any, _context: Any, _type: Any, record: MeetingRecord) -> Any:
        opened.append(record)
        if len(opened) == 1:
            stoppable.stop_server()  # the server goes away while the user types
            return replace(record, title="Talks at the Römer", notes="Bring the gifts")
        # The editor opens again with what the user typed; nothing was saved or stacked.
        assert (record.title, record.notes) == ("Talks at the Römer", "Bring the gifts")
        assert errors == [UNREACHABLE]
        assert not window.workspace.undo_stack.count()
        assert "cannot be reached" in window.statusBar().currentMessage()
        with qtbot.waitSignal(
            window.workspace.reachable, timeout=15_000, check_params_cb=lambda up: up
        ):
            stoppable.start_server()
        assert meeting_title(shared_url, uuid) == original  # nothing was half-applied
        return record  # the user presses Save again

    monkeypatch.setattr(record_edits, "ask_record", editor)
    window.edits.edit_object(MeetingRecord, uuid)
    assert len(opened) == 2
    assert errors == [UNREACHABLE]
    assert meeting_title(shared_url, uuid) == "Talks at the Römer"
    assert window.workspace.undo_stack.count() == 1
    window.workspace.undo_stack.undo()
    assert meeting_title(shared_url, uuid) == original


def test_an_edit_of_a_store_that_cannot_be_reached_changes_nothing(
    shared_window: MainWindow,
    shared_url: str,
    stoppable: pg.Cluster,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cancelling the editor that opens again leaves the store and the undo stack as they
    were; an undo that cannot reach the store is dropped, not left half done."""
    window = shared_window
    uuid = first_meeting(window.store)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(record_edits, "ask_record", lambda *a: replace(a[3], title="One"))
    window.edits.edit_object(MeetingRecord, uuid)
    assert window.workspace.undo_stack.count() == 1
    before = dumps.dump(window.store)
    calls: list[int] = []

    def editor(_parent: Any, _context: Any, _type: Any, record: MeetingRecord) -> Any:
        calls.append(1)
        if len(calls) == 1:
            stoppable.stop_server()
            return replace(record, title="Two")
        return None  # the user gives up

    monkeypatch.setattr(record_edits, "ask_record", editor)
    window.edits.edit_object(MeetingRecord, uuid)
    assert errors == [UNREACHABLE]
    window.workspace.undo_stack.undo()  # the first edit's undo cannot reach the store either
    assert errors == [UNREACHABLE, UNREACHABLE]
    assert window.workspace.undo_stack.count() == 0
    stoppable.start_server()
    assert dumps.dump(window.store) == before
    assert meeting_title(shared_url, uuid) == "One"


# -- version checks on the other edit paths (SQLite: a colleague's second program) ------------


@pytest.fixture
def office(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window with both examples and the Jiangsu trip open."""
    for path in (NANSHAN, JIANGSU):
        with window.store.transaction() as session:
            trips.import_trip(session, path)
    window.refresh()
    window.navigator.select_uuid(_trip(window, "Jiangsu"))
    return window


def _trip(window: MainWindow, title: str) -> str:
    with window.store.session() as session:
        return session.scalars(
            select(model.Trip.uuid).where(model.Trip.title.startswith(title))
        ).one()


@pytest.fixture
def colleague(office: MainWindow) -> Iterator[store.Store]:
    with store.open_store(office.store.path) as theirs:
        yield theirs


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Conflicts the conflict dialog was asked about; the user saves the selection it
    suggests (their fields where only they changed something, mine elsewhere)."""
    seen: list[Any] = []

    def ask(_parent: Any, conflict: Any, _context: Any, _who: Any = None) -> Any:
        seen.append(conflict)
        return conflicts.pick(conflict, conflicts.suggested(conflict))

    monkeypatch.setattr(ConflictDialog, "ask", ask)
    return seen


def _first(st: store.Store, entity: type[model.Entity]) -> str:
    with st.session() as session:
        found = session.scalars(select(entity.uuid).order_by(entity.id)).first()
    assert found is not None
    return found


def test_a_directory_edit_over_a_colleagues_change_asks(
    office: MainWindow,
    colleague: store.Store,
    asked: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    office.open_directory()
    directory = office.directory
    uuid = _first(office.store, model.Person)
    assert directory.select_person(uuid)

    def edit(*_args: Any) -> Any:
        with colleague.transaction() as session:
            theirs, version = editor_for(PersonRecord).read_versioned(session, uuid)
            changed = replace(theirs, notes="Theirs", position="Theirs")
            editing.update(session, uuid, changed, expected_version=version)
        return replace(_args[-1], position="Mine")

    monkeypatch.setattr(PersonDialog, "ask_in_directory", edit)
    directory.edit_action.trigger()
    assert len(asked) == 1
    assert set(asked[0].fields) == {"position", "notes"}
    directory.close()


def test_a_register_edit_over_a_colleagues_change_asks(
    office: MainWindow,
    colleague: store.Store,
    asked: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office.open_registers(1)
    registers = office.registers
    uuid = _first(office.store, model.FollowUp)
    assert registers.table.select_uuid(uuid)

    def edit(_cls: Any, _parent: Any, _choices: Any, record: Any, _trip: Any) -> Any:
        with colleague.transaction() as session:
            theirs, version = editor_for(protocol.FollowUpRecord).read_versioned(session, uuid)
            protocol.update(
                session, uuid, replace(theirs, title="Theirs"), expected_version=version
            )
        return replace(record, title="Mine")

    monkeypatch.setattr(FollowUpDialog, "ask_in_register", classmethod(edit))
    registers.edit_action.trigger()
    assert len(asked) == 1
    assert asked[0].theirs.title == "Theirs"
    with office.store.session() as session:
        assert editor_for(protocol.FollowUpRecord).read(session, uuid).title == "Mine"
    registers.close()


def test_a_branch_venue_edit_over_a_colleagues_change_asks(
    office: MainWindow,
    colleague: store.Store,
    asked: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uuid = _first(office.store, model.BranchVenue)

    def edit(_cls: Any, _parent: Any, _context: Any, _meeting: Any, record: Any) -> Any:
        with colleague.transaction() as session:
            theirs, version = editor_for(BranchVenueRecord).read_versioned(session, uuid)
            branches.update(
                session,
                uuid,
                replace(theirs, address="Theirs", name="Their name"),
                expected_version=version,
            )
        return replace(record, name="Mine")

    monkeypatch.setattr(BranchVenueDialog, "ask_for", classmethod(edit))
    office.branch_venues.edit(uuid)
    assert len(asked) == 1
    with office.store.session() as session:
        saved = editor_for(BranchVenueRecord).read(session, uuid)
    assert (saved.name, saved.address) == ("Mine", "Theirs")


def test_a_schedule_drag_over_a_colleagues_change_keeps_it(
    office: MainWindow, colleague: store.Store, asked: list[Any]
) -> None:
    office.tabs.setCurrentWidget(office.schedule)
    uuid = next(iter(office.schedule.versions))
    with colleague.transaction() as session:  # not yet shown: the poll has not run
        theirs, version = editor_for(MeetingRecord).read_versioned(session, uuid)
        editing.update(session, uuid, replace(theirs, title="Theirs"), expected_version=version)
    length = theirs.end - theirs.start
    assert office.schedule.change_times(uuid, theirs.start + length, theirs.end + length)
    assert asked == []  # their title, my times: nothing to choose, both are kept
    with office.store.session() as session:
        moved = editor_for(MeetingRecord).read(session, uuid)
    assert (moved.title, moved.start) == ("Theirs", theirs.start + length)


@pytest.fixture
def viewer_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "office.sqlite"
    with store.open_store(path) as st, st.transaction() as session:
        trips.import_trip(session, JIANGSU)
        trips.import_trip(session, NANSHAN)  # it has transfers
    os.chmod(path, 0o400)
    win = open_window(str(path))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.store.close()
    os.chmod(path, 0o600)


def test_a_viewer_finds_the_directory_registers_and_ranks_read_only(
    viewer_window: MainWindow,
) -> None:
    window = viewer_window
    window.open_directory()
    directory = window.directory
    directory.select_person(_first(window.store, model.Person))
    assert directory.edit_action.isEnabled()  # it opens the editor read-only
    for action in (
        directory.new_person_action,
        directory.delete_action,
        directory.merge_action,
        directory.import_action,
    ):
        assert not action.isEnabled(), action
        assert "is read-only" in action.toolTip()
    assert directory.export_action.isEnabled()
    directory.close()

    window.open_registers(1)
    registers = window.registers
    registers.table.select_uuid(_first(window.store, model.FollowUp))
    assert registers.edit_action.isEnabled()
    for action in (
        registers.new_action,
        registers.delete_action,
        registers.done_action,
    ):
        assert not action.isEnabled(), action
        assert "is read-only" in action.toolTip()
    assert registers.go_action.isEnabled()
    registers.close()

    for ranks in (window.protocol.delegation, window.protocol.counterparts):
        assert not ranks.dragEnabled()
        assert "is read-only" in ranks.toolTip()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[dict[str, Any]]:
    """What each editor opened by the test showed: the user looks, tries to change the first
    text, a combo box and a check box, and presses Close."""
    seen: list[dict[str, Any]] = []

    def look(dialog: RecordDialog[Any]) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.close_button().hasFocus(), timeout=5000)
        texts = [
            w
            for w in dialog.findChildren(QWidget)
            if isinstance(w, QLineEdit | QPlainTextEdit)
            and w.isVisible()
            and w.objectName() != "filter"
        ]
        before = dialog.draft()
        first = next(w for w in texts if isinstance(w, QLineEdit))
        first.setFocus()
        qtbot.keyClicks(first, "xyz")
        for box in dialog.findChildren(QComboBox):
            if box.isVisible() and box.count() > 1:
                qtbot.keyClick(box, Qt.Key.Key_Down)
                qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        for check in dialog.findChildren(QCheckBox):
            if check.isVisible():
                qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
        seen.append(
            {
                "kind": type(dialog).__name__,
                # Read-only, not greyed out (a field the editor itself disables stays so).
                "texts read-only": all(w.isReadOnly() for w in texts) and first.isEnabled(),
                "unchanged": dialog.draft() == before,
                "buttons": [b.text() for b in dialog.buttons.buttons()],
                "note": dialog.read_only_note.text() if dialog.read_only_note.isVisible() else "",
            }
        )
        qtbot.mouseClick(dialog.close_button(), Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", look)
    return seen


def _ctrl_return(window: QWidget, qtbot: QtBot, table: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_viewer_opens_a_meeting_read_only_with_a_double_click(
    viewer_window: MainWindow, qtbot: QtBot, shown: list[dict[str, Any]]
) -> None:
    window = viewer_window
    meeting = _first(window.store, model.Meeting)
    with window.store.session() as session:
        title = editor_for(MeetingRecord).read(session, meeting).title
    window.show_meeting(_trip(window, "Jiangsu"), meeting)
    table = window.meetings.table
    centre = table.visualRect(table.index_of(meeting)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    assert len(shown) == 1
    assert shown[0] == {
        "kind": "MeetingDialog",
        "texts read-only": True,
        "unchanged": True,
        "buttons": ["Close"],
        "note": f"Read-only: {window.workspace.read_only_reason}. "
        "You can look at everything but change nothing.",
    }
    assert "is read-only" in shown[0]["note"]
    with window.store.session() as session:
        assert editor_for(MeetingRecord).read(session, meeting).title == title


def test_a_viewer_opens_every_editor_read_only(
    viewer_window: MainWindow, qtbot: QtBot, shown: list[dict[str, Any]]
) -> None:
    window = viewer_window
    nanshan = _trip(window, "Nanshan")
    window.show_meeting(nanshan)
    window.tabs.setCurrentWidget(window.itinerary)
    for entity in (model.Stop, model.Transfer):
        with window.store.session() as session:
            trip_id = trips.find_trip_id(session, nanshan)
            uuid = session.scalars(select(entity.uuid).where(entity.trip_id == trip_id)).first()
        assert uuid is not None and window.itinerary.select_uuid(uuid)
        _ctrl_return(window, qtbot, window.itinerary.table)
    window.tabs.setCurrentWidget(window.contacts)
    for contacts in (window.contacts.people_model, window.contacts.organizations_model):
        window.contacts.select_uuid(contacts.row_at(0).uuid)
        _ctrl_return(window, qtbot, window.contacts.table)
    window.edit_trip_action.trigger()

    window.show_meeting(_trip(window, "Jiangsu"))
    window.meetings.select_uuid(_first(window.store, model.Meeting))
    window.meetings.branches.select_uuid(_first(window.store, model.BranchVenue))
    window.meetings.edit_branch_wanted.emit(_first(window.store, model.BranchVenue))

    window.open_directory()
    directory = window.directory
    directory.select_person(_first(window.store, model.Person))
    _ctrl_return(directory, qtbot, directory.table)
    directory.close()
    window.open_registers(0)
    registers = window.registers
    for tab, entity in enumerate((model.Agreement, model.FollowUp, model.Gift)):
        registers.tabs.setCurrentIndex(tab)
        registers.table.select_uuid(_first(window.store, entity))
        _ctrl_return(registers, qtbot, registers.table)
    registers.close()

    assert [s["kind"] for s in shown] == [
        "StopDialog",
        "TransferDialog",
        "PersonDialog",
        "OrganizationDialog",
        "TripDialog",
        "BranchVenueDialog",
        "PersonDialog",
        "AgreementDialog",
        "FollowUpDialog",
        "GiftDialog",
    ]
    for editor in shown:
        assert editor["texts read-only"] and editor["unchanged"], editor
        assert editor["buttons"] == ["Close"], editor
        assert "is read-only" in editor["note"], editor


# -- every read path survives a server that went away -----------------------------------------


def test_every_read_path_survives_a_lost_server_and_recovers(
    shared_window: MainWindow,
    shared_url: str,
    stoppable: pg.Cluster,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Clicks that need the store say so in the status bar (no traceback: pytest-qt fails a
    test on an exception in a slot, no dialog that blocks), the status bar keeps saying it
    until a poll reaches the store again, and then the window shows the store as it is."""
    window = shared_window
    with window.store.transaction() as session:
        jiangsu = trips.import_trip(session, JIANGSU).uuid
    window.refresh()
    nanshan = window.workspace.trip_uuid
    assert nanshan and nanshan != jiangsu
    window.tabs.setCurrentWidget(window.meetings)
    uuid = first_meeting(window.store)
    person, follow_up = _first(window.store, model.Person), _first(window.store, model.FollowUp)
    window.open_directory()
    window.open_registers(1)
    blocking: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: blocking.append(text))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *_a: blocking.append("asked") or QMessageBox.StandardButton.No,
    )
    editors: list[Any] = []
    monkeypatch.setattr(record_edits, "ask_record", lambda *a: editors.append(a))
    monkeypatch.setattr(PersonDialog, "ask_in_directory", lambda *a: editors.append(a))
    monkeypatch.setattr(
        FollowUpDialog, "ask_in_register", classmethod(lambda *a: editors.append(a))
    )
    reach = window.reach_label
    assert not reach.isVisible()

    stoppable.stop_server()
    window.meetings.select_uuid(uuid)  # selecting a meeting reads its stop for the clock
    assert reach.isVisible()
    assert "cannot be reached" in reach.text()
    assert "try again when the status bar says it is back" in window.statusBar().currentMessage()
    window.edit_action.trigger()
    window.delete_action.trigger()
    window.navigator.select_uuid(jiangsu)  # clicking another trip
    window.tabs.setCurrentWidget(window.itinerary)  # a tab filled when shown
    window.refresh()
    window.show_selected_history()
    directory, registers = window.directory, window.registers
    directory.reload()
    assert directory.select_person(person)
    directory.edit_action.trigger()
    directory.delete_action.trigger()
    registers.reload()
    assert registers.table.select_uuid(follow_up)
    registers.edit_action.trigger()
    assert blocking == []  # nothing that stops the user: the status bar says it
    assert editors == []  # no editor opened on what could not be read
    assert "cannot be reached" in directory.reach_label.text() and directory.reach_label.isVisible()

    # A passing message (a menu's tip, a colleague's news) does not make it look normal, nor
    # does a poll that still cannot reach the store.
    window.statusBar().showMessage("Exported briefing.pdf", 1)
    window.workspace.poll()
    assert reach.isVisible()

    with qtbot.waitSignal(window.workspace.reachable, timeout=15_000, check_params_cb=bool):
        stoppable.start_server()
    assert not reach.isVisible() and not directory.reach_label.isVisible()
    assert "can be reached again" in window.statusBar().currentMessage()
    # The trip clicked while the store was away is the one shown now, read again.
    assert window.workspace.trip_uuid == jiangsu
    assert window.itinerary.model.rowCount() > 0
    window.tabs.setCurrentWidget(window.meetings)
    window.meetings.select_uuid(first_meeting_of(window.store, jiangsu))
    window.edit_action.trigger()
    assert len(editors) == 1  # Edit works again
    directory.close()
    registers.close()


def first_meeting_of(st: store.Store, trip_uuid: str) -> str:
    with st.session() as session:
        return str(
            session.scalars(
                select(model.Meeting.uuid)
                .join(model.Trip)
                .where(model.Trip.uuid == trip_uuid)
                .order_by(model.Meeting.id)
            ).first()
        )


def test_a_colleagues_change_arrives_by_notification_without_a_poll(
    shared_window: MainWindow, shared_url: str, qtbot: QtBot
) -> None:
    window = shared_window
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.listening, timeout=10_000)
    workspace.watcher.stop()  # no poll: only the server's notification can bring the change
    window.tabs.setCurrentWidget(window.meetings)
    uuid = first_meeting(window.store)
    model_ = window.meetings.model
    with store.open_store(shared_url) as colleague, colleague.transaction() as session:
        record, version = editor_for(MeetingRecord).read_versioned(session, uuid)
        editing.update(session, uuid, replace(record, title="Notified"), expected_version=version)
    qtbot.waitUntil(lambda: model_.row_at(model_.row_of(uuid)).title == "Notified", timeout=2000)
    assert "Notified" in window.statusBar().currentMessage()
