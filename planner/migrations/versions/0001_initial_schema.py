"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 23:31:12.773249
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "organization",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("native_name", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("sector", sa.String(), nullable=True),
        sa.Column("website", sa.String(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('government', 'company', 'university', 'research', 'association', 'media', 'other')",
            name=op.f("ck_organization_kind_allowed"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
        sa.UniqueConstraint("uuid", name=op.f("uq_organization_uuid")),
    )
    op.create_table(
        "person",
        sa.Column("family_name", sa.Text(), nullable=False),
        sa.Column("given_name", sa.Text(), nullable=True),
        sa.Column("native_name", sa.Text(), nullable=True),
        sa.Column("honorific", sa.String(), nullable=True),
        sa.Column("position", sa.Text(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("precedence", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_person_organization_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uuid", name=op.f("uq_person_uuid")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "trip",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("organizer_id", sa.Integer(), nullable=True),
        sa.Column("home_timezone", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("classification", sa.String(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "classification IN ('public', 'internal', 'confidential')",
            name=op.f("ck_trip_classification_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'planned', 'confirmed', 'completed', 'cancelled')",
            name=op.f("ck_trip_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["organizer_id"],
            ["organization.id"],
            name=op.f("fk_trip_organizer_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip")),
        sa.UniqueConstraint("uuid", name=op.f("uq_trip_uuid")),
    )
    with op.batch_alter_table("trip", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_organizer_id"), ["organizer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trip_title"), ["title"], unique=False)

    op.create_table(
        "delegation_member",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("precedence", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "role IN ('head', 'member', 'interpreter', 'staff', 'press', 'security')",
            name=op.f("ck_delegation_member_role_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_delegation_member_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trip.id"],
            name=op.f("fk_delegation_member_trip_id_trip"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation_member")),
        sa.UniqueConstraint("trip_id", "person_id", name=op.f("uq_delegation_member_trip_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_delegation_member_uuid")),
    )
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delegation_member_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_delegation_member_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "stop",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("city", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("region", sa.String(length=6), nullable=True),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("arrive", sa.DateTime(), nullable=True),
        sa.Column("depart", sa.DateTime(), nullable=True),
        sa.Column("lodging_name", sa.Text(), nullable=True),
        sa.Column("lodging_address", sa.Text(), nullable=True),
        sa.Column("lodging_confirmation", sa.String(), nullable=True),
        sa.Column("lodging_phone", sa.String(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "arrive IS NOT NULL OR depart IS NOT NULL", name=op.f("ck_stop_has_time")
        ),
        sa.CheckConstraint(
            "arrive IS NULL OR depart IS NULL OR arrive <= depart",
            name=op.f("ck_stop_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trip.id"],
            name=op.f("fk_stop_trip_id_trip"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stop")),
        sa.UniqueConstraint("uuid", name=op.f("uq_stop_uuid")),
    )
    with op.batch_alter_table("stop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stop_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "trip_organization",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_trip_organization_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trip.id"],
            name=op.f("fk_trip_organization_trip_id_trip"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("trip_id", "organization_id", name=op.f("pk_trip_organization")),
    )
    with op.batch_alter_table("trip_organization", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trip_organization_organization_id"),
            ["organization_id"],
            unique=False,
        )

    op.create_table(
        "trip_person",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_trip_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trip.id"],
            name=op.f("fk_trip_person_trip_id_trip"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("trip_id", "person_id", name=op.f("pk_trip_person")),
    )
    with op.batch_alter_table("trip_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_person_person_id"), ["person_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("stop_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("venue_name", sa.Text(), nullable=True),
        sa.Column("venue_address", sa.Text(), nullable=True),
        sa.Column("online_url", sa.Text(), nullable=True),
        sa.Column("host_id", sa.Integer(), nullable=True),
        sa.Column("objectives", sa.Text(), nullable=True),
        sa.Column("talking_points", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("private_notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('meeting', 'site-visit', 'conference', 'signing', 'banquet', 'press', 'briefing', 'other')",
            name=op.f("ck_meeting_kind_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('tentative', 'confirmed', 'cancelled')",
            name=op.f("ck_meeting_status_allowed"),
        ),
        sa.CheckConstraint('start < "end"', name=op.f("ck_meeting_in_order")),
        sa.ForeignKeyConstraint(
            ["host_id"],
            ["organization.id"],
            name=op.f("fk_meeting_host_id_organization"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stop_id"],
            ["stop.id"],
            name=op.f("fk_meeting_stop_id_stop"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trip.id"],
            name=op.f("fk_meeting_trip_id_trip"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("uuid", name=op.f("uq_meeting_uuid")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_host_id"), ["host_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_start"), ["start"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_stop_id"), ["stop_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "transfer",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("from_stop_id", sa.Integer(), nullable=False),
        sa.Column("to_stop_id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("carrier", sa.String(), nullable=True),
        sa.Column("number", sa.String(), nullable=True),
        sa.Column("depart", sa.DateTime(), nullable=False),
        sa.Column("depart_timezone", sa.String(), nullable=False),
        sa.Column("arrive", sa.DateTime(), nullable=False),
        sa.Column("arrive_timezone", sa.String(), nullable=False),
        sa.Column("reference", sa.String(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "mode IN ('flight', 'train', 'car', 'bus', 'ferry', 'other')",
            name=op.f("ck_transfer_mode_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["from_stop_id"],
            ["stop.id"],
            name=op.f("fk_transfer_from_stop_id_stop"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_stop_id"],
            ["stop.id"],
            name=op.f("fk_transfer_to_stop_id_stop"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trip.id"],
            name=op.f("fk_transfer_trip_id_trip"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer")),
        sa.UniqueConstraint("uuid", name=op.f("uq_transfer_uuid")),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transfer_from_stop_id"), ["from_stop_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_transfer_to_stop_id"), ["to_stop_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfer_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('mou', 'letter-of-intent', 'contract', 'agreement')",
            name=op.f("ck_agreement_kind_allowed"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'agreed', 'signed', 'cancelled')",
            name=op.f("ck_agreement_status_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agreement_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_agreement_meeting_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agreement_uuid")),
    )
    op.create_table(
        "branch_venue",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("city", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("online_url", sa.Text(), nullable=True),
        sa.Column("host_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["host_id"],
            ["organization.id"],
            name=op.f("fk_branch_venue_host_id_organization"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_branch_venue_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch_venue")),
        sa.UniqueConstraint("uuid", name=op.f("uq_branch_venue_uuid")),
    )
    with op.batch_alter_table("branch_venue", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_branch_venue_host_id"), ["host_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_branch_venue_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "follow_up",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_follow_up_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_follow_up_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
        sa.UniqueConstraint("uuid", name=op.f("uq_follow_up_uuid")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "gift",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("from_person_id", sa.Integer(), nullable=True),
        sa.Column("from_organization_id", sa.Integer(), nullable=True),
        sa.Column("to_person_id", sa.Integer(), nullable=True),
        sa.Column("to_organization_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.String(length=40), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "direction IN ('given', 'received')", name=op.f("ck_gift_direction_allowed")
        ),
        sa.CheckConstraint(
            "from_person_id IS NULL OR from_organization_id IS NULL",
            name=op.f("ck_gift_one_giver"),
        ),
        sa.CheckConstraint(
            "to_person_id IS NULL OR to_organization_id IS NULL",
            name=op.f("ck_gift_one_receiver"),
        ),
        sa.ForeignKeyConstraint(
            ["from_organization_id"],
            ["organization.id"],
            name=op.f("fk_gift_from_organization_id_organization"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["from_person_id"],
            ["person.id"],
            name=op.f("fk_gift_from_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_gift_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_organization_id"],
            ["organization.id"],
            name=op.f("fk_gift_to_organization_id_organization"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["to_person_id"],
            ["person.id"],
            name=op.f("fk_gift_to_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trip.id"],
            name=op.f("fk_gift_trip_id_trip"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift")),
        sa.UniqueConstraint("uuid", name=op.f("uq_gift_uuid")),
    )
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_gift_from_organization_id"),
            ["from_organization_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_gift_from_person_id"), ["from_person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_gift_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_gift_to_organization_id"),
            ["to_organization_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_gift_to_person_id"), ["to_person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_gift_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "meeting_attendee",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_attendee_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_meeting_attendee_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "person_id", name=op.f("pk_meeting_attendee")),
    )
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_attendee_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "meeting_organization",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_organization_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_meeting_organization_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "meeting_id", "organization_id", name=op.f("pk_meeting_organization")
        ),
    )
    with op.batch_alter_table("meeting_organization", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_organization_organization_id"),
            ["organization_id"],
            unique=False,
        )

    op.create_table(
        "agreement_party",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_party_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_agreement_party_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "organization_id", name=op.f("pk_agreement_party")),
    )
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_party_organization_id"),
            ["organization_id"],
            unique=False,
        )

    op.create_table(
        "agreement_signatory",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_signatory_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_agreement_signatory_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "person_id", name=op.f("pk_agreement_signatory")),
    )
    with op.batch_alter_table("agreement_signatory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_signatory_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "branch_attendee",
        sa.Column("branch_venue_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_venue_id"],
            ["branch_venue.id"],
            name=op.f("fk_branch_attendee_branch_venue_id_branch_venue"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_branch_attendee_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("branch_venue_id", "person_id", name=op.f("pk_branch_attendee")),
    )
    with op.batch_alter_table("branch_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_branch_attendee_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("branch_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_branch_attendee_person_id"))

    op.drop_table("branch_attendee")
    with op.batch_alter_table("agreement_signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_signatory_person_id"))

    op.drop_table("agreement_signatory")
    with op.batch_alter_table("agreement_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_party_organization_id"))

    op.drop_table("agreement_party")
    with op.batch_alter_table("meeting_organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_organization_organization_id"))

    op.drop_table("meeting_organization")
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendee_person_id"))

    op.drop_table("meeting_attendee")
    with op.batch_alter_table("gift", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gift_trip_id"))
        batch_op.drop_index(batch_op.f("ix_gift_to_person_id"))
        batch_op.drop_index(batch_op.f("ix_gift_to_organization_id"))
        batch_op.drop_index(batch_op.f("ix_gift_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_gift_from_person_id"))
        batch_op.drop_index(batch_op.f("ix_gift_from_organization_id"))

    op.drop_table("gift")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_owner_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_meeting_id"))

    op.drop_table("follow_up")
    with op.batch_alter_table("branch_venue", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_branch_venue_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_branch_venue_host_id"))

    op.drop_table("branch_venue")
    op.drop_table("agreement")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_trip_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_to_stop_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_from_stop_id"))

    op.drop_table("transfer")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_trip_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_stop_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_start"))
        batch_op.drop_index(batch_op.f("ix_meeting_host_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("trip_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_person_person_id"))

    op.drop_table("trip_person")
    with op.batch_alter_table("trip_organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_organization_organization_id"))

    op.drop_table("trip_organization")
    with op.batch_alter_table("stop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stop_trip_id"))

    op.drop_table("stop")
    with op.batch_alter_table("delegation_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_member_trip_id"))
        batch_op.drop_index(batch_op.f("ix_delegation_member_person_id"))

    op.drop_table("delegation_member")
    with op.batch_alter_table("trip", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_title"))
        batch_op.drop_index(batch_op.f("ix_trip_organizer_id"))

    op.drop_table("trip")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_organization_id"))

    op.drop_table("person")
    op.drop_table("organization")
