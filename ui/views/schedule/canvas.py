"""The schedule grid as a widget: scrolling, the mouse, the keyboard and tooltips.

The canvas is a scroll area whose viewport is painted by
:class:`~ui.views.schedule.painting.SchedulePainter`, with the day header and the time gutter
pinned while the days scroll under them. It edits nothing itself: a drag or a key ends in a
signal with the instants asked for (``times_requested``, ``create_requested``), and the
:class:`~ui.views.schedule.view.ScheduleView` turns that into one undoable command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from planner.schedule import Schedule
from ui.home_time import home_zone_label
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import hybrid_text, timetext, vocab_text
from ui.models.meetings import answer_lines
from ui.views.schedule import navigation
from ui.views.schedule.accessible import BADGE_KEY, STOP_KEY, block_name, schedule_items
from ui.views.schedule.interaction import Drag, Mode, key_times, propose, start_drag, target_at
from ui.views.schedule.layout import Block, Layout, ViewOptions, build_layout
from ui.views.schedule.painting import (
    SchedulePainter,
    State,
    Viewport,
    badge_rect,
    hybrid_rect,
    time_range,
)
from ui.views.schedule.style import Style, worst
from ui.widgets.accessible_items import Item, ItemTree

if TYPE_CHECKING:
    from planner.checks import Problem

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_WALK = {
    Qt.Key.Key_Up: navigation.UP,
    Qt.Key.Key_Down: navigation.DOWN,
    Qt.Key.Key_Left: navigation.LEFT,
    Qt.Key.Key_Right: navigation.RIGHT,
    Qt.Key.Key_Home: navigation.HOME,
    Qt.Key.Key_End: navigation.END,
}
_SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("ScheduleView", "Error"),
    "warning": QT_TRANSLATE_NOOP("ScheduleView", "Warning"),
    "info": QT_TRANSLATE_NOOP("ScheduleView", "Note"),
}


class ScheduleCanvas(QAbstractScrollArea):
    """The grid. Signals carry UUIDs and aware UTC instants:

    - ``selection_changed(str)``: the selected meeting or transfer ('' for none);
    - ``activated(str)``: double-click, Enter or Return on a meeting or transfer;
    - ``times_requested(str, object, object)``: a meeting dragged, resized or moved by a key
      should get this start and end;
    - ``create_requested(int, object, object)``: a meeting should be made on the day of this
      index in the schedule, from start to end;
    - ``zoom_requested(int)``: Ctrl+wheel, 1 to zoom in and -1 out;
    - ``day_chosen(int)``: a day's header was double-clicked (its index).

    The keyboard walks the blocks with the arrow keys, Home and End
    (:mod:`~ui.views.schedule.navigation`); Ctrl+arrows move the selected meeting and
    Ctrl+Shift+Up/Down change its end; Tab leaves the grid. A screen reader sees each stop
    band, meeting, transfer and problem badge as an item (:mod:`~ui.views.schedule.accessible`).
    """

    selection_changed = Signal(str)
    activated = Signal(str)
    times_requested = Signal(str, object, object)
    create_requested = Signal(int, object, object)
    zoom_requested = Signal(int)
    day_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # First: the first accessibility event (a name set) makes Qt cache the canvas's
        # interface, and PySide6 6.8 then kept Qt's own, without the items.
        self.items = ItemTree(
            self,
            QAccessible.Role.List,
            self._items,
            self._item_rect,
            lambda: self.selected,
            name_of=lambda uuid: block_name(self.grid, uuid, self.problems_of, _problem_text),
        )
        self.setObjectName("scheduleCanvas")
        self.setAccessibleName(self.tr("Schedule"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.look = Style(self.palette(), self.font())
        self.painter = SchedulePainter(self.look)
        self.schedule: Schedule | None = None
        self.options = ViewOptions()
        self.grid: Layout | None = None
        self.snap = 15
        self.state = State(severities={}, counts={})
        self._problems: dict[str, list[Problem]] = {}
        self._drag: Drag | None = None
        self._press: QPointF | None = None
        self.header = self.painter.header_height()
        self.gutter = self.painter.gutter_width(False)
        self._piece_column: int | None = None
        """The column of the piece the keys are on, for a meeting drawn in two columns."""
        self.setAccessibleDescription(
            self.tr(
                "Arrow keys go from block to block, Enter edits, Ctrl+arrow keys move the "
                "meeting, Ctrl+Shift+Up or Down change its end."
            )
        )
        self._drawn: tuple[object, ...] = ()
        """What the items are made of, as last told: a resize or a zoom keeps them."""

    # -- what the view calls ------------------------------------------------------------------

    def show_schedule(self, schedule: Schedule | None, options: ViewOptions) -> None:
        """Show ``schedule`` (None: nothing) with ``options``; keeps the selection if the
        selected meeting is still shown."""
        self.schedule = schedule
        self.options = options
        self._drag = None
        self.state.ghost = None
        self.relayout()

    def set_options(self, options: ViewOptions) -> None:
        self.options = options
        self.relayout()

    def relayout(self) -> None:
        schedule = self.schedule
        if schedule is None or not schedule.days:
            self.grid = None
        else:
            home = schedule.home_timezone
            self.gutter = self.painter.gutter_width(any(d.zone != home for d in schedule.days))
            width = max(0.0, self.viewport().width() - self.gutter)
            label = self.look.small_metrics.horizontalAdvance("00:00 +1") + 8
            self.options = replace(self.options, width=width, label_width=label)
            self.grid = build_layout(schedule, self.options)
        self._update_scrollbars()
        if self.state.selected is not None and (
            self.grid is None or not self.grid.blocks_of(self.state.selected)
        ):
            self.select(None)
        drawn = self._what_is_drawn()
        if drawn != self._drawn:
            self._drawn = drawn
            self.items.changed()
        self.viewport().update()

    def set_problems(self, problems: list[Problem]) -> None:
        found: dict[str, list[Problem]] = {}
        for problem in problems:
            for uuid in (*problem.meeting_uuids, *problem.transfer_uuids):
                found.setdefault(uuid, []).append(problem)
        self._problems = found
        self.state.severities = {u: worst([p.severity for p in ps]) for u, ps in found.items()}
        self.state.counts = {u: len(ps) for u, ps in found.items()}
        self.items.changed()
        self.viewport().update()

    def problems_of(self, uuid: str) -> list[Problem]:
        return list(self._problems.get(uuid, ()))

    @property
    def selected(self) -> str | None:
        return self.state.selected

    def select(self, uuid: str | None) -> None:
        if uuid == self.state.selected:
            return
        self.state.selected = uuid
        self.viewport().update()
        self.selection_changed.emit(uuid or "")
        self.items.moved_to(uuid)

    def ensure_visible(self, uuid: str) -> None:
        """Scroll so that the block ``uuid`` is in sight."""
        if self.grid is None:
            return
        blocks = self.grid.blocks_of(uuid)
        if not blocks:
            return
        self._piece_column = blocks[0].column
        self._reveal(blocks[0])

    def scroll_to_minute(self, minute: float) -> None:
        self.verticalScrollBar().setValue(int(minute * self.options.px_per_minute))

    def top_minute(self) -> float:
        return self.verticalScrollBar().value() / self.options.px_per_minute

    # -- geometry for tests and the view -----------------------------------------------------

    def to_content(self, pos: QPointF | QPoint) -> tuple[float, float]:
        return (
            pos.x() - self.gutter + self.horizontalScrollBar().value(),
            pos.y() - self.header + self.verticalScrollBar().value(),
        )

    def to_viewport(self, x: float, y: float) -> QPointF:
        return QPointF(
            x + self.gutter - self.horizontalScrollBar().value(),
            y + self.header - self.verticalScrollBar().value(),
        )

    def block_rect(self, uuid: str) -> QRectF | None:
        """Where the (first piece of the) block ``uuid`` is, in viewport coordinates."""
        if self.grid is None:
            return None
        blocks = self.grid.blocks_of(uuid)
        if not blocks:
            return None
        block = blocks[0]
        return QRectF(
            self.to_viewport(block.x, block.top), self.to_viewport(block.right, block.bottom)
        )

    def point_at(self, instant: dt.datetime, day_index: int | None = None) -> QPointF | None:
        """The viewport point at ``instant`` in the middle of its day's column (or of the
        column of ``day_index``)."""
        if self.grid is None:
            return None
        for column in self.grid.columns:
            if (day_index is None and column.frame.contains(instant)) or column.index == day_index:
                return self.to_viewport(column.x + column.width / 2, column.y_of(instant))
        return None

    def tooltip_at(self, pos: QPointF | QPoint) -> str:
        """The tooltip the grid shows at viewport point ``pos`` ('' for none)."""
        if self.grid is None:
            return ""
        x, y = self.to_content(pos)
        block = self.grid.block_at(x, y)
        if block is None:
            return ""
        problems = self._problems.get(block.uuid, [])
        if problems and badge_rect(block).adjusted(-2, -2, 2, 2).contains(QPointF(x, y)):
            return _problem_text(problems)
        meeting = block.meeting
        if meeting is not None and meeting.branches:
            mark = hybrid_rect(block, with_badge=bool(problems)).adjusted(-2, -2, 2, 2)
            if mark.contains(QPointF(x, y)):
                return "\n".join([hybrid_text.hybrid_heading(), *hybrid_text.branch_lines(meeting)])
        text = self._block_tooltip(block)
        return text + ("\n\n" + _problem_text(problems) if problems else "")

    # -- events ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        try:
            size = (float(self.viewport().width()), float(self.viewport().height()))
            if self.grid is None:
                painter.fillRect(QRectF(0, 0, *size), self.look.base)
                painter.setPen(self.look.muted)
                painter.drawText(
                    QRectF(0, 0, *size), int(Qt.AlignmentFlag.AlignCenter), self._empty_text()
                )
                return
            view = Viewport(
                *size,
                scroll_x=float(self.horizontalScrollBar().value()),
                scroll_y=float(self.verticalScrollBar().value()),
                gutter=self.gutter,
                header=self.header,
            )
            self.painter.paint(painter, self.grid, self.state, view)
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self.grid is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        if pos.y() < self.header or pos.x() < self.gutter:
            return
        x, y = self.to_content(pos)
        target = target_at(self.grid, x, y)
        if target.block is not None:
            self._piece_column = target.block.column
        self.select(target.block.uuid if target.block is not None else None)
        self._drag = start_drag(self.grid, x, y)
        self._press = pos

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.grid is None:
            return
        pos = event.position()
        x, y = self.to_content(pos)
        drag = self._drag
        if drag is None:
            self._hover(pos, x, y)
            return
        if drag.proposal is None and self._press is not None:
            moved = (pos - self._press).manhattanLength()
            if moved < QApplication.startDragDistance():
                return
        drag.proposal = propose(drag, self.grid, x, y, self.snap)
        self.state.ghost = None if drag.proposal is None else (drag.uuid, *drag.proposal)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag, self._press = self._drag, None, None
        self.state.ghost = None
        self.viewport().update()
        if drag is None or drag.proposal is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = drag.proposal
        if drag.mode is Mode.CREATE:
            assert self.grid is not None
            self.create_requested.emit(self.grid.columns[drag.column].index, start, end)
        elif drag.uuid is not None and (start, end) != (drag.start, drag.end):
            self.times_requested.emit(drag.uuid, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.grid is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        x, y = self.to_content(pos)
        if pos.y() < self.header:
            column = self.grid.column_at(x)
            if column is not None and pos.x() >= self.gutter:
                self.day_chosen.emit(column.index)
            return
        block = self.grid.block_at(x, y)
        if block is not None:
            self._drag = None
            self.select(block.uuid)
            self.activated.emit(block.uuid)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        uuid = self.state.selected
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.state.ghost = None
            self.viewport().update()
            return
        if uuid and key in _ENTER:
            self.activated.emit(uuid)
            return
        plain = mods & ~Qt.KeyboardModifier.KeypadModifier
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        if key in _WALK and plain == Qt.KeyboardModifier.NoModifier and self.grid is not None:
            self._walk(_WALK[Qt.Key(key)])
            return
        meeting = self.schedule.meeting(uuid) if self.schedule and uuid else None
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if meeting is not None and key in arrows and plain in (ctrl, ctrl | shift):
            vertical = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(key), 0)
            days = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(key), 0)
            resize = bool(plain & shift) and bool(vertical)
            times = key_times(
                meeting.start, meeting.end, meeting.timezone, self.snap,
                vertical=vertical, days=days, resize=resize,
            )  # fmt: skip
            if times is not None:
                self.times_requested.emit(meeting.uuid, *times)
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """A new palette (dark mode) or font: rebuild the colours, fonts and measures; a new
        language: the items' names."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.items.changed()
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.look = Style(self.palette(), self.font())
            self.painter = SchedulePainter(self.look)
            self.header = self.painter.header_height()
            self.relayout()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- private -------------------------------------------------------------------------------

    def _update_scrollbars(self) -> None:
        grid = self.grid
        room_h = max(0, self.viewport().height() - int(self.header))
        room_w = max(0, self.viewport().width() - int(self.gutter))
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        if grid is None:
            vbar.setRange(0, 0)
            hbar.setRange(0, 0)
            return
        vbar.setRange(0, max(0, int(grid.height + 8) - room_h))
        vbar.setPageStep(room_h)
        vbar.setSingleStep(max(1, int(grid.px_per_minute * 15)))
        hbar.setRange(0, max(0, int(grid.width) - room_w))
        hbar.setPageStep(room_w)
        hbar.setSingleStep(20)

    def _walk(self, direction: str) -> None:
        """Move the selection as an arrow, Home or End key asks, and bring it into sight."""
        grid = self.grid
        assert grid is not None
        here = (
            navigation.piece(grid, self.state.selected, self._piece_column)
            if self.state.selected
            else None
        )
        if here is None:
            top = float(self.verticalScrollBar().value())
            found = navigation.first_in_sight(grid, top, top + self.viewport().height())
        else:
            found = navigation.neighbour(grid, here, direction)
        if found is None:
            return
        self._piece_column = found.column
        self.select(found.uuid)
        self._reveal(found)

    def _reveal(self, block: Block) -> None:
        bar = self.verticalScrollBar()
        room = self.viewport().height() - self.header
        if block.top < bar.value() or block.bottom > bar.value() + room:
            bar.setValue(int(block.top - min(room / 4, 60)))
        hbar = self.horizontalScrollBar()
        width = self.viewport().width() - self.gutter
        if block.x < hbar.value() or block.right > hbar.value() + width:
            hbar.setValue(int(block.x - 20))

    def _what_is_drawn(self) -> tuple[object, ...]:
        """Everything the items' names come from (days, stops, blocks with their rows), so
        that a resize, a scroll or a zoom keeps the items a screen reader holds."""
        grid = self.grid
        if grid is None:
            return ()
        return (
            tuple((c.day, c.bands) for c in grid.columns),
            tuple((b.uuid, b.column, b.meeting, b.transfer) for b in grid.blocks),
        )

    def _items(self) -> list[Item]:
        return schedule_items(self.grid, self.problems_of, _problem_text, self._block_tooltip)

    def _item_rect(self, key: str) -> QRect | None:
        """Where the item ``key`` is drawn, in the canvas's own coordinates (cut to what is
        in sight of the viewport; None when scrolled out of it)."""
        grid = self.grid
        if grid is None:
            return None
        badge = key.removeprefix(BADGE_KEY.format(uuid=""))
        uuid = badge if badge != key else key
        blocks = grid.blocks_of(uuid)
        found: QRectF | None
        if blocks:
            block = navigation.piece(grid, uuid, self._piece_column) or blocks[0]
            shape = (
                badge_rect(block)
                if badge != key
                else QRectF(block.x, block.top, block.width, block.height)
            )
            found = QRectF(
                self.to_viewport(shape.left(), shape.top()),
                self.to_viewport(shape.right(), shape.bottom()),
            )
        else:
            found = self._band_rect(key)
            if found is None:
                return None
        sight = QRectF(self.gutter, self.header, self.viewport().width(), self.viewport().height())
        shown = found.intersected(sight)
        if shown.isEmpty():
            return None
        return shown.toAlignedRect().translated(self.viewport().pos())

    def _band_rect(self, key: str) -> QRectF | None:
        grid = self.grid
        assert grid is not None
        for column in grid.columns:
            for band in column.bands:
                if key == STOP_KEY.format(column=column.position, stop=band.stop_uuid):
                    return QRectF(
                        self.to_viewport(column.x, band.top),
                        self.to_viewport(column.right, band.bottom),
                    )
        return None

    def _hover(self, pos: QPointF, x: float, y: float) -> None:
        assert self.grid is not None
        shape = Qt.CursorShape.ArrowCursor
        if pos.y() >= self.header and pos.x() >= self.gutter:
            mode = target_at(self.grid, x, y).mode
            if mode in (Mode.RESIZE_START, Mode.RESIZE_END):
                shape = Qt.CursorShape.SizeVerCursor
            elif mode is Mode.MOVE:
                shape = Qt.CursorShape.OpenHandCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)

    def _empty_text(self) -> str:
        if self.schedule is None:
            return self.tr("No trip is open.")
        return self.tr("This trip has no stops yet: add one to plan its days.")

    def _block_tooltip(self, block: Block) -> str:
        schedule = self.schedule
        home = schedule.home_timezone if schedule is not None else None
        if block.meeting is not None:
            m = block.meeting
            lines = [
                m.title,
                " · ".join(
                    p
                    for p in (
                        vocab_text.word(vocab_text.meeting_kinds(), m.kind),
                        vocab_text.word(vocab_text.meeting_statuses(), m.status),
                        m.stop_city,
                    )
                    if p
                ),
                time_range(m.start, m.end, m.timezone) + f" ({m.timezone})",
            ]
            if home and home != m.timezone:
                at_home = QCoreApplication.translate("ScheduleView", "{times} at home ({zone})")
                times = time_range(m.start, m.end, home)
                lines.append(at_home.format(times=times, zone=home_zone_label(home)))
            if m.venue:
                lines.append(m.venue)
            if m.attendee_names:
                lines.append(", ".join(m.attendee_names))
            lines += answer_lines(m)
            if m.branches:
                lines += ["", hybrid_text.hybrid_heading(), *hybrid_text.branch_lines(m)]
            return "\n".join(lines)
        t = block.transfer
        assert t is not None and t.depart is not None and t.arrive is not None
        return "\n".join(
            [
                t.label,
                timetext.when_tooltip(t.depart, t.depart_zone, home),
                timetext.when_tooltip(t.arrive, t.arrive_zone, home),
            ]
        )


def _problem_text(problems: Sequence[Any]) -> str:
    def word(severity: str) -> str:
        return QCoreApplication.translate("ScheduleView", _SEVERITY_WORDS.get(severity, severity))

    return "\n".join(f"{word(p.severity)}: {p.message}" for p in problems)
