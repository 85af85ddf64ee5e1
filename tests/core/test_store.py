"""Opening, creating, upgrading and refusing stores."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from planner import model, store, trips
from planner.copy_store import backup
from tests.conftest import NANSHAN


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_head_the_store_knows_without_alembic_is_alembics_head() -> None:
    assert store.head_revision() == store.HEAD


@pytest.fixture
def empty_location(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A place with no store yet: a new file's path, or an empty database's URL."""
    if engine == "sqlite":
        return str(tmp_path / "new.sqlite")
    return str(request.getfixturevalue("pg_database"))


def test_a_new_store_is_migrated_from_empty_to_exactly_the_model(empty_location: str) -> None:
    with store.open_store(empty_location) as st:
        assert st.opened.created
        assert store.schema_revision(st) == store.head_revision()
        with st.engine.connect() as connection:
            differences = compare_metadata(
                MigrationContext.configure(connection, opts={"compare_type": True}),
                model.Base.metadata,
            )
    assert differences == []


@pytest.mark.sqlite_only
def test_a_new_store_is_readable_by_its_owner_only(st: store.Store) -> None:
    mode = stat.S_IMODE(st.path.stat().st_mode)
    assert mode == 0o600


@pytest.mark.sqlite_only
def test_every_connection_has_foreign_keys_wal_and_full_sync(st: store.Store) -> None:
    with st.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_the_default_store_lives_in_the_user_data_folder() -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])  # the test's own, from tests/conftest.py
    with store.open_store() as opened:
        assert opened.path == data_home / "DelegationPlanner" / "planner.sqlite"
    assert opened.path.exists()


def test_the_environment_variable_chooses_the_default_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("DELEGATION_PLANNER_STORE", str(target))
    with store.open_store() as opened:
        assert opened.path == target
    assert target.exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Liste der Delegierten\n")
    before = digest(path)
    with pytest.raises(store.StoreError, match="not a Delegation Planner store"):
        store.open_store(path)
    assert digest(path) == before


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    before = digest(path)
    with pytest.raises(store.StoreError, match="another program"):
        store.open_store(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


@pytest.mark.sqlite_only
def test_a_store_from_a_newer_program_is_refused_and_left_untouched(store_path: Path) -> None:
    store.open_store(store_path).close()
    with sqlite3.connect(store_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = digest(store_path)
    with pytest.raises(store.StoreError, match="newer version"):
        store.open_store(store_path)
    assert digest(store_path) == before


def test_opening_a_missing_store_without_create_says_so(tmp_path: Path) -> None:
    with pytest.raises(store.StoreError, match=r"^no store at .*missing\.sqlite$"):
        store.open_store(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


NEXT_REVISION = '''
"""test-only next schema"""
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("trip") as batch_op:
        batch_op.add_column(sa.Column("test_column", sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table("trip") as batch_op:
        batch_op.drop_column("test_column")
'''


@pytest.mark.sqlite_only
def test_an_older_store_is_backed_up_then_upgraded_keeping_its_trips(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.open_store(store_path) as old, old.transaction() as session:
        trips.import_trip(session, NANSHAN)
    old_revision = store.head_revision()

    migrations = tmp_path / "migrations"
    shutil.copytree(Path(store.__file__).parent / "migrations", migrations)
    (migrations / "versions" / "0002_test.py").write_text(NEXT_REVISION.format(head=old_revision))

    def newer_config() -> Config:
        config = Config()
        config.set_main_option("script_location", str(migrations))
        return config

    monkeypatch.setattr(store, "alembic_config", newer_config)
    monkeypatch.setattr(store, "HEAD", "0002_test")
    with store.open_store(store_path) as upgraded:
        assert upgraded.opened.upgraded_from == old_revision
        assert store.schema_revision(upgraded) == "0002_test"
        with upgraded.session() as session:
            assert [t.title for t in trips.list_trips(session)] == [
                "Nanshan economic and trade delegation to Germany"
            ]
        backup = upgraded.opened.backup
    assert backup is not None and backup.exists()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (old_revision,)
        assert conn.execute("SELECT count(*) FROM meeting").fetchone() == (5,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_two_sessions_editing_one_meeting_cannot_silently_overwrite(st: store.Store) -> None:
    with st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    first, second = st.session(), st.session()
    try:
        # Each side reads in its own short transaction, as one user action in the app does.
        mine = first.scalars(select(model.Meeting).order_by(model.Meeting.id)).first()
        first.commit()
        theirs = second.get(model.Meeting, mine.id) if mine else None
        assert mine is not None and theirs is not None
        theirs.title = "Changed by a colleague"
        second.commit()
        mine.title = "Changed by me"
        with pytest.raises(StaleDataError):
            first.commit()
        first.rollback()
        assert first.get(model.Meeting, mine.id).title == "Changed by a colleague"
    finally:
        first.close()
        second.close()


def test_every_object_gets_its_own_persistent_uuid(st: store.Store) -> None:
    with st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    with st.session() as session:
        uuids = session.scalars(select(model.Meeting.uuid)).all()
    with st.session() as session:
        again = session.scalars(select(model.Meeting.uuid)).all()
    assert len(set(uuids)) == 5
    assert uuids == again


def test_a_backup_of_an_open_store_is_a_complete_copy(st: store.Store, tmp_path: Path) -> None:
    with st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    target = backup(st, tmp_path / "copy.sqlite")
    with store.open_store(target) as copy, copy.session() as session:
        assert len(trips.list_trips(session)) == 1


# ---------------------------------------------------------------------------------------------
# PostgreSQL: what differs from a file


def _set_revision(url: str, revision: str) -> None:
    engine = store.postgresql_engine(store._postgresql_url(url), pooled=False)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{revision}'")
    engine.dispose()


@pytest.mark.postgresql_only
def test_a_postgresql_store_says_where_it_is_without_a_password(store_path: str) -> None:
    with store.open_store(store_path) as st:
        assert st.engine_name == "postgresql"
        assert st.location == store_path
        with pytest.raises(store.StoreError, match="not a file"):
            _ = st.path
    assert store.has_password("postgresql://planner:secret@db.example/office")
    assert not store.has_password(store_path)
    assert store.display_url(
        store._postgresql_url("postgresql://planner:secret@db.example/office")
    ) == ("postgresql://planner:***@db.example/office")


def test_a_sqlite_store_names_its_engine_and_file(st: store.Store, engine: str) -> None:
    assert st.engine_name == engine
    if engine == "sqlite":
        assert st.location == str(st.path)


@pytest.mark.postgresql_only
def test_a_postgresql_store_from_a_newer_program_is_refused(store_path: str) -> None:
    _set_revision(store_path, "9999_future")
    with pytest.raises(store.StoreError, match="newer version"):
        store.open_store(store_path)


def test_another_programs_postgresql_database_is_refused(pg_database: str) -> None:
    engine = store.postgresql_engine(store._postgresql_url(pg_database), pooled=False)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE songs (title TEXT)")
    engine.dispose()
    with pytest.raises(store.StoreError, match="another program"):
        store.open_store(pg_database)


def test_an_empty_postgresql_database_without_create_is_refused(pg_database: str) -> None:
    with pytest.raises(store.StoreError, match="no store in this database"):
        store.open_store(pg_database, create=False)


def test_an_unreachable_postgresql_server_is_named_in_the_error(pg_database: str) -> None:
    missing = pg_database.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(store.StoreError, match="no_such_database: the store cannot be reached"):
        store.open_store(missing)


def test_other_database_urls_are_refused() -> None:
    with pytest.raises(store.StoreError, match="mysql databases are not supported"):
        store.open_store("mysql://planner@localhost/office")
    with pytest.raises(store.StoreError, match="names no database"):
        store.open_store("postgresql://planner@localhost")


@pytest.mark.postgresql_only
def test_an_older_postgresql_store_is_upgraded_only_when_asked(
    store_path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.open_store(store_path) as old, old.transaction() as session:
        trips.import_trip(session, NANSHAN)
    old_revision = store.head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(Path(store.__file__).parent / "migrations", migrations)
    (migrations / "versions" / "0002_test.py").write_text(NEXT_REVISION.format(head=old_revision))

    def newer_config() -> Config:
        config = Config()
        config.set_main_option("script_location", str(migrations))
        return config

    monkeypatch.setattr(store, "alembic_config", newer_config)
    monkeypatch.setattr(store, "HEAD", "0002_test")
    refused = r"older schema .*pg_dump.*planner --store .* upgrade"
    with pytest.raises(store.StoreError, match=refused):
        store.open_store(store_path)
    with store.open_store(store_path, upgrade=True) as upgraded:
        assert upgraded.opened.upgraded_from == old_revision
        assert upgraded.opened.backup is None
        assert store.schema_revision(upgraded) == "0002_test"
        with upgraded.session() as session:
            assert len(trips.list_trips(session)) == 1
