"""The person editor's Documents page and the trip editor's invitation (issue 23): what is
entered is what is saved, the passport number is masked until shown, the visas table is left
with Tab, and documents this computer cannot read are neither shown nor changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from planner.records import PersonRecord, TripRecord
from planner.travel_documents import Passport, TravelDocuments, Visa
from ui import i18n
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.trip_dialog import TripDialog
from ui.main_window import MainWindow

SHENZHEN = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "trips"
    / "shenzhen-delegation-germany-2027.trip.json"
)

LI = TravelDocuments(
    nationality="CN",
    date_of_birth=dt.date(1971, 3, 14),
    gender="male",
    passport=Passport("EJ4417352", "service", dt.date(2021, 6, 2), dt.date(2031, 6, 1)),
    visas=(
        Visa("schengen", dt.date(2027, 4, 5), dt.date(2027, 5, 4), "C", "DEU012845617", "multiple"),
    ),
)
PERSON = PersonRecord("Li", "Wei", "李伟", documents=LI)


def opened(qtbot: QtBot, record: PersonRecord | None) -> PersonDialog:
    dialog = PersonDialog(None, record)
    qtbot.addWidget(dialog)
    dialog.show()
    pages = dialog.findChild(QTabWidget, "personPages")
    assert pages is not None
    pages.setCurrentWidget(dialog.documents_page)
    return dialog


def test_stored_documents_come_back_unchanged_from_the_page(qtbot: QtBot) -> None:
    dialog = opened(qtbot, PERSON)
    assert dialog.ok_button().isEnabled()
    assert dialog.record() == PERSON


def test_the_passport_number_is_masked_until_show_is_pressed(qtbot: QtBot) -> None:
    dialog = opened(qtbot, PERSON)
    number = dialog.documents_page.passport_number
    assert number.edit.echoMode() == QLineEdit.EchoMode.Password
    assert number.edit.displayText() != "EJ4417352"
    button = number.show_button
    assert button.accessibleName() == "Show passport number"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert number.edit.displayText() == "EJ4417352"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert number.edit.echoMode() == QLineEdit.EchoMode.Password


def test_documents_entered_for_a_new_person_are_saved(qtbot: QtBot) -> None:
    dialog = opened(qtbot, None)
    page = dialog.documents_page
    qtbot.keyClicks(dialog.family_name, "Vogel")
    page.nationality.setFocus()
    qtbot.keyClicks(page.nationality.lineEdit(), "Germany (DE)")
    page.passport_number.edit.setFocus()
    qtbot.keyClicks(page.passport_number.edit, "C4F7K2L9M")
    page.passport_expires.set_day(dt.date(2030, 2, 10))
    qtbot.mouseClick(page.visas.add_button, Qt.MouseButton.LeftButton)
    assert page.visas.table.rowCount() == 1
    record = dialog.record()
    assert record.documents is not None
    assert record.documents.nationality == "DE"
    assert record.documents.passport == Passport("C4F7K2L9M", expires=dt.date(2030, 2, 10))
    assert [visa.area for visa in record.documents.visas] == ["schengen"]
    qtbot.mouseClick(page.visas.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.record().documents == replace(record.documents, visas=())


def test_tab_leaves_the_visas_table_for_its_buttons(qtbot: QtBot) -> None:
    dialog = opened(qtbot, PERSON)
    table = dialog.documents_page.visas.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.documents_page.visas.add_button


def test_a_passport_that_expires_before_it_was_issued_is_named_at_its_field(
    qtbot: QtBot,
) -> None:
    dialog = opened(qtbot, PERSON)
    expires = dialog.documents_page.passport_expires
    expires.set_day(dt.date(2020, 1, 1))
    said = "the passport must expire after the day it was issued"
    assert dialog.problems()["passport_expires"] == said
    assert expires.toolTip() == said  # the field says it, and a screen reader hears it
    assert not dialog.ok_button().isEnabled()


def test_documents_this_computer_cannot_read_are_not_shown_and_stay_as_stored(
    qtbot: QtBot,
) -> None:
    dialog = opened(qtbot, replace(PERSON, documents=None))
    page = dialog.documents_page
    assert not page.passport_number.isEnabled()
    assert page.passport_number.text() == ""
    assert dialog.record().documents is None
    assert dialog.ok_button().isEnabled()


def test_the_trip_editor_keeps_the_invitation(qtbot: QtBot) -> None:
    record = TripRecord(
        "Shenzhen commerce delegation",
        "Asia/Shanghai",
        invitation_purpose="Besuch der Hannover Messe",
        invitation_costs="die entsendende Behörde",
        invitation_issued=dt.date(2027, 2, 15),
    )
    dialog = TripDialog(None, record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.record() == record
    dialog.invitation_issued.set_day(None)
    assert dialog.record() == replace(record, invitation_issued=None)


def test_a_conflict_over_documents_tells_the_versions_apart_without_the_number(
    qtbot: QtBot,
) -> None:
    from planner.conflicts import Conflict
    from ui.dialogs.conflict_dialog import ConflictDialog

    base = PERSON
    mine = replace(base, documents=replace(LI, passport=Passport("EJ4417399", "service")))
    theirs = replace(base, documents=replace(LI, visas=()))
    dialog = ConflictDialog(Conflict(mine, theirs, 1, 2, base=base, uuid="p-li"), None, "Li")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [b.text() for b in [*dialog.mine_buttons.values(), *dialog.theirs_buttons.values()]]
    assert shown == [
        "CN · passport …399 · 1 visa",
        "CN · passport …352 → 2031-06-01",
    ]
    assert not any("EJ44173" in b.toolTip() for b in dialog.mine_buttons.values())


def test_the_file_menu_exports_travel_documents_only_from_its_own_entry(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.workspace.undo_stack.count()
    window.import_file(SHENZHEN)
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == before + 1, timeout=30_000)
    qtbot.waitUntil(lambda: window.workspace.trip_uuid is not None, timeout=10_000)
    written: dict[str, Path] = {}
    for action, name in (
        (window.export_action, "plain.trip.json"),
        (window.export_documents_action, "full.trip.json"),
    ):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, t=target: (str(t), ""))
        # Off while the window reads or writes a file in the background (ui.actions.BUSY_OFF).
        qtbot.waitUntil(action.isEnabled, timeout=30_000)
        action.trigger()
        qtbot.waitUntil(target.exists, timeout=30_000)
        written[name] = target
    assert "SE0184273" not in written["plain.trip.json"].read_text(encoding="utf-8")
    assert '"number": "SE0184273"' in written["full.trip.json"].read_text(encoding="utf-8")


def test_a_chinese_officer_reads_the_schengen_area_in_chinese_and_it_is_kept(
    qtbot: QtBot,
) -> None:
    i18n.install("zh_CN")
    try:
        dialog = opened(qtbot, PERSON)
        table = dialog.documents_page.visas.table
        assert table.item(0, 0).text() == "申根区"
        assert dialog.record() == PERSON  # read back as the area, not a country code 申根区
    finally:
        i18n.install("en")


def test_a_chinese_screen_reader_hears_the_label_without_its_bracketed_mnemonic(
    qtbot: QtBot,
) -> None:
    i18n.install("zh_CN")
    try:
        dialog = opened(qtbot, PERSON)
        page = dialog.documents_page
        assert page.date_of_birth.accessibleName() == "出生日期"  # not 出生日期(B)
        assert page.nationality.accessibleName() == "国籍"
    finally:
        i18n.install("en")
