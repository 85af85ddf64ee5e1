"""The plan for talks (会谈): two sides facing each other across a long table.

The rule (bilateral talks as Chinese foreign-affairs guides and protocol offices seat them;
sources in :mod:`planner.protocol.rules` and "会见会谈中的座次礼仪", 2018):

- the host side sits on one long side of the table with its back to the door, the guests
  opposite facing the door (面门为上: the seats facing the door are the seats of honour);
  each head sits in the middle of their side, the two heads facing each other;
- a side's interpreters sit beside their head, the first at the head's right (the Chinese
  practice: 译员坐在主谈人右侧), a second at the head's left, under either rule set;
- everyone else takes the free seat nearest their head in order of rank, the seat on the side
  of honour first: the right under ``foreign-affairs`` (so with one interpreter: rank 2 at the
  head's left, rank 3 beyond the interpreter, rank 4 beyond rank 2, ...), the left under
  ``domestic-cn``;
- people who join from a branch venue have no seat at this table: the plan lists them by
  side and venue (:class:`Remote`), as they appear on the screen.

The plan is plain data so that the window and the PDF draw the same thing. Coordinates look
down on the table with the door and the host side at the top of the drawing and the guests at
the bottom;
``x`` counts seats from the centre, growing to the right of the drawing. Guests face up, so a
guest's right hand is ``+x``; hosts face down, so a host's right hand is ``-x``. ``index``
numbers a row's seats from the left of the drawing, 0 first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from planner.protocol.attendance import Attendee, MeetingPeople
from planner.protocol.precedence import head_of, side_order
from planner.protocol.rules import FOREIGN_AFFAIRS, alternate, honour

HOST, GUEST = "host", "guest"
SEATED_KINDS = frozenset({"meeting", "signing", "banquet"})
"""Kinds of meeting that are held across a table (a conference or site visit is not)."""


@dataclass(frozen=True)
class Seat:
    side: str
    """:data:`HOST` or :data:`GUEST`."""
    index: int
    x: int
    attendee: Attendee


@dataclass(frozen=True)
class Remote:
    """Someone joining from a branch venue, on their side."""

    side: str
    branch: str
    attendee: Attendee


@dataclass(frozen=True)
class SeatingPlan:
    meeting_uuid: str
    host_side: str
    """Which side of the trip hosts: ``delegation`` or ``counterpart``."""
    seats: tuple[Seat, ...] = ()
    """The host row from the left, then the guest row from the left."""
    remote: tuple[Remote, ...] = ()
    """By side (host first), each side in its order of rank."""

    def row(self, side: str) -> tuple[Seat, ...]:
        return tuple(s for s in self.seats if s.side == side)

    @property
    def span(self) -> tuple[int, int]:
        """The leftmost and rightmost ``x`` used by either row; (0, 0) for an empty plan."""
        xs = [s.x for s in self.seats] or [0]
        return min(xs), max(xs)


def has_seating_plan(meeting: MeetingPeople) -> bool:
    """Whether the pack draws a plan: a meeting, signing or banquet that is not cancelled,
    with people on both sides (at the main venue or joining from a branch venue)."""
    return (
        meeting.kind in SEATED_KINDS
        and meeting.status != "cancelled"
        and all(meeting.side(side) for side in (meeting.host_side, meeting.guest_side))
    )


def seating_plan(meeting: MeetingPeople, rules: str = FOREIGN_AFFAIRS) -> SeatingPlan:
    """The plan of ``meeting`` by the module's rule (for any kind of meeting) under ``rules``
    (:data:`~planner.protocol.rules.RULE_SETS`)."""
    first = honour(rules)
    seats: list[Seat] = []
    remote: list[Remote] = []
    for place, side in ((HOST, meeting.host_side), (GUEST, meeting.guest_side)):
        people = meeting.side(side)
        present = [a for a in people if a.branch is None]
        remote += [Remote(place, a.branch, a) for a in side_order(people) if a.branch is not None]
        flip = -1 if place == HOST else 1
        row = sorted(((flip * own, a) for own, a in _own_seats(present, first)), key=lambda s: s[0])
        seats += [Seat(place, index, x, a) for index, (x, a) in enumerate(row)]
    return SeatingPlan(
        meeting_uuid=meeting.uuid,
        host_side=meeting.host_side,
        seats=tuple(seats),
        remote=tuple(remote),
    )


def host_place(side: str, plan: SeatingPlan) -> str:
    """:data:`HOST` or :data:`GUEST` for one of the trip's sides."""
    return HOST if side == plan.host_side else GUEST


def _own_seats(people: list[Attendee], first: int) -> list[tuple[int, Attendee]]:
    """Each person with their seat counted from their head, positive to the head's right;
    ``first`` is +1 when the right is the side of honour, -1 when the left is."""
    head = head_of(people)
    order = side_order(people)
    interpreters = [a for a in order if a.is_interpreter and a is not head]
    others = [a for a in order if a is not head and not a.is_interpreter]
    taken = set() if head is None else {0}
    seated = [] if head is None else [(0, head)]
    # Interpreters at the head's right, then left, whatever the rule set.
    for a in interpreters:
        seat = _free(taken, alternate(1), start=head is None)
        seated.append((seat, a))
    for a in others:
        seated.append((_free(taken, alternate(first), start=head is None), a))
    return seated


def _free(taken: set[int], offsets: Iterator[int], *, start: bool) -> int:
    """The first seat of ``offsets`` not ``taken`` (0, the middle, first when ``start``);
    marks it taken."""
    seat = 0 if start and 0 not in taken else next(o for o in offsets if o not in taken)
    taken.add(seat)
    return seat
