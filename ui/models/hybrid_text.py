"""How the window describes a hybrid meeting's branch venues: each in its own local time.

A meeting at 17:30 in Changzhou is 11:30 in Frankfurt; the people in Frankfurt plan their day
by 11:30, so every place that lists a branch venue shows its local start and end there (and
the day, when it differs from the meeting's own local day), next to the zone it is in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from planner import localtime
from planner.queries import BranchRow, MeetingRow
from ui.models import timetext


def local_times(start: dt.datetime, end: dt.datetime, zone: str, day: dt.date) -> str:
    """``11:30–12:00`` in ``zone``, ``(+1)`` when it ends on a later day there, and the day in
    front when it starts on another day than ``day`` (the meeting's own local day)."""
    first, last = localtime.local(start, zone), localtime.local(end, zone)
    times = f"{first:%H:%M}–{last:%H:%M}"
    later = (last.date() - first.date()).days
    if later:
        times += f" (+{later})"
    if first.date() != day:
        times = f"{timetext.day_text(first.date())} {times}"
    return times


def branch_line(meeting: MeetingRow, branch: BranchRow) -> str:
    """``Branch venue Frankfurt, Frankfurt am Main: 11:30–12:00 (Europe/Berlin)``."""
    times = local_times(meeting.start, meeting.end, branch.timezone, meeting.local_day)
    return QCoreApplication.translate("HybridText", "{venue}, {city}: {times} ({zone})").format(
        venue=branch.name, city=branch.city, times=times, zone=branch.timezone
    )


def here_and_there(
    start: dt.datetime, end: dt.datetime, zone: str, city: str, branch_zone: str
) -> str:
    """The meeting's times where it is held and at a branch venue in ``branch_zone``, as the
    branch venue's editor shows them: ``15:00–16:00 in Changzhou is 09:00–10:00 here``."""
    day = localtime.local_date(start, zone)
    return QCoreApplication.translate(
        "HybridText", "{times} in {city} is {branch_times} here"
    ).format(
        times=local_times(start, end, zone, day),
        city=city,
        branch_times=local_times(start, end, branch_zone, day),
    )


def branch_lines(meeting: MeetingRow) -> list[str]:
    """One :func:`branch_line` per branch venue, in the user's order."""
    return [branch_line(meeting, branch) for branch in meeting.branches]


def hybrid_heading() -> str:
    """What precedes the list of branch venues."""
    return QCoreApplication.translate("HybridText", "Hybrid meeting, also joined from:")
