"""Adding a file of contacts to the directory: a plan to preview, then all or nothing.

An officer imports a colleague's export or a conference list of hundreds or tens of thousands
of contacts, so the import is in two steps. :func:`plan_import` reads the store and says what
would happen (new people and organizations, duplicates, rows with problems and their lines)
without writing; :func:`apply_import` writes it in the caller's transaction, refusing outright
while any row has a problem. A duplicate is a person with the same e-mail address (whatever
the case) or with the same name at the same organization, in the store or earlier in the file;
with ``merge`` it fills that person's empty fields instead of adding a second entry.

Every UUID is chosen by the plan, so applying a plan again after :func:`undo_import` (an undo
stack's redo) gives the same people the same identity. The rows go in with one DB-API
executemany per table: 60,000 mapped objects would spend most of the time in the unit of
work, and SQLAlchemy's per-row parameter processing three times the insert itself. Phone
numbers are read once per distinct text and region and organization names folded once per
spelling; rows are built column by column, and the collector is paused while they are
(planner/contacts/gc_pause.py), because per-row Python work is what an import of tens of
thousands of people waits for (README, "Directory").
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import attrgetter
from typing import Any, TypeVar

from sqlalchemy import Column, Table, delete, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from planner import emails, history, model, names, phones, text_rules
from planner.contacts import gc_pause
from planner.contacts.draft import ContactDraft
from planner.errors import PlannerError

SAME_EMAIL = "same e-mail"
SAME_NAME = "same name and organization"

# Keeps IN lists below SQLite's limit on bound parameters.
_CHUNK = 5_000
# The person columns an import writes, in the order of its rows (the others stay NULL).
_COLUMNS = (
    "uuid", "version", "modified", "family_name", "given_name", "native_name", "honorific",
    "position", "organization_id", "email", "phone", "languages", "notes",
)  # fmt: skip
_ORG_COLUMNS = ("uuid", "version", "modified", "name", "country")
# The positional placeholder of each DB-API parameter style the store's drivers use
# (sqlite3: qmark; psycopg: pyformat, which takes %s for positional parameters).
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
_TEXTS = attrgetter(
    "family_name", "given_name", "native_name", "honorific", "position", "email", "notes",
    "organization", "country", "languages",
)  # fmt: skip
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
"""The first hex digit of a UUID's fourth group with the RFC 4122 variant bits (10xx) set."""
_T = TypeVar("_T")
_ONE_LINE_FIELDS = (
    "family_name", "given_name", "native_name", "honorific", "position", "organization",
    "email", "phone",
)  # fmt: skip
_LINE_BREAK = re.compile(r"[\t\n\r]")
# The fields a duplicate may fill in the person it duplicates; family_name is never empty.
_FILLABLE = (
    "given_name", "native_name", "honorific", "position", "organization_id", "email", "phone",
    "languages", "notes",
)  # fmt: skip


@dataclass(frozen=True)
class RowProblem:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.field}: {self.message}"


@dataclass(frozen=True)
class Duplicate:
    line: int
    draft_index: int
    existing_uuid: str | None
    """None: a duplicate of an earlier row of the same file (``earlier_index``)."""
    existing_label: str
    reason: str
    earlier_index: int | None = None


@dataclass(frozen=True)
class ImportPlan:
    source: str
    drafts: tuple[ContactDraft, ...]
    people: int
    """People the import adds when duplicates are merged (the default)."""
    organizations_new: tuple[str, ...]
    duplicates: tuple[Duplicate, ...]
    problems: tuple[RowProblem, ...]
    person_uuids: tuple[str, ...] = field(default=(), repr=False)
    """One per draft, chosen here so that applying the plan again gives the same identities."""
    organization_uuids: tuple[str, ...] = field(default=(), repr=False)
    """One per name of ``organizations_new``."""
    phones: tuple[str | None, ...] = field(default=(), repr=False)
    """Each draft's phone in E.164 (None: none given or not readable)."""


@dataclass
class ImportResult:
    """What :func:`apply_import` did, and what :func:`undo_import` needs to take it back."""

    people: list[str]
    organizations: list[str]
    merged: list[str]
    before: list[dict[str, Any]] = field(default_factory=list, repr=False)
    """The rows of the merged people whose fields were filled, as they were (ids, versions
    and times included); a duplicate that added nothing changed nothing."""


@gc_pause.paused()
def plan_import(
    session: Session,
    drafts: Sequence[ContactDraft],
    source: str,
    default_region: str | None = None,
) -> ImportPlan:
    """What importing ``drafts`` would do; reads the store and writes nothing.

    Phones without a country code are read in the draft's country, else ``default_region``.
    """
    drafts = tuple(drafts)
    problems: list[RowProblem] = _broken_lines(drafts)
    # Each distinct number once per region it is read in (switchboards repeat).
    read: dict[tuple[str, str | None], str | phones.PhoneError | None] = {}
    normalized: list[str | None] = []
    is_email = emails.is_email
    for draft in drafts:
        if draft.email and not is_email(draft.email):
            problems.append(RowProblem(draft.line, "email", f"{draft.email!r}: not an e-mail"))
        if not draft.phone:
            normalized.append(None)
            continue
        number = (draft.phone, draft.country or default_region)
        phone = read[number] if number in read else read.setdefault(number, _read_phone(*number))
        if isinstance(phone, phones.PhoneError):
            problems.append(RowProblem(draft.line, "phone", str(phone)))
            phone = None
        normalized.append(phone)

    # Folded once per distinct spelling: a file names its organizations again and again.
    org_keys = _org_keys(draft.organization for draft in drafts)
    org_names = _organization_names(session)
    new_orgs: dict[str, str] = {}
    for name, org_key in org_keys.items():
        if name and org_key is not None and org_key not in org_names and org_key not in new_orgs:
            new_orgs[org_key] = " ".join(name.split())

    by_email, by_name = _existing_people(session)
    # The first row of the file with each e-mail and name key: setdefault answers whether an
    # earlier row had it and records this one in one step.
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, ...], int] = {}
    duplicates: list[Duplicate] = []
    folded = _folded
    for index, draft in enumerate(drafts):
        email = draft.email.casefold() if draft.email else None
        earlier_email = seen_email.setdefault(email, index) if email else index
        org = org_keys[draft.organization]
        earlier_name = index
        keys: list[tuple[str, ...]] = []
        if org is not None:
            keys.append(("latin", folded(draft.family_name), folded(draft.given_name or ""), org))
            if draft.native_name and draft.native_name.strip():
                keys.append(("native", folded(draft.native_name), org))
            for name_key in keys:
                first = seen_name.setdefault(name_key, index)
                if earlier_name == index:
                    earlier_name = first
        in_store = bool(email and email in by_email) or bool(by_name and keys)
        if not in_store and earlier_email == earlier_name == index:
            continue  # nobody before it, in the store or the file, is this person
        if email and email in by_email:
            uuid, label = by_email[email]
            duplicates.append(Duplicate(draft.line, index, uuid, label, SAME_EMAIL))
        elif hit := _first(by_name, keys):
            duplicates.append(Duplicate(draft.line, index, hit[0], hit[1], SAME_NAME))
        elif earlier_email != index:
            label = _draft_label(drafts[earlier_email])
            duplicates.append(Duplicate(draft.line, index, None, label, SAME_EMAIL, earlier_email))
        elif earlier_name != index:
            label = _draft_label(drafts[earlier_name])
            duplicates.append(Duplicate(draft.line, index, None, label, SAME_NAME, earlier_name))

    problems.sort(key=lambda p: p.line)
    return ImportPlan(
        source=source,
        drafts=drafts,
        people=len(drafts) - len(duplicates),
        organizations_new=tuple(new_orgs.values()),
        duplicates=tuple(duplicates),
        problems=tuple(problems),
        person_uuids=tuple(_new_uuids(len(drafts))),
        organization_uuids=tuple(_new_uuids(len(new_orgs))),
        phones=tuple(normalized),
    )


@gc_pause.paused()
def apply_import(session: Session, plan: ImportPlan, *, merge: bool = True) -> ImportResult:
    """Write ``plan`` in the caller's transaction; nothing at all when a row has a problem.

    ``merge``: a duplicate fills the empty fields of the person it duplicates (in the store,
    or the earlier row of the file) instead of becoming a person of its own.
    """
    if plan.problems:
        first = plan.problems[0]
        raise PlannerError(
            f"{plan.source}: {len(plan.problems)} problem(s), nothing was imported; "
            f"line {first.line}, {first.field}: {first.message}"
        )
    if _applied(session, plan, merge=merge):
        raise PlannerError(f"{plan.source} has already been imported; read the file again")
    now = dt.datetime.now(dt.UTC)
    person_table, org_table = _table(model.Person), _table(model.Organization)
    # The drafts' fields as columns: one attrgetter call per draft, zip transposing in C.
    columns = list(zip(*map(_TEXTS, plan.drafts), strict=True)) or [()] * 10
    family, given, native, honorific, position, email, notes, organizations = columns[:8]
    countries_, spoken_ = columns[8:]
    org_keys = _org_keys(organizations)

    # Organizations: matched by folded name again, in case the store changed since the plan.
    org_ids = _organization_names(session)
    dialect = session.get_bind().dialect
    stamp = _bound(person_table.c.modified, now, dialect)
    countries: dict[str, str] = {}
    # Each distinct (organization, country) pair once, in the order of the file.
    for org, country in dict.fromkeys(zip(organizations, countries_, strict=True)):
        if org and country and (key := org_keys[org]) is not None:
            countries.setdefault(key, country.upper())
    new_orgs: list[tuple[Any, ...]] = []
    for name, uuid in zip(plan.organizations_new, plan.organization_uuids, strict=True):
        key = _org_key(name)
        if key not in org_ids:
            new_orgs.append((uuid, 1, stamp, name, countries.get(key)))
    if new_orgs:
        _insert(session, org_table, _ORG_COLUMNS, new_orgs)
        # Every organization's id by UUID: one plain query costs less than binding the new
        # UUIDs into IN lists.
        query = f"SELECT uuid, id FROM {org_table.name}"
        new_ids = {uuid: id_ for uuid, id_ in session.connection().exec_driver_sql(query)}
        for uuid, _version, _stamp, name, _country in new_orgs:
            org_ids[_org_key(name)] = new_ids[uuid]

    # People: one row per draft, as the store keeps it, built column by column (each column
    # type's bind processor run once per distinct value, zip doing the per-row work in C);
    # then the duplicates folded into what they duplicate.
    org_of = {org: org_ids.get(key) if key else None for org, key in org_keys.items()}
    spoken = {
        languages: _bound(person_table.c.languages, list(languages), dialect)
        for languages in set(spoken_)
    }
    count = len(plan.drafts)
    rows: list[tuple[Any, ...] | None] = list(
        zip(
            plan.person_uuids,
            repeat(1, count),
            repeat(stamp, count),
            list(map(str.strip, family)),
            _blank_nones(given),
            _blank_nones(native),
            _blank_nones(honorific),
            _blank_nones(position),
            map(org_of.__getitem__, organizations),
            _blank_nones(email),
            plan.phones,
            map(spoken.__getitem__, spoken_),
            _blank_nones(notes),
            strict=True,
        )
    )
    result = ImportResult(people=[], organizations=[row[0] for row in new_orgs], merged=[])
    if merge and plan.duplicates:
        _merge_duplicates(session, plan, rows, result, now)
    people = [row for row in rows if row is not None]
    if people:
        _insert(session, person_table, _COLUMNS, people)
    result.people = [row[0] for row in people]
    history.record(session, "import", "person", label=os.path.basename(plan.source))
    session.expire_all()
    return result


def undo_import(session: Session, result: ImportResult) -> None:
    """Take back :func:`apply_import` exactly: the people and organizations it added go, and
    the people it merged into get their fields, versions and times back."""
    person_table, org_table = _table(model.Person), _table(model.Organization)
    for chunk in _chunks(result.people):
        session.execute(delete(person_table).where(person_table.c.uuid.in_(chunk)))
    for row in result.before:
        session.execute(update(person_table).where(person_table.c.id == row["id"]).values(row))
    for chunk in _chunks(result.organizations):
        session.execute(delete(org_table).where(org_table.c.uuid.in_(chunk)))
    history.record(session, "delete", "person", fields=("import",))
    session.expire_all()


# ---------------------------------------------------------------------------------------------
# Private helpers


def _insert(
    session: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """One DB-API executemany of plain tuples through the session's connection.

    ``session.execute(insert(table), dicts)`` spent ~25 µs a row building parameters and
    running the JSON and timestamp bind processors for every row, three times the bare insert
    itself; the rows here hold what the bind processors made of each value already. (For the
    organizations, whose ids the people need, an INSERT ... RETURNING through SQLAlchemy took
    four times as long as this and one SELECT of the new ids by UUID.)
    """
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    mark = _PLACEHOLDERS[dialect.paramstyle]
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join(mark for _ in columns)})"
    )
    session.connection().exec_driver_sql(statement, rows)


def _bound(column: Column[Any], value: Any, dialect: Dialect) -> Any:
    """``value`` as the column's type sends it to the database."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process else value


def _applied(session: Session, plan: ImportPlan, *, merge: bool) -> bool:
    """Whether the plan's rows are in the store already (an import is all or nothing, so
    one row tells: the first the plan adds)."""
    merged = {d.draft_index for d in plan.duplicates} if merge else set()
    first = next((u for i, u in enumerate(plan.person_uuids) if i not in merged), None)
    if first and session.scalar(select(model.Person.id).where(model.Person.uuid == first)):
        return True
    return bool(
        plan.organization_uuids
        and session.scalar(
            select(model.Organization.id).where(
                model.Organization.uuid == plan.organization_uuids[0]
            )
        )
    )


def _merge_duplicates(
    session: Session,
    plan: ImportPlan,
    rows: list[tuple[Any, ...] | None],
    result: ImportResult,
    now: dt.datetime,
) -> None:
    """Fold each duplicate row into the store person or earlier row it duplicates."""
    person_table = _table(model.Person)
    dialect = session.get_bind().dialect
    wanted = {d.existing_uuid for d in plan.duplicates if d.existing_uuid is not None}
    existing: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(wanted)):
        for found in session.execute(select(person_table).where(person_table.c.uuid.in_(chunk))):
            existing[found.uuid] = dict(found._mapping)

    def as_dict(index: int) -> dict[str, Any]:
        row = rows[index]
        assert row is not None
        values = dict(zip(_COLUMNS, row, strict=True))
        values["languages"] = list(plan.drafts[index].languages)
        return values

    filled: dict[str, dict[str, Any]] = {}
    # A row of the file that itself merged into a store person passes its duplicates on.
    target_of: dict[int, str] = {}
    for dup in plan.duplicates:
        source = as_dict(dup.draft_index)
        uuid = dup.existing_uuid
        if uuid is None and dup.earlier_index is not None:
            uuid = target_of.get(dup.earlier_index)
        if uuid is None:
            assert dup.earlier_index is not None
            earlier = as_dict(dup.earlier_index)
            _fill(earlier, source)
            earlier["languages"] = _bound(person_table.c.languages, earlier["languages"], dialect)
            rows[dup.earlier_index] = tuple(earlier[c] for c in _COLUMNS)
        elif uuid in existing:
            target_of[dup.draft_index] = uuid
            into = filled.setdefault(uuid, dict(existing[uuid]))
            _fill(into, source)
        else:
            continue  # the person went away since the plan: import the row as new
        rows[dup.draft_index] = None
    for uuid, after in filled.items():
        before = existing[uuid]
        changes = {name: after[name] for name in _FILLABLE if after[name] != before[name]}
        result.merged.append(uuid)
        if not changes:
            continue
        result.before.append(before)
        session.execute(
            update(person_table)
            .where(person_table.c.id == before["id"])
            .values(**changes, version=before["version"] + 1, modified=now)
        )


def _fill(into: dict[str, Any], source: dict[str, Any]) -> None:
    for name in _FILLABLE:
        if not into[name] and source[name]:
            into[name] = source[name]


def _broken_lines(drafts: Sequence[ContactDraft]) -> list[RowProblem]:
    """A tab or line break in a field that is one line (a name, a position): each field's
    column is searched at once, and only a column with one is gone through row by row (the
    file's control characters were refused as it was read: planner/contacts/encodings.py)."""
    problems: list[RowProblem] = []
    for name in _ONE_LINE_FIELDS:
        column = [getattr(draft, name) or "" for draft in drafts]
        if not _LINE_BREAK.search("".join(column)):
            continue
        for draft, text in zip(drafts, column, strict=True):
            found = text_rules.fault(text.strip())
            if found is not None:
                problems.append(RowProblem(draft.line, name, text_rules.message(found)))
    return problems


def _read_phone(text: str, region: str | None) -> str | phones.PhoneError | None:
    """The number in E.164; None for a blank cell, the error for one that is no number."""
    if text.isspace():
        return None
    try:
        return phones.normalize(text, region)
    except phones.PhoneError as exc:
        return exc


def _org_keys(names_: Iterable[str | None]) -> dict[str | None, str | None]:
    """Each distinct organization name as written -> its folded key (None: no name)."""
    return {
        name: _org_key(name) if name and name.strip() else None
        for name in dict.fromkeys(names_)  # in the order of the file: the first spelling wins
    } | {None: None}


def _organization_names(session: Session) -> dict[str, int]:
    """Folded name -> id of every organization (the first, when two fold alike)."""
    found: dict[str, int] = {}
    for id_, name in session.execute(
        select(model.Organization.id, model.Organization.name).order_by(model.Organization.id)
    ):
        found.setdefault(_org_key(name), id_)
    return found


def _existing_people(
    session: Session,
) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, ...], tuple[str, str]]]:
    """The store's people by folded e-mail and by name keys: (uuid, label)."""
    by_email: dict[str, tuple[str, str]] = {}
    by_name: dict[tuple[str, ...], tuple[str, str]] = {}
    query = select(
        model.Person.uuid,
        model.Person.family_name,
        model.Person.given_name,
        model.Person.native_name,
        model.Person.email,
        model.Organization.name,
    ).outerjoin(model.Organization, model.Organization.id == model.Person.organization_id)
    for uuid, family, given, native, email, org in session.execute(query):
        label = names.display_name(family, given, native) + (f", {org}" if org else "")
        if email:
            by_email.setdefault(email.casefold(), (uuid, label))
        for key in _name_keys(family, given, native, org):
            by_name.setdefault(key, (uuid, label))
    return by_email, by_name


def _name_keys(
    family: str, given: str | None, native: str | None, organization: str | None
) -> list[tuple[str, ...]]:
    """The keys under which two people count as the same: the name in Latin and in native
    script, each at one organization. People without an organization are never matched by
    name alone: two Wang Wei are more likely two people than one."""
    if not organization or not organization.strip():
        return []
    org = _org_key(organization)
    keys: list[tuple[str, ...]] = [("latin", _folded(family), _folded(given or ""), org)]
    if native and native.strip():
        keys.append(("native", _folded(native), org))
    return keys


def _first(found: dict[tuple[str, ...], _T], keys: list[tuple[str, ...]]) -> _T | None:
    """What ``found`` holds under the first of ``keys`` it has."""
    for key in keys:
        if key in found:
            return found[key]
    return None


def _org_key(name: str) -> str:
    return _folded(name)


@lru_cache(maxsize=65_536)
def _folded(text: str) -> str:
    return " ".join(names.fold(text).split())


def _draft_label(draft: ContactDraft) -> str:
    label = names.display_name(draft.family_name, draft.given_name, draft.native_name)
    if draft.organization:
        label += f", {draft.organization}"
    return f"{label} (line {draft.line})"


def _blank_nones(texts: Iterable[str | None]) -> list[str | None]:
    """Each text stripped, None where that leaves nothing."""
    return [(text and text.strip()) or None for text in texts]


def _new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs, as ``str(uuid.uuid4())`` writes them.

    The 16 random bytes of each come from one ``os.urandom`` call and are laid out as text
    directly, with the version and variant bits set as :func:`uuid.uuid4` sets them: a
    UUID object per person cost a third of planning 60,000 people.
    """
    text = os.urandom(16 * count).hex()
    return [
        f"{text[i : i + 8]}-{text[i + 8 : i + 12]}-4{text[i + 13 : i + 16]}-"
        f"{_VARIANT[text[i + 16]]}{text[i + 17 : i + 20]}-{text[i + 20 : i + 32]}"
        for i in range(0, 32 * count, 32)
    ]


def _table(entity: type[model.Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
