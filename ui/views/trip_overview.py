"""A read-only overview of one trip: itinerary and meetings in local and home time.

A trip of a few dozen meetings lists each; a larger one (a trade fair of a thousand) lists
its days, each with the number of meetings and the hours they span: a page of a thousand
lines is read by nobody, and laying it out took the window a quarter of a second at every
opening. The Meetings tab lists each meeting of any trip.

User text goes through :func:`html.escape` before it reaches the rich-text widget: a name like
``<b>R&D</b>`` must print as written, and markup in data must never load resources. Headings
and dates follow the interface's language (Qt's translator and the default QLocale).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextBrowser, QWidget
from sqlalchemy import Row, select

from planner import localtime, tables, trip_readers
from ui.colours import colours_for
from ui.models import vocab_text

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


def _day(day: dt.date, days: dict[dt.date, str]) -> str:
    """A day's text, kept in ``days`` (a thousand meetings fall on a few dozen days)."""
    text = days.get(day)
    if text is None:
        text = days[day] = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
    return text


def _when(instant: dt.datetime, zone: str, home: str, days: dict[dt.date, str]) -> str:
    """The local day and time, with the time at home where that differs."""
    loc = localtime.local(instant, zone)
    text = f"{_day(loc.date(), days)} {loc:%H:%M}"
    if zone != home:
        there = f"{localtime.local(instant, home):%H:%M}"
        text += " <span style='color:{}'>({})</span>".format(
            colours_for(QGuiApplication.palette()).muted.name(),
            escape(QCoreApplication.translate("TripOverview", "{time} home").format(time=there)),
        )
    return text


LISTED_MEETINGS = 150
"""Up to this many meetings the page lists each; beyond, their days."""


def trip_html(trip: Any, stops: Sequence[Row[Any]], meetings: Sequence[Row[Any]]) -> str:
    """The page for a trip's row (``title``, ``purpose``, ``home_timezone``), its stops
    (:func:`planner.trip_readers.stops`) and meetings (:func:`planner.trip_readers.meetings`
    with ``timezone``), in the order given."""
    home = trip.home_timezone
    days: dict[dt.date, str] = {}
    statuses = vocab_text.meeting_statuses()
    parts = [f"<h2>{escape(trip.title)}</h2>"]
    if trip.purpose:
        parts.append(f"<p>{escape(trip.purpose)}</p>")
    home_zone = QCoreApplication.translate("TripOverview", "Home zone:")
    itinerary = QCoreApplication.translate("TripOverview", "Itinerary")
    parts.append(
        f"<p><b>{escape(home_zone)}</b> {escape(home)}</p><h3>{escape(itinerary)}</h3><ul>"
    )
    for stop in stops:
        times = " – ".join(
            _when(t, stop.timezone, home, days) for t in (stop.arrive, stop.depart) if t is not None
        )
        lodging = f"; {escape(stop.lodging_name)}" if stop.lodging_name else ""
        parts.append(
            f"<li><b>{escape(stop.city)}</b> ({escape(stop.country)}, {escape(stop.timezone)}): "
            f"{times}{lodging}</li>"
        )
    heading = QCoreApplication.translate("TripOverview", "Meetings")
    parts.append(f"</ul><h3>{escape(heading)}</h3>")
    if len(meetings) > LISTED_MEETINGS:
        parts.append(OverviewDays().html(meetings, days))
        return "".join(parts)
    parts.append("<ul>")
    for meeting in meetings:
        end = localtime.local(meeting.end, meeting.timezone)
        status = vocab_text.word(statuses, meeting.status)
        parts.append(
            f"<li>{_when(meeting.start, meeting.timezone, home, days)}–{end:%H:%M} "
            f"<b>{escape(meeting.title)}</b> — {escape(meeting.stop_city)}"
            f"{' [' + escape(status) + ']' if status else ''}</li>"
        )
    parts.append("</ul>")
    return "".join(parts)


class OverviewDays(QObject):
    """The meetings' local days: how many on each, from the first start to the last end (a
    QObject for ``tr``: Qt's lupdate reads plurals only from ``tr`` calls)."""

    def html(self, meetings: Sequence[Row[Any]], days: dict[dt.date, str]) -> str:
        spans: dict[dt.date, tuple[int, dt.datetime, dt.datetime]] = {}
        for meeting in meetings:
            start = localtime.local(meeting.start, meeting.timezone)
            end = localtime.local(meeting.end, meeting.timezone)
            count, first, last = spans.get(start.date(), (0, start, end))
            spans[start.date()] = (count + 1, min(first, start), max(last, end))
        hint = self.tr("%n meetings on these days; the Meetings tab lists each.", "", len(meetings))
        parts = [f"<p>{escape(hint)}</p><ul>"]
        for day, (count, first, last) in sorted(spans.items()):
            number = self.tr("%n meeting(s)", "", count)
            parts.append(
                f"<li><b>{escape(_day(day, days))}</b>: {escape(number)}, "
                f"{first:%H:%M}–{last:%H:%M}</li>"
            )
        parts.append("</ul>")
        return "".join(parts)


class TripOverview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setObjectName("tripOverview")
        self.trip_uuid: str | None = None

    def load(self, session: Session | Connection, trip_uuid: str | None) -> None:
        """Read the rows the page shows (three queries) and let go of them: the whole trip as
        ORM objects took 218 ms for 1,000 meetings and stayed in the session."""
        page = ""
        trip = None
        if trip_uuid is not None:
            columns = tables.trip.c  # the table: no mapper configured to show a page
            trip = session.execute(
                select(columns.id, columns.title, columns.purpose, columns.home_timezone).where(
                    columns.uuid == trip_uuid
                )
            ).one_or_none()
        if trip is not None:
            stops = session.execute(trip_readers.stops(trip.id)).all()
            which = trip_readers.of_trip(trip.id)
            meetings = session.execute(
                trip_readers.meetings(which, tables.meeting.c.timezone)
            ).all()
            page = trip_html(trip, stops, meetings)
        self.trip_uuid = trip_uuid if trip is not None else None
        self.setHtml(page)

    def selected_uuid(self) -> str | None:
        """The trip shown: what Edit, Delete and History act on from the overview."""
        return self.trip_uuid

    def retranslate(self) -> None:
        """Nothing to do: the words are written when the trip is loaded again."""
