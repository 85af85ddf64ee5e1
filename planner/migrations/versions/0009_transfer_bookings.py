"""transfers as they are booked: places, terminals, class, seat, travellers; home legs

A transfer names its airports or stations (``from_place``/``to_place``: an IATA or ICAO code or
a station's name), terminals, class and seat; every existing row has none. Who travels on it
is a new list, ``transfer_traveller`` (transfer, person, position, the traveller's own booking
reference and seat); a transfer without rows there is the whole delegation's, which is what
every existing transfer was.

A trip's first and last legs run from home and back, so ``from_stop_id`` and ``to_stop_id``
become nullable: such an end is known by its place and its zone alone. Existing rows keep both
stops.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXTS = ("from_place", "to_place")
_WORDS = ("from_terminal", "to_terminal", "travel_class", "seat")


def upgrade() -> None:
    # The new columns go in place (SQLite's ALTER TABLE ADD COLUMN). Making the stops nullable
    # needs a rebuilt table on SQLite: safe for transfer, which no other table refers to yet
    # (the store migrates with foreign keys off, and transfer_traveller comes after).
    for name in _TEXTS:
        op.add_column("transfer", sa.Column(name, sa.Text(), nullable=True))
    for name in _WORDS:
        op.add_column("transfer", sa.Column(name, sa.String(), nullable=True))
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.alter_column("from_stop_id", existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column("to_stop_id", existing_type=sa.Integer(), nullable=True)
    op.create_table(
        "transfer_traveller",
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(), nullable=True),
        sa.Column("seat", sa.String(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_transfer_traveller_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["transfer.id"],
            name=op.f("fk_transfer_traveller_transfer_id_transfer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("transfer_id", "person_id", name=op.f("pk_transfer_traveller")),
    )
    with op.batch_alter_table("transfer_traveller", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transfer_traveller_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    # A home leg cannot be kept by the older schema: it goes, with its travellers.
    op.drop_table("transfer_traveller")
    op.execute("DELETE FROM transfer WHERE from_stop_id IS NULL OR to_stop_id IS NULL")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.alter_column("to_stop_id", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("from_stop_id", existing_type=sa.Integer(), nullable=False)
    for name in reversed(_TEXTS + _WORDS):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE transfer DROP COLUMN {name}")
        else:
            op.drop_column("transfer", name)
