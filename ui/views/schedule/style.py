"""How the schedule grid looks: colours by meeting kind and by stop, styles by status.

A kind or a stop keeps its hue in every palette (a signing is amber), made light or dark
enough for the palette by :mod:`ui.colours`, which also records what each is drawn on for the
contrast test; this module makes the pens, brushes and fonts of them. Everything is built once
per style change, never per paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette, QPen

from ui.colours import colours_for

SEVERITY_ORDER = ("error", "warning", "info")
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
        look = colours_for(self.palette).schedule
        self.colours = look
        self.base = self.palette.color(QPalette.ColorRole.Base)
        self.text = look.label
        self.muted = look.label_muted
        self.grid_pen = QPen(look.grid, 1)
        self.half_pen = QPen(look.half_hour, 1, Qt.PenStyle.DotLine)
        self.column_pen = QPen(look.column_edge, 1)
        self.night = look.night
        self.outside = QBrush(look.outside, Qt.BrushStyle.BDiagPattern)
        self.highlight = look.selection
        self.selected_pen = QPen(look.selection, 2.5)
        self.transition_pen = QPen(look.clock_change, 1, Qt.PenStyle.DashLine)
        self.header_fill = self.palette.color(QPalette.ColorRole.Window)
        self.stop_colors = look.stops
        self.stop_tints = look.stop_tints
        self.severity = look.badges
        self.severity_marks = look.badge_marks
        self.hybrid = look.hybrid
        """The mark of a hybrid meeting (joined from branch venues)."""
        self.hybrid_fill = look.hybrid_fill
        self.transfer_fill = look.transfer_fill
        self.transfer_hatch = QBrush(look.transfer_hatch, Qt.BrushStyle.BDiagPattern)
        self.transfer_pen = QPen(look.transfer_edge, 1)
        self.transfer_text = look.transfer_text
        self.cancelled_fill = look.cancelled_fill
        self.cancelled_pen = QPen(look.cancelled_edge, 1, Qt.PenStyle.DashLine)
        self.block_text = look.block_text
        self.block_muted = look.block_muted
        for kind, colours in look.kinds.items():
            strong = colours.strong
            self.kinds[kind] = KindStyle(
                strong=strong,
                fill=colours.fill,
                tentative_fill=colours.tentative_fill,
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
