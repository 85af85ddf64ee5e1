"""the trip's seating rule set

An office chooses per trip which side is the place of honour: the right in foreign-affairs
settings (what every trip was seated by before), the left in domestic Chinese political
settings. Every existing trip keeps ``foreign-affairs``, so no plan it showed changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RULES = "protocol_rules IN ('foreign-affairs', 'domestic-cn')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column in place, constraint and all; a batch would rebuild the trip
        # table, and with foreign keys on, dropping the old one deletes every trip's rows.
        op.execute(
            "ALTER TABLE trip ADD COLUMN protocol_rules VARCHAR DEFAULT 'foreign-affairs' "
            f"NOT NULL CONSTRAINT protocol_rules_allowed CHECK ({_RULES})"
        )
        return
    op.add_column(
        "trip",
        sa.Column("protocol_rules", sa.String(), server_default="foreign-affairs", nullable=False),
    )
    op.create_check_constraint("protocol_rules_allowed", "trip", _RULES)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE trip DROP COLUMN protocol_rules")  # in place, as above
        return
    op.drop_constraint("protocol_rules_allowed", "trip", type_="check")
    op.drop_column("trip", "protocol_rules")
