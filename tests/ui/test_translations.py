"""The interface in German and Chinese: every entry translated, the compiled files up to date,
every visible word of the window and the editors translated, and a language switch that keeps
the user's work."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.checks import KINDS, CheckSettings
from planner.records import MeetingRecord
from tests.conftest import JIANGSU, NANSHAN
from tests.ui.test_colleagues import first_meeting
from tests.ui.test_dialogs import ALL_DIALOGS, CONTEXT
from tests.ui.test_main_window import imported
from ui import i18n
from ui.dialogs.branch_venue_dialog import BranchVenueDialog
from ui.dialogs.check_settings import KIND_NAMES, TITLES, CheckSettingsDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.widgets.vocab_combo import VocabCombo

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted(i18n.TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{\w*\}|%n")
WORKS_VISIT = MeetingRecord(
    "Werksbesuch",
    "stop-fra",
    dt.datetime(2024, 6, 17, 9, tzinfo=dt.UTC),
    dt.datetime(2024, 6, 17, 10, 30, tzinfo=dt.UTC),
)

# Words a German reader sees as they are written in English too. Each one is here on purpose.
SAME_IN_GERMAN = {
    "A4",  # a paper size
    "Status",  # German uses the same word
    "Name",  # German uses the same word
    "Person",  # German uses the same word
    "Problem",  # German uses the same word
    "Transfer",  # the travel trade's word in German too
    "Briefing",  # ditto
    "Bus",  # ditto
    "Delegation Planner",  # the product's name
    "OK",  # Qt's own button, the same in German
    "https://",  # the start of a web address, a placeholder
    "Voreinstellungen",  # Qt's own German for its Restore Defaults button (qtbase_de.qm)
    "English",  # the language menu names each language in its own words
    "Deutsch",
    "简体中文",
}


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_entry_is_translated_with_its_placeholders_and_one_mnemonic(ts: Path) -> None:
    expected_forms = 2 if ts.stem.endswith(("_de", "_en")) else 1
    problems = []
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        texts = forms(message)
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
        if message.get("numerus") == "yes" and len(texts) != expected_forms:
            problems.append(f"{where} has {len(texts)} plural forms, not {expected_forms}")
        for text in texts:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where} lost or gained a placeholder: {text!r}")
            if source.count("&") == 1 and text.count("&") != 1:
                problems.append(f"{where} needs exactly one & mnemonic: {text!r}")
    assert not problems, "\n".join(problems)


def test_the_compiled_files_are_up_to_date_with_the_ts_files(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    assert TS_FILES, "no translations found"
    for ts in TS_FILES:
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} is missing"
        assert committed.read_bytes() == qm.read_bytes(), (
            f"{committed.name} is stale: run python tools/update_translations.py"
        )


def test_every_check_setting_and_kind_is_marked_for_translation() -> None:
    wanted = set()
    for f in dataclasses.fields(CheckSettings):
        wanted.update(str(f.metadata[key]) for key in ("title", "group") if key in f.metadata)
    assert wanted <= set(TITLES)
    assert set(KINDS) == set(KIND_NAMES)


# -- what a German user sees --------------------------------------------------------------


def _pattern(text: str) -> str:
    parts = re.split(r"(\{\w*\}|%n)", text.replace("&", ""))
    return "".join(".+" if PLACEHOLDER.fullmatch(p) else re.escape(p) for p in parts)


def _german_words() -> re.Pattern[str]:
    """Any German translation, its placeholders filled with anything."""
    ts = i18n.TRANSLATIONS / "delegation_planner_de.ts"
    texts = {t for _c, m in messages(ts) for t in forms(m)}
    return re.compile("|".join(sorted((_pattern(t) for t in texts), key=len, reverse=True)))


def visible_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for each word on the widget's surface a user reads."""
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__} {w.objectName()!r}"
        if isinstance(w, QLabel | QAbstractButton | QGroupBox):
            text = w.title() if isinstance(w, QGroupBox) else w.text()
            yield name, text
        if isinstance(w, QLineEdit):
            yield name, w.placeholderText()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield name, w.tabText(i)
        if isinstance(w, QDockWidget):
            yield name, w.windowTitle()
        if isinstance(w, QMenu):
            yield name, w.title()
            for action in w.actions():
                yield f"{name} action", action.text()
        yield name, w.toolTip()


def untranslated(widget: QWidget, data: set[str]) -> list[str]:
    german = _german_words()
    wrong = []
    for where, raw in visible_texts(widget):
        # A text of several lines (an editor's list of problems) is several texts.
        for line in raw.splitlines() or [""]:
            text = line.replace("&", "").strip()
            if not text or text in SAME_IN_GERMAN or text in data:
                continue
            if not re.search(r"[A-Za-z]{2}", text):  # numbers, times, symbols
                continue
            if re.fullmatch(r"[A-Z][A-Za-z_]+/[A-Za-z_/+-]+|[A-Z]{2}", text):  # zone, country
                continue
            if text.startswith("<") or german.fullmatch(text):
                continue
            wrong.append(f"{where}: {raw!r}")
            break
    return wrong


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.install("de")
    yield
    i18n.install("en")


@pytest.mark.usefixtures("german")
def test_the_main_window_and_every_editor_speak_german(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.app import open_window

    window = open_window(str(tmp_path / "office.sqlite"))
    qtbot.addWidget(window)
    window.show()
    try:
        store_path = {str(window.store.path.resolve())}  # the recent-stores menu shows it
        for widget in [window, *window.findChildren(QMenu)]:
            assert not untranslated(widget, store_path)
        assert window.menuBar().actions()[0].text() == "&Datei"
    finally:
        window.store.close()
    data = {
        CONTEXT.title,
        *(s.label for s in CONTEXT.stops),
        *(p.label for p in CONTEXT.people),
        *(o.label for o in CONTEXT.organizations),
    }
    dialogs: list[QWidget] = [cls(CONTEXT, None) for cls, _record in ALL_DIALOGS]
    dialogs.append(CheckSettingsDialog(CheckSettings()))
    # A branch venue's editor opened from its meeting: the heading and the local times too.
    dialogs.append(BranchVenueDialog(CONTEXT, None, None, WORKS_VISIT))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert not untranslated(dialog, data), type(dialog).__name__
        assert not _not_german([("title", dialog.windowTitle())]), type(dialog).__name__


def test_switching_the_language_keeps_the_trip_and_the_undo_history(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, NANSHAN)
    trip = window.workspace.trip_uuid
    commands = window.workspace.undo_stack.count()
    assert trip is not None and commands == 1
    try:
        for code, file_menu in (("de", "&Datei"), ("zh_CN", "文件(&F)"), ("en", "&File")):
            window.set_language(code)
            # Qt posts the LanguageChange event; the window rebuilds its words on it.
            qtbot.waitUntil(lambda m=file_menu: window.menuBar().actions()[0].text() == m)
            assert window.workspace.trip_uuid == trip
            assert window.workspace.undo_stack.count() == commands
            assert window.undo_action.isEnabled()
            assert Settings().language() == code
        window.set_language("de")
        qtbot.waitUntil(lambda: window.tabs.tabText(2) == "&Termine")
        assert window.tabs.tabText(2) == "&Termine"
        window.tabs.setCurrentWidget(window.overview)
        overview = window.overview.toPlainText()
        assert "Reiseroute" in overview and "Termine" in overview
        assert "Mo. 17 Juni 2024 14:00 (20:00 Heimatzeit)" in overview
        # The panels' own words follow too, and keep what the officer chose.
        assert window.navigator.search.placeholderText() == "Reisen suchen"
        assert window.meetings.search.placeholderText() == (
            "Titel, Orte, Gastgeber und Personen suchen…"
        )
        assert window.meetings.show_cancelled.text() == "&Abgesagte zeigen"
        assert window.contacts.search.placeholderText() == (
            "Namen, Organisationen, Funktionen suchen…"
        )
        toolbar = [a.text() for a in window.schedule.toolbar.actions()]
        assert "Bild exportieren…" in toolbar
        assert "Export Image…" not in toolbar
        assert window.undo_action.text().startswith("&Rückgängig")
        window.undo_action.trigger()
        assert window.navigator.model.rowCount() == 0
    finally:
        i18n.install("en")


def test_the_system_setting_follows_the_system_locale() -> None:
    from PySide6.QtCore import QLocale

    assert i18n.resolve("system", QLocale(QLocale.Language.German)) == "de"
    assert i18n.resolve("system", QLocale(QLocale.Language.Chinese)) == "zh_CN"
    assert i18n.resolve("system", QLocale(QLocale.Language.French)) == "en"
    assert i18n.resolve("de") == "de"
    assert i18n.resolve("nonsense", QLocale(QLocale.Language.English)) == "en"


@pytest.mark.usefixtures("german")
def test_a_meeting_ending_before_it_starts_says_so_in_german(qtbot: QtBot) -> None:
    import datetime as dt

    from planner.records import MeetingRecord
    from tests.ui.test_dialogs import message
    from ui.dialogs.meeting_dialog import MeetingDialog

    start = dt.datetime(2024, 6, 16, 9, tzinfo=dt.UTC)
    record = MeetingRecord("Werksbesuch", "stop-fra", start, start - dt.timedelta(hours=1))
    dialog = MeetingDialog(CONTEXT, record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert message(dialog, "end") == "das Ende muss nach dem Beginn liegen"
    assert not dialog.ok_button().isEnabled()


@pytest.mark.usefixtures("german")
def test_the_directory_and_its_dialogs_speak_german(qtbot: QtBot, tmp_path: Path) -> None:
    from planner.directory import privacy
    from ui.app import open_window
    from ui.dialogs.contacts_export import ContactsExportDialog
    from ui.dialogs.contacts_import import ContactsImportDialog
    from ui.dialogs.erase_person import ErasePersonDialog
    from ui.dialogs.merge_dialog import MergeDialog

    window = open_window(str(tmp_path / "office.sqlite"))
    qtbot.addWidget(window)
    try:
        imported(window, qtbot, NANSHAN)
        window.directory_action.trigger()
        directory = window.directory
        assert directory is not None
        directory.people_table.selectRow(1)  # Chen Jing: a page with meetings and a trip
        page = directory.page
        data = {page.title.text(), page.subtitle.text()}
        data |= {label.text() for label in page.values.values()}
        for widget in [directory, *directory.findChildren(QMenu)]:
            assert not untranslated(widget, data)
        assert directory.menuBar().actions()[0].text() == "&Verzeichnis"
        assert directory.tabs.tabText(0) == "&Personen (5)"

        people = directory.people_model.entries()
        merge = MergeDialog(people[0], people[1], people=True)
        entries = {
            getattr(e, field) or ""
            for e in people[:2]
            for field in ("display_name", "honorific", "position", "organization_name")
        }
        entries |= {", ".join(e.languages) for e in people[:2]} | {"DE", "CN"}
        qtbot.addWidget(merge)
        assert not untranslated(merge, entries)
        with window.store.session() as session:
            erasure = privacy.erasure_preview(session, people[1].uuid)
        erase = ErasePersonDialog(erasure)
        qtbot.addWidget(erase)
        assert not untranslated(erase, {erasure.label})
        export = ContactsExportDialog(5, 5, 1)
        qtbot.addWidget(export)
        assert not untranslated(export, set())
        csv = tmp_path / "liste.csv"
        csv.write_text("Nachname;Vorname;Firma\nKoch;Eva;Stadt Köln\n", encoding="utf-8")
        importer = ContactsImportDialog(window.store, csv, csv.read_bytes())
        qtbot.addWidget(importer)
        qtbot.waitUntil(lambda: importer.plan is not None or importer.error is not None)
        assert not untranslated(importer, {"liste.csv"})
        directory.close()
    finally:
        window.store.close()


def _not_german(words: Iterable[tuple[str, str]]) -> list[str]:
    """The (where, text) pairs whose text is no German translation: for what
    :func:`visible_texts` cannot reach, such as table headers, cells and painted words."""
    german = _german_words()
    return [
        f"{where}: {text!r}"
        for where, text in words
        if not german.fullmatch(text.replace("&", "").strip())
    ]


def _headers(table: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = table.model()
    for column in range(model.columnCount()):
        yield (
            f"{table.objectName()} header",
            str(model.headerData(column, Qt.Orientation.Horizontal)),
        )


def _cells(table: QAbstractItemView, column: int, role: int = 0) -> Iterator[tuple[str, str]]:
    """The words of one column (the display text, or a tooltip with ``role``)."""
    model = table.model()
    for row in range(model.rowCount()):
        value = model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)
        if value:
            yield f"{table.objectName()} row {row} column {column}", str(value)


def _combo_items(combo: QComboBox) -> Iterator[tuple[str, str]]:
    for index in range(combo.count()):
        yield f"{type(combo).__name__} {combo.objectName()!r}", combo.itemText(index)


@pytest.mark.usefixtures("german")
def test_the_registers_and_their_editors_speak_german(qtbot: QtBot, tmp_path: Path) -> None:
    import datetime as dt

    from ui.app import open_window
    from ui.dialogs.agreement_dialog import AgreementDialog
    from ui.dialogs.follow_up_dialog import FollowUpDialog
    from ui.dialogs.gift_dialog import GiftDialog
    from ui.models.registers import AgreementsModel, FollowUpsModel, GiftsModel
    from ui.views.registers import AGREEMENTS, FOLLOW_UPS, GIFTS

    window = open_window(str(tmp_path / "office.sqlite"))
    qtbot.addWidget(window)
    try:
        imported(window, qtbot, JIANGSU)
        imported(window, qtbot, NANSHAN)
        window.follow_ups_action.trigger()
        registers = window.registers
        assert registers is not None
        registers.today = lambda: dt.date(2023, 1, 1)  # the Jiangsu review is overdue then
        registers.reload()
        assert registers.menuBar().actions()[0].text() == "&Register"
        assert registers.windowTitle() == "Register — Vereinbarungen, Folgeaufgaben und Geschenke"
        assert registers.overdue_label.text() == "1 Folgeaufgabe überfällig"
        gifts = registers.gifts_model
        assert gifts.index(0, GiftsModel.VALUE).data() == "60 EUR"
        for tab in (AGREEMENTS, FOLLOW_UPS, GIFTS):
            registers.tabs.setCurrentIndex(tab)
            registers.table.selectRow(0)  # Edit, Delete and Go to Meeting come alive
            for widget in [registers, *registers.findChildren(QMenu)]:
                assert not untranslated(widget, set()), registers.tabs.tabText(tab)
            assert not _not_german(_headers(registers.table))
        for combo in (registers.status_filter, registers.direction_filter):
            assert not _not_german(_combo_items(combo))
        everything = (registers.partner_filter, registers.year_filter, registers.trip_filter)
        assert not _not_german((str(c.objectName()), c.itemText(0)) for c in everything)
        vocabulary = [
            (registers.agreements_table, AgreementsModel.STATUS),
            (registers.agreements_table, AgreementsModel.KIND),
            (registers.follow_ups_table, FollowUpsModel.STATUS),
            (registers.gifts_table, GiftsModel.DIRECTION),
        ]
        for table, column in vocabulary:
            assert not _not_german(_cells(table, column))
        tips = Qt.ItemDataRole.ToolTipRole
        follow_ups = registers.follow_ups_table
        for column in (FollowUpsModel.DONE, FollowUpsModel.STATUS):
            assert not _not_german(_cells(follow_ups, column, tips))
        assert "Überfällig: fällig am" in follow_ups.model().index(1, FollowUpsModel.STATUS).data(
            tips
        )

        trips = registers._choices()
        jiangsu = next(t.uuid for t in trips if t.title.startswith("Jiangsu"))
        data = {t.title for t in trips} | {"EUR"}  # the currency field's placeholder: a code
        for dialog_type in (AgreementDialog, FollowUpDialog, GiftDialog):
            dialog = dialog_type(trips, None, registers, jiangsu)
            qtbot.addWidget(dialog)
            assert not untranslated(dialog, data), dialog_type.__name__
            assert not _not_german([("title", dialog.windowTitle())]), dialog_type.__name__
            vocab_combos = dialog.findChildren(VocabCombo)
            assert not _not_german(item for c in vocab_combos for item in _combo_items(c))
        registers.close()
    finally:
        window.store.close()


@pytest.mark.usefixtures("german")
def test_the_protocol_tab_and_the_hybrid_marks_speak_german(qtbot: QtBot, tmp_path: Path) -> None:
    from planner.protocol import GUEST, HOST
    from ui.app import open_window

    window = open_window(str(tmp_path / "office.sqlite"))
    qtbot.addWidget(window)
    window.show()
    try:
        imported(window, qtbot, JIANGSU)
        window.tabs.setCurrentWidget(window.protocol)
        assert window.tabs.tabText(window.tabs.currentIndex()) == "Protoko&ll"
        panel = window.protocol
        signing = panel.meeting.findText("Signing", Qt.MatchFlag.MatchContains)
        assert signing >= 0, [panel.meeting.itemText(i) for i in range(panel.meeting.count())]
        panel.meeting.setCurrentIndex(signing)
        assert not untranslated(panel, set())

        layout = panel.layout_view
        assert layout.boxes, "the signing is laid out"
        painted = [("layout", layout.accessibleName())]
        painted += [("place", layout._tag(place)) for place, _rect in layout.boxes]
        assert not _not_german((where, text) for where, text in painted if text)
        speaking = [panel.speaking.item(row).text() for row in range(panel.speaking.count())]
        assert any("(zugeschaltet aus Branch venue Frankfurt)" in s for s in speaking), speaking
        assert not any("(from " in s for s in speaking), speaking

        panel.meeting.setCurrentIndex(panel.meeting.findText("Opening", Qt.MatchFlag.MatchContains))
        seating = panel.seating
        assert seating.placed, "the opening has a seating plan"
        painted = [("heading", seating.side_heading(place)) for place in (HOST, GUEST)]
        painted += [("seat", seating._tag(p.seat.attendee, p.head)) for p in seating.placed]
        assert not _not_german((where, text) for where, text in painted if text)
        assert any(p.head for p in seating.placed)
        for ranks in (panel.delegation, panel.counterparts):
            model = ranks.model()
            tips = [
                (ranks.objectName(), str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)))
                for row in range(model.rowCount())
            ]
            assert tips
            assert not _not_german((where, tip.splitlines()[-1]) for where, tip in tips)

        # The meetings tab names a hybrid meeting's branch venues under its table.
        window.tabs.setCurrentWidget(window.meetings)
        table = window.meetings.table
        row = next(
            r for r in range(table.model().rowCount())
            if str(table.model().index(r, 0).data()).startswith("Do")
            and "Signing" in " ".join(
                str(table.model().index(r, c).data()) for c in range(table.model().columnCount())
            )
        )  # fmt: skip
        table.selectRow(row)
        lines = window.meetings.branches.text().splitlines()
        assert lines[0] == "Hybrider Termin mit Zuschaltung aus:"
        assert not _not_german(("branch venue", line) for line in lines)
    finally:
        window.store.close()


@pytest.mark.usefixtures("german")
def test_the_branch_venue_editor_asks_for_a_zone_in_german(qtbot: QtBot) -> None:
    dialog = BranchVenueDialog(CONTEXT, None, None, WORKS_VISIT)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Neuer zugeschalteter Standort"
    assert dialog.heading.text().startswith("Termin: Werksbesuch, ")
    assert " ist hier " in dialog.local_times.text()
    dialog.timezone.setEditText("Nirgendwo")
    assert dialog.local_times.text() == (
        "Wählen Sie die Zeitzone, um die Uhrzeit des Termins hier zu sehen."
    )


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("who", ["anna", None])
def test_the_conflict_dialog_speaks_german(qtbot: QtBot, who: str | None) -> None:
    from planner.conflicts import Conflict
    from ui.dialogs.conflict_dialog import ConflictDialog
    from ui.field_names import FIELDS, field_name

    start = dt.datetime(2024, 6, 17, 9, tzinfo=dt.UTC)
    base = MeetingRecord("Gespräch", "stop-fra", start, start + dt.timedelta(hours=1))
    # Four fields both changed, differently (asked about), and one only they changed (merged).
    mine = dataclasses.replace(
        base,
        title="Gespräch mit dem OB",
        venue_name="Rathaus",
        notes="Meine Notiz",
        start=start + dt.timedelta(minutes=15),
    )
    theirs = dataclasses.replace(
        base,
        title="Gespräch im Römer",
        venue_name="Römer",
        notes="Ihre Notiz",
        start=start + dt.timedelta(minutes=30),
        attendees=("p-wang", "p-schmidt"),
    )
    dialog = ConflictDialog(Conflict(mine, theirs, 1, 2, base=base, uuid="m-1"), CONTEXT, who)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Von jemand anderem geändert"
    buttons = [*dialog.mine_buttons.values(), *dialog.theirs_buttons.values()]
    values = {text for b in buttons for text in (b.text(), b.toolTip())}  # the two versions
    assert not untranslated(dialog, values)
    # The summary is rich text (untranslated() lets "<b>…" through), so it is matched whole.
    assert not _not_german([("summary", dialog.summary.text())])
    assert "Termin" in dialog.summary.text()
    assert not _not_german(_headers(dialog.table))
    names = [(where, text.removeprefix("⚠ ")) for where, text in _cells(dialog.table, 0)]
    assert len(names) >= 4 and not _not_german(names)
    assert dialog.merged.text().startswith("Ohne Rückfrage zusammengeführt: "), dialog.merged.text()
    assert not _not_german(_cells(dialog.table, 0, Qt.ItemDataRole.ToolTipRole))
    assert dialog.keep_mine_button.text() == "&Meine Version behalten"
    # Every field the dialog and the history can name has its German name.
    assert not _not_german((name, field_name(name)) for name in FIELDS)


@pytest.mark.usefixtures("german")
def test_the_history_dock_and_a_colleagues_change_speak_german(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner import history
    from ui import record_edits
    from ui.app import open_window

    window = open_window(str(tmp_path / "office.sqlite"))
    qtbot.addWidget(window)
    window.show()
    try:
        imported(window, qtbot, NANSHAN)
        window.tabs.setCurrentWidget(window.meetings)
        uuid = first_meeting(window.store)
        monkeypatch.setattr(
            record_edits,
            "ask_record",
            lambda *a: dataclasses.replace(a[3], title="Gespräch", notes="Neu", venue_name="Römer"),
        )
        window.edits.edit_object(MeetingRecord, uuid)
        window.history_dock.show()
        window.history_dock.raise_()
        history_list = window.history.list
        qtbot.waitUntil(lambda: history_list.topLevelItemCount() >= 2)
        assert window.history_dock.windowTitle() == "Verlauf"
        assert window.history.title.text() == "Verlauf der geöffneten Reise"
        assert not untranslated(window.history, set())
        assert not _not_german(_headers(history_list))
        assert not _not_german(_cells(history_list, 2))  # what happened
        assert not _not_german(_cells(history_list, 3))  # to what: "Termin „Gespräch“"
        fields = [
            (where, name) for where, text in _cells(history_list, 4) for name in text.split(", ")
        ]
        assert fields and not _not_german(fields)
        assert window.history.entries()[0][2:4] == ("Geändert", "Termin „Gespräch“")

        # The history of the selected meeting, and the way back to the whole trip.
        window.meetings.select_uuid(uuid)
        window.history_action.trigger()
        assert window.history.title.text() == "Verlauf von „Gespräch“"
        assert window.history.whole_trip.isVisible()
        assert not untranslated(window.history, {window.history.title.text()})

        # A colleague's changes, as the status bar reports them.
        with window.store.session() as session:
            changes = history.of_trip(session, window.workspace.trip_uuid or "")
        window._on_remote_changes(changes)
        message = window.statusBar().currentMessage()
        assert re.fullmatch(r"\w+ von .+: .+ \(und \d+ weitere Änderungs?e?n?\)", message), message
        assert not _not_german([("status bar", message)])
        for reachable in (False, True):
            window._on_reachable(reachable)
            assert not _not_german([("status bar", window.statusBar().currentMessage())])
    finally:
        window.store.close()


@pytest.mark.usefixtures("german")
def test_a_read_only_store_says_so_in_german(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typing import Any, cast

    from PySide6.QtWidgets import QMessageBox

    from planner import store, trips
    from ui.app import open_window
    from ui.dialogs.form import RecordDialog

    path = tmp_path / "office.sqlite"
    with store.open_store(path) as st, st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    os.chmod(path, 0o400)
    window = open_window(str(path))
    qtbot.addWidget(window)
    window.show()
    try:
        label = window.access_label
        assert label.isVisible()
        assert label.text() == "Schreibgeschützt"
        assert label.toolTip().startswith("Schreibgeschützt: ")
        assert f"{path.resolve()} ist schreibgeschützt" in label.toolTip()  # the reason too
        assert not untranslated(window, {str(path.resolve())})
        edits = [(a.text(), a.toolTip()) for a in (window.edit_action, window.add_meeting_action)]
        assert not _not_german(edits)
        # The editor opens read-only, saying why in German.
        shown: list[tuple[str, str]] = []

        def look(dialog: RecordDialog[Any]) -> int:
            shown.append((dialog.windowTitle(), dialog.read_only_note.text()))
            return 0

        monkeypatch.setattr(RecordDialog, "exec", look)
        window.edits.edit_object(MeetingRecord, first_meeting(window.store))
        assert shown and shown[0][0] == "Termin bearbeiten (schreibgeschützt)"
        assert shown[0][1].startswith("Schreibgeschützt: ")
        assert not _not_german([("read-only editor", shown[0][1].replace(str(path.resolve()), ""))])
        errors: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: errors.append(text))
        assert not window.workspace.push(cast(Any, None))  # any change is refused before it runs
        assert errors and errors[0].startswith("Diese Datenbank ist schreibgeschützt: ")
        assert not _not_german([("error", errors[0])])
    finally:
        window.store.close()
        os.chmod(path, 0o600)


@pytest.mark.parametrize("locale", ["de", "zh_CN"])
def test_every_text_the_window_marks_reaches_the_catalogue_translated(locale: str) -> None:
    """A text lupdate never saw shows in English whatever the language (issue 22: "Import
    People" did): each marked literal of ``ui/`` must be a finished entry of its context."""
    from tests.ui.source_texts import read

    finished = set()
    for context, message in messages(i18n.TRANSLATIONS / f"delegation_planner_{locale}.ts"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and any(forms(message)):
            finished.add((context, message.findtext("source") or ""))
    marked, hidden = read(ROOT)
    assert len(marked) > 900, "the reader lost the window's texts"
    missing = [
        f"{m.where}: {m.context}: {m.source!r}"
        for m in marked
        if (m.context, m.source) not in finished
    ]
    assert not missing, "\n".join(missing)
    assert not hidden, "literals passed to a helper lupdate cannot see:\n" + "\n".join(hidden)


def test_the_catalogues_tell_translators_where_each_text_is_used() -> None:
    """Translators read a text beside its use: lupdate writes each one's file and line."""
    for ts in TS_FILES:
        for context, message in messages(ts):
            where = f"{ts.name}: {context}: {message.findtext('source')!r}"
            locations = message.findall("location")
            assert locations, where
            for location in locations:  # a location without a file is in the one before
                named = location.get("filename")
                assert named is None or (ts.parent / named).resolve().is_file(), where
