"""The directory's tables and pages: every person and organization, counts, order, search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import editing, model, store
from planner.directory import listing, pages
from planner.errors import NotFound, PlannerError
from planner.records import PersonRecord
from tests.core.directory_fixtures import office_store, organization_uuid, uuid_of


@pytest.fixture
def office(empty_store: Path) -> Iterator[store.Store]:
    with office_store(empty_store) as opened:
        yield opened


def test_people_are_sorted_by_family_name_across_scripts(office: store.Store) -> None:
    with office.session() as session:
        entries = listing.people(session)
    families = [e.family_name for e in entries]
    assert families == sorted(families, key=lambda f: f.casefold().replace("ä", "a"))
    assert len(entries) == 12
    chen = next(e for e in entries if e.family_name == "Chen")
    assert chen.display_name == "Chen Jing (陈静)"
    assert chen.organization_name == "Nanshan District Government of Shenzhen"
    assert chen.country == "CN"


def test_a_han_family_name_sorts_by_its_pinyin(office: store.Store) -> None:
    with office.transaction() as session:
        editing.create(
            session,
            _any_trip(session),
            PersonRecord(family_name="朱", given_name="伟"),
        )
        editing.create(session, _any_trip(session), PersonRecord(family_name="Zhang"))
    with office.session() as session:
        families = [e.family_name for e in listing.people(session)]
    assert families.index("Zhang") < families.index("朱")
    assert families.index("Xu") < families.index("Zhang")


def test_counts_meetings_at_branch_venues_and_trips_of_every_kind(office: store.Store) -> None:
    with office.session() as session:
        by_name = {e.display_name: e for e in listing.people(session)}
        orgs = {o.name: o for o in listing.organizations(session)}
    # Anna Becker attends in Frankfurt, at the Jiangsu dialogue's branch venue.
    assert (by_name["Anna Becker"].meetings, by_name["Anna Becker"].trips) == (2, 1)
    assert by_name["Li Wei (李伟)"].meetings == 5
    assert orgs["Changzhou Municipal People's Government"].people == 3
    assert orgs["Commerzbank"].meetings == 2
    assert orgs["Deutsche Bank"].people == 0


def test_matching_finds_every_word_in_any_script_and_order(office: store.Store) -> None:
    with office.session() as session:
        entries = listing.people(session)

    def names(text: str, within: list[int] | None = None) -> list[str]:
        return [entries[i].display_name for i in listing.matching(entries, text, within)]

    assert names("li wei") == ["Li Wei (李伟)"]
    assert names("WEI LI") == ["Li Wei (李伟)"]
    assert names("李伟") == ["Li Wei (李伟)"]
    assert names("schafer") == ["Jürgen Schäfer"]
    assert names("commerzbank") == ["Anna Becker"]
    assert names("anna.becker@") == ["Anna Becker"]
    assert len(names("")) == 12
    assert names("nobody at all") == []


def test_matching_may_narrow_the_previous_result(office: store.Store) -> None:
    with office.session() as session:
        entries = listing.people(session)
    typed = listing.matching(entries, "cha")
    assert listing.matching(entries, "chang", typed) == listing.matching(entries, "chang")
    assert listing.matching(entries, "chang zhou xu", typed) == listing.matching(
        entries, "xu chang"
    )


def test_find_person_by_uuid_or_any_spelling_of_the_name(office: store.Store) -> None:
    li = uuid_of(office, "Li", "Wei")
    with office.session() as session:
        for spelling in (li, "Li Wei", "wei li", "李伟", "Li Wei (李伟)", "  li   WEI "):
            assert listing.find_person(session, spelling) == li
        with pytest.raises(NotFound, match="Nobody"):
            listing.find_person(session, "Nobody")


def test_find_person_refuses_a_name_two_people_share(office: store.Store) -> None:
    with office.transaction() as session:
        editing.create(
            session, _any_trip(session), PersonRecord(family_name="Li", given_name="Wei")
        )
    with office.session() as session, pytest.raises(PlannerError, match="2 people"):
        listing.find_person(session, "Li Wei")


def test_a_persons_page_lists_meetings_and_trips_newest_first(office: store.Store) -> None:
    with office.session() as session:
        page = pages.person_page(session, uuid_of(office, "Chen"))
    assert page.entry.display_name == "Chen Jing (陈静)"
    starts = [m.start for m in page.meetings]
    assert starts == sorted(starts, reverse=True)
    assert len(page.meetings) == page.entry.meetings == 5
    assert all(m.start.tzinfo is dt.UTC for m in page.meetings)
    assert [t.title for t in page.trips] == ["Nanshan economic and trade delegation to Germany"]
    assert page.trips[0].role == "interpreter"
    assert page.trips[0].first_day == dt.date(2024, 6, 15)


def test_an_organizations_page_lists_its_people_and_meetings(office: store.Store) -> None:
    uuid = organization_uuid(office, "Changzhou Municipal People's Government")
    with office.session() as session:
        page = pages.organization_page(session, uuid)
    assert [p.family_name for p in page.people] == ["Liang", "Sheng", "Xu"]
    assert len(page.meetings) == page.entry.meetings == 2
    assert [m.start for m in page.meetings] == sorted(
        (m.start for m in page.meetings), reverse=True
    )


def test_a_page_of_someone_gone_says_so(office: store.Store) -> None:
    with office.session() as session:
        with pytest.raises(NotFound):
            pages.person_page(session, "00000000-0000-4000-8000-000000000000")
        with pytest.raises(NotFound):
            pages.organization_page(session, "00000000-0000-4000-8000-000000000000")


def _any_trip(session: Session) -> str:
    return session.scalars(select(model.Trip.uuid).order_by(model.Trip.id)).first() or ""
