"""Importing contacts: a plan that names every problem by line, then all or nothing."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner import model, store
from planner.contacts.draft import ContactDraft
from planner.directory import importing, listing
from planner.errors import PlannerError
from tests.core.directory_fixtures import dump, office_store, uuid_of


@pytest.fixture
def office(empty_store: Path) -> Iterator[store.Store]:
    with office_store(empty_store) as opened:
        yield opened


def draft(line: int, family: str, **values: object) -> ContactDraft:
    return ContactDraft(line=line, family_name=family, **values)  # type: ignore[arg-type]


def test_a_clean_file_adds_people_and_the_organizations_they_name(
    office: store.Store,
) -> None:
    drafts = [
        draft(2, "Link", given_name="Sören", organization="Stadt Duisburg", country="DE",
              phone="0203 283-0", email="s.link@example.de", languages=("de", "en")),
        draft(3, "朱", given_name="伟", organization="Shenzhen Port Group", country="CN",
              phone="+86 755 2688 8888"),
        draft(4, "Kaiser", organization="stadt  DUISBURG", phone="+49 30 18 272 0"),
        draft(5, "Becker", given_name="Nina", organization="Commerzbank"),
    ]  # fmt: skip
    with office.transaction() as session:
        plan = importing.plan_import(session, drafts, "contacts.csv")
        assert plan.problems == ()
        assert plan.duplicates == ()
        assert plan.people == 4
        assert plan.organizations_new == ("Stadt Duisburg", "Shenzhen Port Group")
        result = importing.apply_import(session, plan)
    assert len(result.people) == 4
    assert len(result.organizations) == 2
    with office.session() as session:
        entries = {e.family_name: e for e in listing.people(session)}
        orgs = {o.name: o for o in listing.organizations(session)}
    link = entries["Link"]
    assert (link.phone, link.languages, link.country) == ("+492032830", ("de", "en"), "DE")
    assert entries["朱"].phone == "+8675526888888"
    assert entries["Kaiser"].organization_uuid == link.organization_uuid
    assert entries["Becker"].organization_name == "Commerzbank"
    assert orgs["Stadt Duisburg"].people == 2
    assert orgs["Shenzhen Port Group"].country == "CN"


def test_a_phone_without_country_code_is_read_in_the_default_region(
    office: store.Store,
) -> None:
    drafts = [draft(2, "Weber", phone="069 1234 5678"), draft(3, "Roth", phone="(030) 182720")]
    with office.session() as session:
        refused = importing.plan_import(session, drafts, "a.csv")
        planned = importing.plan_import(session, drafts, "a.csv", default_region="DE")
    assert [(p.line, p.field) for p in refused.problems] == [(2, "phone"), (3, "phone")]
    assert "country code" in refused.problems[0].message
    assert planned.problems == ()
    assert planned.phones == ("+496912345678", "+4930182720")


def test_problems_name_their_line_and_nothing_is_written(
    office: store.Store, store_path: Path
) -> None:
    drafts = [
        draft(2, "Gut", email="gut@example.de", phone="+49 89 233 00"),
        draft(7, "Schlecht", email="schlecht(at)example.de"),
        draft(9, "Kurz", phone="+49 12"),
        draft(11, "Ohne", email="ohne @example.de"),
    ]
    before = dump(store_path)
    with office.transaction() as session:
        plan = importing.plan_import(session, drafts, "contacts.csv")
        assert [(p.line, p.field) for p in plan.problems] == [
            (7, "email"),
            (9, "phone"),
            (11, "email"),
        ]
        assert "schlecht(at)example.de" in plan.problems[0].message
        with pytest.raises(PlannerError, match=r"contacts\.csv: 3 problem.*line 7, email"):
            importing.apply_import(session, plan)
    assert dump(store_path) == before


def test_duplicates_by_email_or_name_and_organization_in_store_and_file(
    office: store.Store,
) -> None:
    becker = uuid_of(office, "Becker", "Anna")
    drafts = [
        draft(2, "Becker-Neu", email="ANNA.BECKER@example.com"),  # store, e-mail
        draft(3, "Becker", given_name="Anna", organization="COMMERZBANK"),  # store, name + org
        draft(4, "Li", given_name="Wei", native_name="李伟", organization="Other Org"),
        draft(5, "Neu", email="neu@example.de"),
        draft(6, "Neumann", email="Neu@Example.de"),  # file, e-mail
        draft(7, "LI", given_name="wei", organization="other org"),  # file, name + org
        draft(8, "Becker", given_name="Anna"),  # no organization: not matched by name
    ]
    with office.session() as session:
        plan = importing.plan_import(session, drafts, "c.vcf")
    found = [(d.line, d.existing_uuid, d.reason, d.earlier_index) for d in plan.duplicates]
    assert found == [
        (2, becker, importing.SAME_EMAIL, None),
        (3, becker, importing.SAME_NAME, None),
        (6, None, importing.SAME_EMAIL, 3),
        (7, None, importing.SAME_NAME, 2),
    ]
    assert plan.duplicates[0].existing_label == "Anna Becker, Commerzbank"
    assert plan.duplicates[2].existing_label == "Neu (line 5)"
    assert plan.people == 3


def test_merging_fills_empty_fields_and_adds_no_second_person(office: store.Store) -> None:
    becker = uuid_of(office, "Becker", "Anna")
    drafts = [
        draft(2, "Becker", given_name="Anna", email="anna.becker@example.com",
              phone="+49 69 1362 0", notes="Met at Hannover Messe."),
        draft(3, "Neu", email="neu@example.de"),
        draft(4, "Neu", email="neu@example.de", position="Referentin", phone="+49 30 18 272 0"),
    ]  # fmt: skip
    with office.transaction() as session:
        plan = importing.plan_import(session, drafts, "c.csv")
        result = importing.apply_import(session, plan)
    assert result.merged == [becker]
    assert len(result.people) == 1
    with office.session() as session:
        entries = {e.family_name: e for e in listing.people(session)}
        person = session.scalars(select(model.Person).where(model.Person.uuid == becker)).one()
        assert person.version == 2
        assert person.notes == "Met at Hannover Messe."
        assert person.position == "Head of China Desk (illustrative)"  # kept, not overwritten
    assert entries["Becker"].phone == "+496913620"
    assert (entries["Neu"].position, entries["Neu"].phone) == ("Referentin", "+4930182720")


def test_without_merging_duplicates_are_added(office: store.Store) -> None:
    drafts = [draft(2, "Becker", given_name="Anna", email="anna.becker@example.com")]
    with office.transaction() as session:
        plan = importing.plan_import(session, drafts, "c.csv")
        result = importing.apply_import(session, plan, merge=False)
        count = session.scalar(
            select(func.count())
            .select_from(model.Person)
            .where(model.Person.family_name == "Becker")
        )
    assert (len(result.people), result.merged, count) == (1, [], 2)


def test_undo_takes_the_import_back_exactly_and_redo_gives_the_same_uuids(
    office: store.Store, store_path: Path
) -> None:
    drafts = [
        draft(2, "Becker", given_name="Anna", email="anna.becker@example.com",
              phone="+49 69 1362 0", organization="Neue Bank AG"),
        draft(3, "Link", given_name="Sören", organization="Stadt Duisburg"),
    ]  # fmt: skip
    before = dump(store_path)
    with office.transaction() as session:
        plan = importing.plan_import(session, drafts, "c.csv")
        first = importing.apply_import(session, plan)
    after = dump(store_path)
    with office.transaction() as session:
        importing.undo_import(session, first)
    assert dump(store_path) == before
    with office.transaction() as session:
        again = importing.apply_import(session, plan)
    assert (again.people, again.organizations, again.merged) == (
        first.people,
        first.organizations,
        first.merged,
    )
    # The same rows; only the modification times of the redone rows differ.
    assert len(dump(store_path)) == len(after)
    with office.transaction() as session, pytest.raises(PlannerError, match="already"):
        importing.apply_import(session, plan)


def test_an_import_is_part_of_the_callers_transaction(
    office: store.Store, store_path: Path
) -> None:
    before = dump(store_path)
    drafts = [draft(2, "Link", organization="Stadt Duisburg")]
    with pytest.raises(RuntimeError), office.transaction() as session:
        importing.apply_import(session, importing.plan_import(session, drafts, "c.csv"))
        raise RuntimeError("the user's action failed later")
    assert dump(store_path) == before


def test_a_later_row_follows_an_earlier_row_into_the_store_person(office: store.Store) -> None:
    becker = uuid_of(office, "Becker", "Anna")
    drafts = [
        draft(2, "Becker", given_name="Anna", organization="Commerzbank", email="ab@example.de"),
        draft(3, "Becker", given_name="A.", email="AB@example.de", phone="+49 69 1362 0"),
    ]
    with office.transaction() as session:
        plan = importing.plan_import(session, drafts, "c.csv")
        assert [(d.existing_uuid, d.earlier_index) for d in plan.duplicates] == [
            (becker, None),
            (None, 0),
        ]
        result = importing.apply_import(session, plan)
    assert (result.people, result.merged) == ([], [becker])
    with office.session() as session:
        entry = next(e for e in listing.people(session) if e.uuid == becker)
    assert entry.phone == "+496913620"
    assert entry.email == "anna.becker@example.com"  # hers, not overwritten


def test_a_duplicate_that_adds_nothing_changes_nothing(
    office: store.Store, store_path: Path
) -> None:
    before = dump(store_path)
    drafts = [draft(2, "Becker", given_name="Anna", email="anna.becker@example.com")]
    with office.transaction() as session:
        result = importing.apply_import(session, importing.plan_import(session, drafts, "c"))
    assert (result.people, len(result.merged), result.before) == ([], 1, [])
    assert dump(store_path) == before


def _duplicates_one_by_one(
    session: object, drafts: list[ContactDraft]
) -> list[tuple[int, str | None, str, int | None]]:
    """The duplicate rules as first written, row by row (the plan now finds them with one
    setdefault per key): the reference for the test below."""
    by_email, by_name = importing._existing_people(session)  # type: ignore[arg-type]
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, ...], int] = {}
    found: list[tuple[int, str | None, str, int | None]] = []
    for index, row in enumerate(drafts):
        email = row.email.casefold() if row.email else None
        keys = importing._name_keys(
            row.family_name, row.given_name, row.native_name, row.organization
        )
        name_hit = next((by_name[k] for k in keys if k in by_name), None)
        earlier = next((seen_name[k] for k in keys if k in seen_name), None)
        if email and email in by_email:
            found.append((index, by_email[email][0], importing.SAME_EMAIL, None))
        elif name_hit:
            found.append((index, name_hit[0], importing.SAME_NAME, None))
        elif email and email in seen_email:
            found.append((index, None, importing.SAME_EMAIL, seen_email[email]))
        elif earlier is not None:
            found.append((index, None, importing.SAME_NAME, earlier))
        if email:
            seen_email.setdefault(email, index)
        for key in keys:
            seen_name.setdefault(key, index)
    return found


def test_duplicates_are_found_as_row_by_row_on_random_files(office: store.Store) -> None:
    rng = random.Random(8)
    families = ("Becker", "becker", "Li", "LI", "Neu", "Müller", "Mueller")
    givens = (None, "Anna", "anna", "Wei", "")
    natives = (None, "", " ", "李伟", "李 伟")
    orgs = (None, "", "  ", "Commerzbank", "COMMERZBANK", "Other Org", "other  org")
    mails = (None, "", "anna.becker@example.com", "ANNA.BECKER@example.com", "neu@example.de")
    with office.session() as session:
        for _ in range(30):
            drafts = [
                draft(line, rng.choice(families), given_name=rng.choice(givens),
                      native_name=rng.choice(natives), organization=rng.choice(orgs),
                      email=rng.choice(mails))
                for line in range(2, 2 + rng.randint(1, 40))
            ]  # fmt: skip
            plan = importing.plan_import(session, drafts, "c.csv")
            found = [
                (d.draft_index, d.existing_uuid, d.reason, d.earlier_index) for d in plan.duplicates
            ]
            assert found == _duplicates_one_by_one(session, drafts)


def test_new_uuids_are_random_version_4_uuids() -> None:
    made = importing._new_uuids(5000)
    assert len(set(made)) == 5000
    for text in made:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)
    assert importing._new_uuids(0) == []
