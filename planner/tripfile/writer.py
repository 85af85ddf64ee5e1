"""Writing a stored trip as a trip file that reads back to the same trip.

Exports are meant for version control and for other tools, so the output is deterministic:
fields in the order of trip-format.md, absent values left out, keys made from names (ASCII,
readable, unique within their list), times in each stop's local zone with an explicit offset
only where a wall time alone would be ambiguous.
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner import localtime, names, phones, private_files, transfer_ends, vocab
from planner.travel_documents import InvitationDetails
from planner.tripfile.documents import document_fields, invitation_object
from planner.tripfile.schema import FORMAT, VERSION

if TYPE_CHECKING:  # the writer is handed objects; importing the package must not declare them
    from planner import model

PARTICIPANT = vocab.ATTENDEE_ROLES[0]
_NON_KEY = re.compile(r"[^a-z0-9]+")
_TRANSLITERATE = str.maketrans(
    {"'": "", "’": "", "ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "þ": "th"}
)


def slug(text: str, limit: int = 32) -> str:
    """An ASCII key from a name: "Schäfer, Jürgen" -> "schafer-jurgen"; may be empty."""
    ascii_text = (
        unicodedata.normalize("NFKD", text.lower().translate(_TRANSLITERATE))
        .encode("ascii", "ignore")
        .decode()
    )
    words = [w for w in _NON_KEY.split(ascii_text) if w]
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit and result:
            break
        result = candidate[:limit]
    return result


class _Keys:
    """Unique keys within one list, in the order objects are met."""

    def __init__(self, fallback: str) -> None:
        self.fallback = fallback
        self.by_object: dict[int, str] = {}
        self.used: set[str] = set()

    def add(self, obj: object, name: str) -> str:
        base = slug(name) or f"{self.fallback}-{len(self.by_object) + 1}"
        key, n = base, 2
        while key in self.used:
            key, n = f"{base}-{n}", n + 1
        self.used.add(key)
        self.by_object[id(obj)] = key
        return key

    def __getitem__(self, obj: object) -> str:
        return self.by_object[id(obj)]

    def get(self, obj: object | None) -> str | None:
        return None if obj is None else self.by_object.get(id(obj))


def _side_and_rank(link: model.TripPerson | None, member: bool) -> dict[str, Any]:
    """A person's rank and side in this trip; ``host`` is what absence means, so it is left
    out (a v1 reader of the file then sees only what v1 had)."""
    if link is None:
        return {"precedence": None, "side": None}
    side = None if member or link.side == "host" else link.side
    return {"precedence": link.precedence, "side": side}


def _attendee(link: model.MeetingAttendee, key: str) -> str | dict[str, str]:
    """A bare key as v1 has it; the object form only for a role other than participant."""
    if link.role and link.role != PARTICIPANT:
        return {"person": key, "role": link.role}
    return key


def _transfer(
    t: model.Transfer,
    stop_keys: _Keys,
    person_keys: _Keys,
    home: str,
) -> dict[str, Any]:
    """A transfer as v1 has it; the booking fields of the extension only where set, so a
    transfer between two stops with none of them reads exactly as before. Each time is
    written in the zone the reader reads it in (:func:`planner.transfer_ends.end_zone`)."""
    origin, target = t.from_stop, t.to_stop
    depart_zone = transfer_ends.end_zone(origin.timezone if origin else None, t.from_place, home)
    arrive_zone = transfer_ends.end_zone(target.timezone if target else None, t.to_place, home)
    return _clean(
        {
            "uid": t.uuid,
            "from": stop_keys[origin] if origin else None,
            "to": stop_keys[target] if target else None,
            "mode": t.mode,
            "carrier": t.carrier,
            "number": t.number,
            "depart": localtime.format_local(t.depart, depart_zone),
            "arrive": localtime.format_local(t.arrive, arrive_zone),
            "reference": t.reference,
            "notes": t.notes,
            "from_place": t.from_place,
            "to_place": t.to_place,
            "from_terminal": t.from_terminal,
            "to_terminal": t.to_terminal,
            "class": t.travel_class,
            "seat": t.seat,
            "travellers": [
                _traveller(link, person_keys[link.person]) for link in t.traveller_links
            ],
        }
    )


def _traveller(link: model.TransferTraveller, key: str) -> str | dict[str, str]:
    """A bare key; the object form only for a traveller with a seat or reference of their own."""
    if link.seat or link.reference:
        return _clean({"person": key, "seat": link.seat, "reference": link.reference})
    return key


def _documents(person: model.Person) -> dict[str, Any]:
    whose = names.display_name(person.family_name, person.given_name, person.native_name)
    return document_fields(person.documents, whose)


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out absent values and empty lists and objects: the format reads them as absent."""
    return {k: v for k, v in data.items() if v is not None and v != [] and v != {}}


def _amount(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def trip_document(trip: model.Trip, *, with_documents: bool = False) -> dict[str, Any]:
    """The trip as a trip-file document (a dict ready for JSON); the people's travel documents
    only ``with_documents``, decrypted (a person's this computer cannot open is an error
    naming them, rather than a file that silently lacks them)."""
    organizations, people = _contacts(trip)
    links = {link.person_id: link for link in trip.people_links}
    members = {m.person_id for m in trip.delegation}
    org_keys, person_keys = _Keys("org"), _Keys("person")
    stop_keys, meeting_keys = _Keys("stop"), _Keys("meeting")
    for org in organizations:
        org_keys.add(org, org.name)
    for person in people:
        person_keys.add(person, f"{person.family_name} {person.given_name or ''}")
    for stop in trip.stops:
        stop_keys.add(stop, stop.city)
    for meeting in trip.meetings:
        meeting_keys.add(meeting, meeting.title)

    def party(person: model.Person | None, org: model.Organization | None) -> str | None:
        return person_keys.get(person) if person is not None else org_keys.get(org)

    return {
        "format": FORMAT,
        "version": VERSION,
        "trip": _clean(
            {
                "uid": trip.uuid,
                "title": trip.title,
                "purpose": trip.purpose,
                "organizer": org_keys.get(trip.organizer),
                "home_timezone": trip.home_timezone,
                "status": trip.status,
                "classification": trip.classification,
                "notes": trip.notes,
                # The default is left out, so a trip seated by it exports as plain v1.
                "protocol_rules": None
                if trip.protocol_rules == vocab.PROTOCOL_RULES[0]
                else trip.protocol_rules,
                "useful_numbers": [
                    {"label": n["label"], "number": n["number"]} for n in trip.useful_numbers or []
                ],
                # Written only for a visit received, so every older file exports as it came.
                "direction": None if trip.direction == vocab.TRIP_DIRECTIONS[0] else trip.direction,
                # Not personal data (purpose, who pays, the date): written whenever said.
                "invitation": invitation_object(
                    InvitationDetails(
                        trip.invitation_purpose, trip.invitation_costs, trip.invitation_issued
                    )
                ),
            }
        ),
        "organizations": [
            _clean(
                {
                    "key": org_keys[o],
                    "uid": o.uuid,
                    "name": o.name,
                    "native_name": o.native_name,
                    "kind": o.kind,
                    "city": o.city,
                    "country": o.country,
                    "sector": o.sector,
                    "website": o.website,
                    "notes": o.notes,
                }
            )
            for o in organizations
        ],
        "people": [
            _clean(
                {
                    "key": person_keys[p],
                    "uid": p.uuid,
                    "family_name": p.family_name,
                    "given_name": p.given_name,
                    "native_name": p.native_name,
                    "honorific": p.honorific,
                    "position": p.position,
                    "organization": org_keys.get(p.organization),
                    "email": p.email,
                    "phone": phones.formatted(p.phone) or None,
                    "languages": list(p.languages or []),
                    **_side_and_rank(links.get(p.id), p.id in members),
                    "notes": p.notes,
                    **(_documents(p) if with_documents else {}),
                }
            )
            for p in people
        ],
        "delegation": [
            _clean(
                {
                    "uid": m.uuid,
                    "person": person_keys[m.person],
                    "role": m.role,
                    "precedence": m.precedence,
                }
            )
            for m in trip.delegation
        ],
        "stops": [_stop(s, stop_keys[s]) for s in trip.stops],
        "transfers": [
            _transfer(t, stop_keys, person_keys, trip.home_timezone) for t in trip.transfers
        ],
        "meetings": [
            _meeting(m, meeting_keys[m], stop_keys[m.stop], org_keys, person_keys)
            for m in trip.meetings
        ],
        **(
            {
                "gifts": [
                    _clean(
                        {
                            "uid": g.uuid,
                            "meeting": meeting_keys[g.meeting],
                            "direction": g.direction,
                            "description": g.description,
                            "from": party(g.from_person, g.from_organization),
                            "to": party(g.to_person, g.to_organization),
                            "value": _amount(g.value),
                            "currency": g.currency,
                        }
                    )
                    for g in trip.gifts
                ]
            }
            if trip.gifts
            else {}
        ),
    }


def _contacts(trip: model.Trip) -> tuple[list[model.Organization], list[model.Person]]:
    """The trip's linked contacts, then anything referenced that is not linked (in file order)."""
    organizations = [link.organization for link in trip.organization_links]
    people = [link.person for link in trip.people_links]

    def org(o: model.Organization | None) -> None:
        if o is not None and o not in organizations:
            organizations.append(o)

    def person(p: model.Person | None) -> None:
        if p is not None and p not in people:
            people.append(p)

    org(trip.organizer)
    for member in trip.delegation:
        person(member.person)
    for t in trip.transfers:
        for traveller in t.traveller_links:
            person(traveller.person)
    for m in trip.meetings:
        for o in [m.host, *m.organizations]:
            org(o)
        for p in m.attendees:
            person(p)
        for b in m.branch_venues:
            org(b.host)
            for link in b.attendee_links:
                person(link.person)
        if m.agreement is not None:
            for party_link in m.agreement.party_links:
                org(party_link.organization)
            for signatory_link in m.agreement.signatory_links:
                person(signatory_link.person)
        for f in m.follow_ups:
            person(f.owner)
    for g in trip.gifts:
        for giver_or_receiver in (g.from_person, g.to_person):
            person(giver_or_receiver)
        for giving_org in (g.from_organization, g.to_organization):
            org(giving_org)
    for p in people:
        org(p.organization)
    return organizations, people


def _stop(stop: model.Stop, key: str) -> dict[str, Any]:
    return _clean(
        {
            "key": key,
            "uid": stop.uuid,
            "city": stop.city,
            "country": stop.country,
            "region": stop.region,
            "timezone": stop.timezone,
            "arrive": stop.arrive and localtime.format_local(stop.arrive, stop.timezone),
            "depart": stop.depart and localtime.format_local(stop.depart, stop.timezone),
            "lodging": _clean(
                {
                    "name": stop.lodging_name,
                    "address": stop.lodging_address,
                    "confirmation": stop.lodging_confirmation,
                    "phone": stop.lodging_phone,
                }
            ),
        }
    )


def _meeting(
    m: model.Meeting, key: str, stop_key: str, org_keys: _Keys, person_keys: _Keys
) -> dict[str, Any]:
    # The meeting is written in its stop's zone, as the format says; the stored zone is the
    # one it was entered in and normally the same.
    zone = m.stop.timezone
    agreement = m.agreement
    return _clean(
        {
            "key": key,
            "uid": m.uuid,
            "title": m.title,
            "stop": stop_key,
            "start": localtime.format_local(m.start, zone),
            "end": localtime.format_local(m.end, zone),
            "kind": m.kind,
            "status": m.status,
            "venue": _clean(
                {"name": m.venue_name, "address": m.venue_address, "city": m.venue_city}
            ),
            "online_url": m.online_url,
            "host": org_keys.get(m.host),
            "organizations": [org_keys[o] for o in m.organizations],
            "attendees": [_attendee(link, person_keys[link.person]) for link in m.attendee_links],
            "objectives": m.objectives,
            "talking_points": list(m.talking_points or []),
            "notes": m.notes,
            "private_notes": m.private_notes,
            "branch_venues": [
                _clean(
                    {
                        "uid": b.uuid,
                        "name": b.name,
                        "city": b.city,
                        "country": b.country,
                        "timezone": b.timezone,
                        "address": b.address,
                        "online_url": b.online_url,
                        "host": org_keys.get(b.host),
                        "attendees": [person_keys[link.person] for link in b.attendee_links],
                    }
                )
                for b in m.branch_venues
            ],
            "agreement": agreement
            and _clean(
                {
                    "uid": agreement.uuid,
                    "title": agreement.title,
                    "kind": agreement.kind,
                    "languages": list(agreement.languages or []),
                    "parties": [org_keys[link.organization] for link in agreement.party_links],
                    "signatories": [person_keys[link.person] for link in agreement.signatory_links],
                    "status": agreement.status,
                    "notes": agreement.notes,
                }
            ),
            "follow_ups": [
                _clean(
                    {
                        "uid": f.uuid,
                        "title": f.title,
                        "due": f.due and f.due.isoformat(),
                        "owner": person_keys.get(f.owner),
                        "done": f.done,
                    }
                )
                for f in m.follow_ups
            ],
        }
    )


def dumps(document: dict[str, Any]) -> str:
    """JSON as people read and diff it: UTF-8 names as written, two-space indent."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_trip_file(trip: model.Trip, path: Path, *, with_documents: bool = False) -> None:
    """Write atomically: a failed export never leaves a half-written file at ``path``."""
    text = dumps(trip_document(trip, with_documents=with_documents))
    write_text_atomically(path, text)


def write_text_atomically(path: Path, text: str) -> None:
    """UTF-8 with LF line ends, owner-only like the store (:mod:`planner.private_files`)."""
    private_files.write_private(path, text.encode("utf-8"))
