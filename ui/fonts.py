"""The bundled fallback fonts, so names in any script the office meets display on any machine.

Qt falls back through the system's fonts; a Windows or Linux desktop without Chinese, Thai or
Devanagari fonts would show empty boxes for 朱伟, ทักษิณ or नरेन्द्र, and few have a font for
CJK Extension B (𠀋). The application font gets the bundled fonts appended to its family list,
which Qt 6 consults glyph by glyph after the system font (and shapes and orders right to left
itself). They are the briefing pack's fallbacks (``planner/briefing/fonts.py``), registered
by path so that the 22 MB Extension B font is not read into memory at start.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

FALLBACK_FILES = (
    "DroidSansFallbackFull.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "HanaMinExtB.ttf",
)
"""In the order Qt is to try them; the first is the CJK font."""


def install_fallback_font(app: QGuiApplication) -> str | None:
    """Register the bundled fonts and add them to the application font; the CJK font's
    family name."""
    fallbacks: list[str] = []
    for name in FALLBACK_FILES:
        path = resources.files("resources") / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        fallbacks += QFontDatabase.applicationFontFamilies(font_id)[:1] if font_id >= 0 else []
    if not fallbacks:
        return None
    font = app.font()
    current = font.families() or [font.family()]
    # On Linux the font is often the alias "Sans Serif", which is no family Qt's database
    # holds: put first the family it resolves to (Noto Sans, DejaVu Sans), or the list would
    # start with the CJK fallback and every Latin word of the window would be drawn in it.
    resolved = QFontInfo(font).family()
    if resolved not in current:
        current = [resolved, *current]
    missing = [family for family in fallbacks if family not in current]
    if missing:
        font.setFamilies([*current, *missing])
        app.setFont(font)
    QFont.insertSubstitutions(font.family(), fallbacks)
    return fallbacks[0]
