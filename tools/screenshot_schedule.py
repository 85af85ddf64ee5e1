"""The README's picture of the schedule: the sample trip's week.

Run under a virtual screen, as the README's pictures were made:

    xvfb-run -a -s '-screen 0 1600x1000x24' .venv/bin/python tools/screenshot_schedule.py

Opens the bundled sample trip in a new store in a temporary folder, shows its seven days in
the Schedule tab's view at 1500×900, scrolled to the morning, and writes docs/schedule-week.png
(256 colours, so that it stays small).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from planner import sample, store, trips
from ui.fonts import install_fallback_font
from ui.views.schedule import ScheduleView
from ui.workspace import Workspace

OUT = Path(__file__).resolve().parents[1] / "docs" / "schedule-week.png"


def main() -> int:
    app = QApplication(sys.argv)
    install_fallback_font(app)
    with tempfile.TemporaryDirectory() as folder, store.open_store(Path(folder) / "s.sqlite") as st:
        sample.load_sample_trip(st)
        with st.reading() as connection:
            uuid = trips.list_trips(connection)[0].uuid
        workspace = Workspace(st)
        workspace.open_trip(uuid)
        view = ScheduleView(workspace)
        try:
            with st.session() as session:
                view.load(session, uuid)
            view.resize(1500, 900)
            view.show()
            view.day_count.setCurrentIndex(view.day_count.findData(7))
            app.processEvents()
            image = view.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8)
            if not image.save(str(OUT)):
                raise OSError(f"{OUT}: cannot write the picture")
        finally:
            view.close()
            workspace.stop()
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
