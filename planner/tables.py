"""The store's tables as SQLAlchemy Core ``Table`` objects, the one definition of the schema.

:mod:`planner.model` maps its classes onto these tables (declarative with an imperative table);
the paths that only insert or read rows (``planner import``, listings) use them directly, so
they never import the ORM or build the model's mappers: declaring the mapped classes cost a
third of ``planner import`` (benchmarks/bench_cli.py). A column's type, default and nullability
are spelled out here as the mapped class's annotation once derived them; the migration test
(``tests/core/test_store.py``) compares these tables with the migrations.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import SchemaItem
from sqlalchemy.types import TypeDecorator

from planner import vocab

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CALENDAR_EDITIONS = ("external", "internal")


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware instant stored as UTC; naive datetimes are a programming error here."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored as an instant")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class DecimalText(TypeDecorator[Decimal]):
    """A money amount kept exactly: SQLite has no decimal type and floats would round."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Short constructors, so that each table reads as the list of its fields. A column is NOT NULL
# unless made with ``null=True``; ``text`` is a short string (VARCHAR), ``long`` a TEXT.
def _col(name: str, type_: object, *args: object, null: bool = False, **kw: object) -> Column[Any]:
    return Column(name, type_, *args, nullable=null, **kw)  # type: ignore[arg-type]


def _text(name: str, length: int | None = None, *, null: bool = False, **kw: object) -> Column[Any]:
    return _col(name, String(length) if length else String(), null=null, **kw)


def _long(name: str, *, null: bool = False) -> Column[Any]:
    return _col(name, Text, null=null)


def _int(name: str, *, null: bool = False, **kw: object) -> Column[Any]:
    return _col(name, Integer, null=null, **kw)


def _instant(name: str, *, null: bool = False, **kw: object) -> Column[Any]:
    return _col(name, UTCDateTime(), null=null, **kw)


def _ref(
    name: str,
    target: str,
    *,
    null: bool = False,
    ondelete: str | None = None,
    primary_key: bool = False,
    **kw: object,
) -> Column[Any]:
    """A reference to ``target``'s id: by default a nullable one is set NULL when the target
    goes, a required one goes with it."""
    ondelete = ondelete or ("SET NULL" if null else "CASCADE")
    return _col(
        name,
        Integer,
        ForeignKey(f"{target}.id", ondelete=ondelete),
        null=null,
        primary_key=primary_key,
        **kw,
    )


def _enum_check(column: str, values: tuple[str, ...]) -> CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=f"{column}_allowed")


def _entity(name: str, *columns: SchemaItem) -> Table:
    """A table of user-visible objects: its own columns, then identity, a persistent UUID and
    a version counter (the mapper's ``version_id_col``), in the order the declarative model
    once gave them."""
    own = [c for c in columns if isinstance(c, Column)]
    rest = [c for c in columns if not isinstance(c, Column)]
    return Table(
        name,
        metadata,
        *own,
        Column("id", Integer, primary_key=True),
        _text("uuid", 36, unique=True, default=new_uuid),
        _int("version"),
        _instant("modified", default=utcnow, onupdate=utcnow),
        *rest,
    )


def _link(name: str, parents: list[Column[Any]], kind: str, *columns: SchemaItem) -> Table:
    """One entry of an ordered list of people or organizations (``kind``) under its parent."""
    own = [c for c in columns if isinstance(c, Column)]
    rest = [c for c in columns if not isinstance(c, Column)]
    return Table(
        name,
        metadata,
        *parents,
        *own,
        _int("position"),
        _ref(f"{kind}_id", kind, primary_key=True, index=True),
        *rest,
    )


def _under(parent: str) -> list[Column[Any]]:
    return [_ref(f"{parent}_id", parent, primary_key=True)]


# ---------------------------------------------------------------------------------------------
# Directory: organizations and people, shared by all trips of the store

organization = _entity(
    "organization",
    _long("name"),
    _long("native_name", null=True),
    _text("kind", null=True),
    _text("city", null=True),
    _text("country", 2, null=True),
    _text("sector", null=True),
    _text("website", null=True),
    _long("notes", null=True),
    _enum_check("kind", vocab.ORGANIZATION_KINDS),
)

person = _entity(
    "person",
    _long("family_name"),
    _long("given_name", null=True),
    _long("native_name", null=True),
    _text("honorific", null=True),
    _long("position", null=True),
    _ref("organization_id", "organization", null=True, index=True),
    _text("email", null=True),
    _text("phone", null=True),
    _col("languages", JSON(), default=list),
    _int("precedence", null=True),
    _long("notes", null=True),
    # The person's travel documents (planner.travel_documents) as JSON, encrypted at rest by
    # planner.document_crypto: a passport number is as good as an identity; NULL when none.
    _long("documents", null=True),
)

# ---------------------------------------------------------------------------------------------
# The trip and its itinerary

trip = _entity(
    "trip",
    _long("title"),
    _long("purpose", null=True),
    _ref("organizer_id", "organization", null=True, index=True),
    _text("home_timezone"),
    _text("status", null=True),
    _text("classification", null=True),
    _long("notes", null=True),
    _instant("created", default=utcnow),
    _text(
        "protocol_rules", default=vocab.PROTOCOL_RULES[0], server_default=vocab.PROTOCOL_RULES[0]
    ),
    _col("useful_numbers", JSON, default=list, server_default="[]"),
    _text("direction", default=vocab.TRIP_DIRECTIONS[0], server_default=vocab.TRIP_DIRECTIONS[0]),
    # What the invitation letter says beyond the itinerary (planner.travel_documents'
    # InvitationDetails): not personal data, so kept in the clear.
    _long("invitation_purpose", null=True),
    _long("invitation_costs", null=True),
    _col("invitation_issued", Date(), null=True),
    _enum_check("status", vocab.TRIP_STATUSES),
    _enum_check("classification", vocab.CLASSIFICATIONS),
    _enum_check("protocol_rules", vocab.PROTOCOL_RULES),
    _enum_check("direction", vocab.TRIP_DIRECTIONS),
)

trip_organization = _link("trip_organization", _under("trip"), "organization")

trip_person = _link(
    "trip_person",
    _under("trip"),
    "person",
    _text("side", default="host", server_default="host"),
    _int("precedence", null=True),
    _enum_check("side", vocab.COUNTERPART_SIDES),
)

delegation_member = _entity(
    "delegation_member",
    _ref("trip_id", "trip", index=True),
    _ref("person_id", "person", index=True),
    _text("role"),
    _int("precedence", null=True),
    _int("position"),
    UniqueConstraint("trip_id", "person_id"),
    _enum_check("role", vocab.DELEGATION_ROLES),
)

stop = _entity(
    "stop",
    _ref("trip_id", "trip", index=True),
    _int("position"),
    _long("city"),
    _text("country", 2),
    _text("region", 6, null=True),
    _text("timezone"),
    _instant("arrive", null=True),
    _instant("depart", null=True),
    _long("lodging_name", null=True),
    _long("lodging_address", null=True),
    _text("lodging_confirmation", null=True),
    _text("lodging_phone", null=True),
    CheckConstraint("arrive IS NOT NULL OR depart IS NOT NULL", name="has_time"),
    CheckConstraint("arrive IS NULL OR depart IS NULL OR arrive <= depart", name="in_order"),
)

transfer = _entity(
    "transfer",
    _ref("trip_id", "trip", index=True),
    _int("position"),
    _ref("from_stop_id", "stop", null=True, ondelete="CASCADE", index=True),
    _ref("to_stop_id", "stop", null=True, ondelete="CASCADE", index=True),
    _text("mode"),
    _text("carrier", null=True),
    _text("number", null=True),
    _instant("depart"),
    _text("depart_timezone"),
    _instant("arrive"),
    _text("arrive_timezone"),
    _text("reference", null=True),
    _long("notes", null=True),
    _long("from_place", null=True),
    _long("to_place", null=True),
    _text("from_terminal", null=True),
    _text("to_terminal", null=True),
    _text("travel_class", null=True),
    _text("seat", null=True),
    _enum_check("mode", vocab.TRANSFER_MODES),
)

transfer_traveller = _link(
    "transfer_traveller",
    _under("transfer"),
    "person",
    _text("reference", null=True),
    _text("seat", null=True),
)

meeting = _entity(
    "meeting",
    _ref("trip_id", "trip", index=True),
    _int("position"),
    _ref("stop_id", "stop", index=True),
    _long("title"),
    _text("kind", null=True),
    _text("status", null=True),
    _instant("start", index=True),
    _instant("end"),
    _text("timezone"),
    _long("venue_name", null=True),
    _long("venue_address", null=True),
    _long("venue_city", null=True),
    _long("online_url", null=True),
    _ref("host_id", "organization", null=True, index=True),
    _long("objectives", null=True),
    _col("talking_points", JSON(), default=list),
    _long("notes", null=True),
    _long("private_notes", null=True),
    _enum_check("kind", vocab.MEETING_KINDS),
    _enum_check("status", vocab.MEETING_STATUSES),
    CheckConstraint('start < "end"', name="in_order"),
)

meeting_organization = _link("meeting_organization", _under("meeting"), "organization")

meeting_attendee = _link(
    "meeting_attendee",
    _under("meeting"),
    "person",
    _text("role", default="participant", server_default="participant"),
    _text("answer", null=True),
    _instant("answered", null=True),
    _enum_check("role", vocab.ATTENDEE_ROLES),
    _enum_check("answer", vocab.ATTENDEE_ANSWERS),
)

# ---------------------------------------------------------------------------------------------
# Signings, hybrid venues and protocol

branch_venue = _entity(
    "branch_venue",
    _ref("meeting_id", "meeting", index=True),
    _int("position"),
    _long("name"),
    _long("city"),
    _text("country", 2),
    _text("timezone"),
    _long("address", null=True),
    _long("online_url", null=True),
    _ref("host_id", "organization", null=True, index=True),
)

branch_attendee = _link("branch_attendee", _under("branch_venue"), "person")

agreement = _entity(
    "agreement",
    _ref("meeting_id", "meeting", unique=True),
    _long("title"),
    _text("kind", null=True),
    _col("languages", JSON(), default=list),
    _text("status", null=True),
    _long("notes", null=True),
    _enum_check("kind", vocab.AGREEMENT_KINDS),
    _enum_check("status", vocab.AGREEMENT_STATUSES),
)

agreement_party = _link("agreement_party", _under("agreement"), "organization")

agreement_signatory = _link("agreement_signatory", _under("agreement"), "person")

follow_up = _entity(
    "follow_up",
    _ref("meeting_id", "meeting", index=True),
    _int("position"),
    _long("title"),
    _col("due", Date(), null=True),
    _ref("owner_id", "person", null=True, index=True),
    _col("done", Boolean(), null=True),
)

gift = _entity(
    "gift",
    _ref("trip_id", "trip", index=True),
    _int("position"),
    _ref("meeting_id", "meeting", index=True),
    _text("direction"),
    _long("description"),
    _ref("from_person_id", "person", null=True, index=True),
    _ref("from_organization_id", "organization", null=True, index=True),
    _ref("to_person_id", "person", null=True, index=True),
    _ref("to_organization_id", "organization", null=True, index=True),
    _col("value", DecimalText(), null=True),
    _text("currency", 3, null=True),
    _enum_check("direction", vocab.GIFT_DIRECTIONS),
    CheckConstraint("from_person_id IS NULL OR from_organization_id IS NULL", name="one_giver"),
    CheckConstraint("to_person_id IS NULL OR to_organization_id IS NULL", name="one_receiver"),
)

# ---------------------------------------------------------------------------------------------
# Calendars: what was exported, and which events came from other calendars

calendar_export = Table(
    "calendar_export",
    metadata,
    Column("id", Integer, primary_key=True),
    _ref("trip_id", "trip", index=True),
    _text("audience", 36),
    _text("edition"),
    _long("uid"),
    _text("content_hash", 64),
    _int("sequence"),
    _instant("last_modified"),
    _long("summary"),
    _instant("start"),
    _instant("end"),
    _text("start_timezone"),
    _text("end_timezone"),
    _col("all_day", Boolean(), default=False),
    _col("removed", Boolean(), default=False),
    UniqueConstraint("trip_id", "audience", "edition", "uid"),
    _enum_check("edition", CALENDAR_EDITIONS),
)

calendar_link = Table(
    "calendar_link",
    metadata,
    _ref("meeting_id", "meeting", primary_key=True),
    _ref("trip_id", "trip", index=True),
    _long("uid"),
    _text("recurrence", 20, default=""),
    _int("sequence", default=0),
    UniqueConstraint("trip_id", "uid", "recurrence"),
)

# ---------------------------------------------------------------------------------------------
# History: who changed what, and when (no foreign keys: the history outlives its objects)

change_log = Table(
    "change_log",
    metadata,
    Column("id", Integer, primary_key=True),
    _instant("at", default=utcnow),
    _text("who", 200),
    _text("origin", 36),
    _text("action", 20),
    _text("table_name", 40),
    _text("trip_uuid", 36, null=True, index=True),
    _text("object_uuid", 36, null=True, index=True),
    _long("label", null=True),
    _col("fields", JSON(), default=list),
    _col("changes", JSON, null=True),
)
