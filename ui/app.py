"""QApplication set-up and ``main()`` for the ``delegation-planner`` program."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planner import __version__, locations, paths
from planner.errors import PlannerError

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
    """Open a store in a new main window: the one named (a file or a ``postgresql://`` URL),
    else the one open when the app was last closed, else the default store.

    A default store that did not exist yet gets the bundled sample trip, so that a newcomer
    sees a real trip at once; a store the user named or created is left as it is. A shared
    store that was open last time but cannot be reached now is not an error: the default
    store opens, and the status bar says why.
    """
    from planner import paths, store
    from ui.main_window import MainWindow
    from ui.settings import Settings

    if store_path and store.is_url(store_path) and store.has_password(store_path):
        raise PlannerError(locations.PASSWORD_REFUSED)
    chosen = store_path
    notes: list[str] = []
    st = None
    if chosen is None and not os.environ.get(paths.STORE_ENV):
        last = Settings().last_store()
        if last is not None and store.is_url(last):
            try:
                st = store.open_store(last, create=False)
                chosen = last
            except PlannerError as exc:
                notes.append(str(exc))
        elif last is not None and Path(last).exists():
            chosen = last
    if st is None:
        st = store.open_store(chosen)
    if st.opened.created and chosen is None:
        from planner import sample  # the trip-file reader is needed only this once

        sample.load_sample_trip(st)
    window = MainWindow(st)
    for warning in [*notes, *st.opened.warnings]:
        window.statusBar().showMessage(warning)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # Qt is imported only now, so that --version and --help work without a display.
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui import i18n
    from ui.fonts import install_fallback_font
    from ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Delegation Planner")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DelegationPlanner")
    if isinstance(app, QApplication):
        install_fallback_font(app)
    i18n.install(Settings().language())
    try:
        window = open_window(args.store)
    except PlannerError as exc:
        QMessageBox.critical(None, "Delegation Planner", str(exc))
        return 2
    window.show()
    try:
        return app.exec()
    finally:
        window.store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
