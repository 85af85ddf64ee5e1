"""The bundled CJK fallback font, so Chinese names display on any machine.

Qt falls back through the system's fonts; a Windows or Linux desktop without Chinese fonts
would show empty boxes for 朱伟. The application font gets the bundled font appended to its
family list, which Qt 6 consults glyph by glyph after the system font.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

FALLBACK_FILE = "DroidSansFallbackFull.ttf"


def install_fallback_font(app: QGuiApplication) -> str | None:
    """Register the bundled font and add it to the application font; its family name."""
    data = (resources.files("resources") / "fonts" / FALLBACK_FILE).read_bytes()
    font_id = QFontDatabase.addApplicationFontFromData(data)
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    fallback = families[0]
    font = app.font()
    current = font.families() or [font.family()]
    if fallback not in current:
        font.setFamilies([*current, fallback])
        app.setFont(font)
    QFont.insertSubstitution(font.family(), fallback)
    return fallback
