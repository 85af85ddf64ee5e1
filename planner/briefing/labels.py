"""Every word the briefing pack prints that is not user data, in one table per language.

Headings, column titles, the names of roles, kinds and statuses, and the names of days and
months all come from here, never from ``strftime`` (which follows the machine's locale) or
from literals in the section modules, so that German and Chinese editions are a matter of
adding a table. A missing key in a translation falls back to English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from planner.errors import PlannerError

ENGLISH = "en"

_EN: dict[str, str] = {
    # Editions and markings
    "edition.internal": "Internal edition",
    "edition.external": "External edition",
    "edition.internal.note": "Internal edition: contains private notes and notes on people. "
    "Do not pass on.",
    "edition.external.note": "External edition: private notes are left out.",
    "classification.public": "Public",
    "classification.internal": "Internal",
    "classification.confidential": "Confidential",
    "page_of": "Page {page} of {pages}",
    # Cover
    "briefing_pack": "Briefing pack",
    "organizer": "Organizer",
    "dates": "Dates",
    "route": "Route",
    "status": "Status",
    "delegation": "Delegation",
    "and_more": "and {count} more (see the trip at a glance)",
    "prepared": "Prepared on {date}",
    # Sections
    "contents": "Contents",
    "glance": "The trip at a glance",
    "stops": "Stops and lodging",
    "transfers": "Transfers",
    "schedule": "Schedule",
    "meetings": "Meeting briefs",
    "people": "People we meet",
    "organizations": "Organizations",
    "problems": "Problems found by the checks",
    # Column titles and field labels
    "city": "City",
    "arrive": "Arrive",
    "depart": "Depart",
    "lodging": "Lodging",
    "confirmation": "Confirmation {code}",
    "phone": "Phone",
    "email": "Email",
    "travel": "Travel",
    "reference": "Reference",
    "name": "Name",
    "role": "Role",
    "position": "Position",
    "languages": "Languages",
    "local": "Local",
    "home": "Home ({zone})",
    "what": "What",
    "where": "Where",
    "when": "When",
    "home_time": "Home time",
    "venue": "Venue",
    "address": "Address",
    "online": "Online",
    "host": "Host",
    "participating": "Organizations",
    "branch_venues": "Branch venues",
    "attendees_delegation": "Our delegation",
    "attendees_counterparts": "Counterparts",
    "no_attendees": "No attendees listed yet.",
    "profiles": "Profiles",
    "objectives": "Objectives",
    "talking_points": "Talking points",
    "notes": "Notes",
    "private_notes": "Private notes (internal edition only)",
    "agreement": "Agreement",
    "parties": "Parties",
    "signatories": "Signatories",
    "gifts": "Gifts",
    "gift.given": "Given",
    "gift.received": "Received",
    "organization": "Organization",
    "kind": "Kind",
    "sector": "Sector",
    "website": "Website",
    "people_there": "Our contacts",
    "severity": "Severity",
    "problem": "Problem",
    "no_problems": "The checks found no problems.",
    "nothing_planned": "Nothing is planned yet.",
    "no_stops": "No stops yet.",
    "no_transfers": "No transfers yet.",
    "no_people": "No counterparts are listed yet.",
    "no_organizations": "No organizations are listed yet.",
    "arrives": "arrives {time}",
    "day_offset": "{days:+d} d",
    "utc_offset": "UTC{offset}",
    "at_branch": "{time} at {place}",
    "meeting_status": "{kind}, {status}",
    "from_to": "{origin} → {destination}",
    # Vocabularies (planner.vocab)
    "role.head": "Head of delegation",
    "role.member": "Member",
    "role.interpreter": "Interpreter",
    "role.staff": "Staff",
    "role.press": "Press",
    "role.security": "Security",
    "mode.flight": "Flight",
    "mode.train": "Train",
    "mode.car": "Car",
    "mode.bus": "Bus",
    "mode.ferry": "Ferry",
    "mode.other": "Travel",
    "kind.meeting": "Meeting",
    "kind.site-visit": "Site visit",
    "kind.conference": "Conference",
    "kind.signing": "Signing",
    "kind.banquet": "Banquet",
    "kind.press": "Press",
    "kind.briefing": "Briefing",
    "kind.other": "Other",
    "meeting_status.tentative": "tentative",
    "meeting_status.confirmed": "confirmed",
    "meeting_status.cancelled": "cancelled",
    "trip_status.draft": "Draft",
    "trip_status.planned": "Planned",
    "trip_status.confirmed": "Confirmed",
    "trip_status.completed": "Completed",
    "trip_status.cancelled": "Cancelled",
    "org_kind.government": "Government",
    "org_kind.company": "Company",
    "org_kind.university": "University",
    "org_kind.research": "Research",
    "org_kind.association": "Association",
    "org_kind.media": "Media",
    "org_kind.other": "Other",
    "agreement_kind.mou": "Memorandum of understanding",
    "agreement_kind.letter-of-intent": "Letter of intent",
    "agreement_kind.contract": "Contract",
    "agreement_kind.agreement": "Agreement",
    "agreement_status.draft": "draft",
    "agreement_status.agreed": "agreed",
    "agreement_status.signed": "signed",
    "agreement_status.cancelled": "cancelled",
    "severity.error": "Error",
    "severity.warning": "Warning",
    "severity.info": "Info",
}

_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

TEXTS: Mapping[str, Mapping[str, str]] = {ENGLISH: _EN}
"""The labels of each language by key; a new language adds a table here."""

DAYS: Mapping[str, tuple[str, ...]] = {ENGLISH: _EN_DAYS}
MONTHS: Mapping[str, tuple[str, ...]] = {ENGLISH: _EN_MONTHS}
LANGUAGES = tuple(TEXTS)


@dataclass(frozen=True)
class Labels:
    """The labels and date formats of one language."""

    language: str = ENGLISH

    def __post_init__(self) -> None:
        if self.language not in TEXTS:
            raise PlannerError(
                f"the briefing pack has no language {self.language!r} "
                f"(available: {', '.join(LANGUAGES)})"
            )

    def __getitem__(self, key: str) -> str:
        own = TEXTS[self.language]
        return own[key] if key in own else _EN[key]

    def get(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def word(self, group: str, value: str | None) -> str:
        """The label of a vocabulary word (``role``, ``head``); the word itself if unknown."""
        if value is None:
            return ""
        key = f"{group}.{value}"
        own = TEXTS[self.language]
        return own.get(key) or _EN.get(key) or value

    def long_date(self, day: dt.date) -> str:
        """``Monday 17 June 2024``."""
        return f"{self._day(day)} {day.day} {self._month(day)} {day.year}"

    def date(self, day: dt.date) -> str:
        """``17 June 2024``."""
        return f"{day.day} {self._month(day)} {day.year}"

    def short_date(self, day: dt.date) -> str:
        """``Mon 17 Jun``."""
        return f"{self._day(day)[:3]} {day.day} {self._month(day)[:3]}"

    def date_range(self, first: dt.date, last: dt.date) -> str:
        """``15–23 June 2024``, ``28 June – 2 July 2024``, ``30 Dec 2024 – 3 Jan 2025``."""
        if first == last:
            return self.date(first)
        if first.year != last.year:
            return f"{self.date(first)} – {self.date(last)}"
        if first.month != last.month:
            return f"{first.day} {self._month(first)} – {self.date(last)}"
        return f"{first.day}–{self.date(last)}"

    def _day(self, day: dt.date) -> str:
        return DAYS.get(self.language, _EN_DAYS)[day.weekday()]

    def _month(self, day: dt.date) -> str:
        return MONTHS.get(self.language, _EN_MONTHS)[day.month - 1]
