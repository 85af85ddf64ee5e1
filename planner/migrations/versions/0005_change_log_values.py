"""change log values

The history shows what an edit changed from and to ("Start: 10:00 → 11:30"), so each entry
keeps the old and new values of the fields it names (``planner.history`` decides which fields
may keep values at all). Entries written before this revision have none and show field names
only, as before: there is nothing to fill them from.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("changes", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_column("changes")
