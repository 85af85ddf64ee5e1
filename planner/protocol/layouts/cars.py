"""Who rides in which car, and where, for the drive to or from a meeting.

Rules (sources: the Chinese car rules as foreign-affairs guides give them, "会见会谈中的座次
礼仪", 2018; the US Office of the Chief of Protocol's 2007 guide on motorcades and vehicles;
Office of the President of Dominica, "Rules of protocol: in vehicles" — the principal rides
in the right-hand rear seat and leaves by the right-hand door):

- with a driver, the rear right is the first seat, then the rear left, then the front right
  (the driver's neighbour; the place of an interpreter or aide); the front left is the driver's;
- the first car carries the guests' head at the rear right and the hosts' head at the rear
  left, with an interpreter at the front right when one attends, else the next guest;
- the other cars carry the remaining guests in order of rank, then the remaining hosts, three
  to a car.

The seat order of a chauffeured car is the same under both rule sets (it follows the kerbside
door in right-hand traffic); the parameter is taken so every layout is called alike.
"""

from __future__ import annotations

from planner.protocol.attendance import Attendee, MeetingPeople
from planner.protocol.layouts.base import Furniture, Layout, Place, layout_of, present_and_remote
from planner.protocol.rules import FOREIGN_AFFAIRS, check_rules
from planner.protocol.seating import GUEST, HOST

SEATS = (("Rear right", 0.6, 0.8), ("Rear left", -0.6, 0.8), ("Front right", 0.6, -0.7))
"""In order of honour, with their place in a car facing up the drawing (its right is +x)."""
CAR_SPACING = 3.5


def cars(meeting: MeetingPeople, rules: str = FOREIGN_AFFAIRS) -> Layout:
    check_rules(rules)
    lists, remote = present_and_remote(meeting)
    guests, hosts = lists[GUEST], lists[HOST]
    rest = [(GUEST, a) for a in guests] + [(HOST, a) for a in hosts]
    # The first car: the guests' head, the hosts' head, an interpreter; a missing one's seat
    # goes to the next in line.
    wanted = [
        next((r for r in rest if r[0] == GUEST), None),
        next((r for r in rest if r[0] == HOST), None),
        next((r for r in rest if r[1].is_interpreter), None),
    ]
    first: list[tuple[str, Attendee] | None] = []
    for rider in wanted:
        taken = rider is not None and rider in rest and rider not in first
        first.append(rider if taken else None)
    rest = [r for r in rest if r not in first]
    first = [r if r is not None else (rest.pop(0) if rest else None) for r in first]
    loads: list[list[tuple[str, Attendee] | None]] = [first] if any(first) else []
    loads += [list(rest[i : i + len(SEATS)]) for i in range(0, len(rest), len(SEATS))]
    places: list[Place] = []
    furniture: list[Furniture] = []
    for number, load in enumerate(loads, start=1):
        cx = (number - 1) * CAR_SPACING
        furniture.append(Furniture("car", cx, 0.0, 2.6, 3.6, f"Car {number}"))
        places.append(Place("Driver", cx - 0.6, -0.7, role="driver"))
        for seat, ((label, x, y), rider) in enumerate(zip(SEATS, load, strict=False), start=1):
            if rider is None:
                continue
            side, person = rider
            places.append(
                Place(
                    f"Car {number}, {label.lower()}",
                    cx + x,
                    y,
                    side,
                    person,
                    "principal" if number == 1 and seat == 1 else "",
                    order=seat,
                    table=number,
                )
            )
    return layout_of("cars", rules, meeting, places=places, furniture=furniture, remote=remote)
