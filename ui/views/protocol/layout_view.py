"""A meeting's layout drawn from above: a signing ceremony, a banquet, the cars, the photo.

The layout is :func:`planner.protocol.layouts.layout_for`'s plain data, so this view, the
briefing pack and the tests agree on who is where; this module only scales the room's seat
units to pixels and paints. The sides are told apart by colour and by the legend's words, and
every place has a sentence for screen readers (:meth:`LayoutView.place_text`, gathered in the
widget's accessible description). The colours follow the palette
(:attr:`ui.colours.Colours.layout`): text at 4.5:1 on every fill, edges and flags at 3:1,
checked for light, dark and high-contrast palettes by ``tests/ui/test_colour_contrast.py``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.protocol import DELEGATION, GUEST, HOST
from planner.protocol.layouts import Furniture, Layout, Place
from ui.colours import LayoutColours, colours_for
from ui.views.protocol.drawing_fonts import DrawingFonts
from ui.views.protocol.rank_list import latin_and_native

UNIT, MIN_UNIT = 140.0, 100.0
"""Pixels for one seat unit of the layout: as much as fits the width, down to the least at
which a name still reads (a wider layout scrolls)."""
BOX_SHARE = 0.9
"""A place's box is this share of a unit wide."""
MARGIN = 16.0
PAD = 4.0


class LayoutView(DrawingFonts):
    """Paints one :class:`~planner.protocol.layouts.Layout` (or a line saying why none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatingLayoutView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.layout_data: Layout | None = None
        self.empty_text = ""
        self.boxes: list[tuple[Place, QRectF]] = []
        self._origin = QPointF()
        self.unit = UNIT
        self._size = QSize(400, 200)
        self._fonts()

    # -- what the panel and tests call --------------------------------------------------------

    def show_layout(self, layout: Layout | None, empty_text: str = "") -> None:
        self.layout_data, self.empty_text = layout, empty_text
        self._place()
        texts = [self.place_text(p) for p, _r in self.boxes]
        self.setAccessibleName(self.kind_text() if layout else empty_text)
        self.setAccessibleDescription("\n".join(texts))
        self.updateGeometry()
        self.update()

    def kind_text(self) -> str:
        kind = self.layout_data.kind if self.layout_data else ""
        words = {
            "talks": self.tr("Seating for talks"),
            "signing": self.tr("Signing ceremony"),
            "banquet": self.tr("Banquet seating"),
            "cars": self.tr("Seats in the cars"),
            "photo": self.tr("Group photo"),
        }
        return words.get(kind, "")

    def rect_of(self, uuid: str) -> QRectF | None:
        return next((r for p, r in self.boxes if p.attendee and p.attendee.uuid == uuid), None)

    def place_text(self, place: Place) -> str:
        """What a screen reader says for a place: side, what the place is, who."""
        side = {HOST: self.tr("Host side"), GUEST: self.tr("Guest side")}.get(place.side, "")
        person = place.attendee
        who = person.name if person else self.tr("not yet assigned")
        parts = [side, self._tag(place), who]
        if person and person.organization:
            parts.append(person.organization)
        if place.venue:
            parts.append(self.tr("at {venue}").format(venue=place.venue))
        return ", ".join(p for p in parts if p)

    # -- Qt -------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._size

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._size

    def changeEvent(self, event: object) -> None:  # noqa: N802
        super().changeEvent(event)  # type: ignore[arg-type]
        self._fonts()
        self._place()

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        before = self._size
        self._place()
        if self._size != before:  # a new width gave a new scale, so a new height
            self.updateGeometry()

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            found = next((p for p, r in self.boxes if r.contains(point)), None)
            if found is not None:
                QToolTip.showText(event.globalPos(), self.place_text(found), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().base())
            if self.layout_data is None:
                painter.setPen(self._look().text)
                painter.drawText(
                    QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    self.empty_text,
                )
                return
            self._paint(painter, self.layout_data)
        finally:
            painter.end()

    # -- layout -----------------------------------------------------------------------------------

    def _look(self) -> LayoutColours:
        return colours_for(self.palette()).layout

    def _lines(self, place: Place) -> list[tuple[str, QFont, QFontMetricsF, QColor]]:
        lines: list[tuple[str, QFont, QFontMetricsF, QColor]] = []
        look = self._look()
        if place.attendee is not None:
            latin, native = latin_and_native(place.attendee)
            lines.append((latin, self.name_font, self.name_metrics, look.text))
            if native:
                lines.append((native, self.font(), self.text_metrics, look.text))
        tag = self._tag(place)
        if tag:
            lines.append((tag, self.small_font, self.small_metrics, look.muted))
        return lines

    def _tag(self, place: Place) -> str:
        kind = self.layout_data.kind if self.layout_data else ""
        if kind == "cars" and place.order:
            words = [self.tr("Rear right"), self.tr("Rear left"), self.tr("Front right")]
            return words[place.order - 1]
        if kind == "banquet" and place.order:
            return self.tr("Table {table}, seat {seat}").format(table=place.table, seat=place.order)
        if place.role == "signatory":
            return self.tr("Signatory")
        tags = {
            "principal": self.tr("★ Head of side"),
            "assistant": self.tr("Signing assistant"),
            "driver": self.tr("Driver"),
        }
        if place.role in tags:
            return tags[place.role]
        if place.attendee is not None and place.attendee.is_interpreter:
            return self.tr("Interpreter")
        return ""

    def _place(self) -> None:
        self.boxes = []
        layout = self.layout_data
        if layout is None:
            self._size = QSize(400, 160)
            return
        left, top, right, bottom = layout.bounds
        head = self.title_metrics.height() + 2 * PAD
        fit = (self.width() - 2 * MARGIN) / max(right - left, 1.0)
        self.unit = unit = max(MIN_UNIT, min(UNIT, fit))
        content = (right - left) * unit
        # Centred in a wider window, like the plan for talks.
        spare = max(0.0, (self.width() - content - 2 * MARGIN) / 2)
        self._origin = QPointF(MARGIN + spare - left * unit, MARGIN + head - top * unit)
        height = max(
            (sum(m.height() for _t, _f, m, _c in self._lines(p)) for p in layout.places),
            default=0.0,
        )
        box_h = min(unit * 0.8, math.ceil(height + 2 * PAD))
        box_w = unit * BOX_SHARE
        for place in layout.places:
            centre = self._at(place.x, place.y)
            self.boxes.append(
                (place, QRectF(centre.x() - box_w / 2, centre.y() - box_h / 2, box_w, box_h))
            )
        line = self.text_metrics.height()
        remote = len(layout.remote) + len({r.branch for r in layout.remote})
        # The least the layout needs (the scroll area gives it more when there is room).
        width = (right - left) * MIN_UNIT + 2 * MARGIN
        tall = head + (bottom - top) * unit + 2 * MARGIN + (2 + remote) * line
        self._size = QSize(math.ceil(width), math.ceil(tall))

    def _at(self, x: float, y: float) -> QPointF:
        return QPointF(self._origin.x() + x * self.unit, self._origin.y() + y * self.unit)

    # -- painting ---------------------------------------------------------------------------------

    def _paint(self, painter: QPainter, layout: Layout) -> None:
        painter.setFont(self.title_font)
        painter.setPen(self._look().text)
        title = f"{self.kind_text()} · {layout.title}"
        painter.drawText(
            QPointF(MARGIN, MARGIN + self.title_metrics.ascent()),
            self.title_metrics.elidedText(
                title, Qt.TextElideMode.ElideRight, self.width() - 2 * MARGIN
            ),
        )
        for item in layout.furniture:
            self._paint_furniture(painter, item)
        for place, rect in self.boxes:
            self._paint_place(painter, place, rect)
        self._paint_legend(painter, layout)

    def _paint_furniture(self, painter: QPainter, item: Furniture) -> None:
        centre = self._at(item.x, item.y)
        rect = QRectF(
            centre.x() - item.width * self.unit / 2,
            centre.y() - item.height * self.unit / 2,
            item.width * self.unit,
            item.height * self.unit,
        )
        look = self._look()
        painter.setFont(self.small_font)
        label = {
            "door": self.tr("Door"),
            "camera": self.tr("Camera"),
            "flags": self.tr("Flags"),
            # The signing table is named; the table of talks is not (its label is empty).
            "table": self.tr("Signing table") if item.label else "",
            "round-table": self.tr("Table {number}").format(number=item.label),
            "car": self.tr("Car {number}").format(number=item.label.split()[-1]),
        }.get(item.kind, item.label)
        if item.kind in ("table", "round-table"):
            painter.setPen(QPen(look.table_edge, 1.5))
            painter.setBrush(look.table_fill)
            if item.kind == "table":
                painter.drawRoundedRect(rect, 6, 6)
            else:
                painter.drawEllipse(rect)
            painter.setPen(look.text)
            if item.kind == "round-table":
                painter.setFont(self.name_font)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
            return
        if item.kind == "flags":
            painter.setPen(QPen(look.table_edge, 1.5))
            painter.drawLine(rect.center(), QPointF(rect.center().x(), rect.top()))
            for dx, colour in zip((-1, 1), look.flags, strict=True):
                flag = QRectF(
                    rect.center().x() + (dx - 1) * 9 + (1 if dx > 0 else 0), rect.top(), 16, 10
                )
                painter.fillRect(flag, colour)
            painter.setPen(look.muted)
            painter.drawText(
                rect.adjusted(-20, 12, 20, 12), int(Qt.AlignmentFlag.AlignCenter), label
            )
            return
        pen = QPen(look.table_edge if item.kind != "venue" else look.host_edge, 2.0)
        if item.kind in ("venue", "car", "camera"):
            pen.setStyle(Qt.PenStyle.DashLine if item.kind == "venue" else Qt.PenStyle.SolidLine)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 10, 10)
            painter.setPen(look.text)
            painter.drawText(
                rect.adjusted(PAD, PAD, -PAD, -PAD),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                label,
            )
            return
        # The door: a thick line with its word beside it.
        pen.setWidthF(5.0)
        painter.setPen(pen)
        painter.drawLine(QPointF(rect.left(), centre.y()), QPointF(rect.right(), centre.y()))
        painter.setPen(look.text)
        painter.drawText(
            QPointF(rect.right() + PAD, centre.y() + self.small_metrics.ascent() / 2), label
        )

    def _paint_place(self, painter: QPainter, place: Place, rect: QRectF) -> None:
        look = self._look()
        fill, edge = {
            HOST: (look.host_fill, look.host_edge),
            GUEST: (look.guest_fill, look.guest_edge),
        }.get(place.side, (look.empty_fill, look.empty_edge))
        if place.attendee is None:
            fill, edge = look.empty_fill, look.empty_edge
        pen = QPen(edge, 3.0 if place.role in ("principal", "signatory") else 1.2)
        if place.attendee is None:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        y = rect.top() + PAD
        for words, font, metrics, colour in self._lines(place):
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(
                QRectF(rect.left() + PAD, y, rect.width() - 2 * PAD, metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                metrics.elidedText(words, Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD),
            )
            y += metrics.height()

    def _paint_legend(self, painter: QPainter, layout: Layout) -> None:
        _left, _top, _right, bottom = layout.bounds
        y = self._at(0, bottom).y() + MARGIN
        line = self.text_metrics.height()
        painter.setFont(self.font())
        look = self._look()
        ours_host = layout.host_side == DELEGATION
        x = MARGIN
        for fill, edge, words in (
            (
                look.host_fill,
                look.host_edge,
                self.tr("Hosts: the delegation") if ours_host else self.tr("Hosts: counterparts"),
            ),
            (
                look.guest_fill,
                look.guest_edge,
                self.tr("Guests: counterparts") if ours_host else self.tr("Guests: the delegation"),
            ),
        ):
            painter.setPen(QPen(edge, 1.2))
            painter.setBrush(fill)
            painter.drawRect(QRectF(x, y + 2, line - 4, line - 4))
            painter.setPen(look.text)
            painter.drawText(QPointF(x + line + PAD, y + self.text_metrics.ascent()), words)
            x += line + 2 * PAD + self.text_metrics.horizontalAdvance(words) + 3 * MARGIN
        y += line + PAD
        groups: dict[str, list[str]] = {}
        for remote in layout.remote:
            groups.setdefault(remote.branch, []).append(remote.attendee.name)
        for branch, people in groups.items():
            painter.drawText(
                QPointF(MARGIN, y + self.text_metrics.ascent()),
                self.tr("Joining from {venue}:").format(venue=branch) + " " + "; ".join(people),
            )
            y += line
