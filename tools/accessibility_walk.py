"""Walk the window as a screen reader does and count the controls it cannot name (issue 24).

    .venv/bin/python tools/accessibility_walk.py          # counts, and each unnamed control
    .venv/bin/python tools/accessibility_walk.py --tree   # the whole tree: role, name, description

Opens a throwaway store holding the Jiangsu example (never the user's store or settings),
shows every tab of the main window, the history, the directory and every editor and dialog
the tests walk, and prints for each how many of its interactive controls (edits, combo and
check boxes, buttons, spin boxes, tables, lists, trees, tabs) have no accessible name.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXAMPLE = ROOT / "tests" / "data" / "examples" / "jiangsu-germany-dialogue-2022.trip.json"


def main() -> int:
    tree = "--tree" in sys.argv
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="a11y-walk-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    os.environ["XDG_DATA_HOME"] = str(folder)
    from planner import store, trips  # noqa: PLC0415 - after the settings are private
    from tests.ui import accessible_walk  # noqa: PLC0415
    from ui import i18n  # noqa: PLC0415
    from ui.app import open_window  # noqa: PLC0415

    i18n.install("en")
    path = folder / "walk.sqlite"
    with store.open_store(path, create=True) as st, st.transaction() as session:
        trips.import_trip(session, EXAMPLE)
    window = open_window(str(path))
    window.show()
    seen: dict[int, bool] = {}  # each control once, however many walks meet it: named?

    def report(title: str, widget: QWidget) -> None:
        app.processEvents()
        nodes = accessible_walk.walk(widget)
        controls = [n for n in nodes if n.interactive]
        missing = [n for n in controls if not n.named]
        for node in controls:
            key = id(node.widget) if node.widget is not None else hash((node.role, node.name))
            seen[key] = node.named
        print(f"{title}: {len(missing)} of {len(controls)} controls unnamed")
        for node in missing:
            print(f"    {node.role.name} {node.label} {node.name!r}")
        if tree:
            print("\n".join(f"    {line}" for line in accessible_walk.dump(widget)))

    window.history_dock.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        report(f"Main window, tab {window.tabs.tabText(index).replace('&', '')}", window)
    window.open_directory()
    report("Directory", window.directory)
    window.directory.close()
    for tab in range(3):
        window.open_registers(tab)
        report(f"Registers, tab {tab + 1}", window.registers)
    window.registers.close()
    for dialog in accessible_walk.dialogs(window, window.workspace.context()):
        dialog.show()
        report(type(dialog).__name__, dialog)
        dialog.close()
    unnamed = sum(not named for named in seen.values())
    print(f"Total: {unnamed} of {len(seen)} distinct controls unnamed")
    window.close()
    window.store.close()
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
