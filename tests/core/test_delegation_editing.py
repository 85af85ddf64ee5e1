"""The delegation as a record kind: an officer adds people with roles, changes a role or a
rank, removes someone and undoes it; a person twice or an unknown role is refused with a
sentence that names the field, and the store is left as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from planner import model, store, trips
from planner.editing import delegation
from planner.editing.registry import editor_for
from planner.editing.rows import EditError
from planner.records import DelegationMemberRecord
from tests import dumps
from tests.conftest import NANSHAN

EDITOR = editor_for(DelegationMemberRecord)


@pytest.fixture
def nanshan(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, NANSHAN).uuid


def person(st: store.Store, family_name: str) -> str:
    with st.session() as session:
        return session.scalars(
            select(model.Person.uuid).where(model.Person.family_name == family_name)
        ).one()


def listed(st: store.Store, trip_uuid: str) -> list[tuple[str, str, int | None]]:
    with st.session() as session:
        return [
            (m.family_name, m.role, m.precedence) for m in delegation.members(session, trip_uuid)
        ]


def dump(st: store.Store) -> list[str]:
    return dumps.dump(st)


def test_a_person_added_to_the_delegation_comes_last_with_role_and_name(
    st: store.Store, nanshan: str
) -> None:
    assert listed(st, nanshan) == [
        ("Li", "head", None),
        ("Wong", "staff", None),
        ("Chen", "interpreter", None),
    ]
    record = DelegationMemberRecord(person(st, "Bruder"), "press", 4)
    with st.transaction() as session:
        uuid = EDITOR.create(session, nanshan, record)
    assert listed(st, nanshan)[-1] == ("Bruder", "press", 4)
    with st.session() as session:
        read, _version = EDITOR.read_versioned(session, uuid)
        organization = delegation.members(session, nanshan)[-1].organization
    assert read.label == "Ingmar Bruder"  # what "Undo Add Delegation Member '…'" shows
    assert organization  # the panel shows it beside the name


def test_a_person_already_in_the_delegation_is_refused_by_name(
    st: store.Store, nanshan: str
) -> None:
    before = dump(st)
    with st.transaction() as session, pytest.raises(EditError) as refused:
        EDITOR.create(session, nanshan, DelegationMemberRecord(person(st, "Wong"), "member"))
    assert str(refused.value) == "person: Wong is already in the delegation"
    assert dump(st) == before


def test_changing_a_member_into_someone_already_there_is_refused(
    st: store.Store, nanshan: str
) -> None:
    with st.session() as session:
        wong = next(m for m in delegation.members(session, nanshan) if m.family_name == "Wong")
        read, version = EDITOR.read_versioned(session, wong.uuid)
    before = dump(st)
    moved = DelegationMemberRecord(person(st, "Li"), read.role)
    with st.transaction() as session, pytest.raises(EditError, match=r"^person: Li .* already"):
        EDITOR.update(session, wong.uuid, moved, expected_version=version, base=read)
    assert dump(st) == before


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            DelegationMemberRecord("x", "pilot"),
            "role: 'pilot' is not one of head, member, interpreter, staff, press, security",
        ),
        (DelegationMemberRecord("x", "member", 0), "precedence: precedence starts at 1"),
        (DelegationMemberRecord(" ", "member"), "person: a person is required"),
    ],
)
def test_a_bad_member_names_the_field_and_changes_nothing(
    st: store.Store, nanshan: str, record: DelegationMemberRecord, message: str
) -> None:
    if record.person == "x":
        record = DelegationMemberRecord(person(st, "Bruder"), record.role, record.precedence)
    before = dump(st)
    with st.transaction() as session, pytest.raises(EditError) as refused:
        EDITOR.create(session, nanshan, record)
    assert str(refused.value) == message
    assert dump(st) == before


def test_the_role_check_speaks_the_editors_languages() -> None:
    problems = delegation.validate(DelegationMemberRecord("x", "pilot"), "de")
    assert problems["role"].startswith("'pilot' ist keiner der Werte head, member")


def test_a_removed_member_comes_back_with_role_rank_and_place(
    st: store.Store, nanshan: str
) -> None:
    with st.session() as session:
        wong = next(m for m in delegation.members(session, nanshan) if m.family_name == "Wong")
        read, version = EDITOR.read_versioned(session, wong.uuid)
    with st.transaction() as session:
        EDITOR.update(
            session, wong.uuid, DelegationMemberRecord(wong.person, "security", 2),
            expected_version=version, base=read,
        )  # fmt: skip
    shown = listed(st, nanshan)
    before = dump(st)
    with st.transaction() as session:
        snapshot = EDITOR.remove(session, wong.uuid)
    assert [name for name, _role, _rank in listed(st, nanshan)] == ["Li", "Chen"]
    with st.transaction() as session:
        EDITOR.restore(session, snapshot)
    assert (
        listed(st, nanshan)
        == shown
        == [
            ("Li", "head", None),
            ("Wong", "security", 2),
            ("Chen", "interpreter", None),
        ]
    )
    assert dump(st) == before
