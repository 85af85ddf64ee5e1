"""change log

One row per committed change (who, when, what), written in the transaction of the change by
``planner.history``: the history a window shows per trip and per object, and what an open
window polls to see colleagues' changes. A new table; no existing row changes, so there is no
data migration: a store upgraded to this revision starts its history empty.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 02:52:16.163080
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("trip_uuid", sa.String(length=36), nullable=True),
        sa.Column("object_uuid", sa.String(length=36), nullable=True),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_log_object_uuid"), ["object_uuid"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_change_log_trip_uuid"), ["trip_uuid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_trip_uuid"))
        batch_op.drop_index(batch_op.f("ix_change_log_object_uuid"))
    op.drop_table("change_log")
