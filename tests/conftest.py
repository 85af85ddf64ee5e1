"""Test set-up shared by the core and UI suites.

Qt runs offscreen (set before anything imports Qt), and every test gets its own default
store location so that no test can touch a real user's data; the cache folder is one for
the session.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may touch the user's keychain (the documents key, the SMTP password): keyring, in this
# process and in every command a test starts, finds none; a test of the keychain path passes a
# fake of its own (tests/core/test_document_crypto.py).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from planner import paths, store
from tests import pg

# Hypothesis draws the same examples on every run and machine (derandomize: the seed comes from
# each test), so a failure in CI fails the same way on a laptop; nothing is kept between runs.
# HYPOTHESIS_PROFILE=explore searches afresh each run, for hunting bugs locally.
settings.register_profile("planner", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "planner"))

TEST_DOCUMENTS_KEY = "dGVzdHMtb25seS1kb2N1bWVudHMta2V5LTMyLWJ5dGU="
"""The documents key of every test (32 bytes, URL-safe base64), never a real user's."""

# pytester runs an inner pytest, e.g. to show that an unexpected dialog fails a test, not hangs it.
pytest_plugins = ["pytester"]

# Copies of the project's reference examples and of public .ics test files, kept inside the
# repository so that a clone tests itself (tests/data/README.md says where each comes from).
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = DATA / "examples"
CORPUS = DATA / "corpus"
NANSHAN = EXAMPLES / "nanshan-germany-2024.trip.json"
JIANGSU = EXAMPLES / "jiangsu-germany-dialogue-2022.trip.json"


# CI installs the system tools some tests use (poppler-utils, fonts-dejavu-core) and sets this:
# a missing tool there fails those tests instead of skipping them unseen.
REQUIRE_TOOLS = "PLANNER_REQUIRE_TOOLS"


def needs_tool(available: bool, reason: str) -> pytest.MarkDecorator:
    """Mark a test (or a module's ``pytestmark``) that needs a system tool: skipped without it,
    failed without it under ``PLANNER_REQUIRE_TOOLS=1``."""
    return pytest.mark.needs_tool(missing=None if available else reason)


def missing_tool(reason: str) -> None:
    """Stop the running test for a missing system tool: a skip, or a failure in CI."""
    if os.environ.get(REQUIRE_TOOLS) == "1":
        pytest.fail(f"{REQUIRE_TOOLS}=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers("needs_tool"):
        if marker.kwargs["missing"] is not None:
            missing_tool(marker.kwargs["missing"])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.nodeid.replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def _shared_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One cache folder for the session's workers (the gazetteer's index: built once, by the
    first worker to need it, instead of by each), never the user's own."""
    folder = tmp_path_factory.getbasetemp().parent / "planner-cache"
    os.environ[paths.CACHE_ENV] = str(folder)


@pytest.fixture(autouse=True)
def _private_data_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("DELEGATION_PLANNER_STORE", raising=False)
    # Travel documents are sealed with a fixed key, as on a CI machine (planner.document_crypto).
    monkeypatch.setenv("DELEGATION_PLANNER_DOCUMENTS_KEY", TEST_DOCUMENTS_KEY)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store migrated to head once per worker. Running every migration costs about
    half a second of CPU; a test that needs an empty store and is not about creating one gets a
    copy of this file instead (:func:`new_sqlite_store`); creating and upgrading stores keep
    their own tests (tests/core/test_store.py)."""
    path = tmp_path_factory.mktemp("template") / "head.sqlite"
    store.open_store(path).close()
    # Closed: the write-ahead log is checkpointed and gone, so the one file is the whole store.
    assert not path.with_name(path.name + "-wal").exists()
    return path


def new_sqlite_store(template: Path, path: Path) -> Path:
    """An empty store at ``path``, as ``open_store`` would create it (owner-only), copied."""
    shutil.copyfile(template, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def empty_store_file(tmp_path: Path, sqlite_template: Path) -> Path:
    """``tmp_path / "office.sqlite"``, an empty store already (:func:`new_sqlite_store`)."""
    return new_sqlite_store(sqlite_template, tmp_path / "office.sqlite")


@pytest.fixture
def smtp() -> Iterator[tuple[Any, int]]:
    """A real SMTP server on 127.0.0.1 for this test (``tests/mail.py``): what it received
    (an ``Inbox``), and its port."""
    from tests import mail  # aiosmtpd only for the tests that send

    with mail.running() as running:
        yield running


# The PostgreSQL server of the session (tests/pg.py), for the core's [postgresql] half and the
# UI tests of a shared store.


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg.Cluster]:
    reason = pg.unavailable()
    if reason is not None:
        if os.environ.get("PLANNER_REQUIRE_PG") == "1":
            pytest.fail(f"PLANNER_REQUIRE_PG=1 but {reason}")
        pytest.skip(reason)
    with pg.cluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def pg_template(pg_cluster: pg.Cluster) -> Iterator[str]:
    """A database at head that each test's database is copied from."""
    name = pg_cluster.new_name(pg.TEMPLATE)
    store.open_store(pg_cluster.create_database(name)).close()
    yield name
    pg_cluster.drop_database(name)
