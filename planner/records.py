"""Plain, immutable values of the objects a user edits, apart from the ORM.

Editors fill a record, validation reads one, and an undo command keeps the record from before
and the record after an edit. Records refer to other objects by UUID, never by ORM instance,
so they stay valid across sessions, undo and redo (a deleted and restored object keeps its
UUID). Instants are aware UTC datetimes; the zone comes from the stop they belong to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any, TypeVar

from planner import names, text_rules
from planner.travel_documents import TravelDocuments

R = TypeVar("R")
_UPPER_CODES = frozenset({"country", "region", "currency"})
"""Codes the store keeps in upper case ("de" is DE), as trip and contacts files do."""


@dataclass(frozen=True)
class TripRecord:
    title: str
    home_timezone: str
    purpose: str | None = None
    organizer: str | None = None
    status: str | None = "draft"
    classification: str | None = "internal"
    notes: str | None = None
    protocol_rules: str = "foreign-affairs"
    """Which side is the place of honour in the trip's seating (``vocab.PROTOCOL_RULES``)."""
    useful_numbers: tuple[tuple[str, str], ...] = ()
    """(label, number) in the user's order; numbers as typed here, E.164 once stored."""
    direction: str = "outbound"
    """A visit made or received (``vocab.TRIP_DIRECTIONS``)."""
    invitation_purpose: str | None = None
    """What the invitation letter says the visit is for (the trip's purpose when empty)."""
    invitation_costs: str | None = None
    """Who bears the costs, as the letter says it."""
    invitation_issued: dt.date | None = None
    """The day the invitation letter was issued; None: not yet."""

    @property
    def label(self) -> str:
        return self.title


@dataclass(frozen=True)
class StopRecord:
    city: str
    country: str
    timezone: str
    region: str | None = None
    arrive: dt.datetime | None = None
    depart: dt.datetime | None = None
    lodging_name: str | None = None
    lodging_address: str | None = None
    lodging_confirmation: str | None = None
    lodging_phone: str | None = None

    @property
    def label(self) -> str:
        return self.city


@dataclass(frozen=True)
class TransferRecord:
    from_stop: str | None
    """The stop the leg leaves from; None (or "") for the first leg, from home."""
    to_stop: str | None
    """The stop the leg goes to; None (or "") for the last leg, back home."""
    mode: str
    depart: dt.datetime
    arrive: dt.datetime
    carrier: str | None = None
    number: str | None = None
    reference: str | None = None
    """A group booking's reference; a traveller's own is in ``travellers``."""
    notes: str | None = None
    from_place: str | None = None
    """The airport (IATA or ICAO code) or station the leg leaves from; an airport's zone is the
    zone its departure is entered in."""
    to_place: str | None = None
    from_terminal: str | None = None
    to_terminal: str | None = None
    travel_class: str | None = None
    seat: str | None = None
    travellers: tuple[tuple[str, str | None, str | None], ...] = ()
    """(person UUID, booking reference, seat) of each traveller; none: the whole delegation."""

    @property
    def label(self) -> str:
        return " ".join(p for p in (self.carrier, self.number) if p) or self.mode


@dataclass(frozen=True)
class MeetingRecord:
    title: str
    stop: str
    start: dt.datetime
    end: dt.datetime
    kind: str | None = "meeting"
    status: str | None = "tentative"
    venue_name: str | None = None
    venue_address: str | None = None
    online_url: str | None = None
    host: str | None = None
    organizations: tuple[str, ...] = ()
    attendees: tuple[str, ...] = ()
    objectives: str | None = None
    talking_points: tuple[str, ...] = ()
    notes: str | None = None
    private_notes: str | None = None
    attendee_roles: tuple[tuple[str, str], ...] = ()
    """(person UUID, role) of the attendees with a role other than ``participant``, in the
    order of ``attendees``; an attendee not named here participates."""
    venue_city: str | None = None
    """The venue's city when it is not the stop's (None: the stop's)."""
    attendee_answers: tuple[tuple[str, str, dt.datetime | None], ...] = ()
    """(person UUID, answer, when answered) of the attendees who answered the invitation
    (:data:`planner.vocab.ATTENDEE_ANSWERS`), in the order of ``attendees``; an attendee not
    named here has not answered. Part of the record so that a reply is an undoable edit."""

    @property
    def label(self) -> str:
        return self.title

    def role_of(self, person_uuid: str) -> str:
        """The attendee's role in the meeting (``participant`` unless named)."""
        return dict(self.attendee_roles).get(person_uuid, "participant")

    def answer_of(self, person_uuid: str) -> tuple[str, dt.datetime | None] | None:
        """The attendee's answer and when it came; None while they have not answered."""
        return next(
            ((answer, when) for uuid, answer, when in self.attendee_answers if uuid == person_uuid),
            None,
        )


@dataclass(frozen=True)
class PersonRecord:
    family_name: str
    given_name: str | None = None
    native_name: str | None = None
    honorific: str | None = None
    position: str | None = None
    organization: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: tuple[str, ...] = ()
    precedence: int | None = None
    """The person's rank in the trip the editor was opened from
    (:func:`planner.protocol.sides.rank_in_trip`), which the window saves with
    ``set_trip_rank``; a new person of a trip starts with it. Ranks are per trip, so the
    person's own record reads None and saving it writes no rank (``person.precedence`` stays
    as older programs left it)."""
    notes: str | None = None
    documents: TravelDocuments | None = field(default_factory=TravelDocuments)
    """Nationality, birth, passport and visas; stored encrypted. None: those stored cannot be
    read on this computer (another key), so saving the record leaves them as they are."""

    @property
    def label(self) -> str:
        return names.display_name(self.family_name, self.given_name, self.native_name)


@dataclass(frozen=True)
class OrganizationRecord:
    name: str
    native_name: str | None = None
    kind: str | None = None
    city: str | None = None
    country: str | None = None
    sector: str | None = None
    website: str | None = None
    notes: str | None = None

    @property
    def label(self) -> str:
        return self.name


@dataclass(frozen=True)
class DelegationMemberRecord:
    """A person's place in one trip's delegation: their role and, when the officer set one,
    their rank (1 first). The trip is the parent it is created under, not a field: a member
    never moves to another trip."""

    person: str
    """The person's UUID."""
    role: str = "member"
    precedence: int | None = None
    name: str | None = field(default=None, compare=False)
    """The person's name as undo entries and messages show it; read from the person, never
    written, and left out of comparisons so that a renamed person is no conflict."""

    @property
    def label(self) -> str:
        return self.name or self.person


Record = (
    TripRecord | StopRecord | TransferRecord | MeetingRecord | PersonRecord | OrganizationRecord
)


def changed_fields(before: Any, after: Any) -> list[str]:
    """Names of the fields whose values differ between two records of one type."""
    return [f.name for f in fields(before) if getattr(before, f.name) != getattr(after, f.name)]


def cleaned(record: R) -> R:
    """The record with blank optional texts as None, the way the store keeps absent values,
    and codes in the one case the store keeps them in (DE, DE-BY, EUR; languages zh)."""
    changes: dict[str, Any] = {}
    for f in fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if f.name == "languages" and isinstance(value, tuple):
            lowered = tuple(code.lower() if isinstance(code, str) else code for code in value)
            if lowered != value:
                changes[f.name] = lowered
        if isinstance(value, str):
            stripped = value.strip()
            if f.name in _UPPER_CODES:
                stripped = stripped.upper()
            required = f.default is MISSING
            if not stripped and not required:
                changes[f.name] = None
            elif stripped != value:
                changes[f.name] = stripped
    return replace(record, **changes) if changes else record  # type: ignore[type-var]


def text_faults(record: Any) -> dict[str, text_rules.TextFault]:
    """The first character each text of ``record`` may not hold, by field name (a list field,
    such as talking points, by its first bad item); :mod:`planner.text_rules` says why."""
    found: dict[str, text_rules.TextFault] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        texts = [value] if isinstance(value, str) else value if isinstance(value, tuple) else []
        for text in texts:
            fault = text_rules.field_fault(f.name, text) if isinstance(text, str) else None
            if fault is not None:
                found[f.name] = fault
                break
    return found


@dataclass(frozen=True)
class Choice:
    """Something an editor offers to pick: a stop, a person, an organization."""

    uuid: str
    label: str


@dataclass(frozen=True)
class PersonChoice(Choice):
    """A person of the trip as the attendee picker groups them: by side, then organization.

    A trip's editor context lists them side by side (delegation, host, third party), each
    side in the order of precedence (:mod:`planner.ranks`) with its head first, so that the
    window need not know the rule."""

    side: str = "host"
    """:data:`planner.vocab.TRIP_SIDES`: ``delegation``, ``host`` or ``third-party``."""
    organization: str = ""
    """The organization's name ("" for a person of none)."""
    organization_uuid: str | None = None
    role: str | None = None
    """The role in the trip's delegation (None for a counterpart)."""


@dataclass(frozen=True)
class StopChoice(Choice):
    timezone: str
    arrive: dt.datetime | None = None
    depart: dt.datetime | None = None


@dataclass(frozen=True)
class TripContext:
    """What an editor of one trip needs to offer choices and show times, read in one go."""

    trip_uuid: str
    title: str
    home_timezone: str
    stops: tuple[StopChoice, ...] = ()
    people: tuple[Choice, ...] = ()
    organizations: tuple[Choice, ...] = ()
    legs: tuple[tuple[str | None, str | None], ...] = ()
    """(from stop, to stop) UUIDs of the trip's transfers (None: home), so that a new
    transfer can start in the first gap between stops rather than on a leg already booked."""

    def open_gap(self) -> tuple[str | None, str | None]:
        """The leg a new transfer most likely is: the first two consecutive stops with no
        transfer between them (the travel-gap the problems panel points at first), else the
        flight from home to the first stop, else the one back home from the last."""
        booked = set(self.legs)
        for here, there in zip(self.stops, self.stops[1:], strict=False):
            if (here.uuid, there.uuid) not in booked:
                return here.uuid, there.uuid
        if not self.stops:
            return None, None
        first, last = self.stops[0].uuid, self.stops[-1].uuid
        if not any(to == first for _, to in booked):
            return None, first
        return last, None

    def stop(self, uuid: str) -> StopChoice:
        return next(s for s in self.stops if s.uuid == uuid)
