"""The editor dialogs as an officer uses them: typing, ticking, picking, and being stopped with
a reason when the entry cannot be saved (times that do not exist, an end before the start)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import fields
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner import localtime
from planner.records import (
    Choice,
    MeetingRecord,
    OrganizationRecord,
    PersonChoice,
    PersonRecord,
    StopChoice,
    StopRecord,
    TransferRecord,
    TripContext,
    TripRecord,
)
from ui.dialogs.form import RecordDialog
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.dialogs.organization_dialog import OrganizationDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.stop_dialog import StopDialog
from ui.dialogs.transfer_dialog import TransferDialog
from ui.dialogs.trip_dialog import TripDialog
from ui.widgets.attendee_picker import AttendeePicker
from ui.widgets.local_time_edit import LocalTimeEdit
from ui.widgets.zone_picker import ZonePicker

# Completion popups grab the keyboard; only the offscreen test platform cannot (it is not in
# pyproject's qt_log_ignore yet, which belongs to everyone; move it there when convenient).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

UTC = dt.UTC
CONTEXT = TripContext(
    trip_uuid="trip-nanshan",
    title="Nanshan delegation to Germany",
    home_timezone="Asia/Shanghai",
    stops=(
        StopChoice(
            "stop-fra",
            "Frankfurt am Main",
            "Europe/Berlin",
            dt.datetime(2024, 6, 16, 8, tzinfo=UTC),
            dt.datetime(2024, 6, 18, 7, tzinfo=UTC),
        ),
        StopChoice(
            "stop-muc",
            "München",
            "Europe/Berlin",
            dt.datetime(2024, 6, 18, 10, tzinfo=UTC),
            dt.datetime(2024, 6, 20, 16, tzinfo=UTC),
        ),
        StopChoice(
            "stop-sha", "Shanghai", "Asia/Shanghai", dt.datetime(2024, 6, 21, 6, tzinfo=UTC)
        ),
    ),
    people=(
        PersonChoice(
            "p-wang",
            "Wang Lei (王磊)",
            "delegation",
            "Nanshan District Government",
            "o-nanshan",
            "head",
        ),
        PersonChoice(
            "p-li",
            "Li Na (李娜)",
            "delegation",
            "Nanshan District Government",
            "o-nanshan",
            "interpreter",
        ),
        PersonChoice("p-schmidt", "Anna Schmidt", "host", "IHK Frankfurt am Main", "o-ihk"),
        PersonChoice("p-mueller", "Jörg Müller", "host", "IHK Frankfurt am Main", "o-ihk"),
    ),
    organizations=(
        Choice("o-nanshan", "Nanshan District Government"),
        Choice("o-ihk", "IHK Frankfurt am Main"),
    ),
)
ALL_DIALOGS: list[tuple[type[RecordDialog[Any]], type[Any]]] = [
    (TripDialog, TripRecord),
    (StopDialog, StopRecord),
    (TransferDialog, TransferRecord),
    (MeetingDialog, MeetingRecord),
    (PersonDialog, PersonRecord),
    (OrganizationDialog, OrganizationRecord),
]


@pytest.fixture
def open_dialog(qtbot: QtBot) -> Callable[..., Any]:
    def opener(cls: type[RecordDialog[Any]], record: Any = None) -> Any:
        dialog = cls(CONTEXT, record)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return opener


def day(year: int, month: int, date: int) -> str:
    """A day as the home-time label shows it, in the user's locale ("Mon 17 Jun" in C)."""
    return QLocale().toString(QDate(year, month, date), "ddd d MMM")


def commit(widget: QWidget, text: str) -> None:
    """Enter text as an input method does: QTest only types ASCII, names are not."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_wall(qtbot: QtBot, edit: LocalTimeEdit, text: str) -> None:
    """Type a local time over the field, section by section, as a user does."""
    inner = edit.findChild(QDateTimeEdit)
    assert inner is not None
    inner.setFocus()
    qtbot.keyClick(inner, Qt.Key.Key_Home)
    qtbot.keyClicks(inner, text)
    assert inner.text() == text


def message(dialog: QWidget, name: str) -> str:
    """The message shown at a field: its warning sign's tooltip ("" when it is hidden)."""
    label = dialog.findChild(QLabel, f"{name}_message")
    assert label is not None
    return label.toolTip() if label.isVisible() else ""


def click_item(qtbot: QtBot, dialog: QWidget, field: str, text: str) -> None:
    """Click the name of a row starting with ``text`` in a list (or the attendee picker)."""
    widget = dialog.findChild(QWidget, field)
    assert widget is not None
    if isinstance(widget, AttendeePicker):
        view: Any = widget.tree
        flags = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive
        item = view.findItems(text, flags, 0)[0]
    else:
        view = widget.list  # type: ignore[attr-defined]
        item = view.findItems(text, Qt.MatchFlag.MatchStartsWith)[0]
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- meetings


def test_a_new_meeting_starts_on_its_stops_first_day_and_follows_the_stop(
    open_dialog: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(MeetingDialog)
    assert dialog.start.wall() == dt.datetime(2024, 6, 16, 9, 0)
    assert dialog.end.wall() == dt.datetime(2024, 6, 16, 10, 0)
    assert dialog.start.zone() == "Europe/Berlin"
    dialog.stop.setFocus()
    qtbot.keyClick(dialog.stop, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.stop, Qt.Key.Key_Down)
    assert dialog.stop.currentText() == "Shanghai"
    assert dialog.start.zone() == "Asia/Shanghai"
    assert dialog.start.wall() == dt.datetime(2024, 6, 21, 9, 0)


def test_a_meeting_ending_before_it_starts_cannot_be_saved(
    open_dialog: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(MeetingDialog)
    qtbot.keyClicks(dialog.title, "Site visit at Merck")
    assert dialog.ok_button().isEnabled()
    type_wall(qtbot, dialog.end, "2024-06-16 08:30")
    assert not dialog.ok_button().isEnabled()
    assert message(dialog, "end") == "the end must be after the start"
    assert dialog.end.toolTip() == "the end must be after the start"
    type_wall(qtbot, dialog.end, "2024-06-16 11:00")
    assert dialog.ok_button().isEnabled()
    assert message(dialog, "end") == ""


def test_moving_the_start_moves_the_end_and_keeps_the_length(
    open_dialog: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(MeetingDialog)
    type_wall(qtbot, dialog.start, "2024-06-17 14:00")
    assert dialog.end.wall() == dt.datetime(2024, 6, 17, 15, 0)


def test_a_start_in_the_skipped_spring_hour_is_refused_at_the_field(
    open_dialog: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(MeetingDialog)
    qtbot.keyClicks(dialog.title, "Breakfast briefing")
    type_wall(qtbot, dialog.start, "2024-03-31 02:30")
    expected = "2024-03-31 02:30 does not exist in Europe/Berlin (the clocks skip that hour)"
    assert dialog.start.error() == expected
    assert message(dialog, "start") == expected
    assert dialog.start.edit.toolTip() == expected
    assert not dialog.ok_button().isEnabled()
    with pytest.raises(localtime.TimeError):
        dialog.record()
    type_wall(qtbot, dialog.start, "2024-03-31 03:30")
    assert dialog.start.error() is None
    assert message(dialog, "start") == ""
    assert dialog.ok_button().isEnabled()
    assert dialog.record().start == dt.datetime(2024, 3, 31, 1, 30, tzinfo=UTC)


def test_the_home_time_beside_the_start_follows_every_keystroke(
    open_dialog: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(MeetingDialog)
    type_wall(qtbot, dialog.start, "2024-06-17 14:00")
    assert dialog.start.home_label.text() == f"= 20:00 Asia/Shanghai, {day(2024, 6, 17)}"
    qtbot.keyClick(dialog.start.edit, Qt.Key.Key_Up)  # the minutes section: 14:01
    assert dialog.start.home_label.text() == f"= 20:01 Asia/Shanghai, {day(2024, 6, 17)}"


def test_the_second_pass_of_the_repeated_autumn_hour_can_be_chosen(
    open_dialog: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(MeetingDialog)
    qtbot.keyClicks(dialog.title, "Night train briefing")
    passes = dialog.start.pass_combo
    assert not passes.isVisible()
    type_wall(qtbot, dialog.start, "2024-10-27 02:30")
    assert passes.isVisible()
    assert [passes.itemText(i) for i in range(passes.count())] == [
        "first (+02:00)",
        "second (+01:00)",
    ]
    assert dialog.record().start == dt.datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    passes.setFocus()
    qtbot.keyClick(passes, Qt.Key.Key_Down)
    assert passes.currentText() == "second (+01:00)"
    assert dialog.record().start == dt.datetime(2024, 10, 27, 1, 30, tzinfo=UTC)
    type_wall(qtbot, dialog.start, "2024-10-27 03:30")
    assert not passes.isVisible()


def test_a_meeting_in_the_second_pass_opens_showing_the_second_pass(
    open_dialog: Callable[..., MeetingDialog],
) -> None:
    second = dt.datetime(2024, 10, 27, 1, 30, tzinfo=UTC)
    record = MeetingRecord(
        title="Late call", stop="stop-fra", start=second, end=second + dt.timedelta(hours=1)
    )
    dialog = open_dialog(MeetingDialog, record)
    assert dialog.start.pass_combo.currentText() == "second (+01:00)"
    assert dialog.record() == record


def test_the_meeting_editor_keeps_roles_in_the_meeting_of_the_attendees_still_ticked(
    open_dialog: Callable[..., MeetingDialog],
) -> None:
    start = dt.datetime(2024, 6, 17, 8, 0, tzinfo=UTC)
    record = MeetingRecord(
        title="Signing",
        stop="stop-fra",
        start=start,
        end=start + dt.timedelta(hours=1),
        attendees=("p-wang", "p-schmidt", "p-li"),
        attendee_roles=(("p-wang", "signatory"), ("p-li", "interpreter")),
    )
    dialog = open_dialog(MeetingDialog, record)
    assert dialog.record() == record  # saved unchanged, roles and all
    dialog.attendees.set_selected(["p-wang", "p-schmidt"])  # the interpreter is unticked
    assert dialog.record().attendee_roles == (("p-wang", "signatory"),)


def test_a_meeting_is_made_with_the_attendees_ticked(
    open_dialog: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(MeetingDialog)
    commit(dialog.title, "Nanshan–Frankfurt cooperation session")
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Conf")
    qtbot.keyClicks(dialog.attendees.filter, "li")
    assert dialog.attendees.visible_names() == ["Li Na (李娜)"]
    click_item(qtbot, dialog, "attendees", "Li Na")
    dialog.attendees.filter.clear()
    click_item(qtbot, dialog, "attendees", "Wang Lei")
    click_item(qtbot, dialog, "attendees", "Anna Schmidt")
    click_item(qtbot, dialog, "attendees", "Anna Schmidt")  # and changes her mind
    click_item(qtbot, dialog, "organizations", "IHK Frankfurt")
    host = dialog.host.lineEdit()
    assert host is not None
    qtbot.keyClicks(host, "Nanshan District Government")
    for line in ("Greetings from the mayor", "", "Direct flights", ""):
        qtbot.keyClicks(dialog.talking_points, line)
        qtbot.keyClick(dialog.talking_points, Qt.Key.Key_Return)
    assert dialog.ok_button().isEnabled()
    record = dialog.record()
    assert record == MeetingRecord(
        title="Nanshan–Frankfurt cooperation session",
        stop="stop-fra",
        start=dt.datetime(2024, 6, 16, 7, tzinfo=UTC),
        end=dt.datetime(2024, 6, 16, 8, tzinfo=UTC),
        kind="conference",
        status="tentative",
        host="o-nanshan",
        organizations=("o-ihk",),
        attendees=("p-li", "p-wang"),
        talking_points=("Greetings from the mayor", "Direct flights"),
    )
    assert dialog.attendees.count_label.text() == "2 chosen"


def test_a_host_that_is_no_organization_of_the_trip_is_named_and_refused(
    open_dialog: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(MeetingDialog)
    qtbot.keyClicks(dialog.title, "Lunch")
    host = dialog.host.lineEdit()
    assert host is not None
    qtbot.keyClicks(host, "Siemens")
    assert message(dialog, "host") == "Siemens is not an organization of this trip"
    assert not dialog.ok_button().isEnabled()


def test_opening_and_saving_a_meeting_gives_back_the_same_record(
    open_dialog: Callable[..., MeetingDialog],
) -> None:
    record = MeetingRecord(
        title="Signing",
        stop="stop-muc",
        start=dt.datetime(2024, 6, 19, 8, tzinfo=UTC),
        end=dt.datetime(2024, 6, 19, 9, tzinfo=UTC),
        kind="signing",
        status="confirmed",
        host="o-ihk",
        organizations=("o-ihk", "o-nanshan"),
        attendees=("p-mueller", "p-wang", "p-unlisted"),
        talking_points=("One", "Two"),
        private_notes="only for us",
        venue_city="Garching bei München",
    )
    dialog = open_dialog(MeetingDialog, record)
    assert dialog.record() == record


def test_a_venue_in_another_city_is_typed_beside_the_venue_and_empty_means_the_stops(
    open_dialog: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(MeetingDialog)
    qtbot.keyClicks(dialog.title, "Site visit")
    city = dialog.venue_city
    assert city.placeholderText() == "the stop's city"
    assert dialog.record().venue_city is None
    qtbot.keyClicks(city, "Ludwigshafen am Rhein")
    assert dialog.record().venue_city == "Ludwigshafen am Rhein"
    city.selectAll()
    qtbot.keyClicks(city, "   ")
    assert dialog.record().venue_city is None


def test_ask_returns_the_record_on_ok_and_none_on_cancel(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept_with_title(dialog: MeetingDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.title, "Press conference")
        dialog.ok_button().click()
        return dialog.result()

    monkeypatch.setattr(MeetingDialog, "exec", accept_with_title)
    record = MeetingDialog.ask(None, CONTEXT, None)
    assert record is not None
    assert record.title == "Press conference"
    monkeypatch.setattr(MeetingDialog, "exec", lambda dialog: 0)
    assert MeetingDialog.ask(None, CONTEXT, None) is None


# -- stops and zones


def test_the_zone_picker_finds_a_zone_by_part_of_its_name(qtbot: QtBot) -> None:
    picker = ZonePicker()
    qtbot.addWidget(picker)
    picker.show()
    line = picker.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, "shang")
    completer = picker.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    found = completer.completionModel()
    assert [found.index(row, 0).data() for row in range(found.rowCount())] == ["Asia/Shanghai"]
    assert not picker.is_known()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.zone() == "Asia/Shanghai"
    assert picker.is_known()
    qtbot.keyClicks(line, "zzz")  # no zone contains it: the keys are refused
    assert picker.zone() == "Asia/Shanghai"


def test_a_stop_is_entered_in_the_zone_picked_for_it(
    open_dialog: Callable[..., StopDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(StopDialog)
    commit(dialog.city, "Nürnberg")
    qtbot.keyClicks(dialog.country, "de")
    qtbot.keyClicks(dialog.region, "de-by")
    zone = dialog.timezone.lineEdit()
    assert zone is not None
    zone.selectAll()
    qtbot.keyClicks(zone, "europe/berl")
    assert message(dialog, "timezone") == "unknown time zone 'europe/berl'"
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(zone, "in")
    assert dialog.timezone.zone() == "Europe/Berlin"
    assert dialog.arrive.zone() == "Europe/Berlin"
    type_wall(qtbot, dialog.arrive, "2024-06-18 10:00")
    assert dialog.arrive.home_label.text() == f"= 16:00 Asia/Shanghai, {day(2024, 6, 18)}"
    assert not dialog.depart.isEnabled()
    qtbot.mouseClick(dialog.depart_set, Qt.MouseButton.LeftButton)
    assert dialog.depart.isEnabled()
    assert dialog.depart.wall() == dt.datetime(2024, 6, 19, 10, 0)  # a day after arrival
    qtbot.keyClicks(dialog.lodging_name, "Hotel Victoria")
    assert dialog.ok_button().isEnabled()
    assert dialog.record() == StopRecord(
        city="Nürnberg",
        country="DE",
        timezone="Europe/Berlin",
        region="DE-BY",
        arrive=dt.datetime(2024, 6, 18, 8, tzinfo=UTC),
        depart=dt.datetime(2024, 6, 19, 8, tzinfo=UTC),
        lodging_name="Hotel Victoria",
    )


def test_a_stop_needs_an_arrival_or_a_departure(
    open_dialog: Callable[..., StopDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(StopDialog)
    qtbot.keyClicks(dialog.city, "Qingdao")
    qtbot.keyClicks(dialog.country, "CN")
    assert dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.arrive_set, Qt.MouseButton.LeftButton)
    assert message(dialog, "arrive") == "an arrival or a departure time is required"
    assert not dialog.ok_button().isEnabled()


def test_a_switched_off_time_in_the_skipped_hour_does_not_block_saving(
    open_dialog: Callable[..., StopDialog], qtbot: QtBot
) -> None:
    record = StopRecord(
        city="Berlin",
        country="DE",
        timezone="Europe/Berlin",
        arrive=dt.datetime(2024, 3, 30, 9, tzinfo=UTC),
    )
    dialog = open_dialog(StopDialog, record)
    qtbot.mouseClick(dialog.depart_set, Qt.MouseButton.LeftButton)
    type_wall(qtbot, dialog.depart, "2024-03-31 02:30")
    assert not dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.depart_set, Qt.MouseButton.LeftButton)
    assert message(dialog, "depart") == ""
    assert dialog.ok_button().isEnabled()
    assert dialog.record() == record


# -- transfers


def test_a_transfers_arrival_is_entered_in_the_destinations_zone(
    open_dialog: Callable[..., TransferDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(TransferDialog)
    assert dialog.from_stop.currentText() == "Frankfurt am Main"
    to_stop = dialog.to_stop.lineEdit()
    assert to_stop is not None
    to_stop.selectAll()
    qtbot.keyClicks(to_stop, "Shanghai")
    assert dialog.arrive.zone() == "Asia/Shanghai"
    assert dialog.depart.zone() == "Europe/Berlin"
    dialog.mode.setFocus()
    qtbot.keyClicks(dialog.mode, "Fl")
    qtbot.keyClicks(dialog.carrier, "Lufthansa")
    qtbot.keyClicks(dialog.number, "LH 728")
    type_wall(qtbot, dialog.depart, "2024-06-20 21:40")
    type_wall(qtbot, dialog.arrive, "2024-06-21 14:05")
    assert dialog.arrive.home_label.text() == ""  # Shanghai is the home zone
    assert dialog.depart.home_label.text() == f"= 03:40 Asia/Shanghai, {day(2024, 6, 21)}"
    assert dialog.ok_button().isEnabled()
    assert dialog.record() == TransferRecord(
        from_stop="stop-fra",
        to_stop="stop-sha",
        mode="flight",
        depart=dt.datetime(2024, 6, 20, 19, 40, tzinfo=UTC),
        arrive=dt.datetime(2024, 6, 21, 6, 5, tzinfo=UTC),
        carrier="Lufthansa",
        number="LH 728",
    )


def test_a_transfer_to_the_stop_it_leaves_is_refused(
    open_dialog: Callable[..., TransferDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(TransferDialog)
    to_stop = dialog.to_stop.lineEdit()
    assert to_stop is not None
    to_stop.selectAll()
    qtbot.keyClicks(to_stop, "Frankfurt am Main")
    assert message(dialog, "to_stop") == "the transfer must go to another stop"
    assert not dialog.ok_button().isEnabled()


# -- trips, people, organizations


def type_into_cell(qtbot: QtBot, table: QAbstractItemView, text: str) -> None:
    """F2 on the current cell, the text, Return: as a user edits a table by keyboard."""
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState, timeout=5000)


def test_useful_numbers_are_added_by_keyboard_and_a_bad_one_is_named_by_row(
    open_dialog: Callable[..., TripDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(TripDialog)
    qtbot.keyClicks(dialog.title, "Shenzhen delegation to Bavaria")
    numbers = dialog.useful_numbers
    assert numbers.table.accessibleName() == "Useful numbers"
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog, "d", Qt.KeyboardModifier.AltModifier)  # A&dd number
    # A mnemonic clicks its button after the press is shown: wait for the new row.
    qtbot.waitUntil(lambda: numbers.table.rowCount() == 1, timeout=5000)
    assert numbers.table.hasFocus()
    assert (numbers.table.rowCount(), numbers.table.currentColumn()) == (1, 0)
    type_into_cell(qtbot, numbers.table, "Embassy")
    qtbot.keyClick(numbers.table, Qt.Key.Key_Right)  # on to the number
    type_into_cell(qtbot, numbers.table, "0815")
    assert numbers.numbers() == (("Embassy", "0815"),)
    assert message(dialog, "useful_numbers") == (
        "number 1: '0815': write the number with + and the country code"
    )
    assert not dialog.ok_button().isEnabled()
    numbers.table.item(0, 1).setText("+49 30 27588 551")
    assert message(dialog, "useful_numbers") == ""
    assert dialog.record().useful_numbers == (("Embassy", "+493027588551"),)
    numbers.table.setCurrentCell(0, 0)
    numbers.remove_button.click()
    assert dialog.record().useful_numbers == ()


def test_a_trip_opens_with_its_numbers_written_as_people_write_them(
    open_dialog: Callable[..., TripDialog],
) -> None:
    record = TripRecord("Visit", "Europe/Berlin", useful_numbers=(("Driver", "+8675588886666"),))
    dialog = open_dialog(TripDialog, record)
    assert dialog.useful_numbers.table.item(0, 1).text() == "+86 755 8888 6666"
    assert dialog.record() == record


def test_a_trip_is_made_with_an_organizer_and_a_home_zone(
    open_dialog: Callable[..., TripDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(TripDialog)
    assert not dialog.ok_button().isEnabled()
    assert message(dialog, "title") == "a title is required"
    qtbot.keyClicks(dialog.title, "Shenzhen delegation to Bavaria")
    organizer = dialog.organizer.lineEdit()
    assert organizer is not None
    qtbot.keyClicks(organizer, "IHK Frankfurt am Main")
    dialog.classification.setFocus()
    qtbot.keyClicks(dialog.classification, "Conf")
    assert dialog.ok_button().isEnabled()
    assert dialog.record() == TripRecord(
        title="Shenzhen delegation to Bavaria",
        home_timezone="Asia/Shanghai",
        organizer="o-ihk",
        classification="confidential",
    )


def test_a_person_gets_language_codes_and_a_precedence(
    open_dialog: Callable[..., PersonDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(PersonDialog)
    qtbot.keyClicks(dialog.family_name, "Wang")
    qtbot.keyClicks(dialog.given_name, "Lei")
    commit(dialog.native_name, "王磊")
    qtbot.keyClicks(dialog.email, "wang.lei")
    assert message(dialog, "email") == "'wang.lei' is not an e-mail address"
    qtbot.keyClicks(dialog.email, "@nanshan.gov.cn")
    qtbot.keyClicks(dialog.languages, "ZH, deu")
    assert message(dialog, "languages") == (
        "deu is not a two-letter language code (such as de, en, zh)"
    )
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClick(dialog.languages, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.languages, ", en")
    dialog.precedence.setFocus()
    qtbot.keyClick(dialog.precedence, Qt.Key.Key_Up)
    assert dialog.ok_button().isEnabled()
    assert dialog.languages.toolTip() == ""  # the message's tooltip goes with the message
    assert dialog.precedence.toolTip().startswith("1 is the most senior")  # help stays
    assert dialog.record() == PersonRecord(
        family_name="Wang",
        given_name="Lei",
        native_name="王磊",
        email="wang.lei@nanshan.gov.cn",
        languages=("zh", "de", "en"),
        precedence=1,
    )


def test_an_organization_shows_readable_kinds_and_keeps_the_vocabulary_word(
    open_dialog: Callable[..., OrganizationDialog], qtbot: QtBot
) -> None:
    dialog = open_dialog(OrganizationDialog)
    qtbot.keyClicks(dialog.name, "Fraunhofer IPA")
    qtbot.keyClicks(dialog.country, "de")
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Res")
    assert dialog.kind.currentText() != "research"
    assert dialog.record() == OrganizationRecord(
        name="Fraunhofer IPA", kind="research", country="DE"
    )


# -- what every editor promises


@pytest.mark.parametrize(("dialog_class", "record_type"), ALL_DIALOGS)
def test_every_field_has_an_input_named_for_it(
    open_dialog: Callable[..., RecordDialog[Any]],
    dialog_class: type[RecordDialog[Any]],
    record_type: type[Any],
) -> None:
    dialog = open_dialog(dialog_class)
    for field in fields(record_type):
        widget = dialog.findChild(QWidget, field.name)
        assert widget is not None, field.name
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus or widget.focusProxy(), field.name


@pytest.mark.parametrize(("dialog_class", "record_type"), ALL_DIALOGS)
def test_every_field_has_its_own_keyboard_mnemonic(
    open_dialog: Callable[..., RecordDialog[Any]],
    qtbot: QtBot,
    dialog_class: type[RecordDialog[Any]],
    record_type: type[Any],
) -> None:
    dialog = open_dialog(dialog_class)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    # A dialog of pages (the person's Documents) shows one page with the tabs at a time: the
    # mnemonics of that page, the tabs and the buttons must be unique, and each must work.
    tabs = dialog.findChild(QTabWidget)
    pages = [tabs.widget(i) for i in range(tabs.count())] if tabs is not None else [None]
    for page in pages:
        if tabs is not None:
            tabs.setCurrentWidget(page)

        def shown(widget: QWidget, page: QWidget | None = page) -> bool:
            owner = next((p for p in pages if p is not None and p.isAncestorOf(widget)), None)
            return owner is None or owner is page

        labels = [label for label in dialog.findChildren(QLabel) if label.buddy() and shown(label)]
        texts = [label.text() for label in labels]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text() and shown(b)]
        if tabs is not None:
            texts += [tabs.tabText(i) for i in range(tabs.count())]
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
        # Desktop styles give the buttons &OK and &Cancel, though offscreen shows no mnemonic.
        keys += [key for key in "oc" if key not in keys]
        assert len(keys) == len(set(keys)), texts
        for label in labels:
            key = re.search(r"&(\w)", label.text())
            assert key is not None, label.text()
            qtbot.keyClick(dialog, key.group(1), Qt.KeyboardModifier.AltModifier)
            assert QApplication.focusWidget() is label.buddy(), label.text()
    labelled = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for field in fields(record_type):
        widget = dialog.findChild(QWidget, field.name)
        switch = dialog.findChild(QAbstractButton, f"{field.name}_set")
        assert widget is not None
        assert (widget.focusProxy() or widget) in labelled or switch is not None, field.name


def test_combos_and_line_edits_are_found_by_the_field_name(
    open_dialog: Callable[..., MeetingDialog],
) -> None:
    dialog = open_dialog(MeetingDialog)
    assert isinstance(dialog.findChild(QLineEdit, "title"), QLineEdit)
    assert isinstance(dialog.findChild(QComboBox, "kind"), QComboBox)
    assert isinstance(dialog.findChild(LocalTimeEdit, "start"), LocalTimeEdit)
