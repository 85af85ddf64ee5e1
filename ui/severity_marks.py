"""A problem's severity drawn as a shape as well as a colour, the same in every view.

WCAG 2.1 1.4.1 (EN 301 549 9.1.4.1): colour must not be the only sign. An error is an octagon
(a stop sign), a warning a triangle, a note a circle; the schedule's badges and the problems
table's icons share this drawing, so the table is the legend of the grid. The mark inside
("!", "i" or a count) is black or white, whichever reads on the fill (:mod:`ui.colours`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap, QPolygonF

from ui.colours import colours_for, mark_on

ICON_SIZE = 16

_ICONS: dict[tuple[int, str], QIcon] = {}


def paint_severity(
    painter: QPainter,
    rect: QRectF,
    severity: str,
    fill: QColor,
    font: QFont,
    *,
    count: int = 1,
    ink: QColor | None = None,
) -> None:
    """The shape of ``severity`` filled with ``fill`` in ``rect``, with its mark in ``ink``
    (the colour :mod:`ui.colours` recorded for it; black or white by the fill without)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    text_rect = rect
    mark_font = QFont(font)
    mark_font.setBold(True)
    if severity == "error":
        painter.drawPolygon(_octagon(rect))
    elif severity == "warning":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(rect.center().x(), rect.top() - 1),
                    QPointF(rect.right() + 1, rect.bottom()),
                    QPointF(rect.left() - 1, rect.bottom()),
                ]
            )
        )
        text_rect = rect.adjusted(0, rect.height() * 0.25, 0, 0)
        if mark_font.pixelSize() > 0:  # the icons' font is sized in pixels
            mark_font.setPixelSize(max(6, round(mark_font.pixelSize() * 0.85)))
        else:
            mark_font.setPointSizeF(mark_font.pointSizeF() * 0.85)
    else:
        painter.drawEllipse(rect)
    painter.setPen(ink if ink is not None else mark_on(fill))
    painter.setFont(mark_font)
    mark = str(count) if count > 1 else ("i" if severity == "info" else "!")
    painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), mark)
    painter.restore()


def severity_icon(severity: str, palette: QPalette, font: QFont) -> QIcon:
    """The shape of ``severity`` as an icon in the palette's colour for it (kept per palette)."""
    key = (palette.cacheKey(), severity)
    found = _ICONS.get(key)
    if found is None:
        if len(_ICONS) > 48:
            _ICONS.clear()
        colours = colours_for(palette)
        fill = colours.severity.get(severity)
        pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)  # drawn at twice the size: crisp on HiDPI
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        if fill is not None:
            painter = QPainter(pixmap)
            small = QFont(font)
            small.setPixelSize(ICON_SIZE - 5)
            shape = QRectF(1.5, 1.5, ICON_SIZE - 3, ICON_SIZE - 3)
            ink = colours.severity_marks[severity]
            paint_severity(painter, shape, severity, fill, small, ink=ink)
            painter.end()
        found = _ICONS[key] = QIcon(pixmap)
    return found


def _octagon(rect: QRectF) -> QPolygonF:
    """A stop sign's shape in ``rect``."""
    cut = rect.width() * 0.29
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    return QPolygonF(
        [
            QPointF(left + cut, top), QPointF(right - cut, top), QPointF(right, top + cut),
            QPointF(right, bottom - cut), QPointF(right - cut, bottom), QPointF(left + cut, bottom),
            QPointF(left, bottom - cut), QPointF(left, top + cut),
        ]
    )  # fmt: skip
