"""Working on one store with colleagues: conflicts, their changes appearing, the history,
and a viewer's read-only window."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner import conflicts, editing, model, store, trips
from planner.conflicts import Conflict
from planner.editing.registry import editor_for
from planner.records import MeetingRecord
from tests.conftest import NANSHAN
from ui import record_edits
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.main_window import MainWindow


@pytest.fixture
def office(window: MainWindow) -> MainWindow:
    """The window with the Nanshan trip open on its meetings tab."""
    with window.store.transaction() as session:
        uuid = trips.import_trip(session, NANSHAN).uuid
    window.refresh()
    window.navigator.select_uuid(uuid)
    window.tabs.setCurrentWidget(window.meetings)
    return window


@pytest.fixture
def colleague(office: MainWindow) -> Iterator[store.Store]:
    """A colleague's program: a second connection to the same store."""
    with store.open_store(office.store.path) as theirs:
        yield theirs


def first_meeting(st: store.Store) -> str:
    with st.session() as session:
        return session.scalars(select(model.Meeting.uuid).order_by(model.Meeting.id)).first() or ""


def meeting_record(st: store.Store, uuid: str) -> MeetingRecord:
    with st.session() as session:
        record = editor_for(MeetingRecord).read(session, uuid)
    assert isinstance(record, MeetingRecord)
    return record


def colleague_saves(colleague: store.Store, uuid: str, **changes: Any) -> None:
    with colleague.transaction() as session:
        record, version = editor_for(MeetingRecord).read_versioned(session, uuid)
        editing.update(session, uuid, replace(record, **changes), expected_version=version)


def edit_while_colleague_saves(
    office: MainWindow,
    colleague: store.Store,
    monkeypatch: pytest.MonkeyPatch,
    uuid: str,
    *,
    mine: dict[str, Any],
    theirs: dict[str, Any],
) -> None:
    """I open the meeting's editor; while it is open my colleague saves; then I press OK."""

    def editor(_parent: Any, _context: Any, _type: Any, record: MeetingRecord) -> MeetingRecord:
        colleague_saves(colleague, uuid, **theirs)
        return replace(record, **mine)

    monkeypatch.setattr(record_edits, "ask_record", editor)
    office.edits.edit_object(MeetingRecord, uuid)


def answer_with(button: str, *, flip: tuple[str, ...] = ()) -> Any:
    """A stand-in for ``ConflictDialog.ask`` that shows the real dialog, has the user click
    ``button`` (after switching the rows ``flip`` to their version) and returns its answer."""
    seen: list[ConflictDialog] = []

    def ask(parent: Any, conflict: Conflict, context: Any, who: str | None = None) -> Any:
        dialog = ConflictDialog(conflict, context, who, parent)
        seen.append(dialog)
        dialog.show()
        for name in flip:
            dialog.theirs_buttons[name].click()
        getattr(dialog, button).click()
        chosen = dialog.chosen() if dialog.result() else None
        dialog.close()
        dialog.deleteLater()
        return chosen

    ask.seen = seen  # type: ignore[attr-defined]
    return ask


@pytest.mark.parametrize(
    ("button", "title", "venue", "notes"),
    [
        ("keep_mine_button", "Talks with the mayor", "Römer", "Mine"),  # their venue stays
        ("take_theirs_button", None, "Römer", "Theirs"),
        ("save_selection_button", "Talks with the mayor", "Römer", "Mine"),
    ],
)
def test_a_conflicting_save_asks_and_keeps_what_the_user_picked(
    office: MainWindow,
    colleague: store.Store,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    *,
    title: str | None,
    venue: str | None,
    notes: str,
) -> None:
    uuid = first_meeting(office.store)
    original = meeting_record(office.store, uuid)
    ask = answer_with(button)
    monkeypatch.setattr(ConflictDialog, "ask", ask)
    edit_while_colleague_saves(
        office,
        colleague,
        monkeypatch,
        uuid,
        mine={"title": "Talks with the mayor", "notes": "Mine"},
        theirs={"venue_name": "Römer", "notes": "Theirs"},
    )
    (dialog,) = ask.seen
    # Only the notes, which both changed, are asked about; my title and their venue are
    # merged without asking, and the dialog says so.
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "⚠ Notes"
    assert dialog.taken_from_theirs() == set()
    assert not dialog.merged.isHidden()
    assert "your change to Title" in dialog.merged.text()
    assert "their change to Venue" in dialog.merged.text()
    result = meeting_record(office.store, uuid)
    assert result.title == (title or original.title)
    assert result.venue_name == (venue or original.venue_name)
    assert result.notes == notes


def test_changes_to_different_fields_are_merged_without_asking(
    office: MainWindow, colleague: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = first_meeting(office.store)
    asked: list[Any] = []
    monkeypatch.setattr(ConflictDialog, "ask", lambda *a: asked.append(a))
    edit_while_colleague_saves(
        office, colleague, monkeypatch, uuid, mine={"title": "Mine"}, theirs={"notes": "Theirs"}
    )
    assert asked == []
    result = meeting_record(office.store, uuid)
    assert (result.title, result.notes) == ("Mine", "Theirs")
    assert "both changes were kept" in office.statusBar().currentMessage()
    office.workspace.undo_stack.undo()  # back to the colleague's version, not to what I read
    result = meeting_record(office.store, uuid)
    assert (result.title, result.notes) != ("Mine", "Theirs")
    assert result.notes == "Theirs"


def test_picking_their_side_of_a_clash_keeps_my_one_sided_change(
    office: MainWindow, colleague: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = first_meeting(office.store)
    monkeypatch.setattr(
        ConflictDialog, "ask", answer_with("save_selection_button", flip=("notes",))
    )
    edit_while_colleague_saves(
        office,
        colleague,
        monkeypatch,
        uuid,
        mine={"title": "Mine", "notes": "My notes"},
        theirs={"venue_name": "Römer", "notes": "Their notes"},
    )
    result = meeting_record(office.store, uuid)
    assert (result.title, result.venue_name, result.notes) == ("Mine", "Römer", "Their notes")


def test_undo_after_a_conflict_goes_back_to_the_colleagues_version(
    office: MainWindow, colleague: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = first_meeting(office.store)
    monkeypatch.setattr(ConflictDialog, "ask", answer_with("keep_mine_button"))
    edit_while_colleague_saves(
        office,
        colleague,
        monkeypatch,
        uuid,
        mine={"title": "Mine"},
        theirs={"title": "Theirs", "venue_name": "Römer"},
    )
    assert meeting_record(office.store, uuid).title == "Mine"
    stack = office.workspace.undo_stack
    stack.undo()
    undone = meeting_record(office.store, uuid)
    assert (undone.title, undone.venue_name) == ("Theirs", "Römer")  # not what I first read
    stack.redo()
    assert meeting_record(office.store, uuid).title == "Mine"


def test_an_undo_after_a_colleagues_change_keeps_it(
    office: MainWindow, colleague: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undoing my title after my colleague changed the notes asks nothing (the fields differ)
    and keeps their notes; undoing over a change to the same field asks."""
    uuid = first_meeting(office.store)
    original = meeting_record(office.store, uuid)
    monkeypatch.setattr(record_edits, "ask_record", lambda *a: replace(a[3], title="Mine"))
    office.edits.edit_object(MeetingRecord, uuid)
    colleague_saves(colleague, uuid, notes="Theirs")
    ask = answer_with("save_selection_button")
    monkeypatch.setattr(ConflictDialog, "ask", ask)
    office.workspace.undo_stack.undo()
    assert not ask.seen
    result = meeting_record(office.store, uuid)
    assert (result.title, result.notes) == (original.title, "Theirs")

    office.edits.edit_object(MeetingRecord, uuid)
    colleague_saves(colleague, uuid, title="Their title")
    office.workspace.undo_stack.undo()
    (dialog,) = ask.seen
    assert dialog.asked == ["title"]


def test_cancelling_the_choice_saves_nothing(
    office: MainWindow, colleague: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = first_meeting(office.store)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(ConflictDialog, "ask", lambda *_a: None)
    count = office.workspace.undo_stack.count()
    edit_while_colleague_saves(
        office, colleague, monkeypatch, uuid, mine={"title": "Mine"}, theirs={"title": "Theirs"}
    )
    assert meeting_record(office.store, uuid).title == "Theirs"
    assert office.workspace.undo_stack.count() == count
    assert errors and "changed by someone else; not saved" in errors[0]


@pytest.mark.parametrize("answer", ["discard", "save"])
def test_an_edit_of_a_meeting_a_colleague_deleted_names_it_and_offers_to_keep_it(
    office: MainWindow, colleague: store.Store, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    """I retitle a meeting my colleague deletes meanwhile: the message names it as it was
    stored (not my new title), who deleted it and when; "Save" keeps what I typed as a new
    meeting, one undo step; "Discard" keeps nothing."""
    uuid = first_meeting(office.store)
    stored = meeting_record(office.store, uuid)
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        if answer == "save":
            return QMessageBox.StandardButton.Save
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))

    def editor(_parent: Any, _context: Any, _type: Any, record: MeetingRecord) -> MeetingRecord:
        with colleague.transaction() as session:
            editor_for(MeetingRecord).remove(session, uuid)
        return replace(record, title="Mine")

    monkeypatch.setattr(record_edits, "ask_record", editor)
    office.edits.edit_object(MeetingRecord, uuid)
    (text,) = asked
    first_line = text.split("\n")[0]
    assert f"deleted the Meeting '{stored.title}' at " in first_line
    assert "Mine" not in first_line
    with colleague.session() as session:
        who = conflicts.who_deleted(session, uuid)
    assert who and first_line.startswith(f"{who} deleted")
    assert "your change was not saved" in first_line
    assert errors == []
    with office.store.session() as session:
        titles = session.scalars(select(model.Meeting.title)).all()
    stack = office.workspace.undo_stack
    if answer == "discard":
        assert "Mine" not in titles
        assert not stack.canUndo()
        return
    assert titles.count("Mine") == 1
    assert stack.count() == 1 and stack.undoText().startswith("Add Meeting 'Mine'")
    stack.undo()
    with office.store.session() as session:
        assert "Mine" not in session.scalars(select(model.Meeting.title)).all()


def test_a_colleagues_change_appears_within_two_seconds(
    office: MainWindow, colleague: store.Store, qtbot: QtBot
) -> None:
    uuid = first_meeting(office.store)
    model_ = office.meetings.model

    def shown_title() -> str:
        return model_.row_at(model_.row_of(uuid)).title

    assert shown_title() != "Moved to the town hall"
    # The promise is the poll's interval; how soon a loaded machine runs the timer is not.
    watcher = office.workspace.watcher
    assert watcher.isActive() and watcher.interval() <= 1000
    with qtbot.waitSignal(office.workspace.changed, timeout=10_000):
        colleague_saves(colleague, uuid, title="Moved to the town hall")
    assert shown_title() == "Moved to the town hall"
    assert "Moved to the town hall" in office.statusBar().currentMessage()


def test_my_own_changes_do_not_count_as_a_colleagues(
    office: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = first_meeting(office.store)
    monkeypatch.setattr(record_edits, "ask_record", lambda *a: replace(a[3], title="Mine"))
    office.edits.edit_object(MeetingRecord, uuid)
    assert office.workspace.poll() == []


def test_the_history_says_who_changed_what_for_the_trip_and_one_meeting(
    office: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    uuid = first_meeting(office.store)
    monkeypatch.setattr(
        record_edits, "ask_record", lambda *a: replace(a[3], title="Talks", notes="New")
    )
    office.edits.edit_object(MeetingRecord, uuid)
    office.history_dock.show()
    office.history_dock.raise_()
    qtbot.waitUntil(lambda: office.history.list.topLevelItemCount() == 2)
    newest, oldest = office.history.entries()
    _when, who, action, what, changes = newest
    assert who
    assert (action, what) == ("Changed", "Meeting 'Talks'")
    assert {part.split(":")[0] for part in changes.split("; ")} == {"Title", "Notes"}
    assert oldest[2:4] == ("Imported", "Trip 'Nanshan economic and trade delegation to Germany'")
    assert office.history.title.text() == "History of the open trip"

    office.meetings.select_uuid(uuid)
    office.history_action.trigger()
    assert office.history.entries() == [newest]
    assert office.history.title.text() == "History of 'Talks'"
    assert office.history.whole_trip.isVisible()
    office.history.whole_trip.click()
    assert len(office.history.entries()) == 2


def test_a_viewer_sees_everything_but_every_edit_is_off_with_the_reason(
    read_only_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = read_only_window
    assert window.navigator.model.rowCount() == 1
    assert window.access_label.isVisible()
    assert window.access_label.text() == "Read-only"
    assert window.edit_action.isEnabled()  # it opens the editor read-only
    for action in (
        window.delete_action,
        window.new_trip_action,
        window.add_meeting_action,
        window.import_action,
        window.undo_action,
    ):
        assert not action.isEnabled(), action.text()
        assert "is read-only" in action.toolTip()
        assert "is read-only" in action.statusTip()
    assert window.export_action.isEnabled()  # reading is allowed
    # A double-click on a meeting shows it read-only (tests/ui/test_shared_store.py), and a
    # drag in the schedule changes nothing.
    opened: list[Any] = []
    shown: list[str] = []
    monkeypatch.setattr(record_edits, "ask_record", lambda *a: opened.append(a))
    monkeypatch.setattr(record_edits, "show_record", lambda *a: shown.append(a[-1]))
    uuid = first_meeting(window.store)
    window.edits.edit_object(MeetingRecord, uuid)
    assert opened == []
    assert len(shown) == 1 and "is read-only" in shown[0]
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))
    record = meeting_record(window.store, uuid)
    done = window.schedule.change_times(
        uuid, record.start, record.end + (record.end - record.start)
    )
    assert not done
    assert errors and "read-only" in errors[0]


def test_a_delete_over_a_colleagues_change_is_refused_and_shows_it(
    office: MainWindow, colleague: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While I confirm deleting a meeting my colleague changes its venue: nothing is deleted,
    I am told who changed what, and the list shows their change."""
    uuid = first_meeting(office.store)
    office.meetings.select_uuid(uuid)
    title = meeting_record(office.store, uuid).title
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))

    def confirm(*_args: Any) -> QMessageBox.StandardButton:
        colleague_saves(colleague, uuid, venue_name="Römer")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    office.delete_action.trigger()
    assert meeting_record(office.store, uuid).venue_name == "Römer"  # still there
    assert not office.workspace.undo_stack.canUndo()
    (message,) = errors
    assert f"changed Meeting '{title}' (Venue)" in message
    assert "Nothing was deleted" in message
    model_ = office.meetings.model
    assert model_.row_at(model_.row_of(uuid)).venue_name == "Römer"

    # Confirmed again, as it is now, the delete goes through.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    office.meetings.select_uuid(uuid)
    office.delete_action.trigger()
    assert model_.row_of(uuid) < 0


def test_a_commit_in_doubt_is_said_in_words_and_marks_the_store_lost(
    office: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """The connection breaks during the COMMIT of an edit: the window says the change may
    have been saved, shows the store as lost (until a poll reaches it), and keeps no undo
    step for it."""
    uuid = first_meeting(office.store)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))
    real = office.store.transaction

    @contextlib.contextmanager
    def breaks_at_commit() -> Iterator[Any]:
        with real() as session:
            yield session
        raise store.CommitInDoubt("office: the connection was lost while committing")

    monkeypatch.setattr(office.store, "transaction", breaks_at_commit)
    office.workspace.watcher.stop()  # the poll would find the store back at once
    with qtbot.waitSignal(office.workspace.reachable, timeout=5000) as lost:
        monkeypatch.setattr(record_edits, "ask_record", lambda *a: replace(a[3], title="Mine"))
        office.edits.edit_object(MeetingRecord, uuid)
    assert lost.args == [False]
    (message,) = errors
    assert "was lost while your change was being saved; it may have been saved" in message
    assert "office:" not in message  # the interface's words, not the core's
    assert office.reach_label.isVisible()
    assert not office.workspace.undo_stack.canUndo()
