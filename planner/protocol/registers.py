"""The office's registers across all trips: agreements signed, follow-ups promised, gifts exchanged.

A protocol office answers questions that cross trips ("what have we signed with Commerzbank?",
"what is overdue?", "what did we give in 2022?"), so these queries read the whole store and
return frozen rows of plain values that outlive the session (the window's tables hold them).
Dates are local days in the zone of the meeting they belong to: a signing at 17:30 in Changzhou
is on 7 July there, whatever the clock says at home. Filtering is a pure function of the rows,
so the window filters what it has read without asking the store again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from planner import localtime, model, names

# ---------------------------------------------------------------------------------------------
# Rows


@dataclass(frozen=True)
class AgreementRow:
    """One agreement with the meeting and trip it was signed at."""

    uuid: str
    title: str
    kind: str | None
    status: str | None
    languages: tuple[str, ...]
    parties: tuple[str, ...]
    """The parties' names, in the agreement's order."""
    party_uuids: tuple[str, ...]
    signatories: tuple[str, ...]
    """The signatories' display names (:func:`planner.names.display_name`)."""
    signatory_uuids: tuple[str, ...]
    meeting_uuid: str
    meeting_title: str
    start: dt.datetime
    timezone: str
    date: dt.date
    """The local day of the meeting in its own zone."""
    trip_uuid: str
    trip_title: str
    notes: str | None = None

    @property
    def year(self) -> int:
        return self.date.year


@dataclass(frozen=True)
class FollowUpRow:
    """One task promised at a meeting; ``overdue`` against the day the rows were read for."""

    uuid: str
    title: str
    due: dt.date | None
    owner: str | None
    owner_uuid: str | None
    done: bool
    overdue: bool
    meeting_uuid: str
    meeting_title: str
    start: dt.datetime
    timezone: str
    date: dt.date
    trip_uuid: str
    trip_title: str
    version: int
    """The follow-up's version when read: marking it done is checked against it."""


@dataclass(frozen=True)
class GiftRow:
    """One gift given or received at a meeting; giver and receiver are a person or an
    organization, named as they are shown."""

    uuid: str
    direction: str
    description: str
    giver: str | None
    giver_uuid: str | None
    receiver: str | None
    receiver_uuid: str | None
    value: Decimal | None
    currency: str | None
    meeting_uuid: str
    meeting_title: str
    start: dt.datetime
    timezone: str
    date: dt.date
    trip_uuid: str
    trip_title: str


@dataclass(frozen=True)
class Partner:
    """An organization that is a party to at least one agreement (a filter's choice)."""

    uuid: str
    name: str


# ---------------------------------------------------------------------------------------------
# Agreements


def agreements(
    session: Session,
    *,
    partner: str | None = None,
    status: str | None = None,
    year: int | None = None,
) -> list[AgreementRow]:
    """Every agreement of the store, newest meeting first; filtered as :func:`filter_agreements`."""
    query = select(model.Agreement).options(
        joinedload(model.Agreement.meeting).joinedload(model.Meeting.trip),
        selectinload(model.Agreement.party_links).joinedload(model.AgreementParty.organization),
        selectinload(model.Agreement.signatory_links).joinedload(model.AgreementSignatory.person),
    )
    rows = [_agreement_row(a) for a in session.scalars(query).unique()]
    rows.sort(key=lambda r: (r.start, r.title), reverse=True)
    return filter_agreements(rows, partner=partner, status=status, year=year)


def filter_agreements(
    rows: Iterable[AgreementRow],
    *,
    partner: str | None = None,
    status: str | None = None,
    year: int | None = None,
) -> list[AgreementRow]:
    """The rows with ``partner`` (an organization UUID) among their parties, the ``status``
    and the meeting in ``year`` (each None: any)."""
    return [
        r
        for r in rows
        if (partner is None or partner in r.party_uuids)
        and (status is None or r.status == status)
        and (year is None or r.year == year)
    ]


def partners(rows: Iterable[AgreementRow]) -> list[Partner]:
    """The parties of ``rows`` once each, by name."""
    found: dict[str, str] = {}
    for row in rows:
        found.update(zip(row.party_uuids, row.parties, strict=True))
    return sorted((Partner(u, n) for u, n in found.items()), key=lambda p: names.fold(p.name))


def years(rows: Iterable[AgreementRow | GiftRow | FollowUpRow]) -> list[int]:
    """The years the rows' meetings fall in, latest first."""
    return sorted({row.date.year for row in rows}, reverse=True)


def _agreement_row(agreement: model.Agreement) -> AgreementRow:
    meeting = agreement.meeting
    organizations = [link.organization for link in agreement.party_links]
    people = [link.person for link in agreement.signatory_links]
    return AgreementRow(
        uuid=agreement.uuid,
        title=agreement.title,
        kind=agreement.kind,
        status=agreement.status,
        languages=tuple(agreement.languages or ()),
        parties=tuple(o.name for o in organizations),
        party_uuids=tuple(o.uuid for o in organizations),
        signatories=tuple(p.display_name for p in people),
        signatory_uuids=tuple(p.uuid for p in people),
        notes=agreement.notes,
        **_meeting_fields(meeting),
    )


# ---------------------------------------------------------------------------------------------
# Follow-ups


def follow_ups(session: Session, today: dt.date, *, include_done: bool = True) -> list[FollowUpRow]:
    """Every follow-up of the store by due day (undated last), then by meeting; one is overdue
    when it is not done and its due day is before ``today``."""
    query = select(model.FollowUp).options(
        joinedload(model.FollowUp.meeting).joinedload(model.Meeting.trip),
        joinedload(model.FollowUp.owner),
    )
    if not include_done:
        query = query.where((model.FollowUp.done.is_(None)) | (model.FollowUp.done.is_(False)))
    rows = [_follow_up_row(f, today) for f in session.scalars(query).unique()]
    rows.sort(key=_due_order)
    return rows


def overdue(rows: Iterable[FollowUpRow]) -> list[FollowUpRow]:
    return [r for r in rows if r.overdue]


def is_overdue(due: dt.date | None, done: bool | None, today: dt.date) -> bool:
    return not done and due is not None and due < today


def _due_order(row: FollowUpRow) -> tuple[bool, dt.date, dt.datetime, str]:
    return (row.due is None, row.due or dt.date.max, row.start, row.title)


def _follow_up_row(follow_up: model.FollowUp, today: dt.date) -> FollowUpRow:
    owner = follow_up.owner
    return FollowUpRow(
        uuid=follow_up.uuid,
        title=follow_up.title,
        due=follow_up.due,
        owner=owner.display_name if owner is not None else None,
        owner_uuid=owner.uuid if owner is not None else None,
        done=bool(follow_up.done),
        overdue=is_overdue(follow_up.due, follow_up.done, today),
        **_meeting_fields(follow_up.meeting),
        version=follow_up.version,
    )


# ---------------------------------------------------------------------------------------------
# Gifts


def gifts(
    session: Session, *, trip: str | None = None, direction: str | None = None
) -> list[GiftRow]:
    """Every gift of the store, newest meeting first; filtered as :func:`filter_gifts`."""
    query = select(model.Gift).options(
        joinedload(model.Gift.meeting),
        joinedload(model.Gift.trip),
        joinedload(model.Gift.from_person),
        joinedload(model.Gift.from_organization),
        joinedload(model.Gift.to_person),
        joinedload(model.Gift.to_organization),
    )
    rows = [_gift_row(g) for g in session.scalars(query).unique()]
    rows.sort(key=lambda r: (r.start, r.description), reverse=True)
    return filter_gifts(rows, trip=trip, direction=direction)


def filter_gifts(
    rows: Iterable[GiftRow], *, trip: str | None = None, direction: str | None = None
) -> list[GiftRow]:
    """The rows of the trip ``trip`` (a UUID) in ``direction`` (each None: any)."""
    return [
        r
        for r in rows
        if (trip is None or r.trip_uuid == trip) and (direction is None or r.direction == direction)
    ]


def totals(rows: Sequence[GiftRow], direction: str) -> dict[str, Decimal]:
    """The value of the gifts in ``direction`` by currency (gifts without a value or a
    currency do not count); currencies are never added together."""
    found: dict[str, Decimal] = {}
    for row in rows:
        if row.direction == direction and row.value is not None and row.currency:
            found[row.currency] = found.get(row.currency, Decimal(0)) + row.value
    return dict(sorted(found.items()))


def _gift_row(gift: model.Gift) -> GiftRow:
    giver = gift.from_person or gift.from_organization
    receiver = gift.to_person or gift.to_organization
    return GiftRow(
        uuid=gift.uuid,
        direction=gift.direction,
        description=gift.description,
        giver=_party_name(giver),
        giver_uuid=giver.uuid if giver is not None else None,
        receiver=_party_name(receiver),
        receiver_uuid=receiver.uuid if receiver is not None else None,
        value=gift.value,
        currency=gift.currency,
        **_meeting_fields(gift.meeting),
    )


# ---------------------------------------------------------------------------------------------
# Shared


def _party_name(party: model.Person | model.Organization | None) -> str | None:
    if isinstance(party, model.Person):
        return party.display_name
    return party.name if party is not None else None


class _MeetingFields(TypedDict):
    meeting_uuid: str
    meeting_title: str
    start: dt.datetime
    timezone: str
    date: dt.date
    trip_uuid: str
    trip_title: str


def _meeting_fields(meeting: model.Meeting) -> _MeetingFields:
    return {
        "meeting_uuid": meeting.uuid,
        "meeting_title": meeting.title,
        "start": meeting.start,
        "timezone": meeting.timezone,
        "date": localtime.local(meeting.start, meeting.timezone).date(),
        "trip_uuid": meeting.trip.uuid,
        "trip_title": meeting.trip.title,
    }
