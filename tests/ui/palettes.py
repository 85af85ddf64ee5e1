"""The palettes the window is checked and shown in: Fusion's light one, a dark one as the
desktops' dark modes give it, and black and white high-contrast ones (Windows' themes)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

_ROLE = QPalette.ColorRole


def light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def dark() -> QPalette:
    """Fusion with the dark palette KDE's Breeze Dark and the GNOME dark themes come close to."""
    return _palette(
        window="#2b2b2b", window_text="#e8e8e8", base="#1e1e1e", alternate="#262626",
        text="#e8e8e8", button="#353535", highlight="#3daee9", highlighted_text="#0b0b0b",
        placeholder="#8c8c8c", disabled_text="#6e6e6e",
    )  # fmt: skip


def high_contrast_black() -> QPalette:
    return _palette(
        window="#000000", window_text="#ffffff", base="#000000", alternate="#000000",
        text="#ffffff", button="#000000", highlight="#1aebff", highlighted_text="#000000",
        placeholder="#ffff00", disabled_text="#3ff23f",
    )  # fmt: skip


def high_contrast_white() -> QPalette:
    return _palette(
        window="#ffffff", window_text="#000000", base="#ffffff", alternate="#ffffff",
        text="#000000", button="#ffffff", highlight="#37006e", highlighted_text="#ffffff",
        placeholder="#600000", disabled_text="#600000",
    )  # fmt: skip


PALETTES = {
    "light": light,
    "dark": dark,
    "high contrast black": high_contrast_black,
    "high contrast white": high_contrast_white,
}


def _palette(
    *, window: str, window_text: str, base: str, alternate: str, text: str, button: str,
    highlight: str, highlighted_text: str, placeholder: str, disabled_text: str,
) -> QPalette:  # fmt: skip
    palette = QPalette()
    for role, colour in (
        (_ROLE.Window, window), (_ROLE.WindowText, window_text), (_ROLE.Base, base),
        (_ROLE.AlternateBase, alternate), (_ROLE.Text, text), (_ROLE.Button, button),
        (_ROLE.ButtonText, window_text), (_ROLE.Highlight, highlight),
        (_ROLE.HighlightedText, highlighted_text), (_ROLE.PlaceholderText, placeholder),
        (_ROLE.ToolTipBase, base), (_ROLE.ToolTipText, text), (_ROLE.BrightText, "#ff5555"),
        (_ROLE.Light, button), (_ROLE.Midlight, button), (_ROLE.Mid, alternate),
        (_ROLE.Dark, window), (_ROLE.Shadow, "#000000"), (_ROLE.Link, highlight),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    for role in (_ROLE.Text, _ROLE.WindowText, _ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette
