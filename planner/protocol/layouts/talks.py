"""Talks (会谈) as a layout: the facing plan of :mod:`planner.protocol.seating`, with the door.

The rules are that module's (guests face the door, the host has his back to it, principals in
the middle, the interpreter at the principal's right, the others alternating from the side of
honour); this module only places the plan in the room so that it draws like the other kinds.
"""

from __future__ import annotations

from planner.protocol.attendance import MeetingPeople
from planner.protocol.layouts.base import Furniture, Layout, Place, layout_of
from planner.protocol.precedence import head_of
from planner.protocol.rules import FOREIGN_AFFAIRS
from planner.protocol.seating import HOST, seating_plan

ROW_Y = {HOST: -1.0, "guest": 1.0}


def talks(meeting: MeetingPeople, rules: str = FOREIGN_AFFAIRS) -> Layout:
    plan = seating_plan(meeting, rules)
    places: list[Place] = []
    for side, y in ROW_Y.items():
        row = plan.row(side)
        head = head_of(s.attendee for s in row)
        for seat in row:
            role = (
                "principal"
                if seat.attendee is head
                else "interpreter"
                if seat.attendee.is_interpreter
                else ""
            )
            word = "Host" if side == HOST else "Guest"
            places.append(Place(f"{word} side", seat.x, y, side, seat.attendee, role))
    low, high = plan.span
    reach = max(-low, high, 1)
    furniture = (
        Furniture("table", 0.0, 0.0, 2.0 * reach + 1.0, 0.6),
        Furniture("door", 0.0, -2.2, 1.2, 0.3, "Door"),
    )
    return layout_of(
        "talks", rules, meeting, places=places, furniture=furniture, remote=plan.remote
    )
