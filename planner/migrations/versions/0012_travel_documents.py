"""travel documents: a person's (encrypted) and the trip's invitation details

A person's nationality, birth, passport and visas are kept as one encrypted JSON text
(``planner.document_crypto``); the trip keeps what its invitation letter says of the visit.
Every new column is nullable: existing people have no documents, existing trips no letter.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 20:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TRIP_COLUMNS = (
    ("invitation_purpose", sa.Text()),
    ("invitation_costs", sa.Text()),
    ("invitation_issued", sa.Date()),
)


def upgrade() -> None:
    # Nullable columns without constraints: every dialect adds them in place (no batch, which
    # would rebuild the tables and, with foreign keys on, delete their dependent rows).
    op.add_column("person", sa.Column("documents", sa.Text(), nullable=True))
    for name, type_ in _TRIP_COLUMNS:
        op.add_column("trip", sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    for name, _type in reversed(_TRIP_COLUMNS):
        op.drop_column("trip", name)
    op.drop_column("person", "documents")
