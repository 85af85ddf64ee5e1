"""Every word the briefing pack prints that is not user data, in English by key.

Headings, column titles, the names of roles, kinds and statuses, and the formats of dates all
come from here, never from ``strftime`` (which follows the machine's locale) or from literals
in the section modules. Each English text is the message id of its German and Chinese
translations in the core's gettext catalogs (:mod:`planner.i18n`), and the names of days and
months are CLDR's, so another edition is a matter of a translated catalog. A text missing from
a catalog stays English.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from planner import i18n
from planner.errors import PlannerError
from planner.i18n import N_, NP_

ENGLISH, GERMAN, CHINESE = "en", "de", "zh"

ALIASES = {"zh_cn": CHINESE, "zh_hans": CHINESE, "zh_hans_cn": CHINESE, "zh_sg": CHINESE}
"""Other spellings of a language a user may give (``zh_CN``, ``zh-CN``), lower case with
``_``; a region of German or English (``de_AT``, ``en_GB``) means the language itself."""


TEXTS: dict[str, str] = {
    # Editions and markings
    "edition.internal": N_("Internal edition"),
    "edition.external": N_("External edition"),
    "edition.internal.note": N_(
        "Internal edition: contains private notes and notes on people. Do not pass on."
    ),
    "edition.external.note": N_("External edition: private notes are left out."),
    "classification.public": N_("Public"),
    "classification.internal": N_("Internal"),
    "classification.confidential": N_("Confidential"),
    "page_of": N_("Page {page} of {pages}"),
    # The external edition's marking: what partners may see, by the trip's classification.
    "marking.external.public": N_("Public"),
    "marking.external.internal": N_("For partners"),
    "marking.external.confidential": N_("Confidential: partners only"),
    # Document control
    "version_as_of": N_("Version {version} · as of {date}"),
    "copy_of": N_("Copy {copy} of {copies}"),
    "copy_for": N_("Copy {copy} of {copies} — {name}"),
    "distribution": N_("Distribution"),
    "copy": N_("Copy"),
    "recipient": N_("Recipient"),
    "no_distribution": N_("No distribution list was given; copies are not numbered."),
    # Programme at a glance, contacts and emergencies
    "programme": N_("Programme at a glance"),
    "time": N_("Time"),
    "day": N_("Day"),
    "contacts": N_("Contacts and emergencies"),
    "hotels": N_("Hotels"),
    "hotel": N_("Hotel"),
    "people_met": N_("People you meet"),
    "emergency": N_("Emergency numbers"),
    "useful_numbers": N_("Useful numbers"),
    "country": N_("Country"),
    "police": N_("Police"),
    "ambulance": N_("Ambulance"),
    "fire": N_("Fire brigade"),
    "emergency_source": N_("Source: {source}"),
    # Days without meetings, briefs running on
    "arrival_in": N_("Arrival in {city}"),
    "departure_from": N_("Departure from {city}"),
    "night_at": N_("Night: {hotel}"),
    # Translators: a day's arrival or departure and its clock time ("Arrival in Berlin 14:00").
    "event_at": N_("{event} {time}"),
    "no_meetings": N_("No meetings planned."),
    "continued": N_("{title} (continued)"),
    "cancelled_title": N_("({title})"),
    "main_venue": N_("Main venue"),
    # Punctuation around words, which Chinese writes full-width
    "labelled": N_("{label}: {text}"),
    "zone_and_offset": N_("({zone}, {offset})"),
    "zone_with_offset": N_("{zone} {offset}"),
    "time_on_day": N_("{time}  {date}  {zone}"),
    # Cover
    "briefing_pack": N_("Briefing pack"),
    "briefing_pack.inbound": NP_("a visit received", "Briefing pack"),
    "organizer": N_("Organizer"),
    "dates": N_("Dates"),
    "route": N_("Route"),
    "status": N_("Status"),
    "delegation": N_("Delegation"),
    "and_more": N_("and {count} more (see the trip at a glance)"),
    "prepared": N_("Prepared on {date}"),
    # Sections
    "contents": N_("Contents"),
    "glance": N_("The trip at a glance"),
    "glance.inbound": N_("The visit at a glance"),
    "stops": N_("Stops and lodging"),
    "transfers": N_("Transfers"),
    "schedule": N_("Schedule"),
    "meetings": N_("Meeting briefs"),
    "people": N_("People we meet"),
    "organizations": N_("Organizations"),
    "problems": N_("Problems found by the checks"),
    # Column titles and field labels
    "city": N_("City"),
    "arrive": N_("Arrive"),
    "depart": N_("Depart"),
    "lodging": N_("Lodging"),
    "confirmation": N_("Confirmation {code}"),
    "phone": N_("Phone"),
    "email": N_("Email"),
    "travel": N_("Travel"),
    "reference": N_("Reference"),
    "name": N_("Name"),
    "role": N_("Role"),
    "position": N_("Position"),
    "languages": N_("Languages"),
    "local": N_("Local"),
    "what": N_("What"),
    "where": N_("Where"),
    "when": N_("When"),
    "home_time": N_("Home time"),
    "venue": N_("Venue"),
    "address": N_("Address"),
    "online": N_("Online"),
    "host": N_("Host"),
    "participating": NP_("organizations taking part", "Organizations"),
    "branch_venues": N_("Branch venues"),
    "attendees_delegation": N_("Our delegation"),
    "attendees_counterparts": N_("Counterparts"),
    "no_attendees": N_("No attendees listed yet."),
    "profiles": N_("Profiles"),
    "objectives": N_("Objectives"),
    "talking_points": N_("Talking points"),
    "notes": N_("Notes"),
    "private_notes": N_("Private notes (internal edition only)"),
    "agreement": N_("Agreement"),
    "parties": N_("Parties"),
    "signatories": N_("Signatories"),
    "gifts": N_("Gifts"),
    "gift.given": N_("Given"),
    "gift.received": N_("Received"),
    "gift": N_("Gift"),
    "gift_from": N_("From"),
    "gift_to": N_("To"),
    "gift_value": N_("Value"),
    "money": N_("{value} {currency}"),
    "seating": N_("Seating plan"),
    "layout_signing": N_("Signing ceremony"),
    "layout_banquet": N_("Banquet seating"),
    "signatory": N_("Signatory"),
    "signing_assistant": N_("Signing assistant"),
    "signing_table": N_("Signing table"),
    "flags": N_("Flags"),
    "door": N_("Door"),
    "table_number": N_("Table {number}"),
    "table_seat": N_("Table {table}, seat {seat}"),
    "host_side": N_("Host side"),
    "guest_side": N_("Guest side"),
    "joining_from": N_("Joining from {branch}: {names}"),
    # The seating plan as a table of seats (the DOCX pack, for readers who cannot see it)
    "side": N_("Side"),
    # Translators: a column of seat numbers counted from the left end of the table's row.
    "seat_from_left": N_("Seat from the left"),
    "place": N_("Place"),
    "logo_of": N_("Logo of {organization}"),
    "logo": N_("Logo"),
    "speaking_order": N_("Speaking order"),
    "agreements": N_("Agreements"),
    "signing": N_("Signing"),
    "personal_for": N_("Personal pack for {name}"),
    "organization": N_("Organization"),
    "kind": N_("Kind"),
    "sector": N_("Sector"),
    "website": N_("Website"),
    "people_there": N_("Our contacts"),
    "severity": N_("Severity"),
    "problem": N_("Problem"),
    "no_problems": N_("The checks found no problems."),
    "nothing_planned": N_("Nothing is planned yet."),
    "no_stops": N_("No stops yet."),
    "no_transfers": N_("No transfers yet."),
    "no_people": N_("No counterparts are listed yet."),
    "no_organizations": N_("No organizations are listed yet."),
    "arrives": N_("arrives {time}"),
    "arrival_at": N_("{date} {time} ({place})"),
    "day_offset": N_("{days:+d} d"),
    "utc_offset": N_("UTC{offset}"),
    "at_branch": N_("{time} at {place}"),
    "meeting_status": N_("{kind}, {status}"),
    "from_to": N_("{origin} → {destination}"),
    "at_terminal": N_("{place}, Terminal {terminal}"),
    "travel_class": N_("Class: {travel_class}"),
    "seat": N_("Seat: {seat}"),
    "travellers": N_("Travellers: {names}"),
    "traveller_booking": N_("{name} ({booking})"),
    # Vocabularies (planner.vocab)
    "role.head": NP_("role", "Head of delegation"),
    "role.member": NP_("role", "Member"),
    "role.interpreter": NP_("role", "Interpreter"),
    "role.staff": NP_("role", "Staff"),
    "role.press": NP_("role", "Press"),
    "role.security": NP_("role", "Security"),
    "answer.accepted": NP_("answer", "Accepted the invitation"),
    "answer.declined": NP_("answer", "Declined the invitation"),
    "answer.tentative": NP_("answer", "Accepted with reservation"),
    "answer.none": NP_("answer", "No answer yet"),
    "mode.flight": NP_("mode", "Flight"),
    "mode.train": NP_("mode", "Train"),
    "mode.car": NP_("mode", "Car"),
    "mode.bus": NP_("mode", "Bus"),
    "mode.ferry": NP_("mode", "Ferry"),
    "mode.other": NP_("mode", "Travel"),
    "kind.meeting": NP_("kind", "Meeting"),
    "kind.site-visit": NP_("kind", "Site visit"),
    "kind.conference": NP_("kind", "Conference"),
    "kind.signing": NP_("kind", "Signing"),
    "kind.banquet": NP_("kind", "Banquet"),
    "kind.press": NP_("kind", "Press"),
    "kind.briefing": NP_("kind", "Briefing"),
    "kind.other": NP_("kind", "Other"),
    "meeting_status.tentative": NP_("meeting_status", "tentative"),
    "meeting_status.confirmed": NP_("meeting_status", "confirmed"),
    "meeting_status.cancelled": NP_("meeting_status", "cancelled"),
    "trip_status.draft": NP_("trip_status", "Draft"),
    "trip_status.planned": NP_("trip_status", "Planned"),
    "trip_status.confirmed": NP_("trip_status", "Confirmed"),
    "trip_status.completed": NP_("trip_status", "Completed"),
    "trip_status.cancelled": NP_("trip_status", "Cancelled"),
    "org_kind.government": NP_("org_kind", "Government"),
    "org_kind.company": NP_("org_kind", "Company"),
    "org_kind.university": NP_("org_kind", "University"),
    "org_kind.research": NP_("org_kind", "Research"),
    "org_kind.association": NP_("org_kind", "Association"),
    "org_kind.media": NP_("org_kind", "Media"),
    "org_kind.other": NP_("org_kind", "Other"),
    "agreement_kind.mou": NP_("agreement_kind", "Memorandum of understanding"),
    "agreement_kind.letter-of-intent": NP_("agreement_kind", "Letter of intent"),
    "agreement_kind.contract": NP_("agreement_kind", "Contract"),
    "agreement_kind.agreement": NP_("agreement_kind", "Agreement"),
    "agreement_status.draft": NP_("agreement_status", "draft"),
    "agreement_status.agreed": NP_("agreement_status", "agreed"),
    "agreement_status.signed": NP_("agreement_status", "signed"),
    "agreement_status.cancelled": NP_("agreement_status", "cancelled"),
    "severity.error": NP_("severity", "Error"),
    "severity.warning": NP_("severity", "Warning"),
    "severity.info": NP_("severity", "Info"),
    # Dates.
    # Translators: a date format picks the fields its language writes: {weekday} and {wd} (its
    # short form), {day}, {month} and {mon} (its short form), {m} (the month's number), {year};
    # a range has them for both ends, with 1 and 2 after the name ({d1}, {d2}, {month1},
    # {month2}, {m1}, {m2}, {y1}, {y2}). The names of days and months are CLDR's.
    "date.long": NP_("date format: long", "{weekday} {day} {month} {year}"),
    "date.medium": NP_("date format: medium", "{day} {month} {year}"),
    "date.short": NP_("date format: short", "{wd} {day} {mon}"),
    "range.same_month": NP_("date format: range within a month", "{d1}–{d2} {month2} {y2}"),
    "range.same_year": NP_(
        "date format: range within a year", "{d1} {month1} – {d2} {month2} {y2}"
    ),
    "range.other_year": NP_(
        "date format: range across years", "{d1} {month1} {y1} – {d2} {month2} {y2}"
    ),
}
"""The English text of each label by key, marked for extraction."""

LANGUAGES = i18n.LANGUAGES

GETTEXT_LOCALES = {ENGLISH: None, GERMAN: "de", CHINESE: "zh_CN"}
"""The locale of each language in pycountry's catalogues (names of languages and countries)."""


def language_code(language: str) -> str:
    """The pack's code for a language a user names: ``de``, ``zh`` for ``zh_CN`` or ``zh-CN``;
    a code it does not know comes back as given, for the error to name it."""
    key = language.strip().replace("-", "_").lower()
    if key in LANGUAGES:
        return key
    if key in ALIASES:
        return ALIASES[key]
    base = key.split("_", 1)[0]
    return base if base in (ENGLISH, GERMAN) else language


def unknown_language(language: str) -> PlannerError:
    return PlannerError(
        f"the briefing pack has no language {language!r} (available: {', '.join(LANGUAGES)})"
    )


@dataclass(frozen=True)
class Labels:
    """The labels and date formats of one language."""

    language: str = ENGLISH

    def __post_init__(self) -> None:
        code = language_code(self.language)
        if code not in LANGUAGES:
            raise unknown_language(self.language)
        object.__setattr__(self, "language", code)

    def __getitem__(self, key: str) -> str:
        return i18n.translate(self.language, TEXTS[key])

    def get(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def of_visit(self, key: str, direction: str) -> str:
        """The label ``key`` as a visit made or received calls it (Chinese 简报材料,
        来访接待简报材料; German Delegationsmappe, Mappe zum Delegationsbesuch): ``key.inbound``
        where a table has one, else ``key``, which is the visit made's."""
        own = f"{key}.{direction}"
        return self[own] if own in TEXTS else self[key]

    def word(self, group: str, value: str | None) -> str:
        """The label of a vocabulary word (``role``, ``head``); the word itself if unknown."""
        if value is None:
            return ""
        key = f"{group}.{value}"
        return self[key] if key in TEXTS else value

    def money(self, value: Decimal, currency: str | None) -> str:
        """``60 EUR``, ``1250.50 EUR``; ``1.250,50 EUR``; ``1,250.50 欧元``: cents only where
        there are some. German and Chinese group thousands by CLDR; German official usage puts
        the ISO code after the amount, Chinese names the currency (CLDR's 欧元, 人民币)."""
        text, name = i18n.money_parts(self.language, value, currency or "")
        return self.get("money", value=text, currency=name).strip()

    def long_date(self, day: dt.date) -> str:
        """``Monday 17 June 2024``, ``Montag, 17. Juni 2024``, ``2024年6月17日 星期一``."""
        return self.get("date.long", **self._fields(day))

    def date(self, day: dt.date) -> str:
        """``17 June 2024``, ``17. Juni 2024``, ``2024年6月17日``."""
        return self.get("date.medium", **self._fields(day))

    def short_date(self, day: dt.date) -> str:
        """``Mon 17 Jun``, ``Mo., 17.06.``, ``6月17日 周一``."""
        return self.get("date.short", **self._fields(day))

    def date_range(self, first: dt.date, last: dt.date) -> str:
        """``15–23 June 2024``, ``28 June – 2 July 2024``, ``30 Dec 2024 – 3 Jan 2025``;
        ``17.–23. Juni 2024``; ``2024年6月17日至23日``."""
        if first == last:
            return self.date(first)
        kind, values = i18n.range_fields(self.language, first, last)
        return self.get(f"range.{kind}", **values)

    def _fields(self, day: dt.date) -> dict[str, object]:
        return i18n.date_fields(self.language, day)
