"""Every file the command line writes holds personal data: owner-only (0600), like the store,
and a failure names the file the user chose, never the temporary one beside it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from planner import cli, store, trips
from tests import dumps
from tests.conftest import JIANGSU


@pytest.fixture
def trip_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    with store.open_store(path) as st, st.transaction() as session:
        trips.import_trip(session, JIANGSU)
    return path


EXPORTS = {
    "trip file": (["export", "1", "-o", "{out}"], "out.trip.json"),
    "calendar": (["ics", "1", "-o", "{out}"], "out.ics"),
    "briefing pack": (["briefing", "1", "-o", "{out}"], "out.pdf"),
    "contacts (vCard)": (["people", "export", "{out}"], "out.vcf"),
    "contacts (CSV)": (["people", "export", "{out}"], "out.csv"),
    "personal data": (["people", "personal-data", "盛蕾", "{out}"], "out.json"),
}


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_every_export_is_written_owner_only(
    kind: str, trip_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args, name = EXPORTS[kind]
    out = tmp_path / name
    out.write_bytes(b"an older file, readable by all")
    out.chmod(0o644)
    code = cli.main(["--store", str(trip_store), *(a.format(out=out) for a in args)])
    assert code == 0, capsys.readouterr().err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes() != b"an older file, readable by all"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("kind", ["trip file", "calendar", "briefing pack", "contacts (CSV)"])
def test_an_export_that_cannot_be_written_names_the_chosen_file_and_leaves_no_temporary(
    kind: str, trip_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args, name = EXPORTS[kind]
    out = tmp_path / name
    out.mkdir()  # a folder where the file should go: the final rename fails
    before = dumps.dump(trip_store)
    code = cli.main(["--store", str(trip_store), *(a.format(out=out) for a in args)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"planner: error: {out}: cannot write ")
    assert "unexpected" not in err
    assert f".{name}." not in err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert dumps.dump(trip_store) == before
