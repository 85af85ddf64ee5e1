"""Branch venues of hybrid meetings edited in the window (issue 10): added through the editor
by typing and choosing the zone, with the meeting's time shown in the branch's zone as the zone
changes; shown in the Meetings tab and the schedule; edited; removed from the keyboard; each
change one step of the undo stack, and undo puts a removed branch venue back with its
attendees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner import editing, localtime, model
from planner.protocol import branches
from planner.protocol.branches import BranchVenueRecord
from planner.records import (
    MeetingRecord,
    OrganizationRecord,
    PersonRecord,
    StopRecord,
    TripRecord,
)
from tests import dumps
from tests.conftest import JIANGSU
from tests.ui.test_main_window import imported
from ui.dialogs.branch_venue_dialog import BranchVenueDialog
from ui.main_window import MainWindow
from ui.models import hybrid_text

# The zone's completion pop-up asks for the keyboard, which the offscreen platform refuses.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

Fill = Callable[[BranchVenueDialog], None]
OPENING = "Opening of the Jiangsu-Germany Dialogue 2022"
FRANKFURT = "Branch venue Frankfurt, Frankfurt am Main: 09:00–11:30 (Europe/Berlin)"


class Editor:
    """Replaces ``BranchVenueDialog.ask_for`` so that the real editor opens without blocking,
    is filled by the test as a user would, and is accepted by clicking OK."""

    def __init__(self, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
        self.qtbot = qtbot
        self.fills: list[Fill] = []
        self.opened: list[BranchVenueDialog] = []
        monkeypatch.setattr(BranchVenueDialog, "ask_for", self._ask)

    def next(self, fill: Fill) -> None:
        self.fills.append(fill)

    def _ask(self, parent: Any, context: Any, meeting: Any, record: Any) -> Any:
        dialog = BranchVenueDialog(context, record, parent, meeting)
        self.qtbot.addWidget(dialog)
        self.opened.append(dialog)
        dialog.show()
        self.fills.pop(0)(dialog)
        assert dialog.ok_button().isEnabled(), dialog.problems()
        self.qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.record()


def type_over(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def choose_zone(qtbot: QtBot, dialog: BranchVenueDialog, part: str, zone: str) -> None:
    """Type part of a zone's name and choose it from the completion, as a user does."""
    line = dialog.timezone.lineEdit()
    assert line is not None
    type_over(qtbot, line, part)
    completer = dialog.timezone.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    found = [
        completer.completionModel().index(r, 0).data() for r in range(popup.model().rowCount())
    ]
    assert zone in found, found
    popup.setCurrentIndex(completer.completionModel().index(found.index(zone), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.timezone.zone() == zone


def tick(qtbot: QtBot, dialog: BranchVenueDialog, uuid: str) -> None:
    item = dialog.attendees.item_for(uuid)
    assert item is not None
    view = dialog.attendees.list
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center()
    )


def local(day: int, hour: int, zone: str = "Asia/Shanghai") -> dt.datetime:
    return localtime.to_instant(dt.datetime(2022, 7, day, hour), zone)


def branch_rows(window: MainWindow, meeting: str) -> tuple[tuple[str, BranchVenueRecord], ...]:
    with window.store.session() as session:
        return branches.of_meeting(session, meeting)


@pytest.fixture
def changzhou(window: MainWindow) -> dict[str, str]:
    """A trip of the Changzhou office with one meeting in Changzhou, 15:00–16:00 on 7 July
    2022, open in the Meetings tab with that meeting selected."""
    with window.store.transaction() as session:
        trip = editing.create(session, None, TripRecord("Investment talks", "Asia/Shanghai"))
        stop = editing.create(
            session, trip, StopRecord("Changzhou", "CN", "Asia/Shanghai", arrive=local(6, 12))
        )
        uuids = {
            "trip": trip,
            "meeting": editing.create(
                session, trip, MeetingRecord("Financing talks", stop, local(7, 15), local(7, 16))
            ),
            "becker": editing.create(session, trip, PersonRecord("Becker", "Anna")),
            "jacke": editing.create(session, trip, PersonRecord("Jacke", "Michael")),
            "bank": editing.create(session, trip, OrganizationRecord("Commerzbank")),
        }
    window.refresh()
    assert window.navigator.select_uuid(trip)
    window.tabs.setCurrentWidget(window.meetings)
    assert window.meetings.select_uuid(uuids["meeting"])
    return uuids


def test_add_a_frankfurt_branch_venue_to_a_changzhou_meeting_and_undo_it(
    qtbot: QtBot, window: MainWindow, changzhou: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = Editor(qtbot, monkeypatch)
    panel = window.meetings
    assert not panel.branches.isVisible()
    assert panel.add_branch_button.isEnabled() and not panel.edit_branch_button.isEnabled()

    def fill(d: BranchVenueDialog) -> None:
        assert d.windowTitle() == "New Branch Venue"
        assert d.heading.text() == "Meeting: Financing talks, Thu 7 Jul 15:00–16:00 in Changzhou"
        # A new branch venue starts in the home zone, here Changzhou's own.
        assert d.local_times.text() == "15:00–16:00 in Changzhou is 15:00–16:00 here"
        assert not d.ok_button().isEnabled()
        type_over(qtbot, d.name, "Commerzbank Tower")
        type_over(qtbot, d.city, "Frankfurt am Main")
        type_over(qtbot, d.country, "d")
        assert d.messages["country"].toolTip().startswith("a two-letter country code")
        assert not d.ok_button().isEnabled()
        qtbot.keyClicks(d.country, "e")
        assert d.country.text() == "DE"
        choose_zone(qtbot, d, "london", "Europe/London")
        assert d.local_times.text() == "15:00–16:00 in Changzhou is 08:00–09:00 here"
        choose_zone(qtbot, d, "berl", "Europe/Berlin")
        assert d.local_times.text() == "15:00–16:00 in Changzhou is 09:00–10:00 here"
        type_over(qtbot, d.online_url, "https://meet.example.org/financing")
        line = d.host.lineEdit()
        assert line is not None
        type_over(qtbot, line, "Commerzbank")
        tick(qtbot, d, changzhou["becker"])

    editor.next(fill)
    qtbot.mouseClick(panel.add_branch_button, Qt.MouseButton.LeftButton)

    ((uuid, record),) = branch_rows(window, changzhou["meeting"])
    assert record == BranchVenueRecord(
        "Commerzbank Tower", "Frankfurt am Main", "DE", "Europe/Berlin",
        online_url="https://meet.example.org/financing", host=changzhou["bank"],
        attendees=(changzhou["becker"],),
    )  # fmt: skip
    line = "Commerzbank Tower, Frankfurt am Main: 09:00–10:00 (Europe/Berlin)"
    assert panel.branches.isVisible()
    assert panel.branches.text() == f"Hybrid meeting, also joined from:\n{line}"
    assert panel.branches.selected_uuid() == uuid
    assert panel.edit_branch_button.isEnabled() and panel.remove_branch_button.isEnabled()
    assert window.undo_action.text() == "&Undo Add Branch Venue 'Commerzbank Tower'"

    # The schedule marks the meeting hybrid and gives the Frankfurt time in its tooltip.
    window.tabs.setCurrentWidget(window.schedule)
    canvas = window.schedule.canvas
    qtbot.waitUntil(lambda: canvas.grid is not None)
    assert canvas.grid is not None
    block = canvas.grid.blocks_of(changzhou["meeting"])[0]
    assert line in canvas.tooltip_at(canvas.to_viewport(block.x + 10, block.top + 10)).splitlines()

    window.undo_action.trigger()
    assert branch_rows(window, changzhou["meeting"]) == ()
    window.tabs.setCurrentWidget(window.meetings)
    assert not panel.branches.isVisible()
    window.redo_action.trigger()
    assert branch_rows(window, changzhou["meeting"]) == ((uuid, record),)
    assert panel.branches.text().endswith(line)


def test_edit_a_branch_venue_from_the_list_and_undo_the_change(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = Editor(qtbot, monkeypatch)
    opening = open_opening(qtbot, window)
    ((uuid, before),) = branch_rows(window, opening)
    jacke = person(window, "Jacke")
    panel = window.meetings

    def fill(d: BranchVenueDialog) -> None:
        assert d.windowTitle() == "Edit Branch Venue"
        assert d.name.text() == "Branch venue Frankfurt"
        assert d.local_times.text() == "15:00–17:30 in Changzhou is 09:00–11:30 here"
        assert d.attendees.selected() == before.attendees
        type_over(qtbot, d.name, "Consulate General")
        tick(qtbot, d, jacke)  # Michael Jacke will be in Changzhou after all

    editor.next(fill)
    assert panel.branches.select_uuid(uuid)
    panel.branches.list.setFocus()
    qtbot.keyClick(panel.branches.list, Qt.Key.Key_Return)  # Enter edits, as a double-click

    ((_same, after),) = branch_rows(window, opening)
    assert after.name == "Consulate General"
    assert after.attendees == tuple(a for a in before.attendees if a != jacke)
    assert panel.branches.text().splitlines()[1].startswith("Consulate General, Frankfurt am Main")
    assert window.undo_action.text() == "&Undo Edit Branch Venue 'Consulate General'"
    window.undo_action.trigger()
    assert branch_rows(window, opening) == ((uuid, before),)
    assert panel.branches.text().splitlines()[1] == FRANKFURT


def test_remove_a_branch_venue_with_delete_and_undo_restores_it_with_its_attendees(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opening = open_opening(qtbot, window)
    before = dumps.dump(window.store)
    ((uuid, record),) = branch_rows(window, opening)
    assert len(record.attendees) == 3
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    panel = window.meetings
    assert panel.branches.select_uuid(uuid)
    panel.branches.list.setFocus()
    # Delete in the list removes the branch venue, not the meeting (the window's shortcut).
    qtbot.keyClick(panel.branches.list, Qt.Key.Key_Delete)
    assert asked == [
        "Remove the branch venue 'Branch venue Frankfurt'? Its 3 attendees will no longer "
        "join from there. You can undo this."
    ]
    assert branch_rows(window, opening) == ()
    assert panel.selected_uuid() == opening
    assert not panel.branches.isVisible()
    assert window.undo_action.text() == "&Undo Delete Branch Venue 'Branch venue Frankfurt'"

    window.undo_action.trigger()
    assert branch_rows(window, opening) == ((uuid, record),)
    assert dumps.dump(window.store) == before
    assert panel.branches.text().splitlines()[1] == FRANKFURT


def test_a_read_only_store_offers_no_branch_venue_edits(qtbot: QtBot, window: MainWindow) -> None:
    open_opening(qtbot, window)
    panel = window.meetings
    assert panel.add_branch_button.isEnabled()
    panel.set_editable(False)
    assert not panel.add_branch_button.isEnabled()
    assert not panel.edit_branch_button.isEnabled()


def open_opening(qtbot: QtBot, window: MainWindow) -> str:
    """The Jiangsu example imported and its opening (joined from Frankfurt) selected in the
    Meetings tab; the opening's UUID."""
    imported(window, qtbot, JIANGSU)
    window.tabs.setCurrentWidget(window.meetings)
    with window.store.session() as session:
        opening = session.scalars(
            select(model.Meeting.uuid).where(model.Meeting.title == OPENING)
        ).one()
    assert window.meetings.select_uuid(opening)
    assert window.meetings.branches.text().splitlines()[1] == FRANKFURT
    return opening


def person(window: MainWindow, family_name: str) -> str:
    with window.store.session() as session:
        return session.scalars(
            select(model.Person.uuid).where(model.Person.family_name == family_name)
        ).one()


def test_the_editor_names_the_day_when_the_branch_is_already_in_the_next_one() -> None:
    start = localtime.to_instant(dt.datetime(2022, 7, 7, 19), "Europe/Berlin")
    assert (
        hybrid_text.here_and_there(
            start, start + dt.timedelta(hours=1), "Europe/Berlin", "Frankfurt", "Asia/Shanghai"
        )
        == "19:00–20:00 in Frankfurt is Fri 8 Jul 01:00–02:00 here"
    )
