"""QApplication set-up and ``main()`` for the ``delegation-planner`` program."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planner import __version__, paths
from planner.errors import PlannerError

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="delegation-planner", description="Delegation Planner")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--store",
        metavar="PATH",
        help=f"the store file (default: ${paths.STORE_ENV} or the user data folder)",
    )
    known, _qt_args = parser.parse_known_args(argv)
    return known


def open_window(store_path: str | None) -> MainWindow:
    """Open the store (the default one when ``store_path`` is None) in a new main window.

    A default store that did not exist yet gets the bundled sample trip, so that a newcomer
    sees a real trip at once; a store the user named explicitly is left empty.
    """
    from planner import sample, store
    from ui.main_window import MainWindow

    st = store.open_store(store_path)
    if st.opened.created and store_path is None:
        sample.load_sample_trip(st)
    window = MainWindow(st)
    for warning in st.opened.warnings:
        window.statusBar().showMessage(warning)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # Qt is imported only now, so that --version and --help work without a display.
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Delegation Planner")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DelegationPlanner")
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
