"""attendees' answers to their invitations: accepted, declined, tentative, and when

A reply to an invitation (iCalendar METHOD:REPLY) sets the attendee's ``answer`` and
``answered`` (the reply's DTSTAMP) on ``meeting_attendee``. Every existing attendee has not
answered yet: both stay NULL, which is what "needs action" is.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 14:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ANSWERS = "answer IN ('accepted', 'declined', 'tentative')"


def upgrade() -> None:
    # A CHECK needs a rebuilt table on SQLite: safe for meeting_attendee, which no table
    # refers to (the store migrates with foreign keys off).
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answer", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("answered", sa.DateTime(), nullable=True))
        batch_op.create_check_constraint("answer_allowed", _ANSWERS)


def downgrade() -> None:
    # The older schema has nowhere to keep an answer: the answers go.
    with op.batch_alter_table("meeting_attendee", schema=None) as batch_op:
        batch_op.drop_constraint("answer_allowed", type_="check")
        batch_op.drop_column("answered")
        batch_op.drop_column("answer")
