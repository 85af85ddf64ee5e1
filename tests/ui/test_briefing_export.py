"""File ▸ Export Briefing Pack as an officer uses it: choose edition, paper and sections, pick
the file, watch the progress, open the PDF; or cancel, or get a message and no file."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner import briefing, model, store, trips
from tests.conftest import NANSHAN, missing_tool
from ui import i18n
from ui.dialogs.briefing_export import BriefingExportDialog

Drive = Callable[[BriefingExportDialog], None]
PRIVATE_NOTE = "Seat the head of delegation next to the club's board member."


@pytest.fixture
def st(empty_store_file: Path) -> Iterator[store.Store]:
    with store.open_store(empty_store_file) as opened:
        yield opened


@pytest.fixture
def trip_uuid(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, NANSHAN).uuid


@dataclass(frozen=True)
class Trip:
    st: store.Store
    uuid: str


@pytest.fixture
def trip(st: store.Store, trip_uuid: str) -> Trip:
    return Trip(st, trip_uuid)


@dataclass
class Shown:
    """What the dialog showed outside itself: message boxes and URLs handed to the system."""

    warnings: list[str] = field(default_factory=list)
    urls: list[QUrl] = field(default_factory=list)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    seen = Shown()
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: seen.warnings.append(text))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: seen.urls.append(url) or True)
    return seen


def drive_with(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, drive: Drive) -> None:
    """Replace the dialog's modal loop with a user's actions, then close it."""

    def run(dialog: BriefingExportDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        drive(dialog)
        dialog.close_button.click()
        return int(dialog.result())

    monkeypatch.setattr(BriefingExportDialog, "exec", run)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    suggested: list[str] = []

    def get_save_file_name(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return suggested


def text_of(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        missing_tool("needs poppler-utils")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def test_an_external_letter_pack_without_the_schedule_then_open_it(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    suggested = save_to(monkeypatch, tmp_path / "pack")  # the suffix is added

    def drive(dialog: BriefingExportDialog) -> None:
        problems = dialog.sections[briefing.PROBLEMS]
        assert problems.isEnabled()
        dialog.edition.setCurrentIndex(dialog.edition.findData(briefing.EXTERNAL))
        assert not problems.isEnabled()
        dialog.paper.setCurrentIndex(dialog.paper.findData(briefing.LETTER))
        dialog.sections[briefing.SCHEDULE].click()
        assert not dialog.open_button.isEnabled()
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)
        assert dialog.written == tmp_path / "pack.pdf"
        assert dialog.status.text().startswith(f"Wrote {tmp_path / 'pack.pdf'} (")
        assert dialog.export_button.isEnabled()
        dialog.open_button.click()

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)

    assert suggested == [
        "Nanshan economic and trade delegation to Germany - briefing (external).pdf"
    ]
    assert shown.warnings == []
    assert shown.urls == [QUrl.fromLocalFile(str(tmp_path / "pack.pdf"))]
    text = text_of(tmp_path / "pack.pdf")
    assert "External edition" in text
    assert PRIVATE_NOTE not in text
    assert "Meeting briefs" in text and "Schedule" not in text
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "pack.pdf")], capture_output=True, text=True, check=True
    )
    assert "(letter)" in info.stdout


def test_the_internal_pack_shows_progress_and_holds_the_private_notes(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    save_to(monkeypatch, tmp_path / "internal.pdf")
    seen: list[int] = []

    def drive(dialog: BriefingExportDialog) -> None:
        dialog.progress.valueChanged.connect(seen.append)
        dialog.export_button.click()
        assert dialog.progress.isVisible()
        assert not dialog.edition.isEnabled()
        assert dialog.close_button.text() == "Cancel"
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)
        assert not dialog.progress.isVisible()
        assert dialog.close_button.text() == "Close"

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)
    assert shown.warnings == []
    assert max(seen) > 0
    assert PRIVATE_NOTE in text_of(tmp_path / "internal.pdf")


def test_cancel_stops_the_build_and_writes_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    save_to(monkeypatch, tmp_path / "cancelled.pdf")
    started = threading.Event()
    real = briefing.write_briefing

    def slow_build(
        session: Any, uuid: str, path: Path, options: Any, progress: Any, **kwargs: Any
    ) -> Any:
        def held(done: int, total: int) -> None:
            started.set()
            while True:  # until the user cancels: progress() then raises
                progress(done, total)
                threading.Event().wait(0.01)

        return real(session, uuid, path, options, held, **kwargs)

    monkeypatch.setattr(briefing, "write_briefing", slow_build)

    def drive(dialog: BriefingExportDialog) -> None:
        dialog.export_button.click()
        qtbot.waitUntil(started.is_set, timeout=20_000)
        dialog.close_button.click()  # "Cancel" while building
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)
        assert dialog.status.text() == "Cancelled; nothing was written."
        assert not dialog.open_button.isEnabled()

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)
    assert shown.warnings == []
    assert list(tmp_path.glob("*.pdf")) == list(tmp_path.glob("*.docx")) == []


def test_a_folder_that_cannot_be_written_is_named(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    save_to(monkeypatch, tmp_path / "missing" / "pack.pdf")

    def drive(dialog: BriefingExportDialog) -> None:
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)
        assert dialog.export_button.isEnabled()
        assert dialog.written is None

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)
    assert len(shown.warnings) == 1
    assert shown.warnings[0].startswith(f"{tmp_path / 'missing' / 'pack.pdf'}: cannot write")


def test_a_logo_that_is_not_an_image_is_refused(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    save_to(monkeypatch, tmp_path / "pack.pdf")
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("text", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(not_an_image), ""))

    def drive(dialog: BriefingExportDialog) -> None:
        dialog.findChild(type(dialog.export_button), "choose_logo").click()
        assert dialog.logo.text() == str(not_an_image)
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)
    assert shown.warnings == [f"{not_an_image}: the logo is not an image (PNG or JPEG)"]
    assert not (tmp_path / "pack.pdf").exists()


def test_a_trip_that_no_longer_exists_is_named(
    monkeypatch: pytest.MonkeyPatch, st: store.Store, shown: Shown
) -> None:
    def never(_dialog: BriefingExportDialog) -> int:
        raise AssertionError("no dialog for a missing trip")

    monkeypatch.setattr(BriefingExportDialog, "exec", never)
    BriefingExportDialog.ask(None, st, "00000000-0000-4000-8000-000000000000")
    assert len(shown.warnings) == 1
    assert "00000000-0000-4000-8000-000000000000" in shown.warnings[0]


@pytest.mark.parametrize(
    ("interface", "pack"), [("en", "en"), ("de", "de"), ("zh_CN", "zh"), ("fr", "en")]
)
def test_the_pack_speaks_the_interface_language_by_default(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, trip: Trip, interface: str, pack: str
) -> None:
    monkeypatch.setattr(i18n, "current_language", lambda: interface)
    dialog = BriefingExportDialog(trip.st, trip.uuid, "Nanshan")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == pack
    assert dialog.options().language == pack
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == list(
        briefing.LANGUAGES
    )


def test_a_chinese_pack_from_an_english_interface(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    save_to(monkeypatch, tmp_path / "zh.pdf")

    def drive(dialog: BriefingExportDialog) -> None:
        assert dialog.language.currentData() == briefing.ENGLISH
        dialog.language.setCurrentIndex(dialog.language.findData(briefing.CHINESE))
        dialog.export_button.click()
        assert not dialog.language.isEnabled()
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)
    assert shown.warnings == []
    text = text_of(tmp_path / "zh.pdf")
    assert "日程安排" in text and "会见简报" in text
    assert "Schedule" not in text and "李伟" in text


def test_a_personal_pack_holds_only_that_persons_meetings(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    suggested = save_to(monkeypatch, tmp_path / "wong.pdf")

    def drive(dialog: BriefingExportDialog) -> None:
        people = [dialog.person.itemText(i) for i in range(dialog.person.count())]
        assert people[0] == "The whole trip"
        assert people[1].endswith(" (delegation)")  # the delegation comes first
        dialog.person.setCurrentIndex(people.index("Wong (delegation)"))
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)
        assert dialog.written == tmp_path / "wong.pdf"

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)

    assert suggested == [
        "Nanshan economic and trade delegation to Germany - Wong - briefing (internal).pdf"
    ]
    assert shown.warnings == []
    text = text_of(tmp_path / "wong.pdf")
    assert "Nanshan–Frankfurt cooperation session" in text
    assert "Memorandum signing with Siemens Healthineers" in text
    assert "Site visit and talks at trinamiX" not in text  # Wong is not there
    assert "Meeting with Ledvance management" not in text


def test_a_character_no_font_has_is_named_under_the_result(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, st: store.Store, tmp_path: Path, shown: Shown
) -> None:
    with st.transaction() as session:
        uuid = trips.import_trip(session, NANSHAN).uuid
        session.get(model.Trip, trips.find_trip_id(session, uuid)).title = "Visit of Li 𰻞"  # type: ignore[union-attr]
    save_to(monkeypatch, tmp_path / "pack.pdf")

    def drive(dialog: BriefingExportDialog) -> None:
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.building, timeout=60_000)

        assert dialog.status.text().splitlines()[1] == (
            "Visit of Li 𰻞: 𰻞 (U+30EDE) has no glyph in the bundled fonts; it prints as ?"
        )

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, st, uuid)
    assert shown.warnings == []


def test_version_recipients_and_copy_typed_in_reach_every_page(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    save_to(monkeypatch, tmp_path / "numbered.pdf")

    def drive(dialog: BriefingExportDialog) -> None:
        dialog.edition.setCurrentIndex(dialog.edition.findData(briefing.EXTERNAL))
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        alt = Qt.KeyboardModifier.AltModifier
        qtbot.keyClick(dialog, "v", alt)  # &Version
        assert dialog.version.hasFocus()
        dialog.version.selectAll()
        qtbot.keyClicks(dialog.version, "2.1")
        qtbot.keyClick(dialog, "i", alt)  # Rec&ipients, one a line
        assert dialog.recipients.hasFocus()
        qtbot.keyClicks(dialog.recipients, "Reader One")
        qtbot.keyClick(dialog.recipients, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.recipients, "Dr. Katrin Vogt")
        qtbot.keyClick(dialog.recipients, Qt.Key.Key_Tab)  # Tab leaves the list
        assert dialog.copy.hasFocus()
        dialog.copy.selectAll()
        qtbot.keyClicks(dialog.copy, "2")
        assert dialog.copy.value() == 2
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)
    assert shown.warnings == []
    text = text_of(tmp_path / "numbered.pdf")
    assert "Version 2.1" in text
    assert "Copy 2 of 2 — Dr. Katrin Vogt" in text


def test_a_copy_beyond_the_list_is_refused_and_nothing_is_written(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    save_to(monkeypatch, tmp_path / "refused.pdf")

    def drive(dialog: BriefingExportDialog) -> None:
        dialog.recipients.setPlainText("Only One")
        dialog.copy.setValue(3)
        dialog.export_button.click()
        assert not dialog.building

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)
    assert shown.warnings == ["copy 3: the distribution list has 1 recipient(s)"]
    assert not (tmp_path / "refused.pdf").exists()


def test_the_accessible_docx_is_written_beside_the_pdf_unless_unticked(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    shown: Shown,
) -> None:
    import docx

    paths = iter([tmp_path / "both.pdf", tmp_path / "only.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(next(paths)), ""))

    def drive(dialog: BriefingExportDialog) -> None:
        assert dialog.docx.isChecked()  # on unless the officer unticks it
        dialog.export_button.click()
        assert not dialog.docx.isEnabled()
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)
        assert dialog.status.text().splitlines()[1] == (
            f"Wrote the accessible edition to {tmp_path / 'both.docx'}."
        )
        dialog.docx.click()
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.building, timeout=20_000)
        assert dialog.status.text().count("\n") == 0

    drive_with(qtbot, monkeypatch, drive)
    BriefingExportDialog.ask(None, trip.st, trip.uuid)
    assert shown.warnings == []
    written = docx.Document(str(tmp_path / "both.docx"))
    assert written.core_properties.title == "Nanshan economic and trade delegation to Germany"
    assert "Meeting briefs" in [p.text for p in written.paragraphs if p.style.name == "Heading 1"]
    assert (tmp_path / "only.pdf").exists() and not (tmp_path / "only.docx").exists()
