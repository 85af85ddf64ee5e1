"""A person added with an organization keeps that link, whatever the session already holds
(issue 19: ``SAWarning: Object of type <Person> not in session, add operation along
'Organization.people' will not proceed`` once while adding people in the window)."""

from __future__ import annotations

import warnings

import pytest
from sqlalchemy import select
from sqlalchemy.exc import SAWarning

from planner import editing, model, store, trips
from planner.editing.registry import editor_for
from planner.records import PersonRecord
from tests.conftest import NANSHAN


@pytest.fixture
def nanshan(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, NANSHAN).uuid


def organization_of(st: store.Store, person_uuid: str) -> str | None:
    with st.session() as session:
        person = session.scalars(select(model.Person).where(model.Person.uuid == person_uuid))
        org = person.one().organization
        return org.uuid if org else None


def an_organization(st: store.Store, trip_uuid: str) -> str:
    with st.session() as session:
        return editing.trip_context(session, trip_uuid).organizations[0].uuid


@pytest.mark.parametrize("in_trip", [True, False], ids=["trip", "directory"])
@pytest.mark.parametrize("loaded", [False, True], ids=["cold", "people-loaded"])
def test_a_new_person_keeps_their_organization(
    st: store.Store, nanshan: str, in_trip: bool, loaded: bool
) -> None:
    org_uuid = an_organization(st, nanshan)
    record = PersonRecord("Link", "Sören", organization=org_uuid)
    with warnings.catch_warnings():
        warnings.simplefilter("error", SAWarning)
        with st.transaction() as session:
            if loaded:  # a view has read the organization's people in this session
                org = session.scalars(
                    select(model.Organization).where(model.Organization.uuid == org_uuid)
                ).one()
                assert org.people is not None
            uuid = editing.create(session, nanshan if in_trip else None, record)
            second = editing.create(session, nanshan if in_trip else None, record)
    assert organization_of(st, uuid) == org_uuid
    assert organization_of(st, second) == org_uuid


def test_undo_and_redo_of_a_new_person_keep_their_organization(
    st: store.Store, nanshan: str
) -> None:
    org_uuid = an_organization(st, nanshan)
    editor = editor_for(PersonRecord)
    with warnings.catch_warnings():
        warnings.simplefilter("error", SAWarning)
        for loaded in (False, True):
            with st.transaction() as session:
                if loaded:
                    org = session.scalars(
                        select(model.Organization).where(model.Organization.uuid == org_uuid)
                    ).one()
                    assert org.people is not None
                record = PersonRecord("Link", "Sören", organization=org_uuid)
                uuid = editor.create(session, nanshan, record)
                snapshot = editor.remove(session, uuid)
                editor.restore(session, snapshot)
                editor.update(session, uuid, editor.read(session, uuid))
            assert organization_of(st, uuid) == org_uuid
