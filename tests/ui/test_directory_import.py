"""Importing contacts through the directory's import dialog: choosing the encoding, mapping
columns, seeing duplicates offered as merges, and a file with problems refused by its line
with nothing imported."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import NANSHAN
from tests.ui.test_directory import add_people, shown_names
from tests.ui.test_main_window import imported
from ui.dialogs.contacts_import import ContactsImportDialog
from ui.main_window import MainWindow
from ui.views.directory import DirectoryWindow

# A German Excel export: semicolons, Windows-1252, a column the mapping cannot guess.
GERMAN_CSV = (
    "Nachname;Vorname;Firma;E-Mail;Telefon;Land;Bemerkung\r\n"
    "Müller;Hans;Robert Bosch GmbH;hans.mueller@bosch.example;0711 4001 0;DE;Einkauf\r\n"
    "Weiß;Jörg;Stadtwerke Köln;joerg.weiss@stadtwerke.example;+49 221 178 0;DE;Grüße\r\n"
    "Schäfer;Anke;Stadtwerke Köln;anke.schaefer@stadtwerke.example;;DE;\r\n"
)


@pytest.fixture
def directory(window: MainWindow, qtbot: QtBot) -> Iterator[DirectoryWindow]:
    imported(window, qtbot, NANSHAN)
    add_people(window)
    window.open_directory()
    assert window.directory is not None
    yield window.directory
    window.directory.close()


def wait_planned(qtbot: QtBot, dialog: ContactsImportDialog, change: Callable[[], object]) -> None:
    """Make a change in the dialog and wait until its file has been read again."""
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        change()


def open_dialog(qtbot: QtBot, directory: DirectoryWindow, path: Path) -> ContactsImportDialog:
    dialog = ContactsImportDialog(directory.workspace.store, path, path.read_bytes(), directory)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.error is not None, timeout=10_000)
    return dialog


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_a_german_csv_is_read_with_its_encoding_mapped_and_imported_in_one_undoable_step(
    window: MainWindow,
    directory: DirectoryWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_bytes(GERMAN_CSV.encode("cp1252"))
    checked: list[str] = []

    def work_the_dialog(dialog: ContactsImportDialog) -> QDialog.DialogCode:
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
        # Detected: Windows-1252 and semicolons; the headers mapped as a German list says.
        assert dialog.detected.text() == "Read as Windows-1252 (Western European)"
        assert dialog.mapping_combo(0).currentData() == "family_name"
        assert dialog.mapping_combo(2).currentData() == "organization"
        assert dialog.mapping_combo(6).currentData() is None  # "Bemerkung" is not guessed
        assert dialog.preview.item(0, 1).text() == "Müller"
        # Hans Müller is in the directory already (same e-mail): offered as a merge.
        assert dialog.duplicates.count() == 1
        assert dialog.duplicates.item(0).text() == (
            "Line 2: Hans Müller, same e-mail as Hans Müller, Robert Bosch GmbH in the directory"
        )
        # Read as UTF-8 the file is refused where the first umlaut stands, nothing to import.
        utf8 = dialog.encoding.findData("utf-8")
        wait_planned(qtbot, dialog, lambda: dialog.encoding.setCurrentIndex(utf8))
        assert dialog.problem.isVisibleTo(dialog)
        assert "kontakte.csv, line 2" in dialog.problem.text()
        assert not dialog.import_button.isEnabled()
        cp1252 = dialog.encoding.findData("cp1252")
        wait_planned(qtbot, dialog, lambda: dialog.encoding.setCurrentIndex(cp1252))
        assert not dialog.problem.isVisibleTo(dialog)
        # The remarks column is mapped to notes by hand; the preview follows.
        notes = dialog.mapping_combo(6).findData("notes")
        wait_planned(qtbot, dialog, lambda: dialog.mapping_combo(6).setCurrentIndex(notes))
        assert dialog.plan is not None and dialog.plan.drafts[1].notes == "Grüße"
        # "0711 4001 0" has no country code: it is read in the row's country (DE).
        assert dialog.problems.count() == 0, [
            dialog.problems.item(i).text() for i in range(dialog.problems.count())
        ]
        checked.append(dialog.summary.text())
        assert dialog.import_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(ContactsImportDialog, "exec", work_the_dialog)
    before = directory.workspace.undo_stack.count()
    directory.import_action.trigger()
    qtbot.waitUntil(lambda: directory.workspace.undo_stack.count() == before + 1, timeout=10_000)
    assert checked == [
        "2 people to add, 1 to merge into people already there, 1 new organizations."
    ]
    names = shown_names(directory)
    assert "Jörg Weiß" in names and "Anke Schäfer" in names
    assert names.count("Hans Müller") == 1
    assert directory.undo_action.text() == "&Undo Import 'kontakte.csv'"
    directory.undo_action.trigger()
    assert "Jörg Weiß" not in shown_names(directory)
    assert "Stadtwerke Köln" not in [e.name for e in directory.organizations_model.entries()]
    directory.redo_action.trigger()
    assert "Jörg Weiß" in shown_names(directory)


def test_a_chinese_csv_in_gb18030_with_a_full_name_column(
    directory: DirectoryWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "名单.csv"
    path.write_bytes(
        "姓名,单位,职务,邮箱\n"
        "王磊,深圳市南山区人民政府,处长,wang.lei@nanshan.example\n"
        "李娜,上海国际港务集团,经理,li.na@sipg.example\n".encode("gb18030")
    )
    dialog = open_dialog(qtbot, directory, path)
    assert dialog.error is None and dialog.plan is not None
    assert dialog.mapping_combo(0).currentData() == "full_name"
    assert [dialog.preview.item(r, 1).text() for r in range(2)] == ["王", "李"]
    assert dialog.import_button.isEnabled()


def test_a_malformed_file_is_refused_with_its_line_and_nothing_is_imported(
    window: MainWindow,
    directory: DirectoryWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        "Family Name,Given Name,E-mail\nKoch,Eva,eva@example.org\nBraun,Tim\n", encoding="utf-8"
    )
    before = dump(window.store.path)
    shown: list[tuple[str, bool]] = []

    def look(dialog: ContactsImportDialog) -> QDialog.DialogCode:
        qtbot.waitUntil(lambda: dialog.error is not None, timeout=10_000)
        shown.append((dialog.problem.text(), dialog.import_button.isEnabled()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(ContactsImportDialog, "exec", look)
    directory.import_action.trigger()
    assert shown == [
        ("Cannot import: broken.csv, line 3: 2 cells where the header row has 3", False)
    ]
    assert dump(window.store.path) == before


def test_rows_with_problems_are_listed_by_line_and_block_the_import(
    directory: DirectoryWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Last Name,First Name,E-mail Address,Business Phone\n"
        "Koch,Eva,eva@example.org,+49 30 1234567\n"
        "Braun,Tim,tim-at-example.org,\n"
        "Lang,Ida,,12\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, directory, path)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(problems) == 2
    assert problems[0].startswith("list.csv, line 3, email:")
    assert problems[1].startswith("list.csv, line 4, phone:")
    assert not dialog.import_button.isEnabled()
    assert "Nothing can be imported while 2 rows have problems" in dialog.summary.text()
    assert dialog.problems_box.title() == "Problems (2)"


def test_a_vcard_file_is_previewed_without_the_csv_steps(
    directory: DirectoryWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "card.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Link;Sören;;;\r\nFN:Sören Link\r\n"
        "ORG:Stadt Duisburg\r\nEMAIL:soeren.link@duisburg.example\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, directory, path)
    assert not dialog.mapping_box.isVisibleTo(dialog)
    assert not dialog.file_box.isVisibleTo(dialog)
    assert dialog.preview.item(0, 1).text() == "Link"
    assert dialog.import_button.isEnabled()


def test_a_file_that_cannot_be_read_is_reported(
    directory: DirectoryWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "gone.csv"
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(missing), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    directory.import_action.trigger()
    assert len(warnings) == 1 and str(missing) in warnings[0]
