"""Start-up: from process start to a shown, responsive main window, on the office store.

The baseline is a bare PySide6 QMainWindow started the same way in the same run: both
processes create the QApplication, show their window and quit from the first pass of the
event loop after the window is exposed, so the figure is what an officer waits before the
window answers. Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_store

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

PLANNER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import open_window
from ui.fonts import install_fallback_font
app = QApplication([])
install_fallback_font(app)
window = open_window(sys.argv[1])
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
window.store.close()
"""


def time_process(code: str, *args: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True, timeout=120)
    return (time.perf_counter() - started) * 1000


def run(scale: float, repeats: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        store = Path(folder) / "office.sqlite"
        bench_store.generate_store(store, bench_store.Sizes.at(scale))
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": folder,
            "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        }
        bare, planner = [], []
        time_process(BARE, env=env)  # warm the file cache for both
        time_process(PLANNER, str(store), env=env)
        for _ in range(repeats):
            bare.append(time_process(BARE, env=env))
            planner.append(time_process(PLANNER, str(store), env=env))
        return statistics.median(planner), statistics.median(bare)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a store 10x smaller")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    planner, bare = run(0.1 if args.quick else 1.0, args.repeats)
    print("| operation | planner ms | baseline ms | ratio |")
    print("|---|---:|---:|---:|")
    print(f"| start to a shown window (office store) | {planner:.0f} | {bare:.0f} | "
          f"{planner / bare:.2f}x |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
