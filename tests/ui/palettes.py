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
    return _palette(_DARK)


def high_contrast_black() -> QPalette:
    return _palette(_HIGH_CONTRAST_BLACK)


def high_contrast_white() -> QPalette:
    return _palette(_HIGH_CONTRAST_WHITE)


_KEYS = (
    "window", "window_text", "base", "alternate", "text", "button", "highlight",
    "highlighted_text", "placeholder", "disabled_text",
)  # fmt: skip
_DARK = dict(zip(_KEYS, (
    "#2b2b2b", "#e8e8e8", "#1e1e1e", "#262626", "#e8e8e8", "#353535", "#3daee9", "#0b0b0b",
    "#8c8c8c", "#6e6e6e",
), strict=True))  # fmt: skip
_HIGH_CONTRAST_BLACK = dict(zip(_KEYS, (
    "#000000", "#ffffff", "#000000", "#000000", "#ffffff", "#000000", "#1aebff", "#000000",
    "#ffff00", "#3ff23f",
), strict=True))  # fmt: skip
_HIGH_CONTRAST_WHITE = dict(zip(_KEYS, (
    "#ffffff", "#000000", "#ffffff", "#ffffff", "#000000", "#ffffff", "#37006e", "#ffffff",
    "#600000", "#600000",
), strict=True))  # fmt: skip


PALETTES = {
    "light": light,
    "dark": dark,
    "high contrast black": high_contrast_black,
    "high contrast white": high_contrast_white,
}


def _palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
    for role, key in (
        (_ROLE.Window, "window"), (_ROLE.WindowText, "window_text"), (_ROLE.Base, "base"),
        (_ROLE.AlternateBase, "alternate"), (_ROLE.Text, "text"), (_ROLE.Button, "button"),
        (_ROLE.ButtonText, "window_text"), (_ROLE.Highlight, "highlight"),
        (_ROLE.HighlightedText, "highlighted_text"), (_ROLE.PlaceholderText, "placeholder"),
        (_ROLE.ToolTipBase, "base"), (_ROLE.ToolTipText, "text"), (_ROLE.Light, "button"),
        (_ROLE.Midlight, "button"), (_ROLE.Mid, "alternate"), (_ROLE.Dark, "window"),
        (_ROLE.Link, "highlight"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colours[key]))
    for role in (_ROLE.Text, _ROLE.WindowText, _ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["disabled_text"]))
    return palette
