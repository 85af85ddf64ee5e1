"""What an invitation from another office means in the trip: the city of its venue, and the
trip's people among its attendees.

An invitation names its venue as text (``Innovation Lab Heidelberg, Speyerer Straße 4, 69115
Heidelberg``) and its people as addresses with a name (``CN=Li Wei:mailto:...``). The city is
found with the gazetteer, under any of its names (``München`` is the stop ``Munich``), so that
a lunch in Heidelberg during the Frankfurt stop keeps Heidelberg as its venue's city, and an
afternoon in Munich on the day the delegation moves there goes to the Munich stop. People are
matched by e-mail address first (it names one person), then by name, and only where the name
fits one person of the trip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from planner import names
from planner.calendar_ics.source import PersonInfo
from planner.gazetteer import cities

_POSTCODE = re.compile(r"^\s*(?:[A-Z]{1,2}-)?\d{4,6}\s+")
_PARTS = re.compile(r"[,;\n]+")
_HONORIFICS = re.compile(r"^(?:(?:dr|prof|mr|mrs|ms|herr|frau|ing|dipl)\.?\s+)+", re.IGNORECASE)


def venue_city(location: str | None, countries: Iterable[str]) -> cities.City | None:
    """The gazetteer's city that ``location`` names in one of ``countries`` (the trip's), or
    None. An address ends with its city, so the parts are read from the last; a part may lead
    with a postcode (``69115 Heidelberg``)."""
    if not location:
        return None
    places = cities.gazetteer()
    wanted = list(dict.fromkeys(c.upper() for c in countries))
    for part in reversed(_PARTS.split(location)):
        text = _POSTCODE.sub("", part).strip()
        if not text:
            continue
        for country in wanted:
            found = places.named(text, country)
            if found:
                return found[0]
    return None


def city_of(city: str, country: str) -> cities.City | None:
    """The gazetteer's city of a stop (``Frankfurt am Main``, ``Nürnberg``), or None."""
    found = cities.gazetteer().named(city, country)
    return found[0] if found else None


def people_of(
    attendees: Sequence[tuple[str, str]], people: Mapping[str, PersonInfo]
) -> tuple[str, ...]:
    """The UUIDs of the trip's people among ``attendees`` ((e-mail, name) pairs), in their
    order, each once: by address when a person has it, else by a name only one person has."""
    by_email = {p.email.strip().casefold(): p.uuid for p in people.values() if p.email}
    by_name: dict[str, set[str]] = {}
    for person in people.values():
        for key in _name_keys(person):
            by_name.setdefault(key, set()).add(person.uuid)
    found: list[str] = []
    for email, name in attendees:
        if email and email in by_email:
            found.append(by_email[email])
            continue
        matches = by_name.get(_folded_name(name), set()) if name else set()
        if len(matches) == 1:
            found.append(next(iter(matches)))
    return tuple(dict.fromkeys(found))


def _name_keys(person: PersonInfo) -> set[str]:
    """The ways an invitation writes a person: either order, the Latin or the native name."""
    family, given, native = person.family_name, person.given_name, person.native_name
    forms = {
        names.latin_name(family, given, native),
        names.display_name(family, given, native),
        " ".join(p for p in (given, family) if p),
        " ".join(p for p in (family, given) if p),
        native or "",
    }
    return {_folded_name(form) for form in forms if form}


def _folded_name(text: str) -> str:
    """A name as compared: folded, without a title, quotes or commas ("Li, Wei" is Li Wei)."""
    bare = _HONORIFICS.sub("", text.strip().strip("\"'"))
    return " ".join(names.fold(bare.replace(",", " ")).split())
