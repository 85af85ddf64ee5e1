"""The README's screenshots of the person editor's Documents page, in English, German and
Chinese.

Run under a virtual screen, as the README's pictures were made:

    xvfb-run -a -s '-screen 0 1600x1000x24' .venv/bin/python tools/screenshot_documents_page.py

Each language opens a delegate of the Shenzhen test trip (tests/data/trips/) with an invented
passport and Schengen visa on the Documents page, the passport number masked as it opens:
writes docs/screenshots/documents-page-{en,de,zh}.png, in 256 colours so that each stays
small.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QTabWidget

from planner.records import PersonRecord
from planner.travel_documents import Passport, TravelDocuments, Visa
from ui import i18n
from ui.dialogs.person_dialog import PersonDialog
from ui.fonts import install_fallback_font

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
FILES = {"en": "en", "de": "de", "zh_CN": "zh"}
ZHANG = PersonRecord(
    "Zhang",
    "Hui",
    "张辉",
    honorific="Mr.",
    position="Deputy Director-General",
    documents=TravelDocuments(
        nationality="CN",
        date_of_birth=dt.date(1969, 11, 2),
        gender="male",
        passport=Passport("SE0184273", "service", dt.date(2022, 3, 8), dt.date(2032, 3, 7)),
        visas=(
            Visa(
                "schengen",
                dt.date(2027, 4, 5),
                dt.date(2027, 5, 4),
                "C",
                "DEU012845617",
                "multiple",
            ),
        ),
    ),
)


def main() -> int:
    app = QApplication(sys.argv)
    install_fallback_font(app)
    OUT.mkdir(parents=True, exist_ok=True)
    for language, suffix in FILES.items():
        i18n.install(language)
        dialog = PersonDialog(None, ZHANG)
        dialog.show()
        pages = dialog.findChild(QTabWidget, "personPages")
        assert pages is not None
        pages.setCurrentWidget(dialog.documents_page)
        dialog.documents_page.nationality.setFocus()
        _settle()
        area = dialog.frameGeometry()
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
        image = shot.toImage().convertToFormat(QImage.Format.Format_Indexed8)
        path = OUT / f"documents-page-{suffix}.png"
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
