"""What the letters say about the visit and the people, read once as plain values.

A consulate reads an invitation letter field by field: each invitee's name as the passport
writes it, date of birth, passport number; the visit's purpose, dates, places and who pays;
the inviter's address, phone and signatory. Those fields are gathered here from the trip (the
delegation in the briefing pack's order of precedence, :func:`planner.briefing.read_pack`:
the letter and the list name people in the order the pack does, never re-sorted), the
delegates' travel documents, the trip's invitation details and the office's settings, so that
the wording (:mod:`planner.letters.wording`) and the two file formats only lay them out.

Who needs a visa is decided by the dated rules of :mod:`planner.visa_rules` (the table handed
in: the bundled one with the office's overrides, or a test's): the content never guesses. A
delegate whose need is unknown (no rule, no nationality recorded) is invited rather than left
out, and the gap is reported, since a missing letter cancels a visit and a superfluous one
costs nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner import document_reading, localtime, model, names, office, visa_rules
from planner.briefing import read_pack
from planner.office import OfficeSettings
from planner.travel_documents import SCHENGEN, InvitationDetails, TravelDocuments

CHINA = "CN"

CHINESE_FORM, SCHENGEN_FORM, GENERAL_FORM = "china", "schengen", "general"
"""The letter's form: the Chinese consulates' 邀请函, the Schengen invitation a German host
writes, or a general one naming the destination."""


@dataclass(frozen=True)
class Delegate:
    """One member of the delegation as the letters and the list name them."""

    uuid: str
    family_name: str
    given_name: str | None
    native_name: str | None
    honorific: str | None
    function: str
    organization: str
    organization_native: str | None
    documents: TravelDocuments
    needs_visa: bool | None
    """True, False, or None when no rule says (such a delegate is invited)."""
    because: str = ""
    """The source of the rule that decided (``Regulation (EU) 2018/1806, Annex I``)."""

    @property
    def passport_name(self) -> str:
        """``LI Wei``, ``BECKER Anna``: the family name in capitals first, as the passport's
        machine-readable zone and the consulates' forms write it."""
        return " ".join(p for p in (self.family_name.upper(), self.given_name) if p)

    @property
    def native_script(self) -> str:
        """``李伟``; for a name written only in Latin letters, the name in its culture's order."""
        return self.native_name or names.latin_name(
            self.family_name, self.given_name, self.native_name
        )

    @property
    def invited(self) -> bool:
        return self.needs_visa is not False


@dataclass(frozen=True)
class Inviter:
    """Who invites and signs: the office for a visit it receives, the host for one it makes
    (then the letter is a draft the host puts on its letterhead, its blanks filled there)."""

    organization: str
    address: str
    phone: str
    signatory: str
    function: str
    place: str
    is_office: bool
    organization_native: str | None = None
    """The host's name in its own script (``上海市商务委员会``), which a Chinese letter uses."""


@dataclass(frozen=True)
class Visit:
    title: str
    purpose: str
    destination: str
    """ISO 3166-1 alpha-2 code of the country the letter invites to."""
    form: str
    arrival: dt.date | None
    departure: dt.date | None
    places: tuple[str, ...]
    """The cities of the stops in the destination, in the itinerary's order, each once."""
    costs_borne_by: str
    issued: dt.date
    direction: str


@dataclass(frozen=True)
class LetterContent:
    visit: Visit
    inviter: Inviter
    delegation: tuple[Delegate, ...]
    """Everyone in the delegation, in the pack's order of precedence."""

    @property
    def invitees(self) -> tuple[Delegate, ...]:
        """The delegates who need a visa (or may), in the same order."""
        return tuple(d for d in self.delegation if d.invited)

    def missing(self, d: Delegate) -> list[str]:
        """What a consulate asks of ``d`` that is not recorded: ``nationality``,
        ``date_of_birth``, ``gender``, ``passport``."""
        docs = d.documents
        values = {
            "nationality": docs.nationality,
            "date_of_birth": docs.date_of_birth,
            "gender": docs.gender,
            "passport": docs.passport.number if docs.passport else None,
        }
        return [key for key, value in values.items() if not value]

    def inviter_missing(self) -> list[str]:
        """What the letter lacks of its inviter or visit: ``address``, ``phone``,
        ``signatory`` (office settings, when the office invites), ``costs``."""
        keys = []
        if self.inviter.is_office:
            for key in ("address", "phone", "signatory"):
                if not getattr(self.inviter, key):
                    keys.append(key)
        if not self.visit.costs_borne_by:
            keys.append("costs")
        return keys

    def gaps(self) -> list[str]:
        """What the letter lacks that a consulate asks for, one English line each (the
        command line prints them as warnings; nothing is invented to fill them)."""
        found: list[str] = []
        for d in self.invitees:
            who = names.display_name(d.family_name, d.given_name, d.native_name)
            missing = [_GAP_WORDS[key] for key in self.missing(d)]
            if missing:
                found.append(f"{who}: no {', '.join(missing)} recorded")
            if d.needs_visa is None:
                found.append(f"{who}: no visa rule decides; invited to be safe")
        for key in self.inviter_missing():
            if key == "costs":
                found.append("the trip's invitation does not say who pays (costs borne by)")
            else:
                found.append(f"the office's settings have no {key}")
        return found


_GAP_WORDS = {
    "nationality": "nationality",
    "date_of_birth": "date of birth",
    "gender": "gender",
    "passport": "passport number",
}


def read_content(
    session: Session,
    trip_uuid: str,
    *,
    documents: Mapping[str, TravelDocuments],
    invitation: InvitationDetails,
    office: OfficeSettings,
    rules: visa_rules.VisaRules,
    today: dt.date,
) -> LetterContent:
    """The letters' content of the trip ``trip_uuid``; ``documents`` by person UUID."""
    pack = read_pack(session, trip_uuid, problems=False)
    trip = pack.trip
    people = [member.person for member in pack.delegation]
    nationalities = {documents.get(p.uuid, TravelDocuments()).nationality for p in people}
    stops = _visited(trip, nationalities)
    destination = _destination(stops)
    arrival, departure = _days(stops, pack.first_day, pack.last_day)
    visit = Visit(
        title=trip.title,
        purpose=(invitation.purpose or trip.purpose or "").strip(),
        destination=destination,
        form=form_for(destination, rules),
        arrival=arrival,
        departure=departure,
        places=tuple(dict.fromkeys(s.city for s in stops if s.country == destination)),
        costs_borne_by=(invitation.costs_borne_by or "").strip(),
        issued=invitation.issued or today,
        direction=trip.direction,
    )
    delegation = tuple(
        _delegate(
            member,
            documents=documents,
            rules=rules,
            destination=destination,
            arrival=arrival,
            departure=departure,
        )
        for member in pack.delegation
    )
    return LetterContent(visit, _inviter(trip, office, destination), delegation)


def read_stored(session: Session, trip_uuid: str, today: dt.date) -> LetterContent:
    """The content of the trip as stored: its sealed documents and its invitation, the
    office's settings and the visa rules in force (the bundled table, the office's over it),
    as the command line and the window both write the letters."""
    return read_content(
        session,
        trip_uuid,
        documents=document_reading.read_trip_documents(session, trip_uuid),
        invitation=document_reading.read_invitation(session, trip_uuid),
        office=office.load(),
        rules=visa_rules.load(),
        today=today,
    )


def form_for(destination: str, rules: visa_rules.VisaRules) -> str:
    """The letter's form for a visit to ``destination``: the German invitation serves any
    member of the Schengen area (the rules' table lists them)."""
    if destination == CHINA:
        return CHINESE_FORM
    if destination and rules.area_of(destination) == SCHENGEN:
        return SCHENGEN_FORM
    return GENERAL_FORM


def _visited(trip: model.Trip, nationalities: set[str | None]) -> list[model.Stop]:
    """The stops the letter invites to: those reached (a first stop without arrival is where
    the journey starts) outside the delegates' own countries."""
    reached = [s for s in trip.stops if s.arrive is not None] or list(trip.stops)
    abroad = [s for s in reached if s.country not in nationalities]
    return abroad or reached


def _destination(stops: list[model.Stop]) -> str:
    """The country most of the stops are in (the first such on a tie)."""
    if not stops:
        return ""
    counts = Counter(s.country for s in stops)
    best = max(counts.values())
    return next(s.country for s in stops if counts[s.country] == best)


def _days(
    stops: list[model.Stop], first: dt.date | None, last: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """Arrival in and departure from the destination, as local dates; the trip's own first
    and last days where a stop has no time."""
    arrivals = [localtime.local_date(s.arrive, s.timezone) for s in stops if s.arrive]
    departures = [localtime.local_date(s.depart, s.timezone) for s in stops if s.depart]
    return (min(arrivals) if arrivals else first, max(departures) if departures else last)


def _delegate(
    member: model.DelegationMember,
    *,
    documents: Mapping[str, TravelDocuments],
    rules: visa_rules.VisaRules,
    destination: str,
    arrival: dt.date | None,
    departure: dt.date | None,
) -> Delegate:
    person = member.person
    docs = documents.get(person.uuid, TravelDocuments())
    needs: bool | None = None
    because = ""
    if arrival is not None and departure is not None:
        kind = docs.passport.kind if docs.passport else "ordinary"
        decision = visa_rules.decide(
            docs.nationality, kind, destination, arrival, departure, rules=rules
        )
        if decision is not None:
            needs = decision.needed
            because = decision.rule.source_title if decision.rule else ""
    org = person.organization
    return Delegate(
        uuid=person.uuid,
        family_name=person.family_name,
        given_name=person.given_name,
        native_name=person.native_name,
        honorific=person.honorific,
        function=(person.position or "").strip(),
        organization=org.name if org else "",
        organization_native=org.native_name if org else None,
        documents=docs,
        needs_visa=needs,
        because=because,
    )


def _inviter(trip: model.Trip, office: OfficeSettings, destination: str) -> Inviter:
    if trip.direction == "inbound":
        return Inviter(
            organization=office.name,
            address=office.address,
            phone=office.phone,
            signatory=office.signatory,
            function=office.signatory_function,
            place=office.place,
            is_office=True,
        )
    host = _host(trip, destination)
    return Inviter(
        organization=host.name if host else "",
        address="",
        phone="",
        signatory="",
        function="",
        place=(host.city or "") if host else "",
        is_office=False,
        organization_native=host.native_name if host else None,
    )


def _host(trip: model.Trip, destination: str) -> model.Organization | None:
    """The host of the visit made: the host of its first meeting in the destination."""
    meetings = sorted(trip.meetings, key=lambda m: (m.start, m.position))
    for m in meetings:
        if m.host is not None and m.stop.country == destination:
            return m.host
    return next((m.host for m in meetings if m.host is not None), None)
