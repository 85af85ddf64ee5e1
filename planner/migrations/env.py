"""Alembic environment: runs on the connection the store hands over, in its transaction.

``render_as_batch`` because SQLite can alter tables only by rebuilding them; the store turns
foreign keys off for the upgrade and checks them (``PRAGMA foreign_key_check``) before commit.
"""

from alembic import context

from planner.model import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the store always passes its connection
    raise RuntimeError("run migrations through planner.store.open_store")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
