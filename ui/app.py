"""QApplication set-up and ``main()`` for the ``delegation-planner`` program."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planner import __version__, paths

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="delegation-planner", description="Delegation Planner")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--store",
        metavar="PATH",
        help=(
            "the store file, or a shared store postgresql://USER@HOST[:PORT]/DB (its password "
            f"from PGPASSWORD or ~/.pgpass) (default: ${paths.STORE_ENV} or the user data folder)"
        ),
    )
    known, _qt_args = parser.parse_known_args(argv)
    return known


def open_window(store_path: str | None) -> MainWindow:
    """Open a store (:func:`ui.store_opening.choose_store`) in a new main window, the trip
    open last shown, on this thread (tests and scripts; ``main`` opens it on a worker)."""
    from ui.main_window import MainWindow
    from ui.store_opening import choose_store

    st, notes = choose_store(store_path)
    window = MainWindow(st)
    window.show_notes(notes)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app: the frame is painted first, then the store opens on a worker thread
    (:mod:`ui.store_opening`) and the main window takes the frame's place."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # Qt is imported only now, so that --version and --help work without a display.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.feature_scan import skip_feature_scan

    skip_feature_scan()  # before anything else is imported: 22 MiB and a sixth of the CPU

    from ui import i18n
    from ui.fonts import install_fallback_font
    from ui.settings import Settings
    from ui.store_opening import StoreOpening
    from ui.window_frame import StartFrame

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Delegation Planner")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DelegationPlanner")
    language = i18n.install(Settings().language())
    # The bundled fonts (~15 ms) are needed before the first frame only where its own words
    # need them (Chinese menus on a machine without CJK fonts); otherwise they are added once
    # the frame is painted, before the store's names can appear.
    fonts_now = language.startswith("zh")
    if isinstance(app, QApplication) and fonts_now:
        install_fallback_font(app)

    def painted() -> None:
        if isinstance(app, QApplication) and not fonts_now:
            install_fallback_font(app)
        QTimer.singleShot(0, opening.start)

    frame = StartFrame()
    opening = StoreOpening(args.store, frame)
    frame.painted.connect(painted)
    frame.show()
    try:
        code = app.exec()
    finally:
        opening.finish()
        frame.close()
    return opening.exit_code(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
