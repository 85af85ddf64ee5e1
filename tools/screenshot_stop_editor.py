"""The README's screenshots of the stop editor, in English, German and Chinese.

Run under a virtual screen, as the README's pictures were made:

    xvfb-run -a -s '-screen 0 1600x1000x24' .venv/bin/python tools/screenshot_stop_editor.py

Each language opens a new stop of a Nanshan-like trip, types a city as an officer of that
language would ("Shang", "Nürnb", "青岛"), picks the first city the list offers with the
keyboard, and grabs the editor as the city left it (country, region, zone, the arrival in
the city's time): writes docs/screenshots/stop-editor-{en,de,zh}.png, in 256 colours so
that each stays small.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.gazetteer import cities
from planner.records import StopChoice, TripContext
from ui import i18n
from ui.dialogs.stop_dialog import StopDialog
from ui.fonts import install_fallback_font

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
TYPED = {"en": "Shang", "de": "Nürnb", "zh_CN": "青岛"}
FILES = {"en": "en", "de": "de", "zh_CN": "zh"}
UTC = dt.UTC
CONTEXT = TripContext(
    trip_uuid="trip",
    title="Nanshan delegation to Germany",
    home_timezone="Asia/Shanghai",
    stops=(
        StopChoice(
            "fra",
            "Frankfurt am Main",
            "Europe/Berlin",
            dt.datetime(2024, 6, 16, 8, tzinfo=UTC),
            dt.datetime(2024, 6, 19, 7, 20, tzinfo=UTC),
        ),
    ),
)


def main() -> int:
    app = QApplication(sys.argv)
    install_fallback_font(app)
    cities.prepare()
    OUT.mkdir(parents=True, exist_ok=True)
    for language, typed in TYPED.items():
        i18n.install(language)
        dialog = StopDialog(CONTEXT, None)
        dialog.show()
        dialog.city.setFocus()
        _settle()
        event = QInputMethodEvent("", [])
        event.setCommitString(typed)
        QApplication.sendEvent(dialog.city, event)
        _settle()
        popup = dialog.city_completer.popup()
        assert popup is not None and popup.isVisible(), f"no completion for {typed!r}"
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
        dialog.lodging_name.setFocus()
        _settle()
        area = dialog.frameGeometry()
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
        image = shot.toImage().convertToFormat(QImage.Format.Format_Indexed8)
        path = OUT / f"stop-editor-{FILES[language]}.png"
        image.save(str(path), "PNG", 9)
        print(f"{path}: {path.stat().st_size // 1024} KB, {area.width()}x{area.height()}")
        dialog.reject()
        dialog.deleteLater()
        _settle()
    return 0


def _settle(ms: int = 400) -> None:
    """Let the window system draw what was asked of it."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


if __name__ == "__main__":
    sys.exit(main())
