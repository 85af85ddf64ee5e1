"""What every layout is made of: places, furniture and people joining from elsewhere.

A layout is plain data, so the window and the briefing pack draw the same thing. Coordinates
look down on the room in units of one seat's width, ``y`` growing down the drawing. A person
facing down the drawing has their right hand at ``-x``; a person facing up has it at ``+x``.
Which hand is the place of honour is the rule set's (:mod:`planner.protocol.rules`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.protocol.attendance import Attendee, MeetingPeople
from planner.protocol.precedence import head_of, ranked, side_order
from planner.protocol.seating import GUEST, HOST, Remote

SIGNATORY = "signatory"
"""The meeting role of a person who signs (set per attendee in the meeting)."""

__all__ = ["GUEST", "HOST", "SIGNATORY", "Furniture", "Layout", "Place", "Remote"]


@dataclass(frozen=True)
class Place:
    """One seat or standing place; an empty one (``attendee`` None) is still drawn, so the
    office sees the slot to fill (a signing assistant)."""

    label: str
    """What the place is ("Host signatory", "Rear right", "Table 2, seat 1"): for screen
    readers and the printed drawing."""
    x: float
    y: float
    side: str = ""
    """:data:`HOST`, :data:`GUEST` or '' (nobody's yet: an empty assistant's place)."""
    attendee: Attendee | None = None
    role: str = ""
    """``principal``, ``interpreter``, ``signatory``, ``assistant``, ``standing`` or ''."""
    order: int | None = None
    """The place's rank of honour in its group (a table's seat 1 is its main seat)."""
    table: int | None = None
    venue: str | None = None
    """The branch venue this person is at (a signatory signing from elsewhere)."""


@dataclass(frozen=True)
class Furniture:
    """Something drawn under the people: ``table``, ``round-table``, ``flags``, ``door``,
    ``car``, ``camera`` or ``venue`` (a branch venue on the screen)."""

    kind: str
    x: float
    y: float
    width: float
    height: float
    label: str = ""


@dataclass(frozen=True)
class Layout:
    kind: str
    """``talks``, ``signing``, ``banquet``, ``cars`` or ``photo``."""
    rules: str
    meeting_uuid: str
    title: str
    host_side: str
    places: tuple[Place, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    remote: tuple[Remote, ...] = ()
    """People at a branch venue who have no place in the drawing, host side first."""

    def place_of(self, uuid: str) -> Place | None:
        return next((p for p in self.places if p.attendee and p.attendee.uuid == uuid), None)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """Left, top, right, bottom of everything drawn, a seat counted a unit wide and high."""
        xs = [p.x + d for p in self.places for d in (-0.5, 0.5)]
        ys = [p.y + d for p in self.places for d in (-0.5, 0.5)]
        for f in self.furniture:
            xs += [f.x - f.width / 2, f.x + f.width / 2]
            ys += [f.y - f.height / 2, f.y + f.height / 2]
        if not xs:
            return (0.0, 0.0, 0.0, 0.0)
        return (min(xs), min(ys), max(xs), max(ys))


def layout_of(
    kind: str,
    rules: str,
    meeting: MeetingPeople,
    *,
    places: Iterable[Place],
    furniture: Iterable[Furniture],
    remote: Iterable[Remote],
) -> Layout:
    """The layout of ``meeting`` as a layout module drew it: every kind ends here."""
    return Layout(
        kind=kind,
        rules=rules,
        meeting_uuid=meeting.uuid,
        title=meeting.title,
        host_side=meeting.host_side,
        places=tuple(places),
        furniture=tuple(furniture),
        remote=tuple(remote),
    )


def signatory_of(people: Iterable[Attendee]) -> Attendee | None:
    """Who signs for a side: the first by rank with the meeting role ``signatory``, else the
    side's head."""
    order = ranked(people)
    return next((a for a in order if a.meeting_role == SIGNATORY), None) or head_of(order)


def interleave(first: list[Attendee], second: list[Attendee]) -> list[Attendee]:
    """One of ``first``, one of ``second``, ...; the rest of the longer list at the end."""
    out: list[Attendee] = []
    for index in range(max(len(first), len(second))):
        out += first[index : index + 1] + second[index : index + 1]
    return out


def present_and_remote(meeting: MeetingPeople) -> tuple[dict[str, list[Attendee]], list[Remote]]:
    """Each side (:data:`HOST`, :data:`GUEST`) at the main venue in the order it sits, and the
    people at branch venues, who have no place in a room's layout."""
    present: dict[str, list[Attendee]] = {}
    remote: list[Remote] = []
    for place, side in ((HOST, meeting.host_side), (GUEST, meeting.guest_side)):
        order = side_order(meeting.side(side))
        present[place] = [a for a in order if a.branch is None]
        remote += [Remote(place, a.branch, a) for a in order if a.branch is not None]
    return present, remote
