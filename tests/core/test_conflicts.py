"""Two people editing one meeting: the second save is refused, and the user's choice is kept."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from planner import conflicts, editing, model, store, trips
from planner.conflicts import Conflict, Gone
from planner.editing.registry import editor_for
from planner.errors import NotFound
from planner.records import MeetingRecord, PersonRecord, StopRecord
from tests import dumps
from tests.conftest import NANSHAN


@pytest.fixture
def meeting(st: store.Store) -> str:
    """The UUID of the Nanshan trip's first meeting."""
    with st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    with st.session() as session:
        return session.scalars(select(model.Meeting.uuid).order_by(model.Meeting.id)).first() or ""


def open_editor(st: store.Store, uuid: str) -> tuple[MeetingRecord, int]:
    """What an editor opened now reads: the record and its version."""
    with st.session() as session:
        record, version = editor_for(MeetingRecord).read_versioned(session, uuid)
    assert isinstance(record, MeetingRecord)
    return record, version


def save(
    st: store.Store, uuid: str, record: MeetingRecord, version: int, base: MeetingRecord
) -> int:
    with st.transaction() as session:
        return editing.update(session, uuid, record, expected_version=version, base=base)


def stored(st: store.Store, uuid: str) -> MeetingRecord:
    return open_editor(st, uuid)[0]


def two_saves(st: store.Store, meeting: str) -> Conflict:
    """A colleague and I open the meeting; they save a new venue, I a new title and notes:
    my save is refused as a conflict."""
    base, version = open_editor(st, meeting)  # the colleague's editor
    mine_base, mine_version = open_editor(st, meeting)  # mine, at the same time
    save(st, meeting, replace(base, venue_name="Römer, Kaisersaal", notes="Theirs"), version, base)
    mine = replace(mine_base, title="Talks with the mayor", notes="Mine")
    with pytest.raises(Conflict) as caught:
        save(st, meeting, mine, mine_version, mine_base)
    return caught.value


def test_the_second_save_is_refused_and_nothing_of_it_is_written(
    st: store.Store, meeting: str
) -> None:
    before = stored(st, meeting)
    conflict = two_saves(st, meeting)
    assert conflict.mine.title == "Talks with the mayor"
    assert conflict.theirs.venue_name == "Römer, Kaisersaal"
    assert conflict.version == conflict.base_version + 1
    assert conflict.fields == ["title", "venue_name", "notes"]
    assert conflicts.changed_by_them(conflict) == ["venue_name", "notes"]
    assert conflicts.changed_by_me(conflict) == ["title", "notes"]
    assert conflicts.clashing(conflict) == ["notes"]
    assert conflicts.suggested(conflict) == {"venue_name"}
    now = stored(st, meeting)
    assert now.title == before.title  # my title was not written
    assert now.venue_name == "Römer, Kaisersaal"


@pytest.mark.parametrize(
    ("choice", "title", "venue", "notes"),
    [
        # Keep Mine keeps the venue only they changed: a three-way merge with the base.
        ("mine", "Talks with the mayor", "Römer, Kaisersaal", "Mine"),
        ("theirs", None, "Römer, Kaisersaal", "Theirs"),
        ("fields", "Talks with the mayor", "Römer, Kaisersaal", "Mine"),
    ],
)
def test_the_resolution_keeps_what_the_user_picked(
    st: store.Store, meeting: str, choice: str, *, title: str | None, venue: str | None, notes: str
) -> None:
    original = stored(st, meeting)
    conflict = two_saves(st, meeting)
    chosen = {
        "mine": conflicts.keep_mine(conflict),
        "theirs": conflicts.take_theirs(conflict),
        "fields": conflicts.pick(conflict, conflicts.suggested(conflict)),
    }[choice]
    assert conflict.version is not None
    # Saved against the colleague's version as the new base: accepted now.
    new_version = save(st, meeting, chosen, conflict.version, conflict.theirs)
    assert new_version == conflict.version + 1
    result = stored(st, meeting)
    assert result.title == (title or original.title)
    assert result.venue_name == (venue or original.venue_name)
    assert result.notes == notes


def test_a_third_save_during_the_choice_is_caught_again(st: store.Store, meeting: str) -> None:
    conflict = two_saves(st, meeting)
    current, version = open_editor(st, meeting)
    save(st, meeting, replace(current, status="confirmed"), version, current)
    assert conflict.version is not None
    with pytest.raises(Conflict) as caught:
        save(st, meeting, conflict.mine, conflict.version, conflict.theirs)
    assert caught.value.theirs.status == "confirmed"


def test_a_change_of_attendees_alone_is_a_new_version(st: store.Store, meeting: str) -> None:
    base, version = open_editor(st, meeting)
    save(st, meeting, replace(base, attendees=base.attendees[:1]), version, base)
    with pytest.raises(Conflict) as caught:
        save(st, meeting, replace(base, title="Mine"), version, base)
    assert "attendees" in caught.value.fields


def test_an_edit_against_a_deleted_meeting_says_so(st: store.Store, meeting: str) -> None:
    base, version = open_editor(st, meeting)
    with st.transaction() as session:
        editor_for(MeetingRecord).remove(session, meeting)
    with pytest.raises(Gone, match="was deleted by someone else; your changes were not saved"):
        save(st, meeting, replace(base, title="Mine"), version, base)
    with st.session() as session:
        assert session.scalar(select(model.Meeting.id).where(model.Meeting.uuid == meeting)) is None


def test_an_edit_without_a_version_is_not_checked(st: store.Store, meeting: str) -> None:
    base, version = open_editor(st, meeting)
    save(st, meeting, replace(base, title="First"), version, base)
    with st.transaction() as session:
        editing.update(session, meeting, replace(base, title="Second"))
    assert stored(st, meeting).title == "Second"


def test_picking_an_unknown_field_is_a_programming_error(st: store.Store, meeting: str) -> None:
    conflict = two_saves(st, meeting)
    with pytest.raises(ValueError, match="no such fields"):
        conflicts.pick(conflict, {"colour"})


# -- deletes and merges are checked as edits are ----------------------------------------------


def _stop_of(st: store.Store, meeting: str) -> str:
    with st.session() as session:
        return editor_for(MeetingRecord).read(session, meeting).stop  # type: ignore[no-any-return]


def test_a_delete_over_a_colleagues_change_is_refused_naming_who_and_what(
    st: store.Store, meeting: str
) -> None:
    """I confirm deleting a stop; meanwhile a colleague edits one of its meetings: deleting
    now would throw their edit away unseen, so nothing is deleted and I am told."""
    stop = _stop_of(st, meeting)
    with st.session() as session:
        confirmed = editor_for(StopRecord).delete_versions(session, stop)
    assert ("meeting", meeting) in confirmed  # the stop takes its meetings along
    record, version = open_editor(st, meeting)
    save(st, meeting, replace(record, notes="Theirs"), version, record)
    before = dumps.dump(st)
    with pytest.raises(conflicts.ChangedMeanwhile) as caught, st.transaction() as session:
        editor_for(StopRecord).remove(session, stop, expected=confirmed)
    (touched,) = caught.value.touched
    assert (touched.table, touched.uuid, touched.action) == ("meeting", meeting, "update")
    assert touched.label == record.title
    assert touched.fields == ("notes",)
    assert touched.who  # the database user or the login that saved it
    assert dumps.dump(st) == before


def test_a_meeting_a_colleague_added_under_the_stop_is_not_deleted_unseen(
    st: store.Store, meeting: str
) -> None:
    stop = _stop_of(st, meeting)
    with st.session() as session:
        confirmed = editor_for(StopRecord).delete_versions(session, stop)
        trip = session.scalars(select(model.Trip.uuid)).one()
    record, _version = open_editor(st, meeting)
    with st.transaction() as session:
        added = editing.create(session, trip, replace(record, title="Late addition"))
    with pytest.raises(conflicts.ChangedMeanwhile) as caught, st.transaction() as session:
        editor_for(StopRecord).remove(session, stop, expected=confirmed)
    assert [(t.uuid, t.action, t.label) for t in caught.value.touched] == [
        (added, "create", "Late addition")
    ]


def test_an_unchanged_delete_goes_through(st: store.Store, meeting: str) -> None:
    with st.session() as session:
        confirmed = editor_for(MeetingRecord).delete_versions(session, meeting)
    with st.transaction() as session:
        editor_for(MeetingRecord).remove(session, meeting, expected=confirmed)
    with st.session() as session, pytest.raises(NotFound):
        editor_for(MeetingRecord).read(session, meeting)


def test_a_merge_over_a_colleagues_change_is_refused(st: store.Store, meeting: str) -> None:
    from planner.directory import merging

    with st.session() as session:
        keep, drop = session.scalars(select(model.Person.uuid).order_by(model.Person.id)).all()[:2]
        confirmed = merging.versions(session, people=True, uuids=[keep, drop])
    with st.transaction() as session:
        person, version = editor_for(PersonRecord).read_versioned(session, drop)
        editing.update(session, drop, replace(person, notes="Theirs"), expected_version=version)
    with pytest.raises(conflicts.ChangedMeanwhile) as caught, st.transaction() as session:
        merging.merge_people(session, keep, drop, expected=confirmed)
    assert [(t.uuid, t.fields) for t in caught.value.touched] == [(drop, ("notes",))]
    with st.session() as session:
        assert editor_for(PersonRecord).read(session, drop).notes == "Theirs"  # not merged away
        confirmed = merging.versions(session, people=True, uuids=[keep, drop])
    with st.transaction() as session:  # chosen again, as it is now: merged
        merging.merge_people(session, keep, drop, expected=confirmed)
