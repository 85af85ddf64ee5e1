"""Names in Chinese, Thai, Devanagari and CJK Extension B display on a machine without such
fonts, through the bundled fallbacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
layout = QTextLayout(sys.argv[2], app.font())
layout.beginLayout(); layout.createLine(); layout.endLayout()
print(sorted({run.rawFont().familyName() for run in layout.glyphRuns()}))
"""


def families_used(tmp_path: Path, mode: str, text: str = "Zhu Wei 朱伟") -> str:
    """Lay out a mixed-script name in a Qt process that sees only the DejaVu fonts."""
    (tmp_path / "fonts.conf").write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{DEJAVU}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode, text],
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


@needs_tool(DEJAVU.is_dir(), "needs Debian's fonts-dejavu-core to stand in")
@pytest.mark.parametrize(
    ("name", "family"),
    [  # (Devanagari is left out: Qt 6 crashes laying it out when no font has it at all)
        ("Mr. ทักษิณ ชินวัตร", "Noto Sans Thai"),
        ("Ms. 𠀋𡈽子", "Planner ExtB Mincho"),
    ],
)
def test_names_in_other_scripts_come_from_the_bundled_fonts(
    tmp_path: Path, name: str, family: str
) -> None:
    assert family not in families_used(tmp_path, "system-only", name)
    assert family in families_used(tmp_path, "with-fallback", name)


@needs_tool(DEJAVU.is_dir(), "needs Debian's fonts-dejavu-core to stand in")
def test_latin_words_keep_the_systems_font_when_the_fallbacks_are_added(tmp_path: Path) -> None:
    # Linux names the window's font by the alias "Sans Serif", no family of Qt's database:
    # with the fallbacks appended after it, the CJK font became the font of every Latin word
    # (and the schedule's lines, measured in one font and drawn in another, overlapped).
    text = "Meeting · 10:00–11:30 · 2 attendees"
    system = families_used(tmp_path, "system-only", text)
    assert "DejaVu" in system
    assert families_used(tmp_path, "with-fallback", text) == system
