"""The names of record fields as a user reads them (the conflict dialog and the history list
name fields; the record's own names are for code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

FIELDS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "home_timezone": QT_TRANSLATE_NOOP("Fields", "Home time zone"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "organizer": QT_TRANSLATE_NOOP("Fields", "Organizer"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "classification": QT_TRANSLATE_NOOP("Fields", "Classification"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "useful_numbers": QT_TRANSLATE_NOOP("Fields", "Useful numbers"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "timezone": QT_TRANSLATE_NOOP("Fields", "Time zone"),
    "region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "arrive": QT_TRANSLATE_NOOP("Fields", "Arrival"),
    "depart": QT_TRANSLATE_NOOP("Fields", "Departure"),
    "lodging_name": QT_TRANSLATE_NOOP("Fields", "Lodging"),
    "lodging_address": QT_TRANSLATE_NOOP("Fields", "Lodging address"),
    "lodging_confirmation": QT_TRANSLATE_NOOP("Fields", "Confirmation"),
    "lodging_phone": QT_TRANSLATE_NOOP("Fields", "Lodging phone"),
    "from_stop": QT_TRANSLATE_NOOP("Fields", "From"),
    "to_stop": QT_TRANSLATE_NOOP("Fields", "To"),
    "mode": QT_TRANSLATE_NOOP("Fields", "Mode"),
    "carrier": QT_TRANSLATE_NOOP("Fields", "Carrier"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Reference"),
    "stop": QT_TRANSLATE_NOOP("Fields", "Stop"),
    "start": QT_TRANSLATE_NOOP("Fields", "Start"),
    "end": QT_TRANSLATE_NOOP("Fields", "End"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "venue_name": QT_TRANSLATE_NOOP("Fields", "Venue"),
    "venue_address": QT_TRANSLATE_NOOP("Fields", "Venue address"),
    "venue_city": QT_TRANSLATE_NOOP("Fields", "Venue city"),
    "online_url": QT_TRANSLATE_NOOP("Fields", "Online link"),
    "host": QT_TRANSLATE_NOOP("Fields", "Host"),
    "organizations": QT_TRANSLATE_NOOP("Fields", "Organizations"),
    "attendees": QT_TRANSLATE_NOOP("Fields", "Attendees"),
    "objectives": QT_TRANSLATE_NOOP("Fields", "Objectives"),
    "talking_points": QT_TRANSLATE_NOOP("Fields", "Talking points"),
    "private_notes": QT_TRANSLATE_NOOP("Fields", "Private notes"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "native_name": QT_TRANSLATE_NOOP("Fields", "Native name"),
    "honorific": QT_TRANSLATE_NOOP("Fields", "Honorific"),
    "position": QT_TRANSLATE_NOOP("Fields", "Position"),
    "organization": QT_TRANSLATE_NOOP("Fields", "Organization"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
    "precedence": QT_TRANSLATE_NOOP("Fields", "Precedence"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "sector": QT_TRANSLATE_NOOP("Fields", "Sector"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "people": QT_TRANSLATE_NOOP("Fields", "People"),
    "delegation": QT_TRANSLATE_NOOP("Fields", "Delegation"),
    "parties": QT_TRANSLATE_NOOP("Fields", "Parties"),
    "signatories": QT_TRANSLATE_NOOP("Fields", "Signatories"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "due": QT_TRANSLATE_NOOP("Fields", "Due"),
    "done": QT_TRANSLATE_NOOP("Fields", "Done"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "meeting": QT_TRANSLATE_NOOP("Fields", "Meeting"),
    "direction": QT_TRANSLATE_NOOP("Fields", "Direction"),
    "giver": QT_TRANSLATE_NOOP("Fields", "Giver"),
    "receiver": QT_TRANSLATE_NOOP("Fields", "Receiver"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "person": QT_TRANSLATE_NOOP("Fields", "Person"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
}


def field_name(name: str) -> str:
    """The field as a user reads it; a field without a name of its own shows as it is."""
    known = FIELDS.get(name)
    return QCoreApplication.translate("Fields", known) if known else name.replace("_", " ")
