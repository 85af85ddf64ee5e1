"""no index on trip title

PostgreSQL's btree index holds entries of at most about 2,700 bytes, so the index on
``trip.title`` refused a trip whose title is 1,000 Chinese characters (3 bytes each in
UTF-8) that SQLite took: the two engines must accept the same trips. Nothing needs the index:
a title is looked up only when a user names a trip by it on the command line
(``trips.find_trip_id``), among a store's few hundred trips, and lists are ordered in Python.
So it goes, on both engines; no row changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("trip", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_title"))


def downgrade() -> None:
    with op.batch_alter_table("trip", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_title"), ["title"], unique=False)
