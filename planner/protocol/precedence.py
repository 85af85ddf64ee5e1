"""The order of a side by rank, its head, and the order in which the two sides speak.

The order of a side is the one rule of :mod:`planner.ranks` (explicit rank, then head,
members, interpreter, staff, press, security, then the trip's listed order), applied here to
attendees.

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

from planner.protocol.attendance import HEAD, Attendee, MeetingPeople
from planner.ranks import RankKey, rank_key


def attendee_key(attendee: Attendee) -> RankKey:
    """The one rule's key (:func:`planner.ranks.rank_key`) of an attendee."""
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
