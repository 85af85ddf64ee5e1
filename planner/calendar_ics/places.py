"""Where a person attends a hybrid meeting: at its venue, at one of its branch venues, or not at
all. A person's calendar and their personal briefing pack must agree on it (the pack once gave
a partner in Frankfurt the Changzhou venue and time her calendar got right), so both ask here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

Branch = TypeVar("Branch")
Who = TypeVar("Who")


@dataclass(frozen=True)
class Place(Generic[Branch]):
    """A person's place at a meeting: ``branch`` None is the meeting's own venue."""

    branch: Branch | None = None


def place_of(
    person: Who,
    at_venue: Collection[Who],
    branches: Iterable[tuple[Branch, Collection[Who]]],
) -> Place[Branch] | None:
    """Where ``person`` attends: the venue when listed there (also if a branch lists them
    too), else the first branch venue that lists them; None when they do not attend."""
    if person in at_venue:
        return Place()
    for branch, attendees in branches:
        if person in attendees:
            return Place(branch)
    return None
