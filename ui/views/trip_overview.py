"""A read-only overview of one trip: itinerary and meetings in local and home time.

User text goes through :func:`html.escape` before it reaches the rich-text widget: a name like
``<b>R&D</b>`` must print as written, and markup in data must never load resources.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from planner import localtime, model


def _when(instant: dt.datetime, zone: str, home: str) -> str:
    loc = localtime.local(instant, zone)
    text = loc.strftime("%a %d %b %Y %H:%M")
    if zone != home:
        text += f" <span style='color:#666'>({localtime.local(instant, home):%H:%M} home)</span>"
    return text


def trip_html(trip: model.Trip) -> str:
    home = trip.home_timezone
    parts = [f"<h2>{escape(trip.title)}</h2>"]
    if trip.purpose:
        parts.append(f"<p>{escape(trip.purpose)}</p>")
    parts.append(f"<p><b>Home zone:</b> {escape(home)}</p><h3>Itinerary</h3><ul>")
    for stop in trip.stops:
        times = " – ".join(
            _when(t, stop.timezone, home) for t in (stop.arrive, stop.depart) if t is not None
        )
        lodging = f"; {escape(stop.lodging_name)}" if stop.lodging_name else ""
        parts.append(
            f"<li><b>{escape(stop.city)}</b> ({escape(stop.country)}, {escape(stop.timezone)}): "
            f"{times}{lodging}</li>"
        )
    parts.append("</ul><h3>Meetings</h3><ul>")
    for meeting in sorted(trip.meetings, key=lambda m: m.start):
        end = localtime.local(meeting.end, meeting.timezone)
        parts.append(
            f"<li>{_when(meeting.start, meeting.timezone, home)}–{end:%H:%M} "
            f"<b>{escape(meeting.title)}</b> — {escape(meeting.stop.city)}"
            f"{' [' + escape(meeting.status) + ']' if meeting.status else ''}</li>"
        )
    parts.append("</ul>")
    return "".join(parts)


class TripOverview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setObjectName("tripOverview")

    def show_trip(self, trip: model.Trip | None) -> None:
        self.setHtml(trip_html(trip) if trip is not None else "")
