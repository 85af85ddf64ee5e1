"""Editing agreements, follow-ups and gifts (issue 10): validation in three languages, and
create, update, remove and mark-done with exact undo, without Qt."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from planner import model, snapshots, store, trips
from planner.editing import EditError
from planner.editing.registry import editor_for
from planner.protocol import editing, registers
from planner.protocol.editing import AgreementRecord, FollowUpRecord, GiftRecord
from tests import dumps
from tests.conftest import JIANGSU

OPENING = "Opening of the Jiangsu-Germany Dialogue 2022"
SIGNING = "Signing: memorandum of cooperation with Commerzbank"


def dump(st: store.Store) -> list[str]:
    """The store's rows, sorted (either engine: :mod:`tests.dumps`)."""
    return dumps.dump(st)


@pytest.fixture
def jiangsu(st: store.Store) -> store.Store:
    with st.transaction() as session:
        trips.import_trip(session, JIANGSU)
    return st


def uuid_of(st: store.Store, entity: type[model.Entity], **where: str) -> str:
    with st.session() as session:
        query = select(entity.uuid)
        for name, value in where.items():
            query = query.where(getattr(entity, name).startswith(value))
        return session.scalars(query).one()


def test_validation_names_each_field_in_english_german_and_chinese() -> None:
    bad = GiftRecord(
        meeting="", direction="lent", description=" ", value=Decimal(-5), currency="euro"
    )
    assert editing.validate(bad) == {
        "meeting": "a meeting is required",
        "description": "a description is required",
        "direction": "'lent' is not one of given, received",
        "value": "the value cannot be negative",
        "currency": "'euro' is not a three-letter currency code (such as EUR or CNY)",
    }
    assert editing.validate(bad, "de")["value"] == "der Wert darf nicht negativ sein"
    assert editing.validate(bad, "zh")["meeting"] == "必须选择会见"
    agreement = AgreementRecord(
        meeting="m", title="", kind="treaty", languages=("de", "German"), parties=("a", "a")
    )
    assert editing.validate(agreement) == {
        "title": "a title is required",
        "kind": "'treaty' is not one of mou, letter-of-intent, contract, agreement",
        "languages": "'German' is not a two-letter language code (such as de or zh)",
        "parties": "an organization is listed twice",
    }
    assert editing.validate(GiftRecord("m", "given", "Tea", value=Decimal(10))) == {
        "currency": "a value needs its currency"
    }
    assert editing.validate(FollowUpRecord("m", "")) == {"title": "a title is required"}


def test_a_refused_record_leaves_the_store_unchanged(jiangsu: store.Store) -> None:
    before = dump(jiangsu)
    signing = uuid_of(jiangsu, model.Meeting, title=SIGNING)
    with pytest.raises(EditError) as raised, jiangsu.transaction() as session:
        editing.create(session, AgreementRecord(signing, "A second memorandum"))
    assert "meeting" in raised.value.problems
    assert "already has an agreement" in str(raised.value)
    with pytest.raises(EditError), jiangsu.transaction() as session:
        editing.create(session, GiftRecord(signing, "given", "", value=Decimal(1)))
    assert dump(jiangsu) == before


def test_create_an_agreement_and_undo_it_exactly(jiangsu: store.Store) -> None:
    before = dump(jiangsu)
    opening = uuid_of(jiangsu, model.Meeting, title=OPENING)
    commerzbank = uuid_of(jiangsu, model.Organization, name="Commerzbank")
    record = AgreementRecord(
        opening, " Letter of intent on training ", kind="letter-of-intent",
        languages=("de", "zh"), parties=(commerzbank,),
    )  # fmt: skip
    with jiangsu.transaction() as session:
        uuid = editing.create(session, record)
    with jiangsu.session() as session:
        assert editor_for(AgreementRecord).read(session, uuid) == AgreementRecord(
            opening, "Letter of intent on training", kind="letter-of-intent",
            languages=("de", "zh"), parties=(commerzbank,),
        )  # fmt: skip
        assert len(registers.agreements(session)) == 2
    with jiangsu.transaction() as session:
        snapshot = editor_for(AgreementRecord).remove(session, uuid)
    assert dump(jiangsu) == before
    with jiangsu.transaction() as session:
        snapshots.restore(session, snapshot)
    with jiangsu.session() as session:
        assert (
            editor_for(AgreementRecord).read(session, uuid).title == "Letter of intent on training"
        )


def test_delete_the_signed_agreement_and_put_it_back_with_parties_and_signatories(
    jiangsu: store.Store,
) -> None:
    before = dump(jiangsu)
    with jiangsu.session() as session:
        (row,) = registers.agreements(session)
    with jiangsu.transaction() as session:
        snapshot = editor_for(AgreementRecord).remove(session, row.uuid)
    assert snapshot.count("agreement_party") == 2 and snapshot.count("agreement_signatory") == 2
    with jiangsu.transaction() as session:
        snapshots.restore(session, snapshot)
    assert dump(jiangsu) == before


def test_update_a_follow_up_and_undo_by_applying_the_record_from_before(
    jiangsu: store.Store,
) -> None:
    opening = uuid_of(jiangsu, model.Meeting, title=OPENING)
    with jiangsu.session() as session:
        row = registers.follow_ups(session, dt.date(2022, 1, 1))[1]
        before = editor_for(FollowUpRecord).read(session, row.uuid)
    assert isinstance(before, FollowUpRecord)
    after = FollowUpRecord(opening, "First joint review", due=dt.date(2023, 1, 31))
    with jiangsu.transaction() as session:
        editing.update(session, row.uuid, after)
    with jiangsu.session() as session:
        assert editor_for(FollowUpRecord).read(session, row.uuid) == after
        (moved,) = [r for r in registers.follow_ups(session, dt.date(2023, 2, 1)) if r.overdue]
        assert moved.meeting_title == OPENING and moved.owner is None
    with jiangsu.transaction() as session:
        editing.update(session, row.uuid, before)
    with jiangsu.session() as session:
        assert editor_for(FollowUpRecord).read(session, row.uuid) == before


def test_mark_a_follow_up_done_and_open_again(jiangsu: store.Store) -> None:
    today = dt.date(2023, 1, 1)
    with jiangsu.session() as session:
        (late,) = registers.overdue(registers.follow_ups(session, today))
    with jiangsu.transaction() as session:
        assert editing.set_follow_up_done(session, late.uuid, True) is False
    with jiangsu.session() as session:
        assert registers.overdue(registers.follow_ups(session, today)) == []
    with jiangsu.transaction() as session:
        assert editing.set_follow_up_done(session, late.uuid, False) is True
    with jiangsu.session() as session:
        assert [r.uuid for r in registers.overdue(registers.follow_ups(session, today))] == [
            late.uuid
        ]


def test_a_gift_received_from_a_person_and_its_exact_undo(jiangsu: store.Store) -> None:
    before = dump(jiangsu)
    signing = uuid_of(jiangsu, model.Meeting, title=SIGNING)
    with jiangsu.session() as session:
        (choices,) = editing.editor_choices(session)
    meeting = choices.meeting(signing)
    assert meeting is not None and meeting.agreement is not None
    giver = choices.people[0].uuid
    receiver = choices.organizations[0].uuid
    record = GiftRecord(signing, "received", "Porcelain vase", giver, receiver, Decimal("120.50"),
                        "CNY")  # fmt: skip
    with jiangsu.transaction() as session:
        uuid = editing.create(session, record)
    with jiangsu.session() as session:
        assert editor_for(GiftRecord).read(session, uuid) == record
        (received,) = registers.gifts(session, direction="received")
    assert (received.giver, received.receiver) == (choices.people[0].label,
                                                   choices.organizations[0].label)  # fmt: skip
    with jiangsu.transaction() as session:
        editor_for(GiftRecord).remove(session, uuid)
    assert dump(jiangsu) == before
