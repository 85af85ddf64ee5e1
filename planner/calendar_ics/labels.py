"""The words of a calendar event's description (DESCRIPTION), in English by key.

A key names an English template with named placeholders, the message id of its German and
Chinese translations in the core's gettext catalogs (:mod:`planner.i18n`). English dates stay
ISO (``2024-06-17 10:30``) as the calendars always wrote them; German and Chinese dates are
written as the checks' messages write them (:mod:`planner.checks.messages`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from planner import i18n, localtime, queries
from planner.i18n import N_, NP_

ENGLISH = i18n.ENGLISH

LABELS: dict[str, str] = {
    "online": N_("Online: {url}"),
    "joined_from": N_("Joined from {name} ({city})."),
    "main_venue": N_("Main venue: {place}, {span}."),
    "host": N_("Host: {host}"),
    "organizations": N_("Organizations: {names}"),
    "list.sep": NP_("separator of a list in a calendar event", ", "),
    "objectives": N_("Objectives:"),
    "talking_points": N_("Talking points:"),
    "attendees": N_("Attendees:"),
    "at": N_("At {where}, {span}:"),
    "no_attendees": N_("- (no attendees listed)"),
    "notes": N_("Notes:"),
    "private_notes": N_("Private notes (internal):"),
    "note_internal": N_("  Note (internal): {note}"),
    "role.head": N_("head of delegation"),
    "role.member": N_("delegation member"),
    "role.interpreter": N_("interpreter"),
    "role.staff": N_("delegation staff"),
    "role.press": N_("press"),
    "role.security": N_("security"),
    "departs": N_("Departs {city}: {stamp}"),
    "arrives": N_("Arrives {city}: {stamp}"),
    "travel_time": N_("Travel time: {hours} h {minutes:02d} min"),
    "carrier": N_("Carrier: {carrier}"),
    "number": N_("Number: {number}"),
    "reference": N_("Booking reference: {reference}"),
    "terminal": N_("{place}, Terminal {terminal}"),
    "travel_class": N_("Class: {travel_class}"),
    "seat": N_("Seat: {seat}"),
    "confirmation": N_("Confirmation: {confirmation}"),
    "phone": N_("Phone: {phone}"),
    "arrival_in": N_("Arrival in {city}: {stamp}"),
    "departure_from": N_("Departure from {city}: {stamp}"),
    "datetime": N_("{date} {clock}"),
    "stamp": N_("{when} ({zone}, UTC{offset})"),
    "span": N_("{start}–{until} {zone} time"),
    "follow_up_of": N_("Follow-up of {title} ({span})"),
    "follow_up_owner": N_("Owner: {name}"),
    # CATEGORIES: the words the briefing pack uses for the same vocabularies (one msgid each)
    "kind.meeting": NP_("kind", "Meeting"),
    "kind.site-visit": NP_("kind", "Site visit"),
    "kind.conference": NP_("kind", "Conference"),
    "kind.signing": NP_("kind", "Signing"),
    "kind.banquet": NP_("kind", "Banquet"),
    "kind.press": NP_("kind", "Press"),
    "kind.briefing": NP_("kind", "Briefing"),
    "kind.other": NP_("kind", "Other"),
    "mode.flight": NP_("mode", "Flight"),
    "mode.train": NP_("mode", "Train"),
    "mode.car": NP_("mode", "Car"),
    "mode.bus": NP_("mode", "Bus"),
    "mode.ferry": NP_("mode", "Ferry"),
    "mode.other": NP_("mode", "Other"),
    "lodging": N_("Lodging"),
    # Event titles (SUMMARY) and the reminder's text (VALARM DESCRIPTION)
    "check_in": N_("Check-in: {place}"),
    "check_out": N_("Check-out: {place}"),
    "cancelled": N_("Cancelled: {title}"),
    "reminder": N_("Reminder: {title}"),
    "removed.event": N_("This event was removed from the calendar."),
    "removed.todo": N_("This to-do was removed from the calendar."),
    # An attendee's line: "- {name}, {role}: {position}; {organization}"
    "attendee": N_("- {name}: {work}"),
    "attendee.role": N_("{name}, {role}"),
    "attendee.sep": NP_("between a person's position and organization", "; "),
    "place.sep": NP_("between a venue's name and its city", ", "),
    # The calendar's name (X-WR-CALNAME, NAME) and a CONFERENCE link's LABEL
    "calendar_name": N_("{trip} – {person}"),
    "calendar_trip.outbound": NP_("the calendar of a visit made", "{trip}"),
    "calendar_trip.inbound": N_("Incoming visit: {trip}"),
    "conference": N_("Join online"),
}
"""The English template of each label by key, marked for extraction."""
LANGUAGES = i18n.LANGUAGES
_ASCII_FORMS = {"；": "; ", "，": ", "}
"""A Chinese separator as it is written between two Latin runs."""
_WIDE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]")
"""A Chinese character or a full-width mark: what a Chinese separator may stand beside."""
language_code = i18n.language_code


def kind_named(category: str) -> str | None:
    """The meeting kind a CATEGORIES word names in any of the languages the export writes
    (``Besichtigung`` and ``Site visit`` are ``site-visit``), for reading such a file back."""
    word = category.strip().casefold()
    for key in LABELS:
        if key.startswith("kind."):
            spelt = {Labels(language).text(key).casefold() for language in LANGUAGES}
            if word in spelt:
                return key.removeprefix("kind.")
    return None


@dataclass(frozen=True)
class Labels:
    """The description's words and times in one language."""

    language: str = ENGLISH

    def text(self, key: str, **values: object) -> str:
        return i18n.translate(self.language, LABELS[key]).format(**values)

    def role(self, role: str | None) -> str | None:
        key = f"role.{role}"
        return self.text(key) if key in LABELS else None

    def category(self, vocabulary: str, value: str) -> str:
        """A CATEGORIES word: a meeting's ``kind`` or a transfer's ``mode``, in the language
        (English as the calendars always wrote it: ``Site visit``, ``Flight``)."""
        key = f"{vocabulary}.{value}"
        return self.text(key) if key in LABELS else self.text(f"{vocabulary}.other")

    def transfer(
        self, mode: str, carrier: str | None, number: str | None, origin: str, destination: str
    ) -> str:
        """A transfer's title: ``Flight EX 123 Shenzhen → Frankfurt am Main`` as the itinerary
        shows it, ``航班 EX 123 Shenzhen → Frankfurt am Main`` in Chinese."""
        word = None if self.language == ENGLISH else self.category("mode", mode)
        return queries.transfer_label(mode, carrier, number, origin, destination, mode_word=word)

    def between(self, key: str, items: Iterable[str | None]) -> str:
        """``items`` joined by the separator ``key``; in Chinese its full-width mark where a
        Chinese character is beside it and its ASCII form between two Latin runs
        (``Deputy Mayor (head); Nanshan District``), since ASCII beside a full-width mark reads
        as a mistake."""
        parts = [x for x in items if x]
        mark = self.text(key)
        latin = _ASCII_FORMS.get(mark)
        if latin is None or not parts:
            return mark.join(parts)
        text = parts[0]
        for part in parts[1:]:
            cjk = bool(_WIDE.match(text[-1]) or _WIDE.match(part[0]))
            text += (mark if cjk else latin) + part
        return text

    def join(self, items: list[str]) -> str:
        return self.text("list.sep").join(items)

    def date(self, value: dt.date) -> str:
        if self.language == ENGLISH:
            return value.isoformat()
        # Imported here: importing it loads every check (planner.checks), which an English
        # calendar, the common case, never needs.
        from planner.checks import messages  # noqa: PLC0415

        return messages.words(self.language).date(value)

    def local(self, local: dt.datetime) -> str:
        """A local date and time: ``2024-06-17 10:30``, ``Mo., 17. Juni, 10:30``."""
        return self.text("datetime", date=self.date(local.date()), clock=f"{local:%H:%M}")

    def stamp(self, instant: dt.datetime, zone: str) -> str:
        """``2024-06-17 10:30 (Europe/Berlin, UTC+02:00)``; the zone by its CLDR name in German
        and Chinese (``6月17日 周一 10:30（中欧夏令时间，UTC+02:00）``)."""
        local = localtime.local(instant, zone)
        offset = localtime.format_offset(local.utcoffset())
        named = i18n.zone_name(self.language, zone, local)
        return self.text("stamp", when=self.local(local), zone=named, offset=offset)

    def span(self, start: dt.datetime, end: dt.datetime, zone: str) -> str:
        """``2024-06-17 10:30–12:00 Europe/Berlin time`` (the end's date when it differs)."""
        first, last = localtime.local(start, zone), localtime.local(end, zone)
        until = f"{last:%H:%M}" if first.date() == last.date() else self.local(last)
        named = i18n.zone_name(self.language, zone, first)
        return self.text("span", start=self.local(first), until=until, zone=named)
