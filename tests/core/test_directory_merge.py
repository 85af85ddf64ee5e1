"""Merging two entries that are one person or one organization, and undoing it exactly."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from planner import model, store
from planner.directory import listing, merging, pages
from planner.errors import NotFound, PlannerError
from tests.core.directory_fixtures import dump, office_store, organization_uuid, uuid_of


@pytest.fixture
def office(empty_store: Path) -> Iterator[store.Store]:
    with office_store(empty_store) as opened:
        yield opened


def attendee_positions(st: store.Store, uuid: str) -> dict[str, int]:
    """Meeting title -> the person's position among its attendees."""
    with st.session() as session:
        rows = session.execute(
            select(model.Meeting.title, model.MeetingAttendee.position)
            .join(model.MeetingAttendee, model.MeetingAttendee.meeting_id == model.Meeting.id)
            .join(model.Person, model.Person.id == model.MeetingAttendee.person_id)
            .where(model.Person.uuid == uuid)
        ).all()
    return {title: position for title, position in rows}


def test_the_dropped_persons_meetings_follow_the_kept_one_once(office: store.Store) -> None:
    li, chen = uuid_of(office, "Li", "Wei"), uuid_of(office, "Chen")
    li_before, chen_before = attendee_positions(office, li), attendee_positions(office, chen)
    with office.session() as session:
        chen_trips = {t.uuid for t in pages.person_page(session, chen).trips}
    with office.transaction() as session:
        undo = merging.merge_people(session, li, chen)
    after = attendee_positions(office, li)
    assert set(after) == set(li_before) | set(chen_before)
    for title, position in after.items():
        both = [p[title] for p in (li_before, chen_before) if title in p]
        assert position == min(both), title  # the better place in the protocol order
    with office.session() as session:
        page = pages.person_page(session, li)
        assert chen_trips <= {t.uuid for t in page.trips}
        assert page.trips[0].role == "head"  # a delegate once per trip, keeping Li's role
        with pytest.raises(NotFound):
            pages.person_page(session, chen)
        assert session.scalars(select(model.Person.version).where(model.Person.uuid == li)).one()
    assert undo.keep_uuid == li and undo.drop_uuid == chen


def test_unmerge_puts_everything_back_exactly(office: store.Store, store_path: Path) -> None:
    li, chen = uuid_of(office, "Li", "Wei"), uuid_of(office, "Chen")
    before = dump(store_path)
    with office.transaction() as session:
        undo = merging.merge_people(session, li, chen)
    assert dump(store_path) != before
    with office.transaction() as session:
        merging.unmerge(session, undo)
    assert dump(store_path) == before
    # Redo, as an undo stack does, and undo again.
    with office.transaction() as session:
        undo = merging.merge_people(session, li, chen)
    with office.transaction() as session:
        merging.unmerge(session, undo)
    assert dump(store_path) == before


def test_follow_ups_and_gifts_follow_and_come_back(office: store.Store, store_path: Path) -> None:
    liang, xu = uuid_of(office, "Liang"), uuid_of(office, "Xu")
    with office.transaction() as session:
        person = {p.uuid: p for p in session.scalars(select(model.Person))}
        meeting = session.scalars(select(model.Meeting).order_by(model.Meeting.id)).first()
        assert meeting is not None
        session.add(
            model.Gift(
                trip_id=meeting.trip_id,
                position=0,
                meeting_id=meeting.id,
                direction="given",
                description="Porcelain vase",
                from_person=person[xu],
                to_person=person[xu],
                value=Decimal("120.50"),
                currency="EUR",
            )
        )
    before = dump(store_path)
    with office.session() as session:
        owned = session.scalars(
            select(model.FollowUp.title)
            .join(model.Person, model.Person.id == model.FollowUp.owner_id)
            .where(model.Person.uuid == xu)
        ).all()
    assert owned
    with office.transaction() as session:
        undo = merging.merge_people(session, liang, xu)
    with office.session() as session:
        gift = session.scalars(
            select(model.Gift).where(model.Gift.description == "Porcelain vase")
        ).one()
        assert (
            gift.from_person and gift.from_person.uuid,
            gift.to_person and gift.to_person.uuid,
        ) == (
            liang,
            liang,
        )
        titles = session.scalars(
            select(model.FollowUp.title)
            .join(model.Person, model.Person.id == model.FollowUp.owner_id)
            .where(model.Person.uuid == liang)
        ).all()
        assert set(owned) <= set(titles)
    with office.transaction() as session:
        merging.unmerge(session, undo)
    assert dump(store_path) == before


def test_the_kept_persons_empty_fields_are_filled_from_the_dropped(office: store.Store) -> None:
    wong, becker = uuid_of(office, "Wong"), uuid_of(office, "Becker")
    with office.transaction() as session:
        merging.merge_people(session, wong, becker)
    with office.session() as session:
        kept = session.scalars(select(model.Person).where(model.Person.uuid == wong)).one()
        assert kept.given_name == "Anna"  # Wong had none
        assert kept.email == "anna.becker@example.com"
        assert kept.position == "Delegation contact"  # Wong's own, not overwritten
        assert (kept.phone or "").startswith("+86")  # Wong's own
        assert kept.version == 2


def test_merging_organizations_moves_people_meetings_and_parties(
    office: store.Store, store_path: Path
) -> None:
    keep = organization_uuid(office, "Deutsche Bank")
    drop = organization_uuid(office, "Commerzbank")
    with office.session() as session:
        orgs = {o.uuid: o for o in listing.organizations(session)}
        dropped_meetings = {m.uuid for m in pages.organization_page(session, drop).meetings}
        kept_meetings = {m.uuid for m in pages.organization_page(session, keep).meetings}
    before = dump(store_path)
    with office.transaction() as session:
        undo = merging.merge_organizations(session, keep, drop)
    with office.session() as session:
        page = pages.organization_page(session, keep)
        assert {m.uuid for m in page.meetings} == dropped_meetings | kept_meetings
        assert [p.display_name for p in page.people] == ["Anna Becker"]
        assert page.entry.people == orgs[keep].people + orgs[drop].people
        assert drop not in {o.uuid for o in listing.organizations(session)}
    with office.transaction() as session:
        merging.unmerge(session, undo)
    assert dump(store_path) == before


def test_a_merge_needs_two_entries_that_exist(office: store.Store) -> None:
    li = uuid_of(office, "Li", "Wei")
    with office.transaction() as session:
        with pytest.raises(PlannerError, match="itself"):
            merging.merge_people(session, li, li)
        with pytest.raises(NotFound):
            merging.merge_people(session, li, "00000000-0000-4000-8000-000000000000")
