"""the direction of the visit: made (outbound) or received (inbound)

A Chinese office that hosts a German delegation speaks of 来访, not 出访; the pack's title and
the calendar's name follow ``trip.direction``. Every existing trip was planned as a visit
made: it keeps ``outbound``, so no title it printed changes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DIRECTIONS = "direction IN ('outbound', 'inbound')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # In place, as 0007: a batch would rebuild the trip table, and with foreign keys on,
        # dropping the old one deletes every trip's rows.
        op.execute(
            "ALTER TABLE trip ADD COLUMN direction VARCHAR DEFAULT 'outbound' "
            f"NOT NULL CONSTRAINT direction_allowed CHECK ({_DIRECTIONS})"
        )
        return
    op.add_column(
        "trip", sa.Column("direction", sa.String(), server_default="outbound", nullable=False)
    )
    op.create_check_constraint("direction_allowed", "trip", _DIRECTIONS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE trip DROP COLUMN direction")  # in place, as above
        return
    op.drop_constraint("direction_allowed", "trip", type_="check")
    op.drop_column("trip", "direction")
