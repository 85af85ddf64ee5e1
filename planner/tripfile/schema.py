"""The trip file's structure (trip-format.md, version 1) as data, and the checks on it.

Keeping the format in tables means the validator, the writer and the tests read the same
definition: a field added here is accepted, written and round-tripped everywhere at once.
The structural pass below finds every problem it can (unknown and missing fields, wrong types,
words outside a vocabulary, duplicate keys) and names each by its path, e.g.
``meetings[4].stauts``; references and times are checked afterwards by the reader, which
knows the stops' zones.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pycountry

from planner import localtime, phones, text_rules, travel_documents, vocab

FORMAT = "delegation-trip"
VERSION = 1
LARGEST_WHOLE_NUMBER = 2**63 - 1
"""The largest a stored whole number can be (SQLite's and PostgreSQL's 64-bit integers)."""
LARGEST_AMOUNT = Decimal(10) ** 15
"""Gift values stay below this: amounts of money, summed and printed with exact digits."""
_KEY_RE = re.compile(r"[\w-]+")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


Check = Callable[[Any], str | None]
"""Returns a message when the value is wrong for the field, else None."""


def _text_check(*, required: bool = False, multiline: bool = False) -> Check:
    """A string without the characters :mod:`planner.text_rules` refuses (line breaks only
    where ``multiline``), not blank where ``required``."""

    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "must be a string"
        if required and not value.strip():
            return "must not be empty"
        found = text_rules.fault(value, multiline=multiline)
        return None if found is None else str(found)

    return check


_text = _text_check()


def _one_of(values: tuple[str, ...]) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value in values:
            return None
        return f"{value!r} is not one of {', '.join(values)}"

    return check


def _whole_number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "must be a whole number"
    if abs(value) > LARGEST_WHOLE_NUMBER:
        return f"is too large (at most {LARGEST_WHOLE_NUMBER})"
    return None


def _precedence(value: Any) -> str | None:
    return _whole_number(value) or (None if value >= 1 else "must be 1 or more")


def _amount(value: Any) -> str | None:
    """A sum of money: 0 or more, and below :data:`LARGEST_AMOUNT`."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return "must be a number"
    if not Decimal(value).is_finite():
        return "must be a number"
    if value < 0:
        return "cannot be negative"
    if value >= LARGEST_AMOUNT:
        return f"is too large (below {LARGEST_AMOUNT:,})"
    return None


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _key(value: Any) -> str | None:
    if not isinstance(value, str) or not _KEY_RE.fullmatch(value):
        return "must be a key of letters, digits, '-' and '_'"
    return None


def _timezone(value: Any) -> str | None:
    if not isinstance(value, str):
        return "must be a string"
    return None if localtime.is_zone(value) else f"unknown time zone {value!r}"


def _known(database: Any, **query: str) -> bool:
    """Whether pycountry's ISO ``database`` has an entry matching ``query`` (case aside, as
    pycountry's own ``get``)."""
    ((field, value),) = query.items()
    return value.lower() in _codes(database, field)


_FIELD_VALUE = r'"{field}"\s*:\s*"([^"\\]*)"'
"""A field's string value in pycountry's JSON files."""


@functools.cache
def _codes(database: Any, field: str) -> frozenset[str]:
    """Every ``field`` of the entries of pycountry's ``database``, lower case, read from its
    JSON file: pycountry's ``get`` builds an object and an index of every entry first (58 ms
    for the subdivisions and the languages a trip file names two codes of). The values are
    found by a pattern rather than by parsing the file: a trip file names codes of all four
    databases, whose 1.4 MB of JSON took twice as long to parse as to scan (50 against 22
    ms; codes hold no quotes or escapes; tests/core/test_tripfile_codes.py compares the two
    readings)."""
    with open(database.filename, encoding="utf-8") as file:
        text = file.read()
    pattern = _FIELD_VALUE.format(field=re.escape(field))
    return frozenset(value.lower() for value in re.findall(pattern, text))


def _country(value: Any) -> str | None:
    if isinstance(value, str) and len(value) == 2 and _known(pycountry.countries, alpha_2=value):
        return None
    return f"{value!r} is not an ISO 3166-1 alpha-2 country code (such as DE or CN)"


def _visa_area(value: Any) -> str | None:
    if isinstance(value, str) and value.lower() == travel_documents.SCHENGEN:
        return None
    if isinstance(value, str) and len(value) == 2 and _known(pycountry.countries, alpha_2=value):
        return None
    return f"{value!r} is not an ISO 3166-1 alpha-2 country code (such as DE or CN) or schengen"


def _entries(value: Any) -> str | None:
    if value == travel_documents.MULTIPLE:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 99:
        return None
    return f"{_shown_value(value)} is not a number of entries (1, 2, ...) or multiple"


def is_country(value: Any) -> bool:
    """An ISO 3166-1 alpha-2 code, in any case (the editors check with the file's rule)."""
    return _country(value) is None


def is_visa_area(value: Any) -> bool:
    """A visa's ``area``: a country code or ``schengen``, in any case."""
    return _visa_area(value) is None


def is_entries(value: Any) -> bool:
    """A visa's ``entries``: 1 to 99 or ``multiple``."""
    return _entries(value) is None


def _region(value: Any) -> str | None:
    if isinstance(value, str) and _known(pycountry.subdivisions, code=value):
        return None
    return f"{value!r} is not an ISO 3166-2 subdivision code (such as DE-BY)"


def _language(value: Any) -> str | None:
    if isinstance(value, str) and len(value) == 2 and _known(pycountry.languages, alpha_2=value):
        return None
    return f"{value!r} is not an ISO 639-1 language code (such as de or zh)"


def _currency(value: Any) -> str | None:
    if isinstance(value, str) and len(value) == 3 and _known(pycountry.currencies, alpha_3=value):
        return None
    return f"{value!r} is not an ISO 4217 currency code (such as EUR or CNY)"


def _uid(value: Any) -> str | None:
    """An identity (trip-format.md: identities): any spelling :class:`uuid.UUID` reads."""
    if isinstance(value, str):
        try:
            uuidlib.UUID(value)
        except ValueError:
            pass
        else:
            return None
    return f"{_shown_value(value)} is not a UUID (such as 0f8fad5b-d9cb-469f-a165-70867728950e)"


def normal_uid(value: str) -> str:
    """The one spelling the store keeps a uid in (lower case, with hyphens)."""
    return str(uuidlib.UUID(value))


def _date(value: Any) -> str | None:
    if isinstance(value, str) and _DATE_RE.fullmatch(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f"{value!r} is not a valid date"
        return None
    return f"{value!r} is not a date like 2024-06-17"


def _local_time_shape(value: Any) -> str | None:
    """Only the shape here: whether the time exists depends on the zone, checked later."""
    return None if isinstance(value, str) else "must be a local time like 2024-06-17T14:00"


@dataclass(frozen=True)
class Field:
    check: Check | None = None
    required: bool = False
    obj: dict[str, Field] | None = None
    many: bool = False
    """A list: of objects when ``obj`` is set, else of values each passing ``check``."""
    or_obj: dict[str, Field] | None = None
    """A value passing ``check``, or an object of these fields (the attendee extension)."""


def text(required: bool = False) -> Field:
    """One line of text (a name, a title)."""
    return Field(_text_check(required=required), required)


def paragraph(required: bool = False) -> Field:
    """Text that may span lines (notes, an address): see :mod:`planner.text_rules`."""
    return Field(_text_check(required=required, multiline=True), required)


def one_of(values: tuple[str, ...], required: bool = False) -> Field:
    return Field(_one_of(values), required)


def key(required: bool = False) -> Field:
    return Field(_key, required)


def keys() -> Field:
    return Field(_key, many=True)


def keys_or(fields: dict[str, Field]) -> Field:
    """A list whose items are keys, or objects of ``fields`` that say more about the key."""
    return Field(_key, many=True, or_obj=fields)


def obj(fields: dict[str, Field], required: bool = False) -> Field:
    return Field(None, required, fields)


def objects(fields: dict[str, Field], required: bool = False) -> Field:
    return Field(None, required, fields, many=True)


def value(check: Check, required: bool = False) -> Field:
    return Field(check, required)


def values(check: Check) -> Field:
    return Field(check, many=True)


def _phone_number(value: Any) -> str | None:
    """A number :mod:`planner.phones` reads (with its country code): the useful numbers are
    dialled from abroad, so a number that is none is refused, not kept as written."""
    if not isinstance(value, str):
        return "must be a string"
    try:
        phones.normalize(value)
    except phones.PhoneError as exc:
        return str(exc)
    return None


UID = value(_uid)
"""An extension of version 1: the object's identity, kept by the store (calendar UIDs)."""
USEFUL_NUMBER = {"label": text(required=True), "number": value(_phone_number, required=True)}
"""An extension of version 1: one of the trip's ``useful_numbers``."""
INVITATION = {
    "purpose": paragraph(),
    "costs_borne_by": text(),
    "issued": value(_date),
}
"""An extension of version 1: what the trip's invitation letter says beyond the itinerary."""
TRIP = {
    "uid": UID,
    "title": text(required=True),
    "purpose": paragraph(),
    "organizer": key(),
    "home_timezone": value(_timezone, required=True),
    "status": one_of(vocab.TRIP_STATUSES),
    "classification": one_of(vocab.CLASSIFICATIONS),
    "notes": paragraph(),
    "protocol_rules": one_of(vocab.PROTOCOL_RULES),
    "useful_numbers": objects(USEFUL_NUMBER),
    "direction": one_of(vocab.TRIP_DIRECTIONS),
    "invitation": obj(INVITATION),
}
ORGANIZATION = {
    "uid": UID,
    "key": key(required=True),
    "name": text(required=True),
    "native_name": text(),
    "kind": one_of(vocab.ORGANIZATION_KINDS),
    "city": text(),
    "country": value(_country),
    "sector": text(),
    "website": text(),
    "notes": paragraph(),
}
PASSPORT = {
    "number": text(required=True),
    "kind": one_of(travel_documents.PASSPORT_KINDS),
    "issued": value(_date),
    "expires": value(_date),
}
VISA = {
    "area": value(_visa_area, required=True),
    "kind": text(),
    "number": text(),
    "valid_from": value(_date, required=True),
    "valid_to": value(_date, required=True),
    "entries": value(_entries),
}
DOCUMENT_FIELDS = ("nationality", "date_of_birth", "gender", "passport", "visas")
"""A person's travel documents (an extension of version 1), written only on request."""
PERSON = {
    "uid": UID,
    "key": key(required=True),
    "family_name": text(required=True),
    "given_name": text(),
    "native_name": text(),
    "honorific": text(),
    "position": text(),
    "organization": key(),
    "email": text(),
    "phone": text(),
    "languages": values(_language),
    "precedence": value(_precedence),
    "side": one_of(vocab.COUNTERPART_SIDES),
    "notes": paragraph(),
    "nationality": value(_country),
    "date_of_birth": value(_date),
    "gender": one_of(travel_documents.GENDERS),
    "passport": obj(PASSPORT),
    "visas": objects(VISA),
}
DELEGATION_MEMBER = {
    "uid": UID,
    "person": key(required=True),
    "role": one_of(vocab.DELEGATION_ROLES, required=True),
    "precedence": value(_precedence),
}
LODGING = {"name": text(), "address": paragraph(), "confirmation": text(), "phone": text()}
STOP = {
    "uid": UID,
    "key": key(required=True),
    "city": text(required=True),
    "country": value(_country, required=True),
    "region": value(_region),
    # Optional since the gazetteer: filled from the city and country when it names one zone.
    "timezone": value(_timezone),
    "arrive": value(_local_time_shape),
    "depart": value(_local_time_shape),
    "lodging": obj(LODGING),
}
TRAVELLER = {
    "person": key(required=True),
    "seat": text(),
    "reference": text(),
}
"""A traveller with a seat or booking reference of their own (a traveller may be a bare key)."""
TRANSFER = {
    "uid": UID,
    "from": key(),
    "to": key(),
    "mode": one_of(vocab.TRANSFER_MODES, required=True),
    "carrier": text(),
    "number": text(),
    "depart": value(_local_time_shape, required=True),
    "arrive": value(_local_time_shape, required=True),
    "reference": text(),
    "notes": paragraph(),
    # Extension of v1: transfers as they are booked, and legs from and to home.
    "from_place": text(),
    "to_place": text(),
    "from_terminal": text(),
    "to_terminal": text(),
    "class": text(),
    "seat": text(),
    "travellers": keys_or(TRAVELLER),
}
VENUE = {"name": text(), "address": paragraph(), "city": text()}
"""``city``: an extension of version 1 (absent: the stop's city)."""
BRANCH_VENUE = {
    "uid": UID,
    "name": text(required=True),
    "city": text(required=True),
    "country": value(_country, required=True),
    "timezone": value(_timezone, required=True),
    "address": paragraph(),
    "online_url": text(),
    "host": key(),
    "attendees": keys(),
}
AGREEMENT = {
    "uid": UID,
    "title": text(required=True),
    "kind": one_of(vocab.AGREEMENT_KINDS),
    "languages": values(_language),
    "parties": keys(),
    "signatories": keys(),
    "status": one_of(vocab.AGREEMENT_STATUSES),
    "notes": paragraph(),
}
ATTENDEE = {
    "person": key(required=True),
    "role": one_of(vocab.ATTENDEE_ROLES),
}
"""An attendee with a role in the meeting (extension of v1: an attendee may be a bare key)."""
FOLLOW_UP = {
    "uid": UID,
    "title": text(required=True),
    "due": value(_date),
    "owner": key(),
    "done": value(_boolean),
}
MEETING = {
    "uid": UID,
    "key": key(required=True),
    "title": text(required=True),
    "stop": key(required=True),
    "start": value(_local_time_shape, required=True),
    "end": value(_local_time_shape, required=True),
    "kind": one_of(vocab.MEETING_KINDS),
    "status": one_of(vocab.MEETING_STATUSES),
    "venue": obj(VENUE),
    "online_url": text(),
    "host": key(),
    "organizations": keys(),
    "attendees": keys_or(ATTENDEE),
    "objectives": paragraph(),
    "talking_points": Field(_text_check(multiline=True), many=True),
    "notes": paragraph(),
    "private_notes": paragraph(),
    "branch_venues": objects(BRANCH_VENUE),
    "agreement": obj(AGREEMENT),
    "follow_ups": objects(FOLLOW_UP),
}
GIFT = {
    "uid": UID,
    "meeting": key(required=True),
    "direction": one_of(vocab.GIFT_DIRECTIONS, required=True),
    "description": paragraph(required=True),
    "from": key(),
    "to": key(),
    "value": value(_amount),
    "currency": value(_currency),
}
DOCUMENT = {
    "format": value(lambda v: None if v == FORMAT else f"must be {FORMAT!r}", required=True),
    "version": value(
        lambda v: (
            None
            if v == VERSION and type(v) is int
            else f"{_shown_value(v)} is not supported; this program reads version {VERSION}"
        ),
        required=True,
    ),
    "trip": obj(TRIP, required=True),
    "organizations": objects(ORGANIZATION, required=True),
    "people": objects(PERSON, required=True),
    "delegation": objects(DELEGATION_MEMBER, required=True),
    "stops": objects(STOP, required=True),
    "transfers": objects(TRANSFER, required=True),
    "meetings": objects(MEETING, required=True),
    "gifts": objects(GIFT),
}
KEYED_LISTS = ("organizations", "people", "stops", "meetings")


def validate(document: Any) -> list[Problem]:
    """Every structural problem of ``document``; an empty list means the shape is right."""
    problems: list[Problem] = []
    if not isinstance(document, dict):
        return [Problem("", "the file must hold one JSON object")]
    if document.get("format") != FORMAT or document.get("version") != VERSION:
        # Another format or version: its fields mean something else, so stop at the header.
        _check_object(
            {k: document.get(k) for k in ("format", "version")},
            {k: DOCUMENT[k] for k in ("format", "version")},
            "",
            problems,
        )
        return problems
    _check_object(document, DOCUMENT, "", problems)
    for list_name in KEYED_LISTS:
        _check_unique_keys(document.get(list_name), list_name, problems)
    if not problems:
        _check_unique_uids(document, problems)
    return problems


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _check_object(data: Any, spec: dict[str, Field], path: str, problems: list[Problem]) -> None:
    # A file of a thousand meetings has some 20,000 values: a value's path is spelled out only
    # for a problem or an object inside, not for every value that is fine (a fifth of a check).
    if not isinstance(data, dict):
        problems.append(Problem(path, "must be an object"))
        return
    if data.keys() - spec.keys():
        for name in data:
            if name not in spec:
                problems.append(Problem(_join(path, text_rules.shown(name)), "unknown field"))
    for name, field in spec.items():
        item = data.get(name)
        if item is None:
            if field.required:
                problems.append(Problem(_join(path, name), "missing required field"))
            continue
        nested = field.obj is not None or field.or_obj is not None
        if field.many:
            if not isinstance(item, list):
                problems.append(Problem(_join(path, name), "must be a list"))
                continue
            if nested:
                where = _join(path, name)
                for index, element in enumerate(item):
                    _check_value(element, field, f"{where}[{index}]", problems)
            elif field.check is not None:
                for index, element in enumerate(item):
                    message = field.check(element)
                    if message:
                        problems.append(Problem(f"{_join(path, name)}[{index}]", message))
        elif nested:
            _check_value(item, field, _join(path, name), problems)
        elif field.check is not None:
            message = field.check(item)
            if message:
                problems.append(Problem(_join(path, name), message))


def _check_value(item: Any, field: Field, where: str, problems: list[Problem]) -> None:
    if field.or_obj is not None and isinstance(item, dict):
        _check_object(item, field.or_obj, where, problems)
    elif field.obj is not None:
        _check_object(item, field.obj, where, problems)
    elif field.check is not None:
        message = field.check(item)
        if message:
            problems.append(Problem(where, message))


def _shown_value(value: Any) -> str:
    """A value for a message, never longer than a line (a version may have 5,000 digits)."""
    shown = text_rules.shown(str(value) if isinstance(value, Decimal) else repr(value))
    return shown if len(shown) <= 40 else f"{shown[:40]}…"


def _check_unique_keys(items: Any, list_name: str, problems: list[Problem]) -> None:
    if not isinstance(items, list):
        return
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("key"), str):
            continue
        first = seen.setdefault(item["key"], index)
        if first != index:
            problems.append(
                Problem(
                    f"{list_name}[{index}].key",
                    f"{item['key']!r} is already the key of {list_name}[{first}]",
                )
            )


def uid_places(document: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    """Every object of a valid document that may carry a ``uid``: (store table, the object,
    its path), in file order. The one list the checks, the reader and the writer share."""
    found: list[tuple[str, dict[str, Any], str]] = [("trip", document["trip"], "trip")]
    for table, name in (
        ("organization", "organizations"),
        ("person", "people"),
        ("delegation_member", "delegation"),
        ("stop", "stops"),
        ("transfer", "transfers"),
        ("meeting", "meetings"),
        ("gift", "gifts"),
    ):
        for index, data in enumerate(document.get(name) or []):
            found.append((table, data, f"{name}[{index}]"))
    for index, meeting in enumerate(document["meetings"]):
        path = f"meetings[{index}]"
        for position, branch in enumerate(meeting.get("branch_venues") or []):
            found.append(("branch_venue", branch, f"{path}.branch_venues[{position}]"))
        if meeting.get("agreement") is not None:
            found.append(("agreement", meeting["agreement"], f"{path}.agreement"))
        for position, follow_up in enumerate(meeting.get("follow_ups") or []):
            found.append(("follow_up", follow_up, f"{path}.follow_ups[{position}]"))
    return found


def _check_unique_uids(document: dict[str, Any], problems: list[Problem]) -> None:
    """One object, one identity: a uid given twice in a file would make two objects one."""
    seen: dict[str, str] = {}
    for _table, data, path in uid_places(document):
        if data.get("uid") is None:
            continue
        uid = normal_uid(data["uid"])
        first = seen.setdefault(uid, path)
        if first != path:
            problems.append(Problem(f"{path}.uid", f"{uid!r} is already the uid of {first}"))
