"""The one rule of precedence, as a sort key every reader of a trip can use.

A protocol office signs off one order of a side, and the window, the briefing pack (cover,
lists, meeting briefs, seating, speaking order) and the calendars must all print that order.
They live in layers that may not import one another (the calendar and the protocol are
siblings), so the rule lives here, below them all; :mod:`planner.protocol.precedence` applies
it to attendees.

1. Explicit rank always wins: a whole number within one side, 1 first, and everyone ranked
   comes before everyone unranked (adding a rank only ever moves that person up).
2. The unranked follow by role: the head of delegation, then members, then interpreter,
   staff, press and security. Counterparts have no role and rank as members.
3. Within a role, in the order the trip lists them (the delegation's order, the trip's
   people), then by name (:func:`planner.names.sort_key`) for anyone the trip does not list.
"""

from __future__ import annotations

from planner import vocab

RankKey = tuple[bool, int, int, int, tuple[str, ...]]
ROLE_ORDER = {role: index for index, role in enumerate(vocab.DELEGATION_ROLES)}
"""Head, member, interpreter, staff, press, security: the order of the unranked."""
UNPLACED = 1 << 30
"""The listed order of someone the trip does not list (they follow everyone listed)."""


def rank_key(
    rank: int | None,
    sort_key: tuple[str, ...],
    role: str | None = None,
    order: int | None = None,
) -> RankKey:
    """What a side is sorted by (the module's rule); a role of None ranks as ``member``."""
    if rank is not None:
        return (False, rank, 0, 0, sort_key)
    by_role = ROLE_ORDER.get(role or "member", len(ROLE_ORDER))
    return (True, 0, by_role, UNPLACED if order is None else order, sort_key)
