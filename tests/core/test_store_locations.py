"""What a typed store location may do: never show a password, never make a store by a typo.

A password in a location is refused before anything connects, and no message repeats it. A
read command on a location where there is no store says so and creates nothing (no file, no
folder); only an import, a copy's target and the app's New Store make a store, and only in a
folder that exists. A file that is empty or someone else's is refused and left as it was.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from planner import cli, locations, store
from tests.conftest import NANSHAN

SECRET = "Geheim-7x"

SECRET_LOCATIONS = [
    f"postgresql://planner:{SECRET}@db.example/office",
    f"postgresql://planner@db.example/office?password={SECRET}",
    f"postgresql://planner@db.example/office?sslmode=require&PassWord={SECRET}",
    f"postgresql://planner@db.example/office?passfile=/home/planner/{SECRET}",
    f"postgresql://planner@db.example/office?SSLPASSWORD={SECRET}",
    f"host=db.example dbname=office user=planner password={SECRET}",
    f"dbname=office PASSWORD = '{SECRET} with spaces'",
    f"host=db.example sslpassword={SECRET}",
]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def no_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to connect to a server fails the test."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(store, "postgresql_engine", refuse)


# ---------------------------------------------------------------------------------------------
# Secrets


@pytest.mark.usefixtures("no_connections")
@pytest.mark.parametrize("location", SECRET_LOCATIONS)
def test_a_password_anywhere_in_a_location_is_refused_unseen(
    location: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)  # a keyword string taken as a file name would appear here
    for args in (["--store", location, "trips"], ["copy-store", "office.sqlite", location]):
        code, out, err = run(args, capsys)
        assert (code, out) == (2, "")
        assert err.count("\n") == 1 and "PGPASSWORD or ~/.pgpass" in err
        assert SECRET not in err
    for attempt in (lambda: store.open_store(location), lambda: store.probe(location)):
        with pytest.raises(locations.LocationError) as caught:
            attempt()
        assert SECRET not in str(caught.value)
    assert tree(tmp_path) == []


@pytest.mark.usefixtures("no_connections")
def test_a_keyword_string_is_not_taken_for_a_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["trips"], ["import", str(NANSHAN)]):
        code, _, err = run(["--store", "host=db.example dbname=office", *command], capsys)
        assert code == 2
        assert err == (
            "planner: error: host=db.example dbname=office: a libpq keyword string is not a "
            "store location; name the database as postgresql://USER@HOST[:PORT]/DB\n"
        )
    assert tree(tmp_path) == []


def test_messages_that_quote_a_location_show_no_secret() -> None:
    url = store._postgresql_url(f"postgresql://planner:{SECRET}@db/office?password={SECRET}")
    assert store.display_url(url) == "postgresql://planner:***@db/office?password=***"
    said = f"cannot connect to postgresql://planner:{SECRET}@db/office?PASSWORD={SECRET}&x=1"
    assert locations.redact(said) == (
        "cannot connect to postgresql://planner:***@db/office?PASSWORD=***&x=1"
    )
    assert locations.redact(f"host=db password='{SECRET} x' port=5") == (
        "host=db password=*** port=5"
    )


# ---------------------------------------------------------------------------------------------
# No store by a typo

READ_COMMANDS = [
    ["trips"],
    ["export", "1", "-o", "{out}/x.trip.json"],
    ["ics", "1", "-o", "{out}/x.ics"],
    ["import-ics", "1", str(NANSHAN)],
    ["briefing", "1", "-o", "{out}/x.pdf"],
    ["check", "1"],
    ["backup", "-o", "{out}/x.sqlite"],
    ["upgrade"],
    ["people", "export", "{out}/people.vcf"],
    ["people", "personal-data", "Wong", "{out}/wong.json"],
    ["people", "erase", "Wong"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: "-".join(c[:2]))
def test_a_command_on_a_missing_store_says_so_and_creates_nothing(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = tmp_path / "out"
    outputs.mkdir()
    args = [a.format(out=outputs) for a in command]
    for missing in (tmp_path / "no" / "such" / "dir" / "x.sqlite", tmp_path / "typo.sqlite"):
        code, out, err = run(["--store", str(missing), *args], capsys)
        assert (code, out) == (2, "")
        assert err == f"planner: error: no store at {missing}\n"
    assert tree(tmp_path) == ["out"]


def test_a_url_typed_with_one_slash_makes_no_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["trips"], ["import", str(NANSHAN)]):
        code, _, err = run(["--store", "postgresql:/db.example/office", *command], capsys)
        assert code == 2
        assert err.startswith("planner: error: postgresql:/db.example/office: not a store ")
        assert "postgresql://HOST/DB" in err
    assert tree(tmp_path) == []


def test_a_new_store_is_made_only_in_a_folder_that_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "dir" / "x.sqlite"
    code, _, err = run(["--store", str(target), "import", str(NANSHAN)], capsys)
    assert code == 2
    assert err == (
        f"planner: error: {target}: no folder {target.parent}; "
        "a new store goes in a folder that exists\n"
    )
    existing = tmp_path / "office.sqlite"
    assert run(["--store", str(existing), "import", str(NANSHAN)], capsys)[0] == 0
    code, _, err = run(["copy-store", str(existing), str(target)], capsys)
    assert code == 2 and f"no folder {target.parent}" in err
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("kind", ["empty", "text", "foreign sqlite"])
def test_an_empty_or_foreign_file_is_refused_and_left_byte_identical(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite"
    if kind == "empty":
        path.touch()
    elif kind == "text":
        path.write_text("Liste der Delegierten\n", encoding="utf-8")
    else:
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE songs (title TEXT)")
        conn.close()
    before = digest(path)
    for command in (["import", str(NANSHAN)], ["trips"]):
        code, out, err = run(["--store", str(path), *command], capsys)
        assert (code, out) == (2, "")
        assert err.startswith(f"planner: error: {path}: ")
        assert "empty file" in err if kind == "empty" else "not a Delegation Planner store" in err
    assert digest(path) == before
    assert tree(tmp_path) == ["office.sqlite"]
