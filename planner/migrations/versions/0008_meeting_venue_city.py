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
    # Both columns are added in place (SQLite's ALTER TABLE ADD COLUMN): a batch would rebuild
    # the tables, and rebuilding trip with foreign keys on deletes every trip's rows.
    op.add_column("meeting", sa.Column("venue_city", sa.Text(), nullable=True))
    op.add_column(
        "trip", sa.Column("useful_numbers", sa.JSON(), server_default="[]", nullable=False)
    )


def downgrade() -> None:
    # In place too (SQLite 3.35+): a rebuilt trip table would also turn 0007's column CHECK
    # into a table CHECK, which SQLite then refuses to drop with its column.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE trip DROP COLUMN useful_numbers")
        op.execute("ALTER TABLE meeting DROP COLUMN venue_city")
        return
    op.drop_column("trip", "useful_numbers")
    op.drop_column("meeting", "venue_city")
