"""The directory window as an officer uses it: finding people in any script, filtering, a
person's page, editing, merging, deleting, exporting and erasing, all on the shared undo
stack of the main window."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from planner import editing
from planner.records import OrganizationRecord, PersonRecord
from tests.conftest import NANSHAN
from tests.ui.test_dialogs import commit
from tests.ui.test_main_window import imported
from ui.dialogs.contacts_export import ContactsExportDialog
from ui.dialogs.erase_person import ErasePersonDialog
from ui.dialogs.merge_dialog import MergeDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.main_window import MainWindow
from ui.views.directory import DirectoryWindow

# Completion popups of the organization choice grab the keyboard (offscreen cannot).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def add_people(window: MainWindow) -> dict[str, str]:
    """Directory people beside the sample trip's, by a short key."""
    with window.store.transaction() as session:
        bosch = editing.create(
            session, None, OrganizationRecord("Robert Bosch GmbH", kind="company", country="DE")
        )
        sipg = editing.create(
            session,
            None,
            OrganizationRecord(
                "Shanghai International Port Group",
                native_name="上海国际港务集团",
                kind="company",
                country="CN",
            ),
        )
        made = {
            "mueller": PersonRecord(
                "Müller", "Hans", position="Head of Purchasing", organization=bosch,
                email="hans.mueller@bosch.example", phone="+49 711 4001 0",
            ),
            "zhu": PersonRecord(
                "Zhu", "Wei", native_name="朱伟", position="Vice President",
                organization=sipg, email="zhu.wei@sipg.example",
            ),
            "zhu2": PersonRecord(
                "Zhu", "Wei", native_name="朱伟", position="VP", organization=sipg,
                phone="+86 21 6123 4567",
            ),
        }  # fmt: skip
        return {key: editing.create(session, None, record) for key, record in made.items()}


@pytest.fixture
def directory(window: MainWindow, qtbot: QtBot) -> Iterator[DirectoryWindow]:
    imported(window, qtbot, NANSHAN)
    window.people_uuids = add_people(window)  # type: ignore[attr-defined]
    window.directory_action.trigger()
    directory = window.directory
    assert isinstance(directory, DirectoryWindow)
    qtbot.waitExposed(directory)
    yield directory
    directory.close()


def shown_names(directory: DirectoryWindow) -> list[str]:
    model = directory.people_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def type_search(qtbot: QtBot, directory: DirectoryWindow, text: str) -> None:
    directory.search.clear()
    directory.search.setFocus()
    if text.isascii():
        qtbot.keyClicks(directory.search, text)
    else:
        commit(directory.search, text)
    assert directory.search.text() == text


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


# -- opening, searching, filtering ---------------------------------------------------------


def test_the_directory_opens_from_the_menu_with_everyone_sorted_by_family_name(
    window: MainWindow, directory: DirectoryWindow
) -> None:
    assert window.directory_action.shortcut().toString() == "Ctrl+Shift+D"
    window.directory_action.trigger()
    assert window.directory is directory  # reused, not a second window
    assert shown_names(directory) == [
        "Ingmar Bruder",
        "Chen Jing (陈静)",
        "Li Wei (李伟)",
        "Hans Müller",
        "Jürgen Schäfer",
        "Wong",
        "Zhu Wei (朱伟)",
        "Zhu Wei (朱伟)",
    ]
    assert directory.tabs.tabText(0) == "&People (8)"
    assert directory.tabs.tabText(1) == "&Organizations (11)"
    phones = [directory.people_model.index(r, 4).data() for r in range(8)]
    assert "+49 711 40010" in phones and "+86 10 6307 4558" in phones


def test_typing_in_the_search_filters_as_you_type_in_any_script(
    directory: DirectoryWindow, qtbot: QtBot
) -> None:
    type_search(qtbot, directory, "muller")
    assert shown_names(directory) == ["Hans Müller"]
    assert directory.tabs.tabText(0) == "&People (1 of 8)"
    type_search(qtbot, directory, "朱伟")
    assert shown_names(directory) == ["Zhu Wei (朱伟)", "Zhu Wei (朱伟)"]
    type_search(qtbot, directory, "上海")  # the organization's name in Chinese
    assert shown_names(directory) == ["Zhu Wei (朱伟)", "Zhu Wei (朱伟)"]
    type_search(qtbot, directory, "nanshan interp")  # organization and position together
    assert shown_names(directory) == ["Chen Jing (陈静)"]
    type_search(qtbot, directory, "bosch.example")
    assert shown_names(directory) == ["Hans Müller"]
    qtbot.keyClick(directory.search, Qt.Key.Key_Backspace)  # narrowing back out works too
    assert shown_names(directory) == ["Hans Müller"]
    directory.search.clear()
    assert len(shown_names(directory)) == 8


def test_filters_by_organization_kind_and_country(directory: DirectoryWindow) -> None:
    kinds = directory.kind_filter
    kinds.setCurrentIndex(kinds.findData("research"))
    assert shown_names(directory) == ["Jürgen Schäfer"]
    kinds.setCurrentIndex(kinds.findData("company"))
    assert shown_names(directory) == [
        "Ingmar Bruder", "Hans Müller", "Zhu Wei (朱伟)", "Zhu Wei (朱伟)",
    ]  # fmt: skip
    countries = directory.country_filter
    countries.setCurrentIndex(countries.findData("CN"))
    assert shown_names(directory) == ["Zhu Wei (朱伟)", "Zhu Wei (朱伟)"]
    directory.tabs.setCurrentIndex(1)
    organizations = directory.organizations_model
    names = [organizations.index(r, 0).data() for r in range(organizations.rowCount())]
    assert names == ["Shanghai International Port Group"]
    kinds.setCurrentIndex(0)
    names = [organizations.index(r, 0).data() for r in range(organizations.rowCount())]
    assert names == [
        "Nanshan District Government of Shenzhen",
        "Research Institute of Tsinghua University in Shenzhen",
        "Shanghai International Port Group",
    ]


def test_a_header_click_sorts_and_a_third_returns_to_the_directory_order(
    directory: DirectoryWindow, qtbot: QtBot
) -> None:
    header = directory.people_table.horizontalHeader()
    meetings_x = header.sectionViewportPosition(5) + header.sectionSize(5) // 2
    for _ in range(2):  # ascending, then descending
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_point(meetings_x))
    assert shown_names(directory)[0] == "Chen Jing (陈静)"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_point(meetings_x))
    assert shown_names(directory)[0] == "Ingmar Bruder"


def _point(x: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(x, 5)


# -- pages -----------------------------------------------------------------------------------


def test_a_persons_page_lists_meetings_and_trips_newest_first_and_leads_to_the_meeting(
    window: MainWindow, directory: DirectoryWindow, qtbot: QtBot
) -> None:
    type_search(qtbot, directory, "li wei")
    directory.people_table.selectRow(0)
    page = directory.page
    assert page.title.text() == "Mr. Li Wei (李伟)"
    meetings = [page.meetings.topLevelItem(i).text(1) for i in range(5)]
    assert meetings == [
        "Meeting with Ledvance management",
        "Memorandum signing with Siemens Healthineers",
        "Signing of cooperation memorandum with Innovation Lab Heidelberg",
        "Site visit and talks at trinamiX",
        "Nanshan–Frankfurt cooperation session",
    ]
    assert page.meetings.topLevelItem(0).text(0) == "Fri 21 Jun 2024 10:00"
    assert page.trips.topLevelItem(0).text(0) == "Nanshan economic and trade delegation to Germany"
    assert page.meetings_box.title() == "Meetings attended (5)"

    window.tabs.setCurrentWidget(window.overview)
    item = page.meetings.topLevelItem(1)
    page.meetings.setCurrentItem(item)
    page.meetings.itemActivated.emit(item, 0)
    assert window.tabs.currentWidget() is window.meetings
    siemens = window.meetings.selected_uuid()
    assert siemens is not None
    assert window.meetings.model.row_at(window.meetings.model.row_of(siemens)).title == (
        "Memorandum signing with Siemens Healthineers"
    )


def test_an_organizations_page_shows_its_people_and_meetings(
    directory: DirectoryWindow, qtbot: QtBot
) -> None:
    directory.tabs.setCurrentIndex(1)
    type_search(qtbot, directory, "trinamix")
    directory.organizations_table.selectRow(0)
    page = directory.page
    assert page.title.text() == "trinamiX GmbH"
    assert page.people.topLevelItem(0).text(0) == "Ingmar Bruder"
    assert page.meetings.topLevelItem(0).text(1) == "Site visit and talks at trinamiX"
    person = page.people.topLevelItem(0)
    page.people.itemActivated.emit(person, 0)  # to the person, on the People tab
    assert directory.tabs.currentIndex() == 0
    assert directory.page.title.text() == "Dr. Ingmar Bruder"


# -- editing ---------------------------------------------------------------------------------


def test_a_new_person_chooses_from_every_organization_and_undo_removes_them(
    window: MainWindow, directory: DirectoryWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def fill(dialog: PersonDialog) -> QDialog.DialogCode:
        offered.extend(dialog.organization.itemText(i) for i in range(dialog.organization.count()))
        commit(dialog.family_name, "Weiß")
        commit(dialog.given_name, "Anna")
        phone = dialog.phone
        qtbot.keyClicks(phone, "12")
        assert dialog.messages["phone"].toolTip()  # refused at the field
        assert not dialog.ok_button().isEnabled()
        phone.clear()
        qtbot.keyClicks(phone, "+49 711 400 40990")
        assert not dialog.messages["phone"].isVisibleTo(dialog)
        dialog.organization.setCurrentIndex(dialog.organization.findText("Robert Bosch GmbH"))
        assert dialog.ok_button().isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonDialog, "exec", fill)
    directory.new_person_action.trigger()
    assert "Shanghai International Port Group" in offered  # not only the trip's
    assert directory.page.title.text() == "Anna Weiß"
    assert directory.page.values["phone"].text() == "+49 711 40040990"
    assert directory.page.values["organization"].text() == "Robert Bosch GmbH"
    assert directory.undo_action.text() == "&Undo Add Person 'Anna Weiß'"
    directory.undo_action.trigger()
    assert "Anna Weiß" not in shown_names(directory)
    assert window.undo_action.isEnabled()  # the main window's stack is the same


def test_the_person_editor_shows_the_stored_phone_formatted(
    directory: DirectoryWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def look(dialog: PersonDialog) -> QDialog.DialogCode:
        shown.append(dialog.phone.text())
        return QDialog.DialogCode.Accepted  # unchanged: no edit is pushed

    monkeypatch.setattr(PersonDialog, "exec", look)
    directory.select_person(directory.parentWidget().people_uuids["zhu2"])  # type: ignore[attr-defined]
    before = directory.workspace.undo_stack.count()
    directory.edit_action.trigger()
    assert shown == ["+86 21 6123 4567"]
    assert directory.workspace.undo_stack.count() == before


def test_deleting_a_person_asks_and_undo_brings_them_back(
    directory: DirectoryWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    directory.select_person(directory.parentWidget().people_uuids["mueller"])  # type: ignore[attr-defined]
    directory.delete_action.trigger()
    assert questions == [
        "Delete 'Hans Müller' from the directory? They are taken off 0 meetings. You can undo this."
    ]
    assert "Hans Müller" not in shown_names(directory)
    directory.undo_action.trigger()
    assert "Hans Müller" in shown_names(directory)


def test_merging_two_people_in_the_dialog_and_undo_restores_both(
    window: MainWindow, directory: DirectoryWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuids = window.people_uuids  # type: ignore[attr-defined]
    type_search(qtbot, directory, "朱伟")
    table = directory.people_table
    table.selectAll()
    assert directory.merge_action.isEnabled()
    seen: list[str] = []

    def keep_second(dialog: MergeDialog) -> QDialog.DialogCode:
        for column in (1, 2):
            seen.extend(
                label.text()
                for label in dialog.findChildren(QLabel)
                if label.objectName().startswith(f"value{column}_")
            )
        dialog.choose(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", keep_second)
    first, second = directory.selected_uuids()
    directory.merge_action.trigger()
    assert "zhu.wei@sipg.example" in seen and "+86 21 6123 4567" in seen  # side by side
    assert len(shown_names(directory)) == 1
    kept = directory.people_model.entry_at(0)
    assert kept.uuid == second
    assert kept.email == "zhu.wei@sipg.example" and kept.phone == "+862161234567"
    assert directory.undo_action.text().startswith("&Undo Merge into 'Zhu Wei (朱伟)'")

    directory.undo_action.trigger()
    assert len(shown_names(directory)) == 2
    assert {directory.people_model.entry_at(r).uuid for r in range(2)} == {
        uuids["zhu"],
        uuids["zhu2"],
    }
    restored = {e.uuid: e for e in directory.people_model.entries()}
    assert restored[uuids["zhu2"]].email is None
    directory.redo_action.trigger()
    assert len(shown_names(directory)) == 1
    assert first != second


def test_merging_two_people_moves_the_meetings_to_the_one_kept(
    window: MainWindow, directory: DirectoryWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    wong = next(e for e in directory.people_model.entries() if e.family_name == "Wong")
    mueller = window.people_uuids["mueller"]  # type: ignore[attr-defined]
    monkeypatch.setattr(MergeDialog, "ask", lambda *_a, **_k: (mueller, wong.uuid))
    directory.select_person(wong.uuid)
    index = directory.people_table.source.index(directory.people_model.row_of(mueller), 0)
    directory.people_table.selectionModel().select(
        index, directory.people_table.selectionModel().SelectionFlag.Select
        | directory.people_table.selectionModel().SelectionFlag.Rows,
    )  # fmt: skip
    directory.merge_action.trigger()
    merged = {e.uuid: e for e in directory.people_model.entries()}[mueller]
    assert merged.meetings == 2 and wong.uuid not in {
        e.uuid for e in directory.people_model.entries()
    }


# -- export and data protection --------------------------------------------------------------


def test_exporting_the_selected_people_as_csv_and_everyone_as_vcard(
    directory: DirectoryWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_search(qtbot, directory, "朱伟")
    directory.people_table.selectAll()
    target = tmp_path / "zhu.csv"

    def choose_csv(dialog: ContactsExportDialog) -> QDialog.DialogCode:
        assert dialog.scope.checkedId() == 2  # the selection, when there is one
        dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactsExportDialog, "exec", choose_csv)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    directory.export_action.trigger()
    qtbot.waitUntil(target.exists)
    directory.background.wait()
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 3 and rows[1][0] == "Zhu"

    everyone = tmp_path / "all"
    monkeypatch.setattr(
        ContactsExportDialog,
        "exec",
        lambda dialog: dialog.scope.button(0).setChecked(True) or QDialog.DialogCode.Accepted,
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(everyone), ""))
    directory.export_action.trigger()
    written = tmp_path / "all.vcf"
    qtbot.waitUntil(written.exists)
    directory.background.wait()
    assert written.read_text(encoding="utf-8").count("BEGIN:VCARD") == 8


def test_erasing_a_person_lists_what_goes_and_clears_the_undo_history(
    window: MainWindow, directory: DirectoryWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    li = next(e for e in directory.people_model.entries() if e.family_name == "Li")
    directory.select_person(li.uuid)
    listed: list[str] = []
    told: list[str] = []

    def confirm(dialog: ErasePersonDialog) -> QDialog.DialogCode:
        listed.extend(dialog.removed.item(i).text() for i in range(dialog.removed.count()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ErasePersonDialog, "exec", confirm)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert window.workspace.undo_stack.count() == 1  # the trip's import
    directory.erase_action.trigger()
    assert "1 × the person's own entry" in listed
    assert "5 × attendances at meetings" in listed
    assert li.uuid not in {e.uuid for e in directory.people_model.entries()}
    assert window.workspace.undo_stack.count() == 0
    assert not directory.undo_action.isEnabled()
    assert told and "cannot" not in told[0] and "undo history was cleared" in told[0]
    with sqlite3.connect(window.store.path) as connection:
        assert not connection.execute("select 1 from person where native_name = '李伟'").fetchall()


def test_cancelling_the_erasure_changes_nothing(
    window: MainWindow, directory: DirectoryWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory.select_person(window.people_uuids["mueller"])  # type: ignore[attr-defined]
    before = dump(window.store.path)
    monkeypatch.setattr(ErasePersonDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    directory.erase_action.trigger()
    assert dump(window.store.path) == before
    assert window.workspace.undo_stack.count() == 1


def test_exporting_a_persons_data_writes_json(
    window: MainWindow,
    directory: DirectoryWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    directory.select_person(window.people_uuids["mueller"])  # type: ignore[attr-defined]
    target = tmp_path / "mueller.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    directory.personal_data_action.trigger()
    qtbot.waitUntil(target.exists)
    directory.background.wait()
    text = target.read_text(encoding="utf-8")
    assert "hans.mueller@bosch.example" in text
    json.loads(text)


def test_actions_follow_the_selection(directory: DirectoryWindow) -> None:
    directory.people_table.clearSelection()
    assert not directory.edit_action.isEnabled()
    assert not directory.merge_action.isEnabled()
    directory.people_table.selectRow(0)
    assert directory.erase_action.isEnabled() and not directory.merge_action.isEnabled()
    directory.tabs.setCurrentIndex(1)
    directory.organizations_table.selectRow(0)
    assert not directory.erase_action.isEnabled()
    assert isinstance(directory.search, QLineEdit)


def test_the_directory_comes_back_as_large_as_it_was_left(
    window: MainWindow, directory: DirectoryWindow, qtbot: QtBot
) -> None:
    directory.resize(700, 500)  # within the offscreen screen, which restoreGeometry keeps to
    qtbot.waitUntil(lambda: directory.size().width() == 700)
    directory.close()
    again = DirectoryWindow(window.workspace, window)  # a new session of the app makes a new one
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: (again.width(), again.height()) == (700, 500))
    again.close()
