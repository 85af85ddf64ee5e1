"""A meeting's seating plan drawn as a protocol office draws it on paper.

The table is a long rectangle seen from above: the host side's seats along its top edge, the
guests' along its bottom edge, each head in the middle facing the other, interpreters beside
their heads (the plan is :func:`planner.protocol.seating_plan`'s, so the window and the
briefing pack agree). Each seat shows the name in Latin letters, the native script beneath
it, and the position small; the heads' and interpreters' seats are marked in colour and word.
The colours follow the palette (:attr:`ui.colours.Colours.seating`): a seat is the base
colour, so names stay readable in a dark palette.
People who join from a branch venue have no seat; they are listed below, by venue.

Geometry is computed once per plan (:meth:`SeatingPlanView.seat_rect` answers tests and
tooltips) and the paint event only draws it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.protocol import DELEGATION, GUEST, HOST, Attendee, Remote, Seat, SeatingPlan
from planner.protocol.precedence import head_of
from ui.colours import SeatingColours, colours_for
from ui.views.protocol.drawing_fonts import DrawingFonts
from ui.views.protocol.rank_list import latin_and_native
from ui.views.protocol.seat_access import PlacedSeat, next_seat, seat_items, seat_name
from ui.widgets.accessible_items import ItemTree

MARGIN = 16.0
GAP = 10.0
PAD = 6.0
MIN_SEAT_WIDTH = 130.0
MAX_SEAT_WIDTH = 210.0
TABLE_HEIGHT = 56.0


class SeatingPlanView(DrawingFonts):
    """Paints one :class:`~planner.protocol.SeatingPlan` (or a line saying why there is none).

    The keyboard walks the seats (:mod:`~ui.views.protocol.seat_access`); ``seat_focused(str)``
    carries the focused seat's sentence ('' when the plan loses the focus) for the panel to
    show, and a screen reader sees each seat as a named item."""

    seat_focused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = ItemTree(  # before any name is set (see ScheduleCanvas)
            self,
            QAccessible.Role.List,
            lambda: seat_items(self),
            self._seat_box,
            lambda: self.current,
        )
        self.setObjectName("seatingPlan")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Seating plan"))
        self.current: str | None = None
        """The UUID of the person whose seat the keyboard is on."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plan: SeatingPlan | None = None
        self.title = ""
        self.empty_text = ""
        self.placed: list[PlacedSeat] = []
        self.table = QRectF()
        self.remote_lines: list[tuple[str, list[Remote]]] = []
        self._size = QSize(400, 200)
        self._fonts()

    # -- what the panel calls -------------------------------------------------------------------

    def show_plan(self, plan: SeatingPlan | None, title: str = "", empty_text: str = "") -> None:
        self.plan, self.title, self.empty_text = plan, title, empty_text
        self._place()
        if self.current is not None and self.seat_rect(self.current) is None:
            self.current = None
        self.items.changed()
        self._tell()
        self.updateGeometry()
        self.update()

    def seat_rect(self, uuid: str) -> QRectF | None:
        """Where the seat of person ``uuid`` is drawn (None: no seat at the table)."""
        return next((p.rect for p in self.placed if p.seat.attendee.uuid == uuid), None)

    def seat_at(self, point: QPointF) -> PlacedSeat | None:
        return next((p for p in self.placed if p.rect.contains(point)), None)

    def row_names(self, place: str) -> list[str]:
        """The Latin names of a row (:data:`HOST` or :data:`GUEST`) from the left."""
        return [
            latin_and_native(p.seat.attendee)[0]
            for p in sorted(self.placed, key=lambda p: p.rect.left())
            if p.seat.side == place
        ]

    def side_heading(self, place: str) -> str:
        assert self.plan is not None
        ours = (self.plan.host_side == DELEGATION) == (place == HOST)
        if place == HOST:
            return self.tr("Hosts: the delegation") if ours else self.tr("Hosts: counterparts")
        return self.tr("Guests: the delegation") if ours else self.tr("Guests: counterparts")

    # -- Qt -------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._size

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._size

    def changeEvent(self, event: object) -> None:  # noqa: N802
        super().changeEvent(event)  # type: ignore[arg-type]
        self._fonts()
        self._place()
        if isinstance(event, QEvent) and event.type() == QEvent.Type.LanguageChange:
            self.items.changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        here = next((p for p in self.placed if p.seat.attendee.uuid == self.current), None)
        found = next_seat(self.placed, here, event.key())
        if found is None:
            super().keyPressEvent(event)
            return
        self._move_to(found.seat.attendee.uuid)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A click on a seat puts the keyboard there (the focus comes with the click)."""
        super().mousePressEvent(event)
        found = self.seat_at(event.position())
        if found is not None:
            self._move_to(found.seat.attendee.uuid)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """The keyboard arrives on the seat it left, else on the first: its details show."""
        super().focusInEvent(event)
        clicked = event.reason() == Qt.FocusReason.MouseFocusReason  # the click picks the seat
        if self.current is None and self.placed and not clicked:
            self._move_to(self.placed[0].seat.attendee.uuid)
        else:
            self._tell()
            self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.seat_focused.emit("")
        self.update()

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            found = self.seat_at(QPointF(event.pos()))
            if found is not None:
                QToolTip.showText(event.globalPos(), self._tooltip(found), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            painter.fillRect(self.rect(), palette.base())
            text = palette.text().color()
            if self.plan is None:
                painter.setPen(text)
                painter.setFont(self.font())
                painter.drawText(
                    QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    self.empty_text,
                )
                return
            self._paint_plan(painter, colours_for(palette).seating)
            focused = self.seat_rect(self.current) if self.current and self.hasFocus() else None
            if focused is not None:
                painter.setPen(QPen(palette.highlight().color(), 2.0, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(focused.adjusted(-3, -3, 3, 3), 6, 6)
        finally:
            painter.end()

    # -- the keyboard ---------------------------------------------------------------------------

    def _move_to(self, uuid: str) -> None:
        self.current = uuid
        self.items.moved_to(uuid)
        self._tell()
        self.update()

    def _tell(self) -> None:
        """Say which seat the keyboard is on, for the panel's line under the plan."""
        placed = next((p for p in self.placed if p.seat.attendee.uuid == self.current), None)
        if self.hasFocus() and placed is not None:
            self.seat_focused.emit(seat_name(self, placed))

    def _seat_box(self, uuid: str) -> QRect | None:
        rect = self.seat_rect(uuid)
        return rect.toAlignedRect() if rect is not None else None

    # -- layout -----------------------------------------------------------------------------------

    def _seat_lines(self, seat: Seat, head: bool) -> list[tuple[str, QFont, QFontMetricsF]]:
        person = seat.attendee
        latin, native = latin_and_native(person)
        name = f"{person.honorific} {latin}" if person.honorific and not native else latin
        lines = [(name, self.name_font, self.name_metrics)]
        if native:
            lines.append((native, self.font(), self.text_metrics))
        tag = self._tag(person, head)
        # A position that only repeats the tag ("Interpreter", in the data's language or the
        # interface's) says nothing more.
        repeats = {tag.casefold(), "interpreter" if person.is_interpreter else ""}
        if person.position and person.position.casefold() not in repeats:
            lines.append((person.position, self.small_font, self.small_metrics))
        if tag:
            lines.append((tag, self.small_font, self.small_metrics))
        return lines

    def _tag(self, person: Attendee, head: bool) -> str:
        if head:
            return self.tr("★ Head of side")
        if person.is_interpreter:
            return self.tr("Interpreter")
        return ""

    def _place(self) -> None:
        self.placed = []
        self.remote_lines = []
        plan = self.plan
        if plan is None:
            self._size = QSize(400, 160)
            return
        heads = {place: head_of([s.attendee for s in plan.row(place)]) for place in (HOST, GUEST)}
        head_uuids = {h.uuid for h in heads.values() if h is not None}
        widest = MIN_SEAT_WIDTH
        tallest = 0.0
        for seat in plan.seats:
            lines = self._seat_lines(seat, seat.attendee.uuid in head_uuids)
            widest = max(widest, *(m.horizontalAdvance(t) + 2 * PAD for t, _f, m in lines))
            tallest = max(tallest, sum(m.height() for _t, _f, m in lines))
        width = min(MAX_SEAT_WIDTH, math.ceil(widest))
        height = math.ceil(tallest + 2 * PAD + 4)
        # The table is as long on either side of the heads (x = 0), so the heads sit in the
        # middle of it even when one side has more people to the right than to the left.
        reach = max(-plan.span[0], plan.span[1])
        low, high = -reach, reach
        columns = high - low + 1
        table_width = columns * width + (columns - 1) * GAP + 2 * GAP
        title_h = self.title_metrics.height() + PAD
        heading_h = self.text_metrics.height() + PAD
        room = max(float(self.width()), table_width + 2 * MARGIN)
        left = (room - table_width) / 2
        top = MARGIN + title_h + heading_h
        host_top = top
        table_top = host_top + height + GAP
        guest_top = table_top + TABLE_HEIGHT + GAP
        self.table = QRectF(left, table_top, table_width, TABLE_HEIGHT)
        for seat in plan.seats:
            x = left + GAP + (seat.x - low) * (width + GAP)
            y = host_top if seat.side == HOST else guest_top
            self.placed.append(
                PlacedSeat(seat, QRectF(x, y, width, height), seat.attendee.uuid in head_uuids)
            )
        groups: dict[tuple[str, str], list[Remote]] = {}
        for remote in plan.remote:
            groups.setdefault((remote.side, remote.branch), []).append(remote)
        self.remote_lines = [(branch, people) for (_side, branch), people in groups.items()]
        bottom = guest_top + height + heading_h + PAD
        bottom += sum(
            self.text_metrics.height() * (1 + len(p)) + PAD for _b, p in self.remote_lines
        )
        self._size = QSize(math.ceil(table_width + 2 * MARGIN), math.ceil(bottom + MARGIN))

    # -- painting ---------------------------------------------------------------------------------

    def _paint_plan(self, painter: QPainter, look: SeatingColours) -> None:
        plan = self.plan
        assert plan is not None
        text, muted = look.name, look.detail
        table = self.table
        painter.setFont(self.title_font)
        painter.setPen(text)
        painter.drawText(
            QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, self.title_metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            self.title_metrics.elidedText(
                self.title, Qt.TextElideMode.ElideRight, self.width() - 2 * MARGIN
            ),
        )
        host = [p for p in self.placed if p.seat.side == HOST]
        guest = [p for p in self.placed if p.seat.side == GUEST]
        line = self.text_metrics.height()
        host_top = min((p.rect.top() for p in host), default=table.top() - GAP)
        guest_bottom = max((p.rect.bottom() for p in guest), default=table.bottom() + GAP)
        painter.setFont(self.font())
        painter.setPen(muted)
        painter.drawText(
            QRectF(table.left(), host_top - line - PAD / 2, table.width(), line),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            self.side_heading(HOST),
        )
        painter.drawText(
            QRectF(table.left(), guest_bottom + PAD / 2, table.width(), line),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            self.side_heading(GUEST),
        )

        painter.setPen(QPen(look.table_edge, 1.5))
        painter.setBrush(look.table_fill)
        painter.drawRoundedRect(table, 6, 6)
        if not guest:
            painter.setPen(muted)
            painter.setFont(self.small_font)
            painter.drawText(
                table.adjusted(PAD, PAD, -PAD, -PAD),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("No guest seated at the table"),
            )
        elif not host:
            painter.setPen(muted)
            painter.setFont(self.small_font)
            painter.drawText(
                table.adjusted(PAD, PAD, -PAD, -PAD),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("No host seated at the table"),
            )
        for placed in self.placed:
            self._paint_seat(painter, placed, look)

        y = guest_bottom + PAD + line + PAD
        for branch, people in self.remote_lines:
            painter.setFont(self.name_font)
            painter.setPen(text)
            painter.drawText(
                QPointF(table.left(), y + self.name_metrics.ascent()),
                self.tr("Joining from {venue}:").format(venue=branch),
            )
            y += line
            painter.setFont(self.font())
            for remote in people:
                person = remote.attendee
                words = [person.name]
                if person.position:
                    words.append(person.position)
                if self._tag(person, False):
                    words.append(self._tag(person, False))
                painter.drawText(
                    QPointF(table.left() + 2 * PAD, y + self.text_metrics.ascent()),
                    "•  " + " · ".join(words),
                )
                y += line
            y += PAD

    def _paint_seat(self, painter: QPainter, placed: PlacedSeat, look: SeatingColours) -> None:
        rect = placed.rect
        person = placed.seat.attendee
        fill, edge, tag_colour = look.seat_fill, look.seat_edge, look.detail
        if placed.head:
            fill, edge, tag_colour = look.head_fill, look.head_edge, look.head_tag
        elif person.is_interpreter:
            fill, edge = look.interpreter_fill, look.interpreter_edge
            tag_colour = look.interpreter_tag
        marked = placed.head or person.is_interpreter
        painter.setPen(QPen(edge, 2.0 if marked else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        # A bar on the edge that faces the table: where the person sits.
        bar = 4.0
        facing = (
            QRectF(rect.left() + 8, rect.bottom() - bar, rect.width() - 16, bar)
            if placed.seat.side == HOST
            else QRectF(rect.left() + 8, rect.top(), rect.width() - 16, bar)
        )
        painter.fillRect(facing, edge)
        y = rect.top() + PAD + (2 if placed.seat.side == GUEST else 0)
        lines = self._seat_lines(placed.seat, placed.head)
        for index, (words, font, metrics) in enumerate(lines):
            painter.setFont(font)
            tag = index == len(lines) - 1 and self._tag(person, placed.head) == words
            small = font is self.small_font
            painter.setPen(tag_colour if tag else look.detail if small else look.name)
            painter.drawText(
                QRectF(rect.left() + PAD, y, rect.width() - 2 * PAD, metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                metrics.elidedText(words, Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD),
            )
            y += metrics.height()

    def _tooltip(self, placed: PlacedSeat) -> str:
        person = placed.seat.attendee
        parts = [person.name, person.position, person.organization, self._tag(person, placed.head)]
        return "\n".join(p for p in parts if p)
