"""Protocol: who ranks first, who sits where and who speaks when at a meeting.

A protocol office derives all three from one fact per person, their rank within their own side
in this trip (``trip_person.precedence`` for counterparts, ``delegation_member.precedence`` for
the delegation), and one rule for the unranked (:mod:`planner.ranks`).
The rules live here as pure functions over small frozen values, so that the window, the
briefing pack and the tests draw and print the same plan:

- :mod:`.attendance` reads a meeting's attendees with their side, role and rank;
- :mod:`.precedence` orders a side by rank and gives the speaking order;
- :mod:`.seating` seats two sides facing each other across a table (talks);
- :mod:`.layouts` lays out a meeting by its kind (talks, signing ceremony, banquet) and the
  cars and the group photo, under the rule set of :mod:`.rules` (which hand is honoured).
"""

from planner.protocol.attendance import (
    COUNTERPART,
    DELEGATION,
    Attendee,
    MeetingPeople,
    meeting_people,
    trip_people,
)
from planner.protocol.precedence import head_of, ranked, side_order, speaking_order
from planner.protocol.seating import (
    GUEST,
    HOST,
    SEATED_KINDS,
    Remote,
    Seat,
    SeatingPlan,
    has_seating_plan,
    seating_plan,
)
from planner.ranks import rank_key

__all__ = [
    "COUNTERPART",
    "DELEGATION",
    "GUEST",
    "HOST",
    "SEATED_KINDS",
    "Attendee",
    "MeetingPeople",
    "Remote",
    "Seat",
    "SeatingPlan",
    "has_seating_plan",
    "head_of",
    "meeting_people",
    "rank_key",
    "ranked",
    "seating_plan",
    "side_order",
    "speaking_order",
    "trip_people",
]
