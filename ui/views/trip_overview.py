"""A read-only overview of one trip: itinerary and meetings in local and home time.

User text goes through :func:`html.escape` before it reaches the rich-text widget: a name like
``<b>R&D</b>`` must print as written, and markup in data must never load resources. Headings
and dates follow the interface's language (Qt's translator and the default QLocale).
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QTextBrowser, QWidget
from sqlalchemy.orm import Session

from planner import localtime, model, trips
from ui.models import vocab_text


def _when(instant: dt.datetime, zone: str, home: str) -> str:
    loc = localtime.local(instant, zone)
    day = QLocale().toString(QDate(loc.year, loc.month, loc.day), "ddd d MMM yyyy")
    text = f"{day} {loc:%H:%M}"
    if zone != home:
        there = f"{localtime.local(instant, home):%H:%M}"
        text += " <span style='color:#666'>({})</span>".format(
            escape(QCoreApplication.translate("TripOverview", "{time} home").format(time=there))
        )
    return text


def trip_html(trip: model.Trip) -> str:
    home = trip.home_timezone
    statuses = vocab_text.meeting_statuses()
    parts = [f"<h2>{escape(trip.title)}</h2>"]
    if trip.purpose:
        parts.append(f"<p>{escape(trip.purpose)}</p>")
    home_zone = QCoreApplication.translate("TripOverview", "Home zone:")
    itinerary = QCoreApplication.translate("TripOverview", "Itinerary")
    parts.append(
        f"<p><b>{escape(home_zone)}</b> {escape(home)}</p><h3>{escape(itinerary)}</h3><ul>"
    )
    for stop in trip.stops:
        times = " – ".join(
            _when(t, stop.timezone, home) for t in (stop.arrive, stop.depart) if t is not None
        )
        lodging = f"; {escape(stop.lodging_name)}" if stop.lodging_name else ""
        parts.append(
            f"<li><b>{escape(stop.city)}</b> ({escape(stop.country)}, {escape(stop.timezone)}): "
            f"{times}{lodging}</li>"
        )
    meetings = QCoreApplication.translate("TripOverview", "Meetings")
    parts.append(f"</ul><h3>{escape(meetings)}</h3><ul>")
    for meeting in sorted(trip.meetings, key=lambda m: m.start):
        end = localtime.local(meeting.end, meeting.timezone)
        status = vocab_text.word(statuses, meeting.status)
        parts.append(
            f"<li>{_when(meeting.start, meeting.timezone, home)}–{end:%H:%M} "
            f"<b>{escape(meeting.title)}</b> — {escape(meeting.stop.city)}"
            f"{' [' + escape(status) + ']' if status else ''}</li>"
        )
    parts.append("</ul>")
    return "".join(parts)


class TripOverview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setObjectName("tripOverview")
        self.trip_uuid: str | None = None

    def load(self, session: Session, trip_uuid: str | None) -> None:
        trip = None
        if trip_uuid is not None:
            trip = trips.load_trip(session, trips.find_trip_id(session, trip_uuid))
            # The trip lives as long as the session, as it did when the window loaded it: let
            # go of inside the open session it crashed the interpreter (a segfault in
            # tests/ui/test_main_window.py a few windows later).
            session.info.setdefault("overview_trip", []).append(trip)
        self.trip_uuid = trip_uuid
        self.show_trip(trip)

    def selected_uuid(self) -> str | None:
        """The trip shown: what Edit, Delete and History act on from the overview."""
        return self.trip_uuid

    def retranslate(self) -> None:
        """Nothing to do: the words are written when the trip is loaded again."""

    def show_trip(self, trip: model.Trip | None) -> None:
        self.setHtml(trip_html(trip) if trip is not None else "")
