"""The order of a side by rank, its head, and the order in which the two sides speak.

The one rule of precedence, used by the window, the briefing pack (cover, lists, briefs,
seating, speaking order) and the calendars alike:

1. explicit rank always wins: rank is a whole number within one side, 1 first, and everyone
   ranked comes before everyone unranked (adding a rank only ever moves that person up);
2. the unranked follow by role: the head of delegation, then members, then interpreter,
   staff, press and security (counterparts have no role and rank as members);
3. within a role, in the order the trip lists them (the delegation's order, the trip's
   people), then by name (:func:`planner.names.sort_key`) for anyone the trip does not list.

Speaking order (the rule a protocol officer would write on the programme):

1. the host side's head opens (words of welcome);
2. the guest side's head answers;
3. the others who speak for their side follow, alternating sides by rank and starting with the
   host side; when one side has no one left, the other side's remaining speakers follow.

Interpreters, staff, press and security attend without speaking and are left out. The head of a
side is the member with the role ``head`` if one attends, else the side's highest rank.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import zip_longest

from planner import vocab
from planner.protocol.attendance import HEAD, UNPLACED, Attendee, MeetingPeople

RankKey = tuple[bool, int, int, int, tuple[str, ...]]
ROLE_ORDER = {role: index for index, role in enumerate(vocab.DELEGATION_ROLES)}
"""Head, member, interpreter, staff, press, security: the order of the unranked."""


def rank_key(
    rank: int | None,
    sort_key: tuple[str, ...],
    role: str | None = None,
    order: int = UNPLACED,
) -> RankKey:
    """What a side is sorted by (the module's rule); a role of None ranks as ``member``."""
    by_role = ROLE_ORDER.get(role or "member", len(ROLE_ORDER))
    if rank is not None:
        return (False, rank, 0, 0, sort_key)
    return (True, 0, by_role, order, sort_key)


def attendee_key(attendee: Attendee) -> RankKey:
    return rank_key(attendee.rank, attendee.sort_key, attendee.role, attendee.order)


def ranked(people: Iterable[Attendee]) -> list[Attendee]:
    """``people`` in order of precedence (a delegation list or a list of counterparts)."""
    return sorted(people, key=attendee_key)


def head_of(people: Iterable[Attendee]) -> Attendee | None:
    """The side's head among ``people``: the ``head`` by role, else the first speaker by rank."""
    order = ranked(people)
    by_role = next((a for a in order if a.role == HEAD), None)
    return by_role or next((a for a in order if a.speaks), None)


def side_order(people: Iterable[Attendee]) -> list[Attendee]:
    """A side as it speaks and sits: its head first, then the rest by rank."""
    order = ranked(people)
    head = head_of(order)
    return order if head is None else [head, *(a for a in order if a is not head)]


def speaking_order(meeting: MeetingPeople) -> tuple[Attendee, ...]:
    """Who speaks, in turn (see the module's rule); people at branch venues speak too."""
    host = _speakers(meeting.side(meeting.host_side))
    guest = _speakers(meeting.side(meeting.guest_side))
    turns: list[Attendee] = []
    for pair in zip_longest(host, guest):
        turns.extend(a for a in pair if a is not None)
    return tuple(turns)


def _speakers(people: Sequence[Attendee]) -> list[Attendee]:
    return [a for a in side_order(people) if a.speaks]
