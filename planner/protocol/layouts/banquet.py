"""A banquet (宴请) at round tables, seated as Chinese foreign-affairs practice seats it.

Rules (sources: the Chinese banquet rules as foreign-affairs guides give them, e.g.
"宴会位次礼仪" and "会见会谈中的座次礼仪", 2018, see :mod:`planner.protocol.rules`; the US
Office of the Chief of Protocol's 2007 guide for table diagrams and table numbers):

- at each round table the main seat (主陪) faces the door; the first guest sits at the host's
  right, the second at the host's left; the second host (副主陪) sits opposite, with the third
  guest at their right and the fourth at their left (under ``domestic-cn`` right and left swap);
- the remaining seats go nearest the main seat first, the side of honour before the other, to
  the host side and the guests in turn (hosts and guests mixed, 交叉就座), ten to a table;
- the main table is table 1; the others are numbered by their distance from it, at equal
  distance the one at the main host's side of honour first (right above left), then the other
  side, then one straight in front of it;
- everyone is seated in order of rank (head first), the main table first; a table without a
  host of its own gives the main seat to the next guest.

People joining from a branch venue have no seat; they are listed as remote.
"""

from __future__ import annotations

import math

from planner.protocol.attendance import MeetingPeople
from planner.protocol.layouts.base import Furniture, Layout, Place, layout_of, present_and_remote
from planner.protocol.rules import FOREIGN_AFFAIRS, alternate, honour
from planner.protocol.seating import GUEST, HOST

SEATS = 10
"""Seats at a round table (Chinese banquet tables seat ten; twelve at a large one)."""
RADIUS = 2.0
"""From a table's centre to the middle of its seats, in seat widths."""
SPACING = 6.0
"""Between the centres of neighbouring tables."""


def banquet(meeting: MeetingPeople, rules: str = FOREIGN_AFFAIRS) -> Layout:
    first = honour(rules)
    lists, remote = present_and_remote(meeting)
    seats = seat_order(first)
    centres = table_centres(first)
    places: list[Place] = []
    furniture: list[Furniture] = []
    number = 0
    while lists[HOST] or lists[GUEST]:
        number += 1
        cx, cy = centres[number - 1]
        furniture.append(Furniture("round-table", cx, cy, 2.6, 2.6, str(number)))
        for rank, (seat, wanted) in enumerate(seats, start=1):
            side = wanted if lists[wanted] else (GUEST if wanted == HOST else HOST)
            if not lists[side]:
                break
            person = lists[side].pop(0)
            angle = 2 * math.pi * seat / SEATS
            places.append(
                Place(
                    f"Table {number}, seat {rank}",
                    round(cx + RADIUS * math.sin(angle), 3),
                    round(cy - RADIUS * math.cos(angle), 3),
                    side,
                    person,
                    "principal" if rank == 1 and number == 1 else "",
                    order=rank,
                    table=number,
                )
            )
    bottom = max((c[1] for c in centres[: max(number, 1)]), default=0.0)
    furniture.append(Furniture("door", 0.0, bottom + RADIUS + 1.2, 1.2, 0.3, "Door"))
    return layout_of("banquet", rules, meeting, places=places, furniture=furniture, remote=remote)


def seat_order(first: int) -> list[tuple[int, str]]:
    """A table's seats in order of honour, each with the side it is meant for.

    Seats are numbered clockwise on the drawing from the main seat at the top (0); the main
    host faces down, so their right hand is seat -1; the second host, opposite, faces up, so
    theirs is seat ``SEATS / 2 - 1``."""
    half = SEATS // 2
    named = [
        (0, HOST),
        (-first, GUEST),
        (first, GUEST),
        (half, HOST),
        (half - first, GUEST),
        (half + first, GUEST),
    ]
    taken = {seat % SEATS for seat, _ in named}
    rest: list[int] = []
    for offset in alternate(-first):
        if abs(offset) > half:
            break
        if offset % SEATS not in taken:
            taken.add(offset % SEATS)
            rest.append(offset % SEATS)
    sides = [GUEST, HOST]
    named += [(seat, sides[index % 2]) for index, seat in enumerate(rest)]
    return [(seat % SEATS, side) for seat, side in named]


def table_centres(first: int, count: int = 35) -> list[tuple[float, float]]:
    """Table 1 at the origin, then the others by distance from it; at equal distance the main
    host's side of honour (his right, -x, under foreign-affairs), then the other side, then the
    middle. The door is down the drawing, so the tables fill towards it."""
    grid = [(c, r) for r in range(0, 5) for c in range(-3, 4) if (c, r) != (0, 0)]

    def key(cell: tuple[int, int]) -> tuple[float, int, int]:
        c, r = cell
        side = 2 if c == 0 else 0 if c * -first > 0 else 1
        return (round(math.hypot(c, r), 6), side, r)

    ranked = [(c * SPACING, r * SPACING) for c, r in sorted(grid, key=key)]
    return [(0.0, 0.0), *ranked[: count - 1]]
