"""a meeting venue's city, a trip's useful numbers

A venue need not be in its stop's city: the delegation stays in Frankfurt and visits
Ludwigshafen and Heidelberg. ``meeting.venue_city`` names the venue's city; None (every
existing row) means the stop's city, which is what every meeting showed before.

``trip.useful_numbers`` is the trip's list of ``{"label", "number"}`` for the pack's contact
sheet; every existing trip starts with none.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 09:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("venue_city", sa.Text(), nullable=True))
    with op.batch_alter_table("trip", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("useful_numbers", sa.JSON(), server_default="[]", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("trip", schema=None) as batch_op:
        batch_op.drop_column("useful_numbers")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("venue_city")
