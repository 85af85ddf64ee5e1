"""The registers across trips (issue 10): agreements by partner, status and year, follow-ups
with the overdue ones, and gifts, on the shared Jiangsu and Nanshan examples."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from planner import model, store, trips
from planner.protocol import editing, registers
from tests.conftest import JIANGSU, NANSHAN

SIGNING = "Signing: memorandum of cooperation with Commerzbank"
MOU = "Memorandum of cooperation on financing Sino-German projects"


def meeting_uuid(st: store.Store, title: str) -> str:
    with st.session() as session:
        return session.scalars(select(model.Meeting.uuid).where(model.Meeting.title == title)).one()


def org_uuid(st: store.Store, name: str) -> str:
    with st.session() as session:
        return session.scalars(
            select(model.Organization.uuid).where(model.Organization.name.startswith(name))
        ).one()


@pytest.fixture
def both(st: store.Store) -> store.Store:
    """Both examples, and a draft memorandum at the Nanshan trip's Healthineers signing."""
    with st.transaction() as session:
        trips.import_trip(session, JIANGSU)
        trips.import_trip(session, NANSHAN)
    healthineers = org_uuid(st, "Siemens Healthineers")
    with st.transaction() as session:
        editing.create(
            session,
            editing.AgreementRecord(
                meeting=meeting_uuid(st, "Memorandum signing with Siemens Healthineers"),
                title="Memorandum on medical devices",
                status="draft",
                languages=("de", "en", "zh"),
                parties=(healthineers,),
            ),
        )
    return st


def test_every_agreement_of_the_store_newest_first_with_its_meeting_and_people(
    both: store.Store,
) -> None:
    with both.session() as session:
        rows = registers.agreements(session)
    assert [r.title for r in rows] == ["Memorandum on medical devices", MOU]
    jiangsu = rows[1]
    assert jiangsu.meeting_title == SIGNING
    assert jiangsu.date == dt.date(2022, 7, 7)  # 17:30 in Changzhou (11:30 in Frankfurt)
    assert jiangsu.timezone == "Asia/Shanghai"
    assert jiangsu.trip_title.startswith("Jiangsu-Germany Dialogue 2022")
    assert (jiangsu.kind, jiangsu.status, jiangsu.languages) == ("mou", "signed", ("zh", "de"))
    assert len(jiangsu.parties) == 2 and any("Commerzbank" in p for p in jiangsu.parties)
    assert len(jiangsu.signatories) == 2


def test_agreements_filter_by_partner_status_and_year(both: store.Store) -> None:
    commerzbank = org_uuid(both, "Commerzbank")
    with both.session() as session:
        assert [r.title for r in registers.agreements(session, partner=commerzbank)] == [MOU]
        assert [r.title for r in registers.agreements(session, status="draft")] == [
            "Memorandum on medical devices"
        ]
        assert [r.title for r in registers.agreements(session, year=2022)] == [MOU]
        assert registers.agreements(session, partner=commerzbank, year=2024) == []
        rows = registers.agreements(session)
    assert registers.years(rows) == [2024, 2022]
    names = [p.name for p in registers.partners(rows)]
    assert len(names) == 3 and any("Commerzbank" in n for n in names)


def test_follow_ups_by_due_day_with_the_overdue_ones(both: store.Store) -> None:
    with both.session() as session:
        rows = registers.follow_ups(session, dt.date(2022, 12, 16))
        open_only = registers.follow_ups(session, dt.date(2022, 12, 16), include_done=False)
        before = registers.follow_ups(session, dt.date(2022, 8, 1))
    assert [(r.title, r.due, r.done, r.overdue) for r in rows] == [
        ("Send the signed Chinese and German originals to Commerzbank",
         dt.date(2022, 7, 22), True, False),
        ("First joint review of financed projects", dt.date(2022, 12, 15), False, True),
    ]  # fmt: skip
    assert rows[1].owner is not None and rows[1].meeting_title == SIGNING
    assert [r.title for r in open_only] == ["First joint review of financed projects"]
    assert registers.overdue(before) == []


def test_gifts_with_value_currency_and_filters(both: store.Store) -> None:
    with both.session() as session:
        rows = registers.gifts(session)
        jiangsu_trip = rows[0].trip_uuid
        assert registers.gifts(session, direction="received") == []
        assert len(registers.gifts(session, trip=jiangsu_trip, direction="given")) == 1
    (gift,) = rows
    assert gift.description == "Changzhou comb set (traditional craft)"
    assert (gift.direction, gift.value, gift.currency) == ("given", Decimal(60), "EUR")
    assert gift.giver is not None and gift.receiver is not None and "Commerzbank" in gift.receiver
    assert gift.date == dt.date(2022, 7, 7)
    assert registers.totals(rows, "given") == {"EUR": Decimal(60)}
    assert registers.totals(rows, "received") == {}
