"""Chinese names display on a machine without Chinese fonts, through the bundled fallback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import needs_tool

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
PROBE = """
import sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] == "with-fallback":
    from ui.fonts import install_fallback_font
    install_fallback_font(app)
layout = QTextLayout("Zhu Wei 朱伟", app.font())
layout.beginLayout(); layout.createLine(); layout.endLayout()
print(sorted({run.rawFont().familyName() for run in layout.glyphRuns()}))
"""


def families_used(tmp_path: Path, mode: str) -> str:
    """Lay out a mixed-script name in a Qt process that sees only the DejaVu fonts."""
    (tmp_path / "fonts.conf").write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{DEJAVU}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        capture_output=True, text=True, env=env, timeout=60, check=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    return result.stdout


@needs_tool(DEJAVU.is_dir(), "needs Debian's fonts-dejavu-core to stand in")
def test_chinese_glyphs_come_from_the_bundled_font_when_the_system_has_none(
    tmp_path: Path,
) -> None:
    assert "Droid Sans Fallback" not in families_used(tmp_path, "system-only")
    assert "Droid Sans Fallback" in families_used(tmp_path, "with-fallback")
