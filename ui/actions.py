"""The main window's actions as data: one line each, from which the window creates them, puts
them in menus, enables them for an open trip and turns them off in read-only mode.

An action used to be spelled four times in the window (created, put in a menu, listed among
those needing a trip, listed among those that write); a new one now needs one line here and
its slot. Texts are marked with ``QT_TRANSLATE_NOOP`` under the ``MainWindow`` context, the
context ``self.tr`` gave them, so the translations keep finding them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from planner.records import (
    MeetingRecord,
    OrganizationRecord,
    PersonRecord,
    StopRecord,
    TransferRecord,
)
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "MainWindow"

Shortcut = QKeySequence.StandardKey | str | None

FILE = "file"
EDIT = "edit"
TRIP = "trip"
DIRECTORY = "directory"
PROTOCOL = "protocol"
VIEW = "view"
HELP = "help"

# The top menus in the order of the menu bar; the View menu's docks, tabs and languages are
# not fixed actions and are added by ui.main_menus.
MENUS = (
    (FILE, QT_TRANSLATE_NOOP("MainWindow", "&File")),
    (EDIT, QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    (TRIP, QT_TRANSLATE_NOOP("MainWindow", "&Trip")),
    (DIRECTORY, QT_TRANSLATE_NOOP("MainWindow", "&Directory")),
    (PROTOCOL, QT_TRANSLATE_NOOP("MainWindow", "&Protocol")),
    (VIEW, QT_TRANSLATE_NOOP("MainWindow", "&View")),
    (HELP, QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)


@dataclass(frozen=True)
class ActionSpec:
    """One action of the main window.

    ``id`` is also the window's attribute (``window.import_action``); ``group`` numbers the
    separated groups within a menu; ``needs_trip`` enables it only while a trip is open;
    ``writes`` turns it off when the store is read-only; ``slot`` names the window's method
    (``files.ask_import``: a method of ``window.files``), ``argument`` what it is called
    with (the registers' tab, the record type ``edits.add`` asks for)."""

    id: str
    text: str
    slot: str
    shortcut: Shortcut = None
    menu: str = ""
    group: int = 0
    needs_trip: bool = False
    writes: bool = False
    argument: object = None


_keys = QKeySequence.StandardKey

# In menu order. Editing (edit_action, edit_trip_action) does not write: a viewer opens the
# editors read-only.
ACTIONS = (
    ActionSpec(
        "new_store_action",
        QT_TRANSLATE_NOOP("MainWindow", "&New Store…"),
        "ask_new_store",
        "Ctrl+Shift+N",
        FILE,
    ),
    ActionSpec(
        "open_store_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Open Store…"),
        "ask_open_store",
        _keys.Open,
        FILE,
    ),
    ActionSpec(
        "connect_store_action",
        QT_TRANSLATE_NOOP("MainWindow", "Connect to S&hared Store…"),
        "ask_connect_store",
        "Ctrl+Shift+H",
        FILE,
    ),
    ActionSpec(
        "import_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Import Trip File…"),
        "files.ask_import",
        "Ctrl+I",
        FILE,
        1,
        writes=True,
    ),
    ActionSpec(
        "export_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Export Trip File…"),
        "files.ask_export",
        "Ctrl+E",
        FILE,
        1,
        needs_trip=True,
    ),
    # Off by default: a file with passports is as sensitive as the passports (issue 23).
    ActionSpec(
        "export_documents_action",
        QT_TRANSLATE_NOOP("MainWindow", "Export Trip File with &Travel Documents…"),
        "files.ask_export",
        None,
        FILE,
        1,
        needs_trip=True,
        argument=True,
    ),
    ActionSpec(
        "calendar_action",
        QT_TRANSLATE_NOOP("MainWindow", "Export &Calendar…"),
        "files.export_calendar",
        "Ctrl+Shift+E",
        FILE,
        1,
        needs_trip=True,
    ),
    ActionSpec(
        "import_calendar_action",
        QT_TRANSLATE_NOOP("MainWindow", "Import Ca&lendar…"),
        "files.import_calendar",
        "Ctrl+Shift+I",
        FILE,
        1,
        needs_trip=True,
        writes=True,
    ),
    ActionSpec(
        "briefing_action",
        QT_TRANSLATE_NOOP("MainWindow", "Export &Briefing Pack…"),
        "files.export_briefing",
        _keys.Print,
        FILE,
        1,
        needs_trip=True,
    ),
    ActionSpec("quit_action", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", "Ctrl+Q", FILE, 2),
    ActionSpec(
        "edit_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit Selected…"),
        "edits.edit_selected",
        "Ctrl+Return",
        EDIT,
        1,
        needs_trip=True,
    ),
    ActionSpec(
        "delete_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete Selected…"),
        "edits.delete_selected",
        _keys.Delete,
        EDIT,
        1,
        needs_trip=True,
        writes=True,
    ),
    ActionSpec(
        "find_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Find Trip"),
        "_focus_search",
        _keys.Find,
        EDIT,
        1,
    ),
    ActionSpec(
        "history_action",
        QT_TRANSLATE_NOOP("MainWindow", "&History of Selected"),
        "show_selected_history",
        "Ctrl+H",
        EDIT,
        2,
        needs_trip=True,
    ),
    ActionSpec(
        "check_settings_action",
        QT_TRANSLATE_NOOP("MainWindow", "Check &Settings…"),
        "edit_check_settings",
        _keys.Preferences,
        EDIT,
        3,
    ),
    ActionSpec(
        "office_settings_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Office and Mail Settings…"),
        "files.edit_office_settings",
        menu=EDIT,
        group=3,
    ),
    ActionSpec(
        "new_trip_action",
        QT_TRANSLATE_NOOP("MainWindow", "&New Trip…"),
        "edits.new_trip",
        _keys.New,
        TRIP,
        writes=True,
    ),
    ActionSpec(
        "edit_trip_action",
        QT_TRANSLATE_NOOP("MainWindow", "Edit &Trip…"),
        "edits.edit_trip",
        "Ctrl+T",
        TRIP,
        needs_trip=True,
    ),
    ActionSpec(
        "duplicate_action",
        QT_TRANSLATE_NOOP("MainWindow", "D&uplicate Trip to New Dates…"),
        "edits.duplicate_trip",
        "Ctrl+D",
        TRIP,
        needs_trip=True,
        writes=True,
    ),
    ActionSpec(
        "delete_trip_action",
        QT_TRANSLATE_NOOP("MainWindow", "De&lete Trip…"),
        "edits.delete_trip",
        "Ctrl+Shift+Del",
        TRIP,
        needs_trip=True,
        writes=True,
    ),
    ActionSpec(
        "add_stop_action",
        QT_TRANSLATE_NOOP("MainWindow", "Add &Stop…"),
        "edits.add",
        "Ctrl+Shift+S",
        TRIP,
        1,
        needs_trip=True,
        writes=True,
        argument=StopRecord,
    ),
    # Enabled from the second stop on, and the meeting from the first (MainWindow).
    ActionSpec(
        "add_transfer_action",
        QT_TRANSLATE_NOOP("MainWindow", "Add T&ransfer…"),
        "edits.add",
        "Ctrl+Shift+T",
        TRIP,
        1,
        writes=True,
        argument=TransferRecord,
    ),
    ActionSpec(
        "add_meeting_action",
        QT_TRANSLATE_NOOP("MainWindow", "Add &Meeting…"),
        "edits.add",
        "Ctrl+Shift+M",
        TRIP,
        1,
        needs_trip=True,
        writes=True,
        argument=MeetingRecord,
    ),
    ActionSpec(
        "add_person_action",
        QT_TRANSLATE_NOOP("MainWindow", "Add &Person…"),
        "edits.add",
        "Ctrl+Shift+P",
        TRIP,
        1,
        needs_trip=True,
        writes=True,
        argument=PersonRecord,
    ),
    ActionSpec(
        "add_org_action",
        QT_TRANSLATE_NOOP("MainWindow", "Add &Organization…"),
        "edits.add",
        "Ctrl+Shift+O",
        TRIP,
        1,
        needs_trip=True,
        writes=True,
        argument=OrganizationRecord,
    ),
    ActionSpec(
        "publish_calendar_action",
        QT_TRANSLATE_NOOP("MainWindow", "Pu&blish Calendar…"),
        "files.publish_calendar",
        menu=TRIP,
        group=2,
        needs_trip=True,
    ),
    ActionSpec(
        "invitations_action",
        QT_TRANSLATE_NOOP("MainWindow", "Send &Invitations…"),
        "files.send_invitations",
        menu=TRIP,
        group=2,
        needs_trip=True,
        writes=True,  # it records what was sent, for the next sending
    ),
    ActionSpec(
        "letters_action",
        QT_TRANSLATE_NOOP("MainWindow", "Visa Letters and Dele&gation List…"),
        "files.write_letters",
        menu=TRIP,
        group=2,
        needs_trip=True,
    ),
    ActionSpec(
        "directory_action",
        QT_TRANSLATE_NOOP("MainWindow", "&People and Organizations…"),
        "open_directory",
        "Ctrl+Shift+D",
        DIRECTORY,
    ),
    ActionSpec(
        "agreements_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Agreements…"),
        "open_registers",
        menu=PROTOCOL,
        argument=0,
    ),
    ActionSpec(
        "follow_ups_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Follow-ups…"),
        "open_registers",
        menu=PROTOCOL,
        argument=1,
    ),
    ActionSpec(
        "gifts_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Gifts…"),
        "open_registers",
        menu=PROTOCOL,
        argument=2,
    ),
    ActionSpec(
        "about_action",
        QT_TRANSLATE_NOOP("MainWindow", "&About Delegation Planner"),
        "_about",
        menu=HELP,
    ),
)

# Undo and redo are the undo stack's own actions; they write, and need no trip.
UNDO_TEXT = QT_TRANSLATE_NOOP("MainWindow", "&Undo")
REDO_TEXT = QT_TRANSLATE_NOOP("MainWindow", "&Redo")

# Off while a file is read or written in the background.
BUSY_OFF = (
    "import_action",
    "export_action",
    "export_documents_action",
    "open_store_action",
    "connect_store_action",
)
