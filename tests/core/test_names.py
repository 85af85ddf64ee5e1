"""Names in the order of their culture, sorted the way a directory reader expects; phone
numbers and e-mail addresses checked before they are stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from planner import editing, emails, model, names, phones, store
from planner.records import PersonRecord


@pytest.mark.parametrize(
    ("family", "given", "native", "shown"),
    [
        ("Zhu", "Wei", "朱伟", "Zhu Wei (朱伟)"),
        ("Link", "Sören", None, "Sören Link"),
        ("朱", "伟", None, "朱伟"),
        ("Wong", None, None, "Wong"),
        ("Becker", "Anna", None, "Anna Becker"),
        ("Ouyang", "Xiu", "欧阳修", "Ouyang Xiu (欧阳修)"),
    ],
)
def test_a_name_is_shown_in_the_order_of_its_culture(
    family: str, given: str | None, native: str | None, shown: str
) -> None:
    assert names.display_name(family, given, native) == shown
    assert PersonRecord(family_name=family, given_name=given, native_name=native).label == shown


def test_a_directory_sorts_by_family_name_with_umlauts_and_pinyin() -> None:
    people = [
        ("Zhu", "Wei", "朱伟"),
        ("Müller", "Anna", None),
        ("Mueller", "Bernd", None),
        ("Muller", "Carla", None),
        ("Ärmel", "Dora", None),
        ("Abt", "Emil", None),
        ("朱", "丽", None),
        ("王", "磊", None),
        ("Wagner", "Fritz", None),
        ("Öztürk", "Gül", None),
        ("Oberle", "Hans", None),
    ]
    ordered = [names.display_name(*p) for p in sorted(people, key=lambda p: names.sort_key(*p))]
    assert ordered == [
        "Emil Abt",
        "Dora Ärmel",  # Ä files as A (DIN 5007-1), after Abt
        "Bernd Mueller",
        "Anna Müller",  # ü as u: Müller beside Muller, before it by given name
        "Carla Muller",
        "Hans Oberle",
        "Gül Öztürk",
        "Fritz Wagner",
        "王磊",  # wang
        "朱丽",  # zhu li, before zhu wei
        "Zhu Wei (朱伟)",
    ]


def test_organizations_sort_with_pinyin_among_latin_names() -> None:
    orgs = ["Zeiss", "深圳市南山区人民政府", "Audi", "Ärztekammer"]
    assert sorted(orgs, key=names.organization_sort_key) == [
        "Ärztekammer",
        "Audi",
        "深圳市南山区人民政府",  # shen zhen ...
        "Zeiss",
    ]


@pytest.mark.parametrize(
    ("raw", "region", "stored", "shown"),
    [
        ("+86 10 6307 4558", None, "+861063074558", "+86 10 6307 4558"),
        ("069 1234567", "DE", "+49691234567", "+49 69 1234567"),
        ("(0)69-123 45 67", "de", "+49691234567", "+49 69 1234567"),
        ("0049 89 2333 0", "DE", "+498923330", "+49 89 23330"),
    ],
)
def test_phone_numbers_are_stored_in_e164_and_shown_formatted(
    raw: str, region: str | None, stored: str, shown: str
) -> None:
    assert phones.normalize(raw, region) == stored
    assert phones.formatted(stored) == shown


def test_a_number_without_country_code_or_that_is_no_number_is_refused_with_a_reason() -> None:
    with pytest.raises(phones.PhoneError) as no_code:
        phones.normalize("069 1234567")
    assert no_code.value.reason == phones.NO_COUNTRY_CODE
    with pytest.raises(phones.PhoneError) as invalid:
        phones.normalize("+49 12")
    assert invalid.value.reason == phones.INVALID
    assert phones.normalized_or_none("call me") is None
    assert phones.formatted("+86 755 0000000") == "+86 755 0000000"  # kept as written


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("anna.becker@example.com", True),
        ("李伟@例子.中国", True),
        ("anna@localhost", False),
        ("anna becker@example.com", False),
        ("anna@@example.com", False),
        ("<anna@example.com>", False),
    ],
)
def test_email_addresses_are_checked_for_their_shape(text: str, ok: bool) -> None:
    assert emails.is_email(text) is ok


def test_the_editor_refuses_a_bad_phone_or_email_in_the_users_language() -> None:
    record = PersonRecord(family_name="Link", phone="0203 283 0", email="link@duisburg")
    problems = editing.validate(record)
    assert problems["phone"] == "'0203 283 0': write the number with + and the country code"
    assert problems["email"] == "'link@duisburg' is not an e-mail address"
    german = editing.validate(record, "de")
    assert "Landesvorwahl" in german["phone"]
    assert editing.validate(PersonRecord(family_name="Link", phone="+49 203 2830")) == {}


def test_a_person_is_added_to_the_directory_alone_with_the_phone_in_e164(st: store.Store) -> None:
    with st.transaction() as session:
        uuid = editing.create(
            session,
            None,
            PersonRecord(family_name="Link", given_name="Sören", phone="+49 203 2830"),
        )
    with st.session() as session:
        person = editing.get(session, model.Person, uuid)
        assert (person.display_name, person.phone) == ("Sören Link", "+492032830")
        assert session.scalar(select(func.count()).select_from(model.TripPerson)) == 0


@pytest.mark.parametrize(
    ("language", "person", "named"),
    [
        ("zh", ("Li", "Wei", "李伟", "Mr."), "李伟先生（Li Wei）"),
        ("zh", ("Li", "Wei", "李伟", "先生"), "李伟先生（Li Wei）"),
        ("zh", ("Becker", "Anna", None, "Frau Dr."), "Anna Becker博士"),
        ("zh", ("Wang", "Li", "王立", "主任"), "王立主任（Wang Li）"),
        ("zh", ("朱", "伟", None, None), "朱伟"),
        ("de", ("Li", "Wei", "李伟", "先生"), "Herr Li Wei (李伟)"),
        ("de", ("Sheng", "Lei", "盛蕾", "Ms."), "Frau Sheng Lei (盛蕾)"),
        ("de", ("Becker", "Anna", None, "Dr."), "Dr. Anna Becker"),
    ],
)
def test_a_document_names_a_person_in_its_language_order_with_its_honorific(
    language: str, person: tuple[str, str | None, str | None, str | None], named: str
) -> None:
    assert names.name_in(language, *person) == named
