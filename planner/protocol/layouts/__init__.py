"""Seating and standing layouts by the kind of meeting, each one's rules in its module.

:func:`layout_for` picks the layout: a ``signing`` is laid out as a signing ceremony, a
``banquet`` at round tables, anything else as talks across a table; the cars and the group
photo are asked for by name (``choice``) for any meeting. Every layout takes the trip's rule
set (:mod:`planner.protocol.rules`: ``foreign-affairs``, the default, or ``domestic-cn``).
"""

from __future__ import annotations

from collections.abc import Callable

from planner.protocol.attendance import MeetingPeople
from planner.protocol.layouts.banquet import banquet
from planner.protocol.layouts.base import SIGNATORY, Furniture, Layout, Place, signatory_of
from planner.protocol.layouts.cars import cars
from planner.protocol.layouts.photo import photo
from planner.protocol.layouts.signing import signing
from planner.protocol.layouts.talks import talks
from planner.protocol.rules import FOREIGN_AFFAIRS

LAYOUTS: dict[str, Callable[[MeetingPeople, str], Layout]] = {
    "talks": talks,
    "signing": signing,
    "banquet": banquet,
    "cars": cars,
    "photo": photo,
}
CHOICES = ("cars", "photo")
"""Layouts asked for by name rather than following from the kind of meeting."""


def layout_kind(meeting_kind: str | None, choice: str | None = None) -> str:
    if choice:
        if choice not in CHOICES:
            raise ValueError(f"no such layout: {choice!r}")
        return choice
    return meeting_kind if meeting_kind in ("signing", "banquet") else "talks"


def layout_for(
    meeting: MeetingPeople, rules: str = FOREIGN_AFFAIRS, choice: str | None = None
) -> Layout:
    """The layout of ``meeting`` under ``rules``: by its kind, or the ``choice`` of
    :data:`CHOICES`."""
    return LAYOUTS[layout_kind(meeting.kind, choice)](meeting, rules)


__all__ = [
    "CHOICES",
    "LAYOUTS",
    "SIGNATORY",
    "Furniture",
    "Layout",
    "Place",
    "layout_for",
    "layout_kind",
    "signatory_of",
]
