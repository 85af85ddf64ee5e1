"""Reading a trip file into new store objects, all or nothing.

The reader never touches a session until the whole file has passed: it parses, validates the
structure (:mod:`planner.tripfile.schema`), then builds transient ORM objects while resolving
keys and turning local times into instants, collecting every problem on the way. Only a file
without problems yields a :class:`~planner.model.Trip`, which the caller adds in one
transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from planner import localtime, model
from planner.errors import PlannerError
from planner.tripfile.schema import Problem, validate

MAX_SHOWN = 5


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
        return json.loads(text, object_pairs_hook=_reject_duplicate_names, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise TripFileError(
            source, [Problem(f"line {exc.lineno}, column {exc.colno}", f"bad JSON: {exc.msg}")]
        ) from None
    except _DuplicateName as exc:
        raise TripFileError(
            source, [Problem("", f"the field {exc.name!r} appears twice in one object")]
        ) from None
    except RecursionError:
        raise TripFileError(source, [Problem("", "the JSON is nested too deeply")]) from None


def read_trip_file(path: Path) -> model.Trip:
    """Read and check ``path``; a new, unsaved trip with everything it references."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlannerError(f"{path}: cannot read ({exc.strerror})") from None
    return build_trip(parse_json(data, str(path)), str(path))


def build_trip(document: Any, source: str = "trip file") -> model.Trip:
    problems = validate(document)
    if problems:
        raise TripFileError(source, problems)
    builder = _Builder(document)
    trip = builder.build()
    if builder.problems:
        raise TripFileError(source, builder.problems)
    return trip


def _opt(data: dict[str, Any], name: str) -> Any:
    """The field's value, with an empty or blank string meaning the same as absent."""
    item = data.get(name)
    if isinstance(item, str) and not item.strip():
        return None
    return item


class _Builder:
    def __init__(self, document: dict[str, Any]) -> None:
        self.doc = document
        self.problems: list[Problem] = []
        self.organizations: dict[str, model.Organization] = {}
        self.people: dict[str, model.Person] = {}
        self.stops: dict[str, model.Stop] = {}
        self.meetings: dict[str, model.Meeting] = {}

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    # -- references --------------------------------------------------------------------------

    def organization(self, key: str | None, path: str) -> model.Organization | None:
        if key is None:
            return None
        found = self.organizations.get(key)
        if found is None:
            self.problem(path, f"no organization has the key {key!r}")
        return found

    def person(self, key: str | None, path: str) -> model.Person | None:
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

    def people_list(self, keys: list[str] | None, path: str) -> list[model.Person]:
        found = (self.person(key, f"{path}[{i}]") for i, key in self.distinct(keys, path))
        return [p for p in found if p is not None]

    def organization_list(self, keys: list[str] | None, path: str) -> list[model.Organization]:
        found = (self.organization(key, f"{path}[{i}]") for i, key in self.distinct(keys, path))
        return [o for o in found if o is not None]

    def party(
        self, key: str | None, path: str
    ) -> tuple[model.Person | None, model.Organization | None]:
        if key is None:
            return None, None
        person, organization = self.people.get(key), self.organizations.get(key)
        if person is not None and organization is not None:
            self.problem(path, f"{key!r} is the key of both a person and an organization")
        elif person is None and organization is None:
            self.problem(path, f"no person or organization has the key {key!r}")
        return person, organization

    def instant(self, text: str | None, zone: str | None, path: str) -> dt.datetime | None:
        if text is None or zone is None:
            return None
        try:
            return localtime.parse_local(text, zone)
        except localtime.TimeError as exc:
            self.problem(path, str(exc))
            return None

    # -- objects -----------------------------------------------------------------------------

    def build(self) -> model.Trip:
        doc = self.doc
        for data in doc["organizations"]:
            self.organizations[data["key"]] = model.Organization(
                name=data["name"],
                **{
                    f: _opt(data, f)
                    for f in (
                        "native_name",
                        "kind",
                        "city",
                        "country",
                        "sector",
                        "website",
                        "notes",
                    )
                },
            )
        for index, data in enumerate(doc["people"]):
            self.people[data["key"]] = model.Person(
                family_name=data["family_name"],
                organization=self.organization(
                    data.get("organization"), f"people[{index}].organization"
                ),
                languages=list(data.get("languages") or []),
                precedence=data.get("precedence"),
                **{
                    f: _opt(data, f)
                    for f in (
                        "given_name",
                        "native_name",
                        "honorific",
                        "position",
                        "email",
                        "phone",
                        "notes",
                    )
                },
            )
        info = doc["trip"]
        trip = model.Trip(
            title=info["title"],
            home_timezone=info["home_timezone"],
            organizer=self.organization(info.get("organizer"), "trip.organizer"),
            **{f: _opt(info, f) for f in ("purpose", "status", "classification", "notes")},
        )
        trip.organization_links = [
            model.TripOrganization(organization=o) for o in self.organizations.values()
        ]
        trip.people_links = [model.TripPerson(person=p) for p in self.people.values()]
        trip.delegation = self.delegation()
        trip.stops = [self.stop(i, data) for i, data in enumerate(doc["stops"])]
        trip.transfers = [
            t for i, data in enumerate(doc["transfers"]) if (t := self.transfer(i, data))
        ]
        trip.meetings = [
            m for i, data in enumerate(doc["meetings"]) if (m := self.meeting(i, data))
        ]
        trip.gifts = [
            g for i, data in enumerate(doc.get("gifts") or []) if (g := self.gift(i, data))
        ]
        return trip

    def delegation(self) -> list[model.DelegationMember]:
        members: list[model.DelegationMember] = []
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
                members.append(
                    model.DelegationMember(
                        person=person, role=data["role"], precedence=data.get("precedence")
                    )
                )
        return members

    def stop(self, index: int, data: dict[str, Any]) -> model.Stop:
        path = f"stops[{index}]"
        zone = data["timezone"]
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
        stop = model.Stop(
            city=data["city"],
            country=data["country"],
            region=region,
            timezone=zone,
            arrive=arrive,
            depart=depart,
            lodging_name=_opt(lodging, "name"),
            lodging_address=_opt(lodging, "address"),
            lodging_confirmation=_opt(lodging, "confirmation"),
            lodging_phone=_opt(lodging, "phone"),
        )
        self.stops[data["key"]] = stop
        return stop

    def stop_ref(self, key: str, path: str) -> model.Stop | None:
        found = self.stops.get(key)
        if found is None:
            self.problem(path, f"no stop has the key {key!r}")
        return found

    def transfer(self, index: int, data: dict[str, Any]) -> model.Transfer | None:
        path = f"transfers[{index}]"
        origin = self.stop_ref(data["from"], f"{path}.from")
        target = self.stop_ref(data["to"], f"{path}.to")
        if origin is not None and origin is target:
            self.problem(f"{path}.to", "is the same stop as from")
        depart = self.instant(data["depart"], origin.timezone if origin else None, f"{path}.depart")
        arrive = self.instant(data["arrive"], target.timezone if target else None, f"{path}.arrive")
        if origin is None or target is None or depart is None or arrive is None:
            return None
        return model.Transfer(
            from_stop=origin,
            to_stop=target,
            mode=data["mode"],
            depart=depart,
            depart_timezone=origin.timezone,
            arrive=arrive,
            arrive_timezone=target.timezone,
            **{f: _opt(data, f) for f in ("carrier", "number", "reference", "notes")},
        )

    def meeting(self, index: int, data: dict[str, Any]) -> model.Meeting | None:
        path = f"meetings[{index}]"
        stop = self.stop_ref(data["stop"], f"{path}.stop")
        zone = stop.timezone if stop is not None else None
        start = self.instant(data["start"], zone, f"{path}.start")
        end = self.instant(data["end"], zone, f"{path}.end")
        if start and end and end <= start:
            self.problem(f"{path}.end", f"{data['end']} is not after the start {data['start']}")
        venue = data.get("venue") or {}
        meeting = model.Meeting(
            title=data["title"],
            host=self.organization(data.get("host"), f"{path}.host"),
            venue_name=_opt(venue, "name"),
            venue_address=_opt(venue, "address"),
            talking_points=list(data.get("talking_points") or []),
            **{
                f: _opt(data, f)
                for f in ("kind", "status", "online_url", "objectives", "notes", "private_notes")
            },
        )
        meeting.organization_links = [
            model.MeetingOrganization(organization=o)
            for o in self.organization_list(data.get("organizations"), f"{path}.organizations")
        ]
        meeting.attendee_links = [
            model.MeetingAttendee(person=p)
            for p in self.people_list(data.get("attendees"), f"{path}.attendees")
        ]
        meeting.branch_venues = [
            self.branch_venue(data, f"{path}.branch_venues[{i}]")
            for i, data in enumerate(data.get("branch_venues") or [])
        ]
        if data.get("agreement") is not None:
            meeting.agreement = self.agreement(data["agreement"], f"{path}.agreement")
        meeting.follow_ups = [
            self.follow_up(data, f"{path}.follow_ups[{i}]")
            for i, data in enumerate(data.get("follow_ups") or [])
        ]
        self.meetings[data["key"]] = meeting
        if stop is None or start is None or end is None or zone is None:
            return None
        meeting.stop, meeting.start, meeting.end, meeting.timezone = stop, start, end, zone
        return meeting

    def branch_venue(self, data: dict[str, Any], path: str) -> model.BranchVenue:
        branch = model.BranchVenue(
            name=data["name"],
            city=data["city"],
            country=data["country"],
            timezone=data["timezone"],
            address=_opt(data, "address"),
            online_url=_opt(data, "online_url"),
            host=self.organization(data.get("host"), f"{path}.host"),
        )
        branch.attendee_links = [
            model.BranchAttendee(person=p)
            for p in self.people_list(data.get("attendees"), f"{path}.attendees")
        ]
        return branch

    def agreement(self, data: dict[str, Any], path: str) -> model.Agreement:
        agreement = model.Agreement(
            title=data["title"],
            kind=_opt(data, "kind"),
            languages=list(data.get("languages") or []),
            status=_opt(data, "status"),
            notes=_opt(data, "notes"),
        )
        agreement.party_links = [
            model.AgreementParty(organization=o)
            for o in self.organization_list(data.get("parties"), f"{path}.parties")
        ]
        agreement.signatory_links = [
            model.AgreementSignatory(person=p)
            for p in self.people_list(data.get("signatories"), f"{path}.signatories")
        ]
        return agreement

    def follow_up(self, data: dict[str, Any], path: str) -> model.FollowUp:
        due = data.get("due")
        return model.FollowUp(
            title=data["title"],
            due=dt.date.fromisoformat(due) if due else None,
            owner=self.person(data.get("owner"), f"{path}.owner"),
            done=data.get("done"),
        )

    def gift(self, index: int, data: dict[str, Any]) -> model.Gift | None:
        path = f"gifts[{index}]"
        meeting = self.meetings.get(data["meeting"])
        if meeting is None:
            self.problem(f"{path}.meeting", f"no meeting has the key {data['meeting']!r}")
            return None
        from_person, from_org = self.party(data.get("from"), f"{path}.from")
        to_person, to_org = self.party(data.get("to"), f"{path}.to")
        amount = data.get("value")
        return model.Gift(
            meeting=meeting,
            direction=data["direction"],
            description=data["description"],
            from_person=from_person,
            from_organization=from_org,
            to_person=to_person,
            to_organization=to_org,
            value=None if amount is None else Decimal(str(amount)),
            currency=_opt(data, "currency"),
        )
