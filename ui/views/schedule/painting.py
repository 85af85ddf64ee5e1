"""Drawing the schedule grid: days, hours, stops, transfers, meetings and badges.

The painter reads a :class:`~ui.views.schedule.layout.Layout` and never the store. Texts
shown in blocks are elided once per block and width and kept until the layout changes, so a
repaint (a scroll, a drag) is rectangles and cached strings: a week of 300 meetings paints well
inside one frame (see ``benchmarks/bench_schedule.py``).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)

from planner import localtime
from planner.queries import ItineraryRow, MeetingRow
from ui.home_time import home_zone_label
from ui.models import timetext, vocab_text
from ui.severity_marks import paint_severity
from ui.views.schedule.layout import BAND_WIDTH, MEETING, Block, Column, Layout
from ui.views.schedule.style import NIGHT_END, NIGHT_START, Style

PAD = 4.0
BADGE = 15.0
HYBRID = 15.0
"""The side of the square marking a hybrid meeting (one with branch venues)."""
HEADER_LINES = 3


@dataclass(frozen=True)
class Line:
    text: str
    font: QFont
    color: QColor
    height: float


@dataclass(frozen=True)
class Viewport:
    """The canvas's viewport: its size, how far it is scrolled, and the pinned parts."""

    width: float
    height: float
    scroll_x: float
    scroll_y: float
    gutter: float
    """Width of the time axes at the left."""
    header: float
    """Height of the day headers at the top."""


@dataclass
class State:
    """What the canvas adds to the layout: selection, problems and the drag in progress."""

    selected: str | None = None
    severities: dict[str, str] | None = None
    """The gravest problem severity of each meeting or transfer that has problems."""
    counts: dict[str, int] | None = None
    ghost: tuple[str | None, dt.datetime, dt.datetime] | None = None
    """The dragged meeting (None when creating) and where it would go."""


class SchedulePainter:
    """Paints a layout; keeps the elided texts of its blocks between paints."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self._texts: dict[tuple[str, int, int], list[Line]] = {}
        self._layout: Layout | None = None
        self._night: dict[int, list[tuple[float, float]]] = {}
        self._kind_words: dict[str, str] | None = None

    def header_height(self) -> float:
        """Whole pixels, so that hour lines fall on pixel rows."""
        style = self.style
        return float(
            math.ceil(style.bold_metrics.height() + 2 * style.small_metrics.height() + 3 * PAD)
        )

    def gutter_width(self, show_home: bool) -> float:
        small = self.style.small_metrics
        home_word = QCoreApplication.translate("ScheduleView", "Home")
        home = max(small.horizontalAdvance("00:00 +1"), small.horizontalAdvance(home_word))
        return float(math.ceil(self.home_x() + (home + 2 * PAD if show_home else 0)))

    def home_x(self) -> float:
        """Where the home column of the gutter starts: after the wider of a local time and
        the word for it ("Ortszeit" is wider than "00:00" and ran into "Heimat")."""
        small = self.style.small_metrics
        word = QCoreApplication.translate("ScheduleView", "Local")
        return max(small.horizontalAdvance("00:00"), small.horizontalAdvance(word)) + 2 * PAD

    # -- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, layout: Layout, state: State, view: Viewport) -> None:
        if layout is not self._layout:
            self._layout = layout
            self._texts.clear()
            self._night.clear()
            self._kind_words = None
        width, height, gutter, header = view.width, view.height, view.gutter, view.header
        sx, sy = view.scroll_x, view.scroll_y
        style = self.style
        painter.fillRect(QRectF(0, 0, width, height), style.base)
        visible = QRectF(sx, sy, width - gutter, height - header)

        painter.save()
        painter.setClipRect(QRectF(gutter, header, width - gutter, height - header))
        painter.translate(gutter - sx, header - sy)
        for column in layout.columns:
            if column.right >= visible.left() and column.x <= visible.right():
                self._column(painter, layout, column, visible)
        for block in layout.blocks:
            if (
                block.bottom >= visible.top()
                and block.top <= visible.bottom()
                and block.right >= visible.left()
                and block.x <= visible.right()
            ):
                self._block(painter, layout, block, state, visible.top())
        if state.ghost is not None:
            self._ghost(painter, layout, state.ghost)
        painter.restore()

        self._gutter(painter, layout, view)
        self._header(painter, layout, view)

    def _column(self, painter: QPainter, layout: Layout, column: Column, visible: QRectF) -> None:
        style = self.style
        x, w = column.x, column.width
        for band in column.bands:
            painter.fillRect(
                QRectF(x + BAND_WIDTH, band.top, w - BAND_WIDTH, band.bottom - band.top),
                style.stop_tint(band.stop_index),
            )
            painter.fillRect(
                QRectF(x, band.top, BAND_WIDTH, band.bottom - band.top),
                style.stop_color(band.stop_index),
            )
        for top, bottom in self._night_of(column):
            painter.fillRect(QRectF(x + BAND_WIDTH, top, w - BAND_WIDTH, bottom - top), style.night)
        show_half = layout.px_per_minute * 30 >= 16
        for mark in column.marks:
            y = mark.minute * column.px_per_minute
            if y < visible.top() - 1 or y > visible.bottom() + 1:
                continue
            if mark.local.minute == 0:
                painter.setPen(style.grid_pen)
            elif show_half:
                painter.setPen(style.half_pen)
            else:
                continue
            painter.drawLine(QPointF(x + BAND_WIDTH, y), QPointF(x + w, y))
        if column.height < layout.height:
            painter.fillRect(
                QRectF(x, column.height, w, layout.height - column.height), style.outside
            )
        painter.setFont(style.small)
        metrics = style.small_metrics
        margin = QRectF(x + BAND_WIDTH, 0, column.label_margin - BAND_WIDTH, 0)
        for label in column.labels:
            y = label.minute * column.px_per_minute
            if y < visible.top() - 2 * metrics.height() or y > visible.bottom():
                continue
            top = y + 1
            if label.local:
                painter.setFont(style.italic_small if label.second_pass else style.small)
                painter.setPen(style.text)
                painter.drawText(
                    QRectF(margin.left() + 2, top, margin.width() - 2, metrics.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                    label.local,
                )
                top += metrics.height()
            if label.home:
                painter.setFont(style.small)
                painter.setPen(style.muted)
                painter.drawText(
                    QRectF(margin.left() + 2, top, margin.width() - 2, metrics.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                    label.home,
                )
        painter.setPen(style.transition_pen)
        for change in column.transitions:
            y = change.minute * column.px_per_minute
            painter.drawLine(QPointF(x + BAND_WIDTH, y), QPointF(x + w, y))
        painter.setPen(style.column_pen)
        painter.drawLine(QPointF(x + w - 0.5, 0), QPointF(x + w - 0.5, layout.height))

    def _block(
        self, painter: QPainter, layout: Layout, block: Block, state: State, top: float
    ) -> None:
        """A meeting or transfer; its text starts at the top of the view when the block
        begins above it, so a long flight scrolled half out of sight still says what it is."""
        style = self.style
        rect = QRectF(block.x, block.top, block.width, block.height)
        meeting = block.meeting
        faded = state.ghost is not None and state.ghost[0] == block.uuid
        if faded:
            painter.setOpacity(0.35)
        if meeting is not None:
            kind = style.kind(meeting.kind)
            if meeting.cancelled:
                painter.fillRect(rect, style.cancelled_fill)
                painter.setPen(style.cancelled_pen)
                bar = None
            elif meeting.status == "tentative":
                painter.fillRect(rect, kind.tentative_fill)
                painter.setPen(kind.tentative_border)
                bar = kind.tentative_bar
            else:
                painter.fillRect(rect, kind.fill)
                painter.setPen(kind.border)
                bar = kind.bar
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            if bar is not None:
                painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), bar)
        else:
            painter.fillRect(rect, style.transfer_fill)
            painter.fillRect(rect, style.transfer_hatch)
            painter.setPen(style.transfer_pen)
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        severity = state.severities.get(block.uuid) if state.severities else None
        badge = BADGE + 2 if severity else 0.0
        hybrid = meeting is not None and bool(meeting.branches)
        if hybrid:
            badge += HYBRID + 2
        lines = self._lines(layout, block, badge)
        left = rect.left() + (7 if meeting is not None else PAD)
        y = max(rect.top(), min(top, rect.bottom() - lines[0].height - 2)) + 1
        bottom = rect.bottom()
        for index, line in enumerate(lines):
            if index and y + line.height > bottom + 1:
                break
            painter.setFont(line.font)
            painter.setPen(line.color)
            right_room = badge if index == 0 else 0.0
            painter.drawText(
                QRectF(left, y, rect.right() - left - PAD - right_room, line.height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                line.text,
            )
            y += line.height
        if severity:
            count = state.counts.get(block.uuid, 1) if state.counts else 1
            self._badge(painter, badge_rect(block), severity, count)
        if hybrid:
            self._hybrid_mark(painter, hybrid_rect(block, with_badge=bool(severity)))
        if faded:
            painter.setOpacity(1.0)
        if block.uuid == state.selected:
            painter.setPen(style.selected_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _badge(self, painter: QPainter, rect: QRectF, severity: str, count: int) -> None:
        """The gravest severity by shape as well as colour (:mod:`ui.severity_marks`)."""
        fill = self.style.severity.get(severity, self.style.muted)
        ink = self.style.severity_marks.get(severity)
        paint_severity(painter, rect, severity, fill, self.style.small, count=count, ink=ink)

    def _hybrid_mark(self, painter: QPainter, rect: QRectF) -> None:
        """Two arrows, one each way, on a square of the base colour: the meeting is also joined from
        elsewhere (drawn as lines, so it shows whatever fonts the machine has)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.style.hybrid, 1.0))
        painter.setBrush(self.style.hybrid_fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        pen = QPen(self.style.hybrid, 1.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset, head = rect.width() * 0.22, rect.width() * 0.18
        left, right = rect.left() + inset, rect.right() - inset
        upper = rect.top() + rect.height() * 0.36
        lower = rect.top() + rect.height() * 0.66
        path = QPainterPath()
        path.moveTo(left, upper)
        path.lineTo(right, upper)
        path.moveTo(right - head, upper - head)
        path.lineTo(right, upper)
        path.lineTo(right - head, upper + head)
        path.moveTo(right, lower)
        path.lineTo(left, lower)
        path.moveTo(left + head, lower - head)
        path.lineTo(left, lower)
        path.lineTo(left + head, lower + head)
        painter.drawPath(path)
        painter.restore()

    def _ghost(
        self, painter: QPainter, layout: Layout, ghost: tuple[str | None, dt.datetime, dt.datetime]
    ) -> None:
        _uuid, start, end = ghost
        painter.save()
        painter.setPen(self.style.selected_pen)
        fill = self.style.colours.ghost_fill
        for column in layout.columns:
            frame = column.frame
            if start >= frame.end or end <= frame.start:
                continue
            top = column.y_of(max(start, frame.start))
            bottom = column.y_of(min(end, frame.end))
            rect = QRectF(
                column.x + BAND_WIDTH + 2, top, column.width - BAND_WIDTH - 6, bottom - top
            )
            painter.fillRect(rect, fill)
            painter.drawRect(rect)
            if frame.contains(start):
                painter.setFont(self.style.bold)
                painter.setPen(self.style.text)
                painter.drawText(
                    rect.adjusted(PAD, 1, -PAD, 0),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                    time_range(start, end, frame.zone),
                )
                painter.setPen(self.style.selected_pen)
        painter.restore()

    def _gutter(self, painter: QPainter, layout: Layout, view: Viewport) -> None:
        gutter, header, sy, height = view.gutter, view.header, view.scroll_y, view.height
        style = self.style
        painter.save()
        painter.setClipRect(QRectF(0, header, gutter, height - header))
        painter.fillRect(QRectF(0, header, gutter, height - header), style.header_fill)
        metrics = style.small_metrics
        local_width = self.home_x()
        show_half = layout.px_per_minute * 30 >= 2 * metrics.height()
        for label in layout.gutter:
            if label.half and not show_half:
                continue
            y = header + label.minute * layout.px_per_minute - sy
            if y < header - metrics.height() or y > height:
                continue
            painter.setFont(style.italic_small if label.second_pass or label.half else style.small)
            painter.setPen(style.muted if label.half else style.text)
            painter.drawText(
                QRectF(PAD, y + 1, local_width, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                label.local or "",
            )
            if layout.show_home and label.home:
                painter.setPen(style.muted)
                painter.drawText(
                    QRectF(local_width, y + 1, gutter - local_width - PAD, metrics.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                    label.home,
                )
            painter.setPen(style.grid_pen)
            painter.drawLine(QPointF(gutter - PAD, y), QPointF(gutter, y))
        painter.setPen(style.column_pen)
        painter.drawLine(QPointF(gutter - 0.5, header), QPointF(gutter - 0.5, height))
        painter.restore()

    def _header(self, painter: QPainter, layout: Layout, view: Viewport) -> None:
        gutter, header, sx, width = view.gutter, view.header, view.scroll_x, view.width
        style = self.style
        painter.fillRect(QRectF(0, 0, width, header), style.header_fill)
        painter.save()
        painter.setClipRect(QRectF(gutter, 0, width - gutter, header))
        axis_zone = layout.columns[layout.axis].frame.zone if layout.axis is not None else None
        for column in layout.columns:
            x = gutter + column.x - sx
            if x > width or x + column.width < gutter:
                continue
            self._day_header(painter, layout, column, x, axis_zone)
        painter.restore()
        painter.setPen(style.column_pen)
        painter.drawLine(QPointF(0, header - 0.5), QPointF(width, header - 0.5))
        self._corner(painter, layout, gutter)

    def _day_header(
        self, painter: QPainter, layout: Layout, column: Column, x: float, axis_zone: str | None
    ) -> None:
        style = self.style
        schedule = layout.schedule
        day = column.day
        room = column.width - 2 * PAD
        bold, small = style.bold_metrics, style.small_metrics
        title = timetext.day_text(day.day)
        hours = column.frame.minutes // 60
        if column.frame.minutes != 24 * 60:
            title = QCoreApplication.translate("ScheduleView", "{day} · {hours} h").format(
                day=title, hours=hours
            )
        painter.setFont(style.bold)
        painter.setPen(style.text)
        painter.drawText(
            QRectF(x + PAD, PAD, room, bold.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            bold.elidedText(title, Qt.TextElideMode.ElideRight, room),
        )
        y = PAD + bold.height()
        painter.setFont(style.small)
        cx = x + PAD
        for n, uuid in enumerate(day.stop_uuids):
            stop = schedule.stop(uuid)
            if stop is None:
                continue
            if n:
                arrow = " → "
                painter.setPen(style.muted)
                painter.drawText(QPointF(cx, y + small.ascent()), arrow)
                cx += small.horizontalAdvance(arrow)
            chip = small.ascent() * 0.7
            painter.fillRect(
                QRectF(cx, y + (small.height() - chip) / 2, chip, chip),
                style.stop_color(schedule.stop_index(uuid)),
            )
            cx += chip + 3
            left = x + column.width - PAD - cx
            if left <= 0:
                break
            painter.setPen(style.text)
            text = small.elidedText(stop.city, Qt.TextElideMode.ElideRight, left)
            painter.drawText(QPointF(cx, y + small.ascent()), text)
            cx += small.horizontalAdvance(text)
        y += small.height()
        parts = day_notes(layout, column, axis_zone)
        night = schedule.stop(day.night_stop_uuid) if day.night_stop_uuid else None
        if night is not None and night.lodging_name:
            parts.append(night.lodging_name)
        painter.setPen(style.muted)
        painter.drawText(
            QRectF(x + PAD, y, room, small.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            small.elidedText(" · ".join(parts), Qt.TextElideMode.ElideRight, room),
        )
        painter.setPen(style.column_pen)
        painter.drawLine(
            QPointF(x + column.width - 0.5, 0), QPointF(x + column.width - 0.5, y + small.height())
        )

    def _corner(self, painter: QPainter, layout: Layout, gutter: float) -> None:
        style = self.style
        small = style.small_metrics
        painter.setFont(style.small)
        painter.setPen(style.muted)
        local_width = self.home_x()
        axis = layout.columns[layout.axis] if layout.axis is not None else None
        y = PAD + style.bold_metrics.height()
        if axis is not None:
            noon = axis.frame.instant_at(axis.frame.minutes / 2)
            local_name = localtime.local(noon, axis.frame.zone).tzname() or ""
            home_name = localtime.local(noon, layout.schedule.home_timezone).tzname() or ""
            painter.drawText(
                QPointF(PAD, y - small.descent()),
                QCoreApplication.translate("ScheduleView", "Local"),
            )
            painter.drawText(QPointF(PAD, y + small.ascent()), local_name)
            if layout.show_home:
                painter.drawText(
                    QPointF(local_width, y - small.descent()),
                    QCoreApplication.translate("ScheduleView", "Home"),
                )
                painter.drawText(QPointF(local_width, y + small.ascent()), home_name)
        painter.setPen(style.column_pen)
        painter.drawLine(QPointF(gutter - 0.5, 0), QPointF(gutter - 0.5, y + small.height()))

    def _night_of(self, column: Column) -> list[tuple[float, float]]:
        found = self._night.get(column.position)
        if found is None:
            found = self._night[column.position] = _night_ranges(column)
        return found

    # -- texts ---------------------------------------------------------------------------------

    def _lines(self, layout: Layout, block: Block, badge: float) -> list[Line]:
        key = (block.uuid, block.column, int(badge))
        found = self._texts.get(key)
        if found is None:
            zone = layout.columns[block.column].frame.zone
            room = block.width - (7 if block.kind == MEETING else PAD) - PAD
            if block.meeting is not None:
                found = self._meeting_lines(block.meeting, zone, room, badge, block.height)
            else:
                assert block.transfer is not None
                found = self._transfer_lines(block.transfer, zone, room, badge)
            self._texts[key] = found
        return found

    def _meeting_lines(
        self, meeting: MeetingRow, zone: str, room: float, badge: float, height: float
    ) -> list[Line]:
        style = self.style
        color = style.block_muted if meeting.cancelled else style.block_text
        when = time_range(meeting.start, meeting.end, meeting.timezone, column_zone=zone)
        if self._kind_words is None:
            self._kind_words = vocab_text.meeting_kinds()
        # The kind in words too: its colour alone says nothing to a colour-blind officer.
        kind = vocab_text.word(self._kind_words, meeting.kind or "other")
        people = attendees_text(meeting.attendee_count)
        title_font = style.struck if meeting.cancelled else style.bold
        bold, small = style.bold_metrics, style.small_metrics
        below = small.height() * (2 if meeting.venue else 1)
        title_lines = max(1, min(3, int((height - 2 - below) // bold.height())))
        lines = [
            _line(text, title_font, bold, color, room - (badge if n == 0 else 0))
            for n, text in enumerate(_wrap(meeting.title, bold, room - badge, room, title_lines))
        ]
        lines.append(
            _line(" · ".join(p for p in (kind, when, people) if p), style.small, small, color, room)
        )
        if meeting.venue:
            lines.append(
                _line(meeting.venue, style.small, style.small_metrics, style.block_muted, room)
            )
        return lines

    def _transfer_lines(
        self, transfer: ItineraryRow, zone: str, room: float, badge: float
    ) -> list[Line]:
        style = self.style
        mode = vocab_text.word(vocab_text.transfer_modes(), transfer.mode)
        name = " ".join(p for p in (mode, transfer.number or transfer.carrier) if p)
        assert transfer.depart is not None and transfer.arrive is not None
        depart = _clock(transfer.depart, transfer.depart_zone, zone)
        arrive = _clock(transfer.arrive, transfer.arrive_zone, zone)
        if transfer.depart_zone != transfer.arrive_zone and not depart.endswith(")"):
            depart = _clock(transfer.depart, transfer.depart_zone, "")
            arrive = _clock(transfer.arrive, transfer.arrive_zone, "")
        color = style.transfer_text
        return [
            _line(name, style.bold, style.bold_metrics, color, room - badge),
            _line(f"{transfer.city} → {transfer.to_city or ''}", style.small, style.small_metrics,
                  color, room),
            _line(f"{depart} → {arrive}", style.small, style.small_metrics, color, room),
        ]  # fmt: skip


def day_notes(layout: Layout, column: Column, axis_zone: str | None) -> list[str]:
    """What a day's header says about its clock: another zone than the gutter's, home a
    different number of hours ahead, the clocks changing."""
    day = column.day
    notes = []
    if day.zone != axis_zone:
        home = layout.schedule.home_timezone
        notes.append(
            QCoreApplication.translate("ScheduleView", "{zone} (home time)").format(
                zone=home_zone_label(day.zone)
            )
            if day.zone == home
            else day.zone
        )
    if column.home_ahead is not None:
        notes.append(
            QCoreApplication.translate("ScheduleView", "home {difference}").format(
                difference=hours_text(column.home_ahead)
            )
        )
    for change in column.transitions:
        words = (
            QCoreApplication.translate("ScheduleView", "clocks go back {hours} at {time}")
            if change.shift_minutes < 0
            else QCoreApplication.translate("ScheduleView", "clocks go forward {hours} at {time}")
        )
        notes.append(words.format(hours=hours_text(abs(change.shift_minutes), sign=False),
                                  time=change.at))  # fmt: skip
    return notes


def hours_text(minutes: int, *, sign: bool = True) -> str:
    """``+7 h``, ``-5 h``, ``+5:45 h`` (``1 h`` without the sign)."""
    prefix = ("-" if minutes < 0 else "+") if sign else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{prefix}{hours}:{rest:02d} h" if rest else f"{prefix}{hours} h"


def attendees_text(count: int) -> str:
    if not count:
        return ""
    return (
        QCoreApplication.translate("ScheduleView", "1 attendee")
        if count == 1
        else QCoreApplication.translate("ScheduleView", "{count} attendees").format(count=count)
    )


def badge_rect(block: Block) -> QRectF:
    """Where a block's problem badge is drawn (and where its tooltip is)."""
    size = min(BADGE, block.height - 2, block.width - 2)
    return QRectF(block.right - size - 2, block.top + 1.5, size, size)


def hybrid_rect(block: Block, *, with_badge: bool) -> QRectF:
    """Where a hybrid meeting's mark is drawn: the top right corner, left of a problem
    badge when there is one (and where its tooltip is)."""
    size = min(HYBRID, block.height - 2, block.width - 2)
    right = block.right - 2 - (BADGE + 2 if with_badge else 0.0)
    return QRectF(right - size, block.top + 1.5, size, size)


def time_range(
    start: dt.datetime, end: dt.datetime, zone: str, *, column_zone: str | None = None
) -> str:
    """``14:00–17:30`` in ``zone``; ``23:00–01:00 (+1)`` across midnight; the zone's
    abbreviation added when the column shows another zone."""
    first, last = localtime.local(start, zone), localtime.local(end, zone)
    text = f"{first:%H:%M}–{last:%H:%M}"
    later = (last.date() - first.date()).days
    if later:
        text += f" (+{later})"
    if column_zone is not None and column_zone != zone:
        text += f" {first.tzname()}"
    return text


def _clock(instant: dt.datetime, zone: str, column_zone: str) -> str:
    local = localtime.local(instant, zone)
    return f"{local:%H:%M}" if zone == column_zone else f"{local:%H:%M} {local.tzname()}"


def _line(text: str, font: QFont, metrics: QFontMetricsF, color: QColor, room: float) -> Line:
    return Line(
        metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0.0)),
        font,
        color,
        metrics.height(),
    )


def _wrap(text: str, metrics: QFontMetricsF, first: float, room: float, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines, broken at spaces (the first line ``first`` wide,
    the others ``room``); the last line elided."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        width = first if not out else room
        taken = 0
        while (
            taken < len(words) and metrics.horizontalAdvance(" ".join(words[: taken + 1])) <= width
        ):
            taken += 1
        if taken == 0 or taken == len(words):
            break
        out.append(" ".join(words[:taken]))
        words = words[taken:]
    out.append(" ".join(words))
    return out


def _night_ranges(column: Column) -> list[tuple[float, float]]:
    """The parts of the day before 07:00 and after 22:00 local time, in content pixels."""
    ranges: list[tuple[float, float]] = []
    marks = [m for m in column.marks if m.local.minute == 0]
    ends = [m.minute for m in marks[1:]] + [column.frame.minutes]
    for mark, end in zip(marks, ends, strict=True):
        wall = mark.local.hour * 60
        if wall < NIGHT_START or wall >= NIGHT_END:
            top, bottom = mark.minute * column.px_per_minute, end * column.px_per_minute
            if ranges and abs(ranges[-1][1] - top) < 0.5:
                ranges[-1] = (ranges[-1][0], bottom)
            else:
                ranges.append((top, bottom))
    return ranges
