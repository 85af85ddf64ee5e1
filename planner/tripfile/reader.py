"""Reading a trip file into planned rows for the store, all or nothing.

The reader never touches the store: it parses, validates the structure
(:mod:`planner.tripfile.schema`), then plans the rows of every table
(:mod:`planner.tripfile.rows`) while resolving keys and turning local times into instants,
collecting every problem on the way. Only a file without problems yields a
:class:`~planner.tripfile.rows.PreparedTrip`, which :func:`~planner.tripfile.rows.insert_trip`
adds in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from planner import document_reading, localtime, phones, text_rules, transfer_ends, vocab
from planner.errors import PlannerError
from planner.gazetteer import airports
from planner.tripfile import documents, places
from planner.tripfile.rows import PreparedTrip, Row, new_uuid
from planner.tripfile.schema import Problem, normal_uid, validate

MAX_SHOWN = 5
PARTICIPANT = vocab.ATTENDEE_ROLES[0]
_LONGEST_NUMBER = 100
"""Digits of the longest whole number worth reading. Longer ones no field can hold (the
checks name the field of a shorter one too large), and Python refuses to read one of more
than 4,300 digits at all."""
_EARLIEST = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
_LATEST = dt.datetime(9999, 12, 30, tzinfo=dt.UTC)
"""Instants a day inside the calendar's ends: shown in any zone, they stay in the calendar."""


class TripFileError(PlannerError):
    """A trip file that cannot be imported; ``problems`` lists every place that is wrong."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:MAX_SHOWN])
        more = len(problems) - MAX_SHOWN
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        super().__init__(f"{source}: {shown}{suffix}")


def _reject_duplicate_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, item in pairs:
        if name in result:
            raise _DuplicateName(name)
        result[name] = item
    return result


class _DuplicateName(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class _BadNumber(Exception):
    """A number JSON allows but no field can hold; ``literal`` is how the file writes it."""

    def __init__(self, literal: str, message: str) -> None:
        super().__init__(message)
        self.literal = literal
        self.message = message


def _whole_number(literal: str) -> int:
    if len(literal.lstrip("-")) > _LONGEST_NUMBER:
        raise _BadNumber(literal, f"a number of {len(literal)} digits is too large for any field")
    return int(literal)


def _no_constant(literal: str) -> Any:
    raise _BadNumber(literal, f"{literal} is not a number a field can hold")


def parse_json(data: bytes, source: str) -> Any:
    """Decode UTF-8 JSON (a BOM is tolerated); bad bytes or syntax name the line and column."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise TripFileError(
            source, [Problem(f"line {line}, column {column}", "not UTF-8 text")]
        ) from None
    try:
        return json.loads(
            text,
            object_pairs_hook=_reject_duplicate_names,
            parse_float=Decimal,
            parse_int=_whole_number,
            parse_constant=_no_constant,
        )
    except _BadNumber as exc:
        raise TripFileError(source, [Problem(_place_of(text, exc.literal), exc.message)]) from None
    except json.JSONDecodeError as exc:
        raise TripFileError(
            source, [Problem(f"line {exc.lineno}, column {exc.colno}", f"bad JSON: {exc.msg}")]
        ) from None
    except _DuplicateName as exc:
        raise TripFileError(
            source,
            [
                Problem(
                    "", f"the field {text_rules.shown(repr(exc.name))} appears twice in an object"
                )
            ],
        ) from None
    except RecursionError:
        raise TripFileError(source, [Problem("", "the JSON is nested too deeply")]) from None


def _place_of(text: str, literal: str) -> str:
    """``line L, column C`` of the first place ``literal`` stands as a value in ``text``."""
    found = re.search(rf"(?<![\w.\-]){re.escape(literal)}(?![\w.])", text)
    if found is None:
        return ""
    offset = found.start()
    line = text.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def read_trip_file(path: Path) -> PreparedTrip:
    """Read and check ``path``; the new trip's rows, with everything it references."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlannerError(f"{path}: cannot read ({exc.strerror})") from None
    return build_trip(parse_json(data, str(path)), str(path))


def build_trip(document: Any, source: str = "trip file") -> PreparedTrip:
    """Check a parsed trip file and plan its rows; ``source`` names the file in errors."""
    problems = validate(document)
    if problems:
        raise TripFileError(source, problems)
    _normalize_codes(document)
    filled, unplaced = places.fill_zones(document["stops"])
    builder = _Builder(document, source)
    builder.build()
    if unplaced or builder.problems:
        raise TripFileError(source, unplaced + builder.problems)
    for row in builder.plan.rows["person"]:
        row["documents"] = documents.stored_documents(row["documents"])
    builder.plan.filled = filled
    return builder.plan


def _opt(data: dict[str, Any], name: str) -> Any:
    """The field's value, with an empty or blank string meaning the same as absent."""
    item = data.get(name)
    if isinstance(item, str) and not item.strip():
        return None
    return item


def _opts(data: dict[str, Any], names: tuple[str, ...]) -> Row:
    return {name: _opt(data, name) for name in names}


_ORGANIZATION_TEXT = ("native_name", "kind", "city", "country", "sector", "website", "notes")
_PERSON_TEXT = ("given_name", "native_name", "honorific", "position", "email", "phone", "notes")
_TRIP_TEXT = ("purpose", "status", "classification", "notes")
_TRANSFER_TEXT = ("carrier", "number", "reference", "notes")
_TRANSFER_BOOKING = ("from_terminal", "to_terminal", "seat")
_MEETING_TEXT = ("kind", "status", "online_url", "objectives", "notes", "private_notes")
_TRIP = 0
"""The index of the trip's own row, which the trip's lists refer to."""


class _Builder:
    """Plans the rows of a structurally valid document, checking references and times.

    A reference is the index of the planned row it names (see :mod:`planner.tripfile.rows`).
    Keys are unique once the document is valid, so each keyed list maps key to file index up
    front. Every problem is recorded and building goes on, so that one error report names
    them all; rows planned alongside a problem are never inserted.
    """

    def __init__(self, document: dict[str, Any], source: str) -> None:
        self.doc = document
        self.problems: list[Problem] = []
        self.plan = PreparedTrip(title=document["trip"]["title"], uuid="", source=source)
        self.plan.uuid = self.uid(document["trip"], "trip")
        self.organizations = _indices(document["organizations"])
        self.people = _indices(document["people"])
        self.stops = _indices(document["stops"])
        # None for a stop whose zone the gazetteer could not give (already a problem).
        self.zones: list[str | None] = [data.get("timezone") for data in document["stops"]]
        self.home: str = document["trip"]["home_timezone"]
        self.meetings = _indices(document["meetings"])

    def uid(self, data: dict[str, Any], path: str) -> str:
        """The object's identity: the file's (trip-format.md, identities), else a new one."""
        given = data.get("uid")
        if given is None:
            return new_uuid()
        uid = normal_uid(given)
        self.plan.places[uid] = f"{path}.uid"
        return uid

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def item(self, table: str, row: Row) -> int:
        """Plan the next entry of one of the trip's ordered lists."""
        row["position"] = len(self.plan.rows[table])
        return self.plan.add(table, row)

    # -- references --------------------------------------------------------------------------

    def organization(self, key: str | None, path: str) -> int | None:
        if key is None:
            return None
        found = self.organizations.get(key)
        if found is None:
            self.problem(path, f"no organization has the key {key!r}")
        return found

    def person(self, key: str | None, path: str) -> int | None:
        if key is None:
            return None
        found = self.people.get(key)
        if found is None:
            self.problem(path, f"no person has the key {key!r}")
        return found

    def distinct(self, keys: list[str] | None, path: str) -> list[tuple[int, str]]:
        """Indexed keys of a reference list, with repeats reported instead of returned."""
        result: list[tuple[int, str]] = []
        seen: set[str] = set()
        for index, key in enumerate(keys or []):
            if key in seen:
                self.problem(f"{path}[{index}]", f"{key!r} is listed twice")
                continue
            seen.add(key)
            result.append((index, key))
        return result

    def attendee_list(self, items: list[Any] | None, path: str) -> list[tuple[int, str]]:
        """Attendees with their role in the meeting: an item is a key, or an object with
        ``person`` and an optional ``role`` (the extension of v1)."""
        return [
            (person, item.get("role") or PARTICIPANT)
            for person, item in self.person_items(items, path)
        ]

    def person_items(self, items: list[Any] | None, path: str) -> list[tuple[int, dict[str, Any]]]:
        """People of a list whose item is a key or an object with ``person`` and more fields
        (attendees, travellers): each person with their object ({} for a bare key)."""
        items = items or []
        keys = [item["person"] if isinstance(item, dict) else item for item in items]
        found = []
        for index, key in self.distinct(keys, path):
            own = items[index] if isinstance(items[index], dict) else {}
            person = self.person(key, f"{path}[{index}]" + (".person" if own else ""))
            if person is not None:
                found.append((person, own))
        return found

    def people_list(self, keys: list[str] | None, path: str) -> list[int]:
        found = (self.person(key, f"{path}[{i}]") for i, key in self.distinct(keys, path))
        return [p for p in found if p is not None]

    def organization_list(self, keys: list[str] | None, path: str) -> list[int]:
        found = (self.organization(key, f"{path}[{i}]") for i, key in self.distinct(keys, path))
        return [o for o in found if o is not None]

    def party(self, key: str | None, path: str) -> tuple[int | None, int | None]:
        if key is None:
            return None, None
        person, organization = self.people.get(key), self.organizations.get(key)
        if person is not None and organization is not None:
            self.problem(path, f"{key!r} is the key of both a person and an organization")
        elif person is None and organization is None:
            self.problem(path, f"no person or organization has the key {key!r}")
        return person, organization

    def stop_ref(self, key: str, path: str) -> int | None:
        found = self.stops.get(key)
        if found is None:
            self.problem(path, f"no stop has the key {key!r}")
        return found

    def zone(self, stop: int | None) -> str | None:
        return None if stop is None else self.zones[stop]

    def instant(self, text: str | None, zone: str | None, path: str) -> dt.datetime | None:
        if text is None or zone is None:
            return None
        try:
            instant = localtime.parse_local(text, zone)
        except localtime.TimeError as exc:
            self.problem(path, str(exc))
            return None
        except OverflowError:  # year 1 east of UTC, or 9999-12-31 west of it
            instant = None
        if instant is None or not _EARLIEST <= instant <= _LATEST:
            self.problem(path, f"{text} in {zone} is too close to the year 1 or 9999 to keep")
            return None
        return instant

    # -- rows ----------------------------------------------------------------------------------

    def build(self) -> None:
        doc, plan = self.doc, self.plan
        for index, data in enumerate(doc["organizations"]):
            plan.add(
                "organization",
                {
                    "uuid": self.uid(data, f"organizations[{index}]"),
                    "name": data["name"],
                    **_opts(data, _ORGANIZATION_TEXT),
                },
            )
        countries = {o["key"]: o.get("country") for o in doc["organizations"]}
        members = {data["person"] for data in doc["delegation"]}
        for index, data in enumerate(doc["people"]):
            if data.get("side") is not None and data["key"] in members:
                self.problem(
                    f"people[{index}].side",
                    f"{data['key']!r} is in the delegation, which is their side",
                )
            text = _opts(data, _PERSON_TEXT)
            if text["phone"]:  # kept as written when it is no number phonenumbers knows
                region = countries.get(data.get("organization"))
                text["phone"] = phones.normalized_or_none(text["phone"], region) or text["phone"]
            papers, wrong = documents.person_documents(data, f"people[{index}]")
            self.problems.extend(wrong)
            plan.add(
                "person",
                {
                    "uuid": self.uid(data, f"people[{index}]"),
                    "family_name": data["family_name"],
                    "organization_id": self.organization(
                        data.get("organization"), f"people[{index}].organization"
                    ),
                    "languages": list(data.get("languages") or []),
                    **text,
                    # Sealed only for a file without problems: a refused file makes no key.
                    "documents": papers,
                },
            )
        info = doc["trip"]
        plan.add(
            "trip",
            {
                "uuid": plan.uuid,
                "title": info["title"],
                "home_timezone": info["home_timezone"],
                "organizer_id": self.organization(info.get("organizer"), "trip.organizer"),
                "useful_numbers": [
                    {"label": n["label"], "number": phones.normalize(n["number"])}
                    for n in info.get("useful_numbers") or []
                ],
                **_opts(info, _TRIP_TEXT),
                # Absent (a plain v1 file) means what every trip was seated by before.
                "protocol_rules": info.get("protocol_rules") or vocab.PROTOCOL_RULES[0],
                # Absent means a visit made, which is what every trip was before.
                "direction": info.get("direction") or vocab.TRIP_DIRECTIONS[0],
                **document_reading.invitation_columns(documents.invitation(info.get("invitation"))),
            },
        )
        # The trip links every contact of the file, in file order.
        for organization in range(len(doc["organizations"])):
            self.item("trip_organization", {"trip_id": _TRIP, "organization_id": organization})
        # A person's precedence in the file is their rank in this trip (see trip-format.md).
        for person, data in enumerate(doc["people"]):
            self.item(
                "trip_person",
                {
                    "trip_id": _TRIP,
                    "person_id": person,
                    "side": data.get("side") or "host",
                    "precedence": data.get("precedence"),
                },
            )
        self.delegation()
        for index, data in enumerate(doc["stops"]):
            self.stop(index, data)
        for index, data in enumerate(doc["transfers"]):
            self.transfer(index, data)
        for index, data in enumerate(doc["meetings"]):
            self.meeting(index, data)
        for index, data in enumerate(doc.get("gifts") or []):
            self.gift(index, data)

    def delegation(self) -> None:
        seen: dict[str, int] = {}
        for index, data in enumerate(self.doc["delegation"]):
            path = f"delegation[{index}]"
            if data["person"] in seen:
                self.problem(
                    f"{path}.person",
                    f"{data['person']!r} is already in the delegation at delegation"
                    f"[{seen[data['person']]}]",
                )
                continue
            seen[data["person"]] = index
            person = self.person(data["person"], f"{path}.person")
            if person is not None:
                self.item(
                    "delegation_member",
                    {
                        "uuid": self.uid(data, path),
                        "trip_id": _TRIP,
                        "person_id": person,
                        "role": data["role"],
                        "precedence": data.get("precedence"),
                    },
                )

    def stop(self, index: int, data: dict[str, Any]) -> None:
        path = f"stops[{index}]"
        zone = data.get("timezone")
        arrive = self.instant(data.get("arrive"), zone, f"{path}.arrive")
        depart = self.instant(data.get("depart"), zone, f"{path}.depart")
        if data.get("arrive") is None and data.get("depart") is None:
            self.problem(path, "needs an arrive or a depart time (or both)")
        if arrive and depart and depart < arrive:
            self.problem(f"{path}.depart", "is before the arrival at this stop")
        region = _opt(data, "region")
        if region and not region.startswith(f"{data['country']}-"):
            self.problem(f"{path}.region", f"{region!r} is not a region of {data['country']}")
        lodging = data.get("lodging") or {}
        # Planned even when wrong, so that a stop's row index stays its file index.
        self.item(
            "stop",
            {
                "uuid": self.uid(data, path),
                "trip_id": _TRIP,
                "city": data["city"],
                "country": data["country"],
                "region": region,
                "timezone": zone,
                "arrive": arrive,
                "depart": depart,
                "lodging_name": _opt(lodging, "name"),
                "lodging_address": _opt(lodging, "address"),
                "lodging_confirmation": _opt(lodging, "confirmation"),
                "lodging_phone": _opt(lodging, "phone"),
            },
        )

    def transfer(self, index: int, data: dict[str, Any]) -> None:
        """A leg between two stops, or from or to home: an end without a stop is known by its
        place (an airport's code or a station), and its times are in the airport's zone, else
        the stop's, else the trip's home zone (trip-format.md, the extension of v1)."""
        path = f"transfers[{index}]"
        ends = []
        for end, place in (("from", "from_place"), ("to", "to_place")):
            stop = self.stop_ref(data[end], f"{path}.{end}") if data.get(end) else None
            if data.get(end) is None and _opt(data, place) is None:
                self.problem(f"{path}.{end}", f"give a stop key, or {place} for a leg at home")
            ends.append(
                (stop, transfer_ends.end_zone(self.zone(stop), _opt(data, place), self.home))
            )
        (origin, depart_zone), (target, arrive_zone) = ends
        if origin is not None and origin == target:
            self.problem(f"{path}.to", "is the same stop as from")
        depart = self.instant(data["depart"], depart_zone, f"{path}.depart")
        arrive = self.instant(data["arrive"], arrive_zone, f"{path}.arrive")
        travellers = self.person_items(data.get("travellers"), f"{path}.travellers")
        if depart is None or arrive is None:
            return
        if arrive < depart:
            self.problem(
                f"{path}.arrive", f"{data['arrive']} is before the departure {data['depart']}"
            )
        transfer = self.item(
            "transfer",
            {
                "uuid": self.uid(data, path),
                "trip_id": _TRIP,
                "from_stop_id": origin,
                "to_stop_id": target,
                "mode": data["mode"],
                "depart": depart,
                "depart_timezone": depart_zone,
                "arrive": arrive,
                "arrive_timezone": arrive_zone,
                **_opts(data, _TRANSFER_TEXT),
                **_opts(data, _TRANSFER_BOOKING),
                "from_place": _place(_opt(data, "from_place")),
                "to_place": _place(_opt(data, "to_place")),
                "travel_class": _opt(data, "class"),
            },
        )
        for position, (person, own) in enumerate(travellers):
            self.plan.add(
                "transfer_traveller",
                {
                    "transfer_id": transfer,
                    "person_id": person,
                    "position": position,
                    "reference": _opt(own, "reference"),
                    "seat": _opt(own, "seat"),
                },
            )

    def meeting(self, index: int, data: dict[str, Any]) -> None:
        path = f"meetings[{index}]"
        stop = self.stop_ref(data["stop"], f"{path}.stop")
        zone = self.zone(stop)
        start = self.instant(data["start"], zone, f"{path}.start")
        end = self.instant(data["end"], zone, f"{path}.end")
        if start and end and end <= start:
            self.problem(f"{path}.end", f"{data['end']} is not after the start {data['start']}")
        venue = data.get("venue") or {}
        # Planned even when wrong (gifts and the meeting's own lists refer to it by index).
        meeting = self.item(
            "meeting",
            {
                "uuid": self.uid(data, path),
                "trip_id": _TRIP,
                "stop_id": stop,
                "title": data["title"],
                "host_id": self.organization(data.get("host"), f"{path}.host"),
                "venue_name": _opt(venue, "name"),
                "venue_address": _opt(venue, "address"),
                "venue_city": _opt(venue, "city"),
                "talking_points": list(data.get("talking_points") or []),
                **_opts(data, _MEETING_TEXT),
                "start": start,
                "end": end,
                "timezone": zone,
            },
        )
        plan = self.plan
        organizations = self.organization_list(data.get("organizations"), f"{path}.organizations")
        for position, organization in enumerate(organizations):
            plan.add(
                "meeting_organization",
                {"meeting_id": meeting, "organization_id": organization, "position": position},
            )
        attendees = self.attendee_list(data.get("attendees"), f"{path}.attendees")
        for position, (person, role) in enumerate(attendees):
            plan.add(
                "meeting_attendee",
                {"meeting_id": meeting, "person_id": person, "position": position, "role": role},
            )
        for position, branch in enumerate(data.get("branch_venues") or []):
            self.branch_venue(meeting, position, branch, f"{path}.branch_venues[{position}]")
        if data.get("agreement") is not None:
            self.agreement(meeting, data["agreement"], f"{path}.agreement")
        for position, follow_up in enumerate(data.get("follow_ups") or []):
            self.follow_up(meeting, position, follow_up, f"{path}.follow_ups[{position}]")

    def branch_venue(self, meeting: int, position: int, data: dict[str, Any], path: str) -> None:
        branch = self.plan.add(
            "branch_venue",
            {
                "uuid": self.uid(data, path),
                "meeting_id": meeting,
                "position": position,
                "name": data["name"],
                "city": data["city"],
                "country": data["country"],
                "timezone": data["timezone"],
                "address": _opt(data, "address"),
                "online_url": _opt(data, "online_url"),
                "host_id": self.organization(data.get("host"), f"{path}.host"),
            },
        )
        attendees = self.people_list(data.get("attendees"), f"{path}.attendees")
        for index, person in enumerate(attendees):
            self.plan.add(
                "branch_attendee",
                {"branch_venue_id": branch, "person_id": person, "position": index},
            )

    def agreement(self, meeting: int, data: dict[str, Any], path: str) -> None:
        agreement = self.plan.add(
            "agreement",
            {
                "uuid": self.uid(data, path),
                "meeting_id": meeting,
                "title": data["title"],
                "kind": _opt(data, "kind"),
                "languages": list(data.get("languages") or []),
                "status": _opt(data, "status"),
                "notes": _opt(data, "notes"),
            },
        )
        parties = self.organization_list(data.get("parties"), f"{path}.parties")
        for position, organization in enumerate(parties):
            self.plan.add(
                "agreement_party",
                {"agreement_id": agreement, "organization_id": organization, "position": position},
            )
        signatories = self.people_list(data.get("signatories"), f"{path}.signatories")
        for position, person in enumerate(signatories):
            self.plan.add(
                "agreement_signatory",
                {"agreement_id": agreement, "person_id": person, "position": position},
            )

    def follow_up(self, meeting: int, position: int, data: dict[str, Any], path: str) -> None:
        due = data.get("due")
        self.plan.add(
            "follow_up",
            {
                "uuid": self.uid(data, path),
                "meeting_id": meeting,
                "position": position,
                "title": data["title"],
                "due": dt.date.fromisoformat(due) if due else None,
                "owner_id": self.person(data.get("owner"), f"{path}.owner"),
                "done": data.get("done"),
            },
        )

    def gift(self, index: int, data: dict[str, Any]) -> None:
        path = f"gifts[{index}]"
        meeting = self.meetings.get(data["meeting"])
        if meeting is None:
            self.problem(f"{path}.meeting", f"no meeting has the key {data['meeting']!r}")
            return
        from_person, from_org = self.party(data.get("from"), f"{path}.from")
        to_person, to_org = self.party(data.get("to"), f"{path}.to")
        amount = data.get("value")
        self.item(
            "gift",
            {
                "uuid": self.uid(data, path),
                "trip_id": _TRIP,
                "meeting_id": meeting,
                "direction": data["direction"],
                "description": data["description"],
                "from_person_id": from_person,
                "from_organization_id": from_org,
                "to_person_id": to_person,
                "to_organization_id": to_org,
                "value": None if amount is None else Decimal(str(amount)),
                "currency": _opt(data, "currency"),
            },
        )


def _normalize_codes(document: dict[str, Any]) -> None:
    """Codes as the store keeps them: "de" is DE, "de-by" DE-BY, "eur" EUR, "ZH" zh.

    The checks accept any case (each code names one thing either way); the store, the
    exports and every comparison of codes (a region belongs to its stop's country) want one
    spelling. Contacts files and the editors store the same (:mod:`planner.records`).
    """
    holders = [
        *document["organizations"],
        *document["stops"],
        *(document.get("gifts") or []),
        *(
            venue
            for meeting in document["meetings"]
            for venue in meeting.get("branch_venues") or []
        ),
    ]
    for data in holders:
        for name in ("country", "region", "currency"):
            if isinstance(data.get(name), str):
                data[name] = data[name].upper()
    speakers = [
        *document["people"],
        *(m["agreement"] for m in document["meetings"] if m.get("agreement")),
    ]
    for data in speakers:
        if data.get("languages"):
            data["languages"] = [code.lower() for code in data["languages"]]


def _place(text: str | None) -> str | None:
    """An airport's code in capitals, as the editor keeps it ("hkg" is HKG); a station as
    written."""
    if text is not None and airports.lookup(text) is not None:
        return text.strip().upper()
    return text


def _indices(items: list[dict[str, Any]]) -> dict[str, int]:
    """Key to file index of a keyed list (its keys are unique once the document is valid)."""
    return {data["key"]: index for index, data in enumerate(items)}
