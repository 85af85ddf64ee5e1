"""Trip ▸ Send Invitations as an officer uses it: the messages listed before anything goes,
then Send (to a real SMTP server on 127.0.0.1), Save as Drafts, or Cancel; and the office's
settings dialog that the invitations are sent in the name of."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner import office, store
from planner.calendar_ics import invitation_mail
from planner.office import OfficeSettings
from tests.mail import OFFICE, Inbox, trip_with_addresses
from tests.ui.accessible_walk import unnamed
from ui.dialogs.invitations import InvitationsDialog
from ui.dialogs.office_settings import OfficeSettingsDialog


@pytest.fixture
def st(empty_store_file: Path) -> Iterator[store.Store]:
    with store.open_store(empty_store_file) as opened:
        yield opened


@pytest.fixture
def trip(st: store.Store, tmp_path: Path) -> str:
    return trip_with_addresses(st, tmp_path)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"warning": [], "information": []}
    for kind, texts in found.items():
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, texts=texts: texts.append(text))
    return found


def press(monkeypatch: pytest.MonkeyPatch, button: str, seen: list[list[str]]) -> None:
    """Make the dialog's exec() note the table's rows, then press ``button``."""

    def run(dialog: InvitationsDialog) -> int:
        table = dialog.table
        seen.extend(
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        )
        if button == "cancel":
            dialog.reject()
        else:
            getattr(dialog, f"{button}_button").click()
        return dialog.result()

    monkeypatch.setattr(InvitationsDialog, "exec", run)


def test_the_preview_lists_every_message_and_send_delivers_them(
    st: store.Store,
    trip: str,
    smtp: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    shown: dict[str, list[str]],
) -> None:
    inbox, port = smtp
    office.save(dataclasses.replace(OFFICE, smtp_port=port))
    rows: list[list[str]] = []
    press(monkeypatch, "send", rows)
    InvitationsDialog.ask(None, st, trip)  # returns once the sending has ended
    assert len(rows) == len(inbox.messages) > 0
    recipients = {m["To"].addresses[0].addr_spec for m in inbox.messages}
    assert {r[0].rpartition("<")[2].rstrip(">") for r in rows} == recipients
    assert {r[2] for r in rows} == {"Invitation (REQUEST)"}
    assert shown["information"] == [f"Sent {len(rows)} messages."]
    assert shown["warning"] == []


def test_cancel_sends_and_records_nothing(
    st: store.Store,
    trip: str,
    smtp: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    shown: dict[str, list[str]],
) -> None:
    inbox, port = smtp
    settings = dataclasses.replace(OFFICE, smtp_port=port)
    office.save(settings)
    rows: list[list[str]] = []
    press(monkeypatch, "cancel", rows)
    InvitationsDialog.ask(None, st, trip)
    assert rows and inbox.messages == [] and shown == {"warning": [], "information": []}
    again = invitation_mail.deliver(st, trip, settings, dry_run=True)
    assert len(again.invitations) == len(rows), "the preview recorded nothing as sent"


def test_save_as_drafts_writes_eml_files_into_the_chosen_folder(
    st: store.Store,
    trip: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: dict[str, list[str]],
) -> None:
    office.save(dataclasses.replace(OFFICE, smtp_host=""))  # mail goes through Outlook
    folder = tmp_path / "drafts"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))
    rows: list[list[str]] = []
    press(monkeypatch, "drafts", rows)
    InvitationsDialog.ask(None, st, trip)
    assert len(list(folder.glob("*.eml"))) == len(rows) > 0
    assert shown["information"] == [f"Saved {len(rows)} drafts in {folder}."]


def test_without_a_server_send_is_off_and_the_dialog_says_why(
    qtbot: QtBot, st: store.Store, trip: str
) -> None:
    settings = dataclasses.replace(OFFICE, smtp_host="")
    plan = invitation_mail.deliver(st, trip, settings, dry_run=True)
    dialog = InvitationsDialog(plan, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.send_button.isEnabled() and dialog.drafts_button.isEnabled()
    assert "save them as drafts" in dialog.summary.text()
    assert dialog.table.rowCount() == len(plan.invitations)
    assert unnamed(dialog) == []
    dialog.drafts_button.setFocus()
    qtbot.keyClick(dialog.drafts_button, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "drafts"


def test_the_office_settings_are_saved_for_the_command_line_and_the_password_is_not(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept: list[tuple[str, str]] = []
    monkeypatch.setattr(office, "store_smtp_password", lambda s, p: kept.append((s.smtp_user, p)))
    dialog = OfficeSettingsDialog(OfficeSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []
    qtbot.keyClicks(dialog.office_name, "Economic Development Office")
    qtbot.keyClicks(dialog.email, "protocol@office.example.org")
    qtbot.keyClicks(dialog.smtp_host, "mail.example.org")
    qtbot.keyClicks(dialog.smtp_user, "protocol")
    qtbot.keyClicks(dialog.password, "s3cret-pass")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = office.load()
    assert (saved.name, saved.email, saved.smtp_host, saved.smtp_port) == (
        "Economic Development Office",
        "protocol@office.example.org",
        "mail.example.org",
        587,
    )
    assert kept == [("protocol", "s3cret-pass")]
    assert b"s3cret-pass" not in office.settings_path().read_bytes()


def test_a_malformed_address_is_refused_and_nothing_is_saved(
    qtbot: QtBot, shown: dict[str, list[str]]
) -> None:
    dialog = OfficeSettingsDialog(OfficeSettings())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.email, "protocol at office")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown["warning"] == ["protocol at office is not an e-mail address."]
    assert not office.settings_path().exists()
