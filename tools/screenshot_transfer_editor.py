"""Screenshots of the transfer editor for the README, in English, German and Chinese.

Run under a real X server so that fonts and the style are the desktop's:

    xvfb-run -a -s '-screen 0 1600x1000x24' .venv/bin/python tools/screenshot_transfer_editor.py

It opens the editor on the flight from home that a Frankfurt delegation books to Shanghai
(Frankfurt FRA to Shanghai Pudong PVG, two travellers with their own seats), and writes
``docs/screenshots/transfer-editor-{en,de,zh}.png``. Nothing is read from or written to a store.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner import localtime  # noqa: E402
from planner.records import PersonChoice, StopChoice, TransferRecord, TripContext  # noqa: E402
from ui import i18n  # noqa: E402
from ui.dialogs.transfer_dialog import TransferDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LANGUAGES = {"en": "en", "de": "de", "zh": "zh_CN"}
UTC = dt.UTC


def context() -> TripContext:
    berlin, shanghai = "Europe/Berlin", "Asia/Shanghai"
    return TripContext(
        "trip",
        "Frankfurt delegation to Shanghai and Suzhou",
        berlin,
        stops=(
            StopChoice(
                "sha",
                "Shanghai",
                shanghai,
                localtime.parse_local("2025-05-03T14:05", shanghai),
                localtime.parse_local("2025-05-06T09:00", shanghai),
            ),
            StopChoice(
                "suz",
                "Suzhou",
                shanghai,
                localtime.parse_local("2025-05-06T10:30", shanghai),
                localtime.parse_local("2025-05-08T18:00", shanghai),
            ),
        ),
        people=(
            PersonChoice("vogel", "Dr. Petra Vogel", "delegation", "Stadt Frankfurt", role="head"),
            PersonChoice("kern", "Jonas Kern", "delegation", "Stadt Frankfurt", role="staff"),
            PersonChoice(
                "lin", "Lin Yue (林悦)", "delegation", "Stadt Frankfurt", role="interpreter"
            ),
        ),
        legs=(("sha", "suz"),),
    )


def flight() -> TransferRecord:
    return TransferRecord(
        from_stop=None,
        to_stop="sha",
        mode="flight",
        depart=localtime.parse_local("2025-05-02T21:40", "Europe/Berlin"),
        arrive=localtime.parse_local("2025-05-03T14:05", "Asia/Shanghai"),
        carrier="Lufthansa",
        number="LH 728",
        reference="GRP7QX",
        from_place="FRA",
        to_place="PVG",
        from_terminal="1",
        to_terminal="2",
        travel_class="Business",
        travellers=(("vogel", "XK4TRM", "3A"), ("kern", None, "3C")),
    )


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for suffix, language in LANGUAGES.items():
        i18n.install(language)
        dialog = TransferDialog(context(), flight())
        dialog.show()
        dialog.travellers.picker.list.setFocus()
        for _ in range(5):
            app.processEvents()
        screen = dialog.screen()
        frame = dialog.frameGeometry()
        picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = OUT / f"transfer-editor-{suffix}.png"
        picture.save(str(path), "PNG")
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")
        dialog.close()
        dialog.deleteLater()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
