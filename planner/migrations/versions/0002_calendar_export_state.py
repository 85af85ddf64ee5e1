"""calendar export state and links

What each exported calendar last said about each event (so a re-export raises SEQUENCE only
for what changed, and writes deleted meetings as cancelled), and which meetings were imported
from which event of another calendar. Two new tables; no existing row changes, so there is no
data migration: a store upgraded to this revision exports every event with SEQUENCE 0 first.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 00:39:28.720451
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(length=36), nullable=False),
        sa.Column("edition", sa.String(), nullable=False),
        sa.Column("uid", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("last_modified", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.Column("start_timezone", sa.String(), nullable=False),
        sa.Column("end_timezone", sa.String(), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "edition IN ('external', 'internal')",
            name=op.f("ck_calendar_export_edition_allowed"),
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trip.id"],
            name=op.f("fk_calendar_export_trip_id_trip"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_export")),
        sa.UniqueConstraint(
            "trip_id", "audience", "edition", "uid", name=op.f("uq_calendar_export_trip_id")
        ),
    )
    with op.batch_alter_table("calendar_export", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calendar_export_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "calendar_link",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Text(), nullable=False),
        sa.Column("recurrence", sa.String(length=20), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_calendar_link_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trip.id"],
            name=op.f("fk_calendar_link_trip_id_trip"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_calendar_link")),
        sa.UniqueConstraint("trip_id", "uid", "recurrence", name=op.f("uq_calendar_link_trip_id")),
    )
    with op.batch_alter_table("calendar_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calendar_link_trip_id"), ["trip_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("calendar_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_link_trip_id"))
    op.drop_table("calendar_link")
    with op.batch_alter_table("calendar_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calendar_export_trip_id"))
    op.drop_table("calendar_export")
