"""What a check reports: one :class:`Problem` per thing a trade officer has to look at.

A problem is plain data so that the window's problems panel, the command line and a JSON
consumer all read the same thing: a sentence to show, and the UUIDs of what to select when the
user clicks it. The kinds are a closed list in a fixed order (:data:`KINDS`), because settings
store kinds by name and a panel groups and filters by them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

OVERLAP = "overlap"
TRANSFER_BUFFER = "transfer-buffer"
VENUE_TRAVEL = "venue-travel"
OUTSIDE_STOP = "outside-stop"
NIGHT_HOURS = "night-hours"
PUBLIC_HOLIDAY = "public-holiday"
WEEKEND = "weekend"
TRAVEL_GAP = "travel-gap"
LANGUAGE = "language"
LODGING = "lodging"
GIFT_VALUE = "gift-value"
ZONE = "zone"
DECLINED = "declined"
PASSPORT = "passport"
VISA = "visa"
INVITATION = "invitation"

KINDS = (
    OVERLAP,
    TRANSFER_BUFFER,
    VENUE_TRAVEL,
    OUTSIDE_STOP,
    NIGHT_HOURS,
    PUBLIC_HOLIDAY,
    WEEKEND,
    TRAVEL_GAP,
    LANGUAGE,
    LODGING,
    GIFT_VALUE,
    ZONE,
    DECLINED,
    PASSPORT,
    VISA,
    INVITATION,
)
"""Every kind of problem, in the order a panel lists them (the gravest kinds first)."""

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)
"""Error: the plan cannot work as written. Warning: it may work, but someone should decide.
Info: worth knowing (a meeting on a weekend)."""


@dataclass(frozen=True)
class Problem:
    """One finding of a check.

    ``instant`` (aware UTC) is the moment the message is about and ``zone`` the zone the
    message shows it in; both are None for a problem that has no moment. ``items`` are the
    titles of the meetings and transfers involved, ``people`` the display names of the people;
    the UUIDs let a view select the rows concerned.
    """

    kind: str
    severity: str
    message: str
    items: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    instant: dt.datetime | None = None
    zone: str | None = None
    meeting_uuids: tuple[str, ...] = ()
    transfer_uuids: tuple[str, ...] = ()
    stop_uuid: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The problem as JSON values; ``instant`` in ISO 8601 UTC with a ``Z``."""
        return {
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "items": list(self.items),
            "people": list(self.people),
            "instant": _iso_utc(self.instant),
            "zone": self.zone,
            "meeting_uuids": list(self.meeting_uuids),
            "transfer_uuids": list(self.transfer_uuids),
            "stop_uuid": self.stop_uuid,
        }


def sort_key(problem: Problem) -> tuple[bool, dt.datetime, int, int, str]:
    """Order by instant (problems without one last), then by kind and severity, then text."""
    return (
        problem.instant is None,
        problem.instant or dt.datetime.max.replace(tzinfo=dt.UTC),
        KINDS.index(problem.kind),
        SEVERITIES.index(problem.severity),
        problem.message,
    )


def _iso_utc(instant: dt.datetime | None) -> str | None:
    if instant is None:
        return None
    text = instant.astimezone(dt.UTC).replace(tzinfo=None).isoformat()
    return f"{text}Z"
