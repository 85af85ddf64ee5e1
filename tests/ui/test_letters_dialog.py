"""Trip ▸ Visa Letters and Delegation List as an officer uses it: the preview follows each
choice (language, format, one letter per delegate), Save writes into the chosen folder and
asks before replacing; the office settings keep the letters' address, phone and signatory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner import office, store, visa_rules
from planner.letters.content import LetterContent, read_content
from planner.office import OfficeSettings
from planner.travel_documents import InvitationDetails, Passport, TravelDocuments
from tests.core.test_briefing import add_trip
from tests.core.test_letters import shenzhen_guests
from tests.ui.accessible_walk import unnamed
from ui.dialogs.letters_export import LettersDialog
from ui.dialogs.office_settings import OfficeSettingsDialog


@pytest.fixture
def content(empty_store_file: Path) -> LetterContent:
    with store.open_store(empty_store_file) as st:
        uuid = add_trip(st, shenzhen_guests())
        with st.session() as session:
            delegation = {m.person.family_name: m.person.uuid for m in _trip(session, uuid)}
            return read_content(
                session,
                uuid,
                documents={
                    delegation["Li"]: TravelDocuments(
                        "CN", dt.date(1968, 3, 14), "male", Passport("EA1234567")
                    ),
                    delegation["Chen"]: TravelDocuments("CN"),
                    delegation["Wong"]: TravelDocuments("DE", passport=Passport("C01X00T47")),
                },
                invitation=InvitationDetails(issued=dt.date(2024, 4, 22)),
                office=OfficeSettings(name="IHK Frankfurt am Main", place="Frankfurt am Main"),
                rules=visa_rules.bundled(),
                today=dt.date(2024, 4, 1),
            )


def _trip(session: object, uuid: str) -> list[object]:
    from sqlalchemy import select

    from planner import model

    trip = session.scalars(select(model.Trip).where(model.Trip.uuid == uuid)).one()  # type: ignore[attr-defined]
    return list(trip.delegation)


def test_the_preview_follows_the_choices_and_names_what_is_missing(
    qtbot: QtBot, content: LetterContent
) -> None:
    dialog = LettersDialog(content)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []

    text = dialog.preview.toPlainText()
    assert "invitation-letter-en.pdf" in text and "delegation-list-hosts-en.pdf" in text
    assert "Li Wei (李伟)" in text.split("Not invited")[0]
    assert "Wong" in text.split("Not invited")[1].split("To complete")[0]
    assert "Chen Jing (陈静): no date of birth, gender, passport number recorded" in text
    assert "The trip's invitation does not say who pays." in text
    assert "EA1234567" in text  # the letter's own text, as it will read

    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.per_delegate.setFocus()
    qtbot.keyClick(dialog.per_delegate, Qt.Key.Key_Space)
    text = dialog.preview.toPlainText()
    assert "invitation-letter-de-01-li-wei.docx" in text
    assert "invitation-letter-de-02-chen-jing.docx" in text
    assert "Einladung einer Delegation" in text


def test_save_writes_into_the_folder_and_asks_before_replacing(
    qtbot: QtBot, content: LetterContent, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = LettersDialog(content)
    qtbot.addWidget(dialog)
    dialog.save.click()
    assert sorted(p.name for p in folder.iterdir()) == [
        "delegation-list-en.pdf",
        "delegation-list-hosts-en.pdf",
        "invitation-letter-en.pdf",
    ]
    assert dialog.summary == f"Wrote 3 files to {folder}"

    before = (folder / "invitation-letter-en.pdf").stat().st_mtime_ns
    again = LettersDialog(content)
    qtbot.addWidget(again)
    again.save.click()
    assert asked and "invitation-letter-en.pdf" in asked[0]
    assert (folder / "invitation-letter-en.pdf").stat().st_mtime_ns == before
    assert again.summary == ""


def test_the_office_settings_keep_what_the_letters_print(qtbot: QtBot) -> None:
    dialog = OfficeSettingsDialog(OfficeSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    dialog.address.setPlainText("Börsenplatz 4\n60313 Frankfurt am Main")
    qtbot.keyClicks(dialog.phone, "+49 69 2197 0")
    qtbot.keyClicks(dialog.signatory, "Dr. Anna Becker")
    qtbot.keyClicks(dialog.signatory_function, "Head of International")
    qtbot.keyClicks(dialog.place, "Frankfurt am Main")
    dialog.accept()

    saved = office.load()
    assert saved.address == "Börsenplatz 4\n60313 Frankfurt am Main"
    assert (saved.phone, saved.signatory, saved.signatory_function, saved.place) == (
        "+49 69 2197 0",
        "Dr. Anna Becker",
        "Head of International",
        "Frankfurt am Main",
    )
