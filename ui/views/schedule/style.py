"""How the schedule grid looks: colours by meeting kind and by stop, styles by status.

Colours are fixed rather than taken from the palette because they carry meaning (a signing is
always amber) and must read the same on a printed export; only text and lines follow the
palette. Everything is built once per style change, never per paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette, QPen

KIND_COLORS = {
    "meeting": "#3b6fc4",
    "site-visit": "#2f8f5b",
    "conference": "#7d4fc0",
    "signing": "#b7791f",
    "banquet": "#c0456a",
    "press": "#1f8a99",
    "briefing": "#5b6b80",
    "other": "#7a7a7a",
}
STOP_COLORS = ("#e8a33d", "#4a9fd8", "#5fb56f", "#d0648f", "#8f7ad6", "#3fb3a8", "#c98a5a")
SEVERITY_COLORS = {"error": "#c62828", "warning": "#e08a00", "info": "#6d6d6d"}
SEVERITY_ORDER = ("error", "warning", "info")
TRANSFER_COLOR = "#607089"
NIGHT_START, NIGHT_END = 7 * 60, 22 * 60
"""Local wall minutes outside which a day is shaded as night (the checks' default hours)."""


@dataclass
class KindStyle:
    """The pens and brushes of one meeting kind, for each status."""

    strong: QColor
    fill: QColor
    tentative_fill: QColor
    bar: QBrush
    tentative_bar: QBrush
    border: QPen
    tentative_border: QPen


@dataclass
class Style:
    """Everything the canvas paints with, derived from a palette and a font."""

    palette: QPalette
    font: QFont
    kinds: dict[str, KindStyle] = field(default_factory=dict)

    def __post_init__(self) -> None:
        base = self.palette.color(QPalette.ColorRole.Base)
        text = self.palette.color(QPalette.ColorRole.Text)
        self.base = base
        self.text = text
        self.muted = _mix(text, base, 0.45)
        self.grid_pen = QPen(_mix(text, base, 0.82), 1)
        self.half_pen = QPen(_mix(text, base, 0.9), 1, Qt.PenStyle.DotLine)
        self.column_pen = QPen(_mix(text, base, 0.7), 1)
        self.night = QColor(text)
        self.night.setAlphaF(0.045)
        self.outside = QBrush(_mix(text, base, 0.9), Qt.BrushStyle.BDiagPattern)
        self.highlight = self.palette.color(QPalette.ColorRole.Highlight)
        self.selected_pen = QPen(self.highlight, 2.5)
        self.transition_pen = QPen(QColor("#c62828"), 1, Qt.PenStyle.DashLine)
        self.header_fill = self.palette.color(QPalette.ColorRole.Window)
        self.stop_colors = [QColor(c) for c in STOP_COLORS]
        self.stop_tints = [_mix(QColor(c), base, 0.9) for c in STOP_COLORS]
        self.severity = {k: QColor(v) for k, v in SEVERITY_COLORS.items()}
        self.hybrid = QColor("#1565c0")
        """The mark of a hybrid meeting (joined from branch venues)."""
        transfer = QColor(TRANSFER_COLOR)
        self.transfer_fill = _mix(transfer, base, 0.8)
        self.transfer_hatch = QBrush(_mix(transfer, base, 0.6), Qt.BrushStyle.BDiagPattern)
        self.transfer_pen = QPen(transfer, 1)
        self.transfer_text = _mix(transfer, text, 0.5)
        self.cancelled_fill = _mix(text, base, 0.92)
        self.cancelled_pen = QPen(_mix(text, base, 0.6), 1, Qt.PenStyle.DashLine)
        self.block_text = _mix(text, QColor("#000000"), 0.3)
        for kind, color in KIND_COLORS.items():
            strong = QColor(color)
            self.kinds[kind] = KindStyle(
                strong=strong,
                fill=_mix(strong, base, 0.75),
                tentative_fill=_mix(strong, base, 0.92),
                bar=QBrush(strong),
                tentative_bar=QBrush(strong, Qt.BrushStyle.Dense4Pattern),
                border=QPen(strong, 1),
                tentative_border=QPen(strong, 1, Qt.PenStyle.DashLine),
            )
        self.small = QFont(self.font)
        self.small.setPointSizeF(max(7.0, self.font.pointSizeF() * 0.85))
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.struck = QFont(self.bold)
        self.struck.setStrikeOut(True)
        self.italic_small = QFont(self.small)
        self.italic_small.setItalic(True)
        self.metrics = QFontMetricsF(self.font)
        self.small_metrics = QFontMetricsF(self.small)
        self.bold_metrics = QFontMetricsF(self.bold)

    def kind(self, kind: str | None) -> KindStyle:
        return self.kinds.get(kind or "other", self.kinds["other"])

    def stop_color(self, index: int) -> QColor:
        return self.stop_colors[index % len(self.stop_colors)]

    def stop_tint(self, index: int) -> QColor:
        return self.stop_tints[index % len(self.stop_tints)]


def worst(severities: list[str]) -> str:
    """The gravest of ``severities`` (badges show one colour)."""
    return min(severities, key=lambda s: SEVERITY_ORDER.index(s) if s in SEVERITY_ORDER else 9)


def _mix(color: QColor, other: QColor, amount: float) -> QColor:
    """``color`` moved ``amount`` (0–1) of the way towards ``other``."""
    return QColor.fromRgbF(
        color.redF() + (other.redF() - color.redF()) * amount,
        color.greenF() + (other.greenF() - color.greenF()) * amount,
        color.blueF() + (other.blueF() - color.blueF()) * amount,
    )
