"""The seating plan for the keyboard and a screen reader: a named item per seat, arrows between
seats, and the sentence that says who sits where.

Seats are numbered in each row from the left of the drawing (the door and the hosts at the
top), as :attr:`planner.protocol.Seat.index` counts them, so "seat 2 of 5" is the second box
from the left that a sighted colleague sees. Left and Right go along a row, Up and Down to the
seat across the table nearest in place, Home and End to a row's ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QAccessible

from planner.protocol import GUEST, HOST, Attendee, Seat
from ui.widgets.accessible_items import Item


@dataclass(frozen=True)
class PlacedSeat:
    seat: Seat
    rect: QRectF
    head: bool


class SeatDrawing(Protocol):
    """What of :class:`~ui.views.protocol.seating_view.SeatingPlanView` the sentences use."""

    placed: list[PlacedSeat]

    def side_heading(self, place: str) -> str: ...

    def _tag(self, person: Attendee, head: bool) -> str: ...

    def _tooltip(self, placed: PlacedSeat) -> str: ...


def seat_name(view: SeatDrawing, placed: PlacedSeat) -> str:
    """``Hosts: the delegation, seat 2 of 5: Li Wei (李伟), Deputy Mayor, Head of side``."""
    seat = placed.seat
    row = [p for p in view.placed if p.seat.side == seat.side]
    person = seat.attendee
    function = [person.position or "", view._tag(person, placed.head).replace("★", "").strip()]
    comma = QCoreApplication.translate(
        "SeatingPlanView", ", ", "between the parts of a spoken name"
    )
    # The honorific as the seat shows it ("Dr. Ingmar Bruder"; a name with a native script
    # shows none).
    name = (
        f"{person.honorific} {person.name}"
        if person.honorific and not person.native_name
        else person.name
    )
    who = comma.join([name, *(f for f in function if f)])
    return QCoreApplication.translate(
        "SeatingPlanView", "{side}, seat {number} of {count}: {person}"
    ).format(side=view.side_heading(seat.side), number=seat.index + 1, count=len(row), person=who)


def seat_items(view: SeatDrawing) -> list[Item]:
    """The host row from the left, then the guest row: the plan's own order."""
    return [
        Item(
            p.seat.attendee.uuid,
            seat_name(view, p),
            QAccessible.Role.ListItem,
            description=view._tooltip(p),
            focusable=True,
        )
        for p in view.placed
    ]


def next_seat(
    placed: Sequence[PlacedSeat], current: PlacedSeat | None, key: int
) -> PlacedSeat | None:
    """The seat ``key`` goes to from ``current`` (the first host's seat when none); None
    when the key is no seat key or at an edge."""
    if not placed:
        return None
    if current is None:
        return placed[0]
    row = sorted((p for p in placed if p.seat.side == current.seat.side), key=lambda p: p.seat.x)
    at = row.index(current)
    if key == Qt.Key.Key_Left:
        return row[at - 1] if at > 0 else None
    if key == Qt.Key.Key_Right:
        return row[at + 1] if at + 1 < len(row) else None
    if key == Qt.Key.Key_Home:
        return row[0]
    if key == Qt.Key.Key_End:
        return row[-1]
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        other = GUEST if current.seat.side == HOST else HOST
        if (key == Qt.Key.Key_Up) != (other == HOST):
            return None
        across = [p for p in placed if p.seat.side == other]
        if not across:
            return None
        return min(across, key=lambda p: (abs(p.seat.x - current.seat.x), p.seat.x))
    return None
