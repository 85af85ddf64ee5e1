"""sides and ranks per trip, attendee roles

A counterpart's rank was the person's own (``person.precedence``), so re-ranking the hosts of
one trip re-ranked them on every trip. The rank and the side (host or third party) now live on
the person's link to the trip; each link starts with the person's old rank and on the host
side, which is what every trip showed before. ``person.precedence`` stays, unread by protocol,
so that older programs can still open the store's copy of it.

A meeting attendee gains a role in that meeting (``participant`` unless set).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SIDES = "side IN ('host', 'third-party')"
_ROLES = "role IN ('participant', 'speaker', 'signatory', 'interpreter', 'note-taker')"


def upgrade() -> None:
    with op.batch_alter_table("trip_person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("side", sa.String(), server_default="host", nullable=False))
        batch_op.add_column(sa.Column("precedence", sa.Integer(), nullable=True))
        batch_op.create_check_constraint("side_allowed", _SIDES)
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("role", sa.String(), server_default="participant", nullable=False)
        )
        batch_op.create_check_constraint("role_allowed", _ROLES)
    op.execute(
        "UPDATE trip_person SET precedence = "
        "(SELECT person.precedence FROM person WHERE person.id = trip_person.person_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.drop_constraint("role_allowed", type_="check")
        batch_op.drop_column("role")
    with op.batch_alter_table("trip_person", schema=None) as batch_op:
        batch_op.drop_constraint("side_allowed", type_="check")
        batch_op.drop_column("precedence")
        batch_op.drop_column("side")
