"""The fonts the Protocol tab's two drawings (the seating plan of talks and the layouts of the
other kinds of meeting) set names, notes and titles in: one set, so both read alike and both
follow the widget's font when the user's font size changes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget


class DrawingFonts(QWidget):
    """Mixed into a drawing widget; ``_fonts`` is called again on a change of the font."""

    def _fonts(self) -> None:
        base = QFont(self.font())
        self.name_font = QFont(base)
        self.name_font.setBold(True)
        self.small_font = QFont(base)
        self.small_font.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
        self.title_font = QFont(base)
        self.title_font.setBold(True)
        self.title_font.setPointSizeF(base.pointSizeF() * 1.15)
        self.name_metrics = QFontMetricsF(self.name_font)
        self.text_metrics = QFontMetricsF(base)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.title_metrics = QFontMetricsF(self.title_font)
